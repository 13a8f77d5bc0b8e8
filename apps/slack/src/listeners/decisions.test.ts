import { beforeEach, describe, it, expect } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { expireProposal, loadProposalView } from "@countersign/core";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import { PEOPLE, SIGNING_SECRET, type Harness } from "../testing/harness.js";
import { useHarness } from "../testing/use-harness.js";
import { createTestCore, pendingDecision } from "../testing/core-stubs.js";
import { appHomeOpenedEvent, denySubmissionPayload, sendEvent, sendInteraction } from "../testing/slack-requests.js";

describe("Approve and Deny clicks", () => {
  let database: TestDatabase;
  let h: Harness;

  useHarness((started) => ({ h, database } = started));
  beforeEach(() => {
    h.decision = pendingDecision();
  });

  /** A pending proposal whose card copies are posted; returns the proposal id and its copies. */
  async function posted(channels = pendingDecision().channels, quorum = 1) {
    h.decision = pendingDecision({ channels, quorum: { count: quorum, distinctGroups: false } });
    const proposal = await h.propose();
    const expected = channels.some((c) => c.kind === "slack_dm") ? channels.length + 1 : channels.length;
    const copies = await h.copies(proposal.id, expected);
    h.fake.reset();
    return { id: proposal.id, copies, first: copies[0]! };
  }

  const textOf = (c: { args: Record<string, unknown> }) => (typeof c.args.text === "string" ? c.args.text : "");

  it("Approve: decision in Postgres, every copy updated, requester told", async () => {
    const { id, copies, first } = await posted([{ kind: "slack", channel: "C0APPROVALS" }, { kind: "slack", channel: "C0SECURITY" }, { kind: "slack_dm" }]);
    const started = Date.now();
    const res = await h.click({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: id, channelId: first.conversationId, messageTs: first.messageId });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);

    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === copies.length && h.fake.callsTo("chat.postMessage").length === 1);
    const row = await database.prisma.proposal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "approved", decidedBy: PEOPLE.alice.email, approvalsCount: 1 });
    expect(await database.prisma.vote.findMany({ where: { proposalId: id } })).toMatchObject([{ approver: PEOPLE.alice.email, decision: "approve", channel: "slack" }]);

    const updated = h.fake.callsTo("chat.update");
    expect(updated.map((c) => `${String(c.args.channel)}/${String(c.args.ts)}`).sort()).toEqual(copies.map((c) => `${c.conversationId}/${c.messageId}`).sort());
    for (const call of updated) {
      const blocks = JSON.stringify(call.args.blocks);
      expect(blocks).toContain("✅ Approved by alice@example.com");
      expect(blocks).not.toContain(SLACK_ACTION_IDS.approve);
    }
    // The human the agent acts for (dana) hears the outcome in a DM.
    const notice = h.fake.callsTo("chat.postMessage")[0]!;
    expect(notice.args.channel).toBe(`D${PEOPLE.dana.id}`);
    expect(textOf(notice)).toContain("Approved by alice@example.com");
  });

  it("with a quorum of 2, the first approval shows progress and keeps the buttons", async () => {
    const { id, first } = await posted(undefined, 2);
    await h.click({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: id, channelId: first.conversationId, messageTs: first.messageId });
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1);
    const blocks = JSON.stringify(h.fake.callsTo("chat.update")[0]?.args.blocks);
    expect(blocks).toContain("1 of 2 approvals — approved by alice@example.com");
    expect(blocks).toContain(SLACK_ACTION_IDS.approve);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect((await database.prisma.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });

  it("expiry updates every copy to Expired and tells the requester", async () => {
    const { id } = await posted();
    await database.prisma.proposal.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireProposal(createTestCore(database.prisma, pendingDecision), id);
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1 && h.fake.callsTo("chat.postMessage").length === 1);
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]?.args.blocks)).toContain("⌛ Expired");
    expect(textOf(h.fake.callsTo("chat.postMessage")[0]!)).toContain("Expired");
  });

  it("without a Slack account for the requester, the outcome goes to the card's thread", async () => {
    const { id, first } = await posted();
    await database.prisma.proposal.update({ where: { id }, data: { onBehalfOf: "nobody@example.com" } });
    await h.click({ userId: PEOPLE.bob.id, actionId: SLACK_ACTION_IDS.approve, proposalId: id, channelId: first.conversationId, messageTs: first.messageId });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 1);
    expect(h.fake.callsTo("chat.postMessage")[0]?.args).toMatchObject({ channel: "C0APPROVALS", thread_ts: first.messageId });
  });

  it("Deny opens a modal; the reason is required, stored and shown", async () => {
    const { id, first } = await posted();
    await h.click({ userId: PEOPLE.bob.id, actionId: SLACK_ACTION_IDS.deny, proposalId: id, channelId: first.conversationId, messageTs: first.messageId });
    await h.fake.waitFor(() => h.fake.callsTo("views.open").length === 1);
    const view = h.fake.callsTo("views.open")[0]!.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe("countersign_deny");

    const empty = await sendInteraction(h.url, denySubmissionPayload({ userId: PEOPLE.bob.id, privateMetadata: view.private_metadata, reason: "  " }), { secret: SIGNING_SECRET });
    expect(await empty.json()).toEqual({ response_action: "errors", errors: { deny_reason: "Please say why you deny this request." } });
    expect(await database.prisma.vote.count({ where: { proposalId: id } })).toBe(0);

    const ok = await sendInteraction(h.url, denySubmissionPayload({ userId: PEOPLE.bob.id, privateMetadata: view.private_metadata, reason: "Too broad: <export> & all" }), { secret: SIGNING_SECRET });
    expect(ok.status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1);
    const loaded = await loadProposalView(database.prisma, id);
    expect(loaded?.proposal).toMatchObject({ status: "denied", decidedBy: PEOPLE.bob.email, decisionReason: "Too broad: <export> & all" });
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]?.args.blocks)).toContain("❌ Denied by bob@example.com at");
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]?.args.blocks)).toContain("Too broad: &lt;export&gt; &amp; all");
  });

  it("a double click decides once; the second click is told why", async () => {
    const { id, first } = await posted();
    const click = () => h.click({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: id, channelId: first.conversationId, messageTs: first.messageId });
    await Promise.all([click(), click()]);
    await h.fake.waitFor(() => h.fake.callsTo("chat.postEphemeral").length === 1);
    expect(await database.prisma.vote.count({ where: { proposalId: id } })).toBe(1);
    expect(textOf(h.fake.callsTo("chat.postEphemeral")[0]!)).toMatch(/already (decided|voted)/);
  });

  it("20 approvers clicking at once on a quorum-1 proposal: one decision, 19 told it was already decided", async () => {
    const approvers = Array.from({ length: 20 }, (_, i) => ({ id: `U0APPR${i}`, email: `approver${i}@example.com` }));
    for (const a of approvers) h.fake.addUser(a);
    h.decision = pendingDecision({ approvers: { groups: { oncall: approvers.map((a) => a.email) }, identities: [] } });
    const proposal = await h.propose();
    const [first] = await h.copies(proposal.id, 1);
    h.fake.reset();
    const responses = await Promise.all(
      approvers.map((a) => h.click({ userId: a.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: first!.conversationId, messageTs: first!.messageId })),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    await h.fake.waitFor(() => h.fake.callsTo("chat.postEphemeral").length === 19, 10_000);
    expect(await database.prisma.vote.count({ where: { proposalId: proposal.id } })).toBe(1);
    const row = await database.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(row.status).toBe("approved");
    const told = h.fake.callsTo("chat.postEphemeral");
    expect(told.every((c) => /already decided/.test(textOf(c)))).toBe(true);
    expect(new Set(told.map((c) => c.args.user)).size).toBe(19);
  });

  it.each([
    ["the requester (self-approval)", PEOPLE.dana, /cannot decide a request you made/],
    ["a non-approver", PEOPLE.carol, /not one of the approvers/],
  ])("%s gets an ephemeral refusal and no vote is written", async (_label, who, message) => {
    h.decision = pendingDecision({ approvers: { groups: { dba: [PEOPLE.alice.email, PEOPLE.dana.email] }, identities: [] } });
    const proposal = await h.propose();
    const [first] = await h.copies(proposal.id, 1);
    h.fake.reset();
    await h.click({ userId: who.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: first!.conversationId, messageTs: first!.messageId });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postEphemeral").length === 1);
    expect(h.fake.callsTo("chat.postEphemeral")[0]?.args).toMatchObject({ channel: "C0APPROVALS", user: who.id });
    expect(textOf(h.fake.callsTo("chat.postEphemeral")[0]!)).toMatch(message);
    expect(await database.prisma.vote.count({ where: { proposalId: proposal.id } })).toBe(0);
    const refusals = await database.prisma.auditEvent.findMany({ where: { proposalId: proposal.id, type: "vote.refused" } });
    expect(refusals).toHaveLength(1);
    expect(h.fake.callsTo("chat.update")).toHaveLength(0);
  });

  it("App Home lists what the viewer can decide now", async () => {
    const { id } = await posted();
    const res = await sendEvent(h.url, appHomeOpenedEvent(PEOPLE.alice.id), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo("views.publish").length === 1);
    const publish = h.fake.callsTo("views.publish")[0]!;
    expect(publish.args.user_id).toBe(PEOPLE.alice.id);
    expect(JSON.stringify(publish.args.view)).toContain(id);

    await sendEvent(h.url, appHomeOpenedEvent(PEOPLE.carol.id), { secret: SIGNING_SECRET });
    await h.fake.waitFor(() => h.fake.callsTo("views.publish").length === 2);
    expect(JSON.stringify(h.fake.callsTo("views.publish")[1]?.args.view)).toContain("Nothing needs your decision");
  });
});
