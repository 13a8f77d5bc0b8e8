import { afterAll, beforeAll, beforeEach, describe, it, expect } from "vitest";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { startHarness, type Harness } from "../testing/harness.js";

describe("slack.sync: Web API failures", () => {
  let database: TestDatabase;
  let h: Harness;

  beforeAll(async () => {
    database = await createTestDatabase();
    h = await startHarness({ databaseUrl: database.url, db: database.prisma, slack: { retry: { baseDelayMs: 5, maxDelayMs: 50, maxInlineWaitMs: 2000 } } });
  });
  afterAll(async () => {
    await h?.close();
    await database?.close();
  });
  beforeEach(() => h.fake.reset());

  it("429 with Retry-After, then 200: waits and posts exactly once", async () => {
    h.fake.fail("chat.postMessage", { status: 429, retryAfter: 1, times: 1 });
    const proposal = await h.propose();
    await h.copies(proposal.id, 1);
    const attempts = h.fake.calls.filter((c) => c.method === "chat.postMessage");
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(990);
    expect(h.fake.messages.size).toBe(1);
  });

  it("500 three times, then 200: backs off and posts exactly once", async () => {
    h.fake.fail("chat.postMessage", { status: 500, times: 3 });
    const proposal = await h.propose();
    await h.copies(proposal.id, 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.calls.filter((c) => c.method === "chat.postMessage").map((c) => c.status)).toEqual([500, 500, 500, 200]);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("a long Retry-After re-queues the job for then instead of holding a worker", async () => {
    h.fake.fail("chat.postMessage", { status: 429, retryAfter: 30, times: 1 });
    const proposal = await h.propose();
    await h.fake.waitFor(() => h.fake.calls.some((c) => c.method === "chat.postMessage"));
    let jobs: { run_at: Date }[] = [];
    for (let i = 0; i < 100 && jobs.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      jobs = await database.prisma.$queryRaw`SELECT run_at FROM graphile_worker.jobs WHERE task_identifier = 'slack.sync' AND run_at > now() + interval '20 seconds'`;
    }
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.run_at.getTime() - Date.now()).toBeGreaterThan(25_000);
    // The claim was released: nothing half-posted is left behind.
    expect(await database.prisma.chatMessage.count({ where: { proposalId: proposal.id } })).toBe(0);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
