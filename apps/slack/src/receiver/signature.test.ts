import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import { startHarness, PEOPLE, SIGNING_SECRET, type Harness } from "../testing/harness.js";
import { blockActionsPayload, sendInteraction, signature } from "../testing/slack-requests.js";

describe("request verification", () => {
  let database: TestDatabase;
  let h: Harness;
  let proposalId: string;
  let click: object;

  beforeAll(async () => {
    database = await createTestDatabase();
    h = await startHarness({ databaseUrl: database.url, db: database.prisma });
    const proposal = await h.propose();
    const [copy] = await h.copies(proposal.id, 1);
    proposalId = proposal.id;
    click = blockActionsPayload({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId, channelId: copy!.conversationId, messageTs: copy!.messageId, responseUrl: h.fake.responseUrl });
    h.fake.reset();
  });
  afterAll(async () => {
    await h?.close();
    await database?.close();
  });

  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ["a forged signature", () => ({ secret: SIGNING_SECRET, signature: signature("not-the-secret", now(), "payload=x") })],
    ["a signature made with another secret", () => ({ secret: "some-other-signing-secret" })],
    ["a timestamp 6 minutes old", () => ({ secret: SIGNING_SECRET, timestamp: now() - 360 })],
    ["a timestamp 6 minutes ahead", () => ({ secret: SIGNING_SECRET, timestamp: now() + 360 })],
  ])("refuses %s with 401 and writes nothing", async (_label, options) => {
    const res = await sendInteraction(h.url, click, options());
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(await database.prisma.vote.count()).toBe(0);
    expect(await database.prisma.chatUser.count()).toBe(0);
    expect(await database.prisma.auditEvent.count({ where: { proposalId, NOT: { type: "proposal.created" } } })).toBe(0);
    expect(h.fake.calls).toHaveLength(0);
  });

  it("accepts a correctly signed request within the window (4 minutes ahead)", async () => {
    const res = await sendInteraction(h.url, click, { secret: SIGNING_SECRET, timestamp: now() + 240 });
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1);
    expect(await database.prisma.vote.count()).toBe(1);
  });
});
