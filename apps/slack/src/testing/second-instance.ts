// A second service instance in its own process: the Slack app and a job runner on the database
// named by DATABASE_URL. Tests spawn it to prove that any instance updates the cards another one
// posted. Prints "ready" when its runner is up; logs JSON lines on stdout; exits on SIGTERM.
import { createPrismaClient, startJobRunner } from "@countersign/db";
import { createSlackApp, readSlackEnv } from "../index.js";
import type { SlackLogger } from "../deps.js";
import { createTestCore, pendingDecision } from "./core-stubs.js";

const databaseUrl = process.env.DATABASE_URL;
const config = readSlackEnv(process.env);
if (!databaseUrl || !config) throw new Error("second-instance needs DATABASE_URL and the SLACK_* settings");

const line = (level: string) => (msg: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ level, msg, pid: process.pid, ...fields })}\n`);
const logger: SlackLogger = { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") };

const db = createPrismaClient(databaseUrl);
const slack = createSlackApp({ config, core: createTestCore(db, () => pendingDecision()), logger, retry: { baseDelayMs: 5, maxDelayMs: 50 } });
const runner = await startJobRunner({ databaseUrl, tasks: slack.tasks, concurrency: 4 });
await slack.start();
process.stdout.write("ready\n");

process.on("SIGTERM", () => {
  void (async () => {
    await runner.stop();
    await slack.stop();
    await db.$disconnect();
    process.exit(0);
  })();
});
