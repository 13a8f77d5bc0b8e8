import { afterEach, describe, expect, it } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { followUpDueProposals, type CoreDeps } from "@countersign/core";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import type { Escalation } from "@countersign/policy";
import { PEOPLE, type Harness } from "../testing/harness.js";
import { useHarness } from "../testing/use-harness.js";
import { pendingDecision } from "../testing/core-stubs.js";

const SAM = { id: "U0SAM", email: "sam@example.com" };
const CISO = { id: "U0CISO", email: "ciso@example.com" };
// alice approves; after 15 min security (sam) may too; after 30 min security-leads (the CISO).
const CHAIN: Escalation = {
  after: 900,
  to: ["security"],
  members: { security: [SAM.email] },
  next: { after: 1800, to: ["security-leads"], members: { "security-leads": [CISO.email] } },
};
const APPROVERS = { groups: { dba: [PEOPLE.alice.email] }, identities: [] };

describe("slack.sync: escalation", () => {
  let database: TestDatabase;
  let h: Harness;
  const later = (minutes: number): CoreDeps => ({ ...h.slack.context.core, now: () => new Date(Date.now() + minutes * 60_000) });
  const textOf = (c: { args: Record<string, unknown> }) => (typeof c.args.text === "string" ? c.args.text : "");
  const settle = () => new Promise((r) => setTimeout(r, 300));

  useHarness((started) => {
    ({ h, database } = started);
    h.fake.addUser(SAM);
    h.fake.addUser(CISO);
  });
  afterEach(async () => {
    await database.prisma.proposal.updateMany({ where: { status: "pending" }, data: { nextRemindAt: null, nextEscalationAt: null } });
  });

  it("two hops: the card says so, the thread mentions each new approver, and they can approve from Slack", async () => {
    h.decision = pendingDecision({ approvers: APPROVERS, escalate: CHAIN });
    const proposal = await h.propose();
    const [card] = await h.copies(proposal.id, 1);
    const click = (who: { id: string }) =>
      h.click({ userId: who.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: card!.conversationId, messageTs: card!.messageId });

    // Before the escalation sam may not decide.
    h.fake.reset();
    await click(SAM);
    await h.fake.waitFor(() => h.fake.callsTo("chat.postEphemeral").length === 1);
    expect(textOf(h.fake.callsTo("chat.postEphemeral")[0]!)).toMatch(/not one of the approvers/);
    h.fake.reset();

    expect(await followUpDueProposals(later(15))).toEqual({ escalated: 1, reminded: 0 });
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1 && h.fake.callsTo("chat.postMessage").length === 1);
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]!.args.blocks)).toContain("⏫ escalated to security");
    const notice = h.fake.callsTo("chat.postMessage")[0]!;
    expect(notice.args).toMatchObject({ channel: "C0APPROVALS", thread_ts: card!.messageId });
    expect(textOf(notice)).toBe(`:arrow_double_up: Escalated to security: <@${SAM.id}>, you can now approve or deny this request.`);

    expect(await followUpDueProposals(later(30))).toEqual({ escalated: 1, reminded: 0 });
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 2 && h.fake.callsTo("chat.postMessage").length === 2);
    expect(JSON.stringify(h.fake.callsTo("chat.update")[1]!.args.blocks)).toContain("⏫ escalated to security, security-leads");
    expect(textOf(h.fake.callsTo("chat.postMessage")[1]!)).toContain(`Escalated to security-leads: <@${CISO.id}>`);
    // A third pass finds nothing left to escalate.
    expect((await followUpDueProposals(later(45))).escalated).toBe(0);
    h.fake.reset();

    await click(CISO);
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1);
    expect(JSON.stringify(h.fake.callsTo("chat.update")[0]!.args.blocks)).toContain("✅ Approved by ciso@example.com");
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);
    const row = await database.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(row).toMatchObject({ status: "approved", decidedBy: CISO.email, escalatedTo: ["security", "security-leads"] });
    const events = await database.prisma.auditEvent.findMany({ where: { proposalId: proposal.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["proposal.created", "vote.refused", "proposal.escalated", "proposal.escalated", "proposal.approved"]);
  });

  it("with slack_dm, the new approvers get the card in their DM instead of a thread reply, and it follows the decision", async () => {
    h.decision = pendingDecision({ approvers: APPROVERS, escalate: { ...CHAIN, next: undefined }, channels: [{ kind: "slack", channel: "C0APPROVALS" }, { kind: "slack_dm" }] });
    const proposal = await h.propose();
    await h.copies(proposal.id, 2);
    h.fake.reset();

    expect((await followUpDueProposals(later(15))).escalated).toBe(1);
    const copies = await h.copies(proposal.id, 3);
    expect(copies.map((c) => c.conversationId)).toEqual(["C0APPROVALS", `D${PEOPLE.alice.id}`, `D${SAM.id}`]);
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 1 && h.fake.callsTo("chat.update").length === 2);
    await settle();
    const posted = h.fake.callsTo("chat.postMessage");
    expect(posted).toHaveLength(1);
    expect(posted[0]!.args.channel).toBe(`D${SAM.id}`);
    expect(JSON.stringify(posted[0]!.args.blocks)).toContain(SLACK_ACTION_IDS.approve);
    expect(JSON.stringify(posted[0]!.args.blocks)).toContain("⏫ escalated to security");
    h.fake.reset();

    const samCopy = copies.find((c) => c.conversationId === `D${SAM.id}`)!;
    await h.click({ userId: SAM.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: samCopy.conversationId, messageTs: samCopy.messageId });
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 3);
    expect(h.fake.callsTo("chat.update").map((c) => String(c.args.channel)).sort()).toEqual(["C0APPROVALS", `D${PEOPLE.alice.id}`, `D${SAM.id}`]);
  });

  it("nothing escalates once decided", async () => {
    h.decision = pendingDecision({ approvers: APPROVERS, escalate: CHAIN });
    const proposal = await h.propose();
    const [card] = await h.copies(proposal.id, 1);
    h.fake.reset();
    await h.click({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: card!.conversationId, messageTs: card!.messageId });
    // The card update, then the requester's outcome DM.
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1 && h.fake.callsTo("chat.postMessage").length === 1);
    h.fake.reset();

    expect(await followUpDueProposals(later(45))).toEqual({ escalated: 0, reminded: 0 });
    await settle();
    expect(h.fake.calls.filter((c) => c.method.startsWith("chat."))).toEqual([]);
    expect(await database.prisma.auditEvent.count({ where: { proposalId: proposal.id, type: "proposal.escalated" } })).toBe(0);
  });
});
