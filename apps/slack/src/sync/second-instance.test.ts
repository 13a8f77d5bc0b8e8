import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import { startHarness, PEOPLE, SIGNING_SECRET, type Harness } from "../testing/harness.js";
import { pendingDecision } from "../testing/core-stubs.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const SCRIPT = fileURLToPath(new URL("../testing/second-instance.ts", import.meta.url));

describe("a second instance (another process, same database)", () => {
  let database: TestDatabase;
  let h: Harness;
  let child: ChildProcess | undefined;
  let output = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    h = await startHarness({ databaseUrl: database.url, db: database.prisma });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await h?.close();
    await database?.close();
  });

  it("updates every copy of a card the first instance posted", async () => {
    h.decision = pendingDecision({ channels: [{ kind: "slack", channel: "C0APPROVALS" }, { kind: "slack", channel: "C0SECURITY" }, { kind: "slack_dm" }] });
    const proposal = await h.propose();
    const copies = await h.copies(proposal.id, 4);
    // From here on this process runs no jobs: only the child can.
    await h.stopRunner();
    h.fake.reset();

    child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, SLACK_BOT_TOKEN: h.fake.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: h.fake.apiUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    await h.fake.waitFor(() => output.includes("ready\n") || child?.exitCode !== null, 30_000);
    expect(output).toContain("ready\n");

    const first = copies[0]!;
    const res = await h.click({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: first.conversationId, messageTs: first.messageId });
    expect(res.status).toBe(200);

    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 4, 15_000);
    const updated = h.fake.callsTo("chat.update").map((c) => `${String(c.args.channel)}/${String(c.args.ts)}`).sort();
    expect(updated).toEqual(copies.map((c) => `${c.conversationId}/${c.messageId}`).sort());
    for (const call of h.fake.callsTo("chat.update")) expect(JSON.stringify(call.args.blocks)).toContain("Approved by alice@example.com");
    // The job ran in the child: its log names the proposal.
    const ranHere = new RegExp(`"msg":"slack.sync".*"proposalId":"${proposal.id}"`);
    await h.fake.waitFor(() => ranHere.test(output), 5000);
  });
});
