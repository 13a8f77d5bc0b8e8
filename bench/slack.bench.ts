// Slack card latency with the real Bolt app, graphile-worker and an embedded (durable) Postgres,
// against the fake Slack Web API on loopback:
//  - proposal → card posted: createProposal() returns … the fake receives chat.postMessage;
//  - click → all copies updated: a signed Approve click is sent … the fake has received chat.update
//    for every copy (two channels and two approver DMs).
// Sequential, one proposal at a time: this measures the pipeline's latency, not its throughput.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, migrate, startEmbeddedPostgres } from "@countersign/db";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import { PEOPLE, pendingDecision, startHarness } from "@countersign/slack/testing";

const ROUNDS = 100;
const WARMUP = 10;
const GOALS = { proposalToCardP95Ms: 100, clickToAllCopiesP95Ms: 150 };

export default async function slackBench(): Promise<object> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "countersign-slack-bench-"));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE slack_bench");
  await admin.end();
  const databaseUrl = server.urlFor("slack_bench");
  await migrate({ databaseUrl });
  const db = createPrismaClient(databaseUrl);
  const h = await startHarness({ databaseUrl, db });
  try {
    const posted: number[] = [];
    const updated: number[] = [];
    h.decision = pendingDecision({ channels: [{ kind: "slack", channel: "C0APPROVALS" }, { kind: "slack", channel: "C0SECURITY" }, { kind: "slack_dm" }] });
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      h.fake.reset();
      const t0 = performance.now();
      const proposal = await h.propose();
      await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 4, 10_000);
      // The card is "posted" when it reaches the first place it belongs: the first channel.
      const firstPost = Math.min(...h.fake.callsTo("chat.postMessage").map((c) => c.t));
      const copies = await h.copies(proposal.id, 4);

      h.fake.reset();
      const first = copies[0]!;
      const t1 = performance.now();
      const res = await h.click({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: first.conversationId, messageTs: first.messageId });
      if (res.status !== 200) throw new Error(`click answered ${res.status}`);
      await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 4, 10_000);
      const lastUpdate = Math.max(...h.fake.callsTo("chat.update").map((c) => c.t));
      // Let the requester's notice go out before the next round resets the recorder.
      await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 1, 10_000);
      if (round >= WARMUP) {
        posted.push(firstPost - t0);
        updated.push(lastUpdate - t1);
      }
    }
    const proposalToCard = stats(posted);
    const clickToAllCopies = stats(updated);
    return {
      rounds: ROUNDS,
      copiesPerCard: 4,
      proposalToCardMs: proposalToCard,
      clickToAllCopiesUpdatedMs: clickToAllCopies,
      goals: GOALS,
      met: proposalToCard.p95 <= GOALS.proposalToCardP95Ms && clickToAllCopies.p95 <= GOALS.clickToAllCopiesP95Ms,
      note: "fake Slack on loopback with no added latency; Postgres embedded with fsync on; jobs picked up through LISTEN/NOTIFY",
    };
  } finally {
    await h.close();
    await db.$disconnect();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function stats(samples: number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
  return { p50: at(0.5), p95: at(0.95), max: round(sorted[sorted.length - 1] ?? NaN), n: sorted.length };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
