import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { decide } from "@countersign/core";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import type { BreakGlass } from "@countersign/policy";
import { PEOPLE, SIGNING_SECRET, type Harness } from "../testing/harness.js";
import { useHarness } from "../testing/use-harness.js";
import { pendingDecision } from "../testing/core-stubs.js";
import { breakGlassSubmissionPayload, sendInteraction } from "../testing/slack-requests.js";

// dana asks through the agent (onBehalfOf) and is on call, so she may approve her own request
// with a reason; alice and bob are the ordinary approvers.
const GLASS: BreakGlass = { group: "oncall", members: [PEOPLE.dana.email], announce: { kind: "slack", channel: "C0INCIDENTS" } };

interface OpenedView {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  blocks: { type: string; block_id?: string; optional?: boolean; text?: { text: string } }[];
}

describe("Break-glass approval in Slack", () => {
  let database: TestDatabase;
  let h: Harness;
  const textOf = (c: { args: Record<string, unknown> }) => (typeof c.args.text === "string" ? c.args.text : "");
  const announcements = () => h.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C0INCIDENTS");

  useHarness((started) => ({ h, database } = started));

  /** A pending proposal made on dana's behalf under `glass`, its one card copy posted. */
  async function posted(glass: BreakGlass) {
    h.decision = pendingDecision({ breakGlass: glass });
    const proposal = await h.propose();
    const [first] = await h.copies(proposal.id, 1);
    h.fake.reset();
    return { id: proposal.id, first: first! };
  }

  /** dana clicks Approve on her own request's card and gets the modal; returns what was opened. */
  async function openModal(card: { id: string; first: { conversationId: string; messageId: string } }): Promise<OpenedView> {
    const started = Date.now();
    const res = await h.click({ userId: PEOPLE.dana.id, actionId: SLACK_ACTION_IDS.approve, proposalId: card.id, channelId: card.first.conversationId, messageTs: card.first.messageId });
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo("views.open").length === 1);
    // Well inside the trigger_id's ~3 s life: no vote round trip comes first.
    expect(h.fake.callsTo("views.open")[0]!.at - started).toBeLessThan(3000);
    return h.fake.callsTo("views.open")[0]!.args.view as OpenedView;
  }

  it("a break-glass member approving their own request gives a reason in a modal; the approval is stored, audited, announced and shown", async () => {
    const card = await posted(GLASS);
    const view = await openModal(card);
    expect(view.callback_id).toBe("countersign_break_glass");
    expect(view.title.text).toBe("Break-glass approval");
    const intro = view.blocks[0]?.text?.text ?? "";
    expect(intro).toContain("as a member of *oncall* (break-glass)");
    expect(intro).toContain("will be announced in <#C0INCIDENTS> and kept in the audit trail");
    expect(view.blocks[1]).toMatchObject({ type: "input", block_id: "break_glass_reason", optional: false });
    // Opening the modal is not a vote, nor a refusal.
    expect(await database.prisma.vote.count({ where: { proposalId: card.id } })).toBe(0);
    expect(await database.prisma.auditEvent.count({ where: { proposalId: card.id, type: "vote.refused" } })).toBe(0);
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);

    const empty = await sendInteraction(h.url, breakGlassSubmissionPayload({ userId: PEOPLE.dana.id, privateMetadata: view.private_metadata, reason: " \n " }), { secret: SIGNING_SECRET });
    expect(await empty.json()).toEqual({ response_action: "errors", errors: { break_glass_reason: "Please say why you approve your own request." } });
    expect(await database.prisma.vote.count({ where: { proposalId: card.id } })).toBe(0);

    const reason = "prod is down; patient 123-45-6789 cannot be admitted";
    const ok = await sendInteraction(h.url, breakGlassSubmissionPayload({ userId: PEOPLE.dana.id, privateMetadata: view.private_metadata, reason }), { secret: SIGNING_SECRET });
    expect(ok.status).toBe(200);
    await h.fake.waitFor(() => announcements().length === 1 && h.fake.callsTo("chat.update").length === 1);

    const row = await database.prisma.proposal.findUniqueOrThrow({ where: { id: card.id } });
    expect(row).toMatchObject({ status: "approved", decidedBy: PEOPLE.dana.email, approvalsCount: 1 });
    const masked = h.slack.context.core.mask.text(reason);
    expect(masked).not.toContain("123-45-6789");
    expect(await database.prisma.vote.findMany({ where: { proposalId: card.id } })).toMatchObject([
      { approver: PEOPLE.dana.email, decision: "approve", channel: "slack", reason: masked, groupName: "oncall" },
    ]);
    const approved = await database.prisma.auditEvent.findFirstOrThrow({ where: { proposalId: card.id, type: "proposal.approved" } });
    expect(approved.actor).toBe(PEOPLE.dana.email);
    expect(approved.data).toMatchObject({ breakGlass: true, channel: "slack", reason: masked, announcedTo: { kind: "slack", channel: "C0INCIDENTS" } });

    const announced = textOf(announcements()[0]!);
    expect(announced).toContain(`*Break-glass*: <@${PEOPLE.dana.id}> (dana@example.com) approved their own request as a member of oncall`);
    expect(announced).toContain("*Reason:* prod is down;");
    expect(announced).not.toContain("123-45-6789");
    const update = h.fake.callsTo("chat.update")[0]!;
    expect(update.args).toMatchObject({ channel: card.first.conversationId, ts: card.first.messageId });
    expect(JSON.stringify(update.args.blocks)).toContain("✅ Approved by dana@example.com");
    expect(JSON.stringify(update.args.blocks)).not.toContain(SLACK_ACTION_IDS.approve);
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);
  });

  it("a refusal after the modal is submitted is told to the submitter alone", async () => {
    const card = await posted(GLASS);
    const view = await openModal(card);
    // Someone else decides while the modal is open.
    await decide(h.slack.context.core, { proposalId: card.id, voter: PEOPLE.alice.email, channel: "api", decision: "approve" });
    await sendInteraction(h.url, breakGlassSubmissionPayload({ userId: PEOPLE.dana.id, privateMetadata: view.private_metadata, reason: "prod is down" }), { secret: SIGNING_SECRET });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postEphemeral").length === 1);
    const told = h.fake.callsTo("chat.postEphemeral")[0]!;
    expect(told.args).toMatchObject({ channel: card.first.conversationId, user: PEOPLE.dana.id });
    expect(textOf(told)).toMatch(/already decided/);
    expect(await database.prisma.vote.findMany({ where: { proposalId: card.id } })).toMatchObject([{ approver: PEOPLE.alice.email }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(announcements()).toHaveLength(0);
  });

  it("a requester who is not a break-glass member gets the self-approval refusal and no modal", async () => {
    const card = await posted({ ...GLASS, members: [PEOPLE.alice.email] });
    await h.click({ userId: PEOPLE.dana.id, actionId: SLACK_ACTION_IDS.approve, proposalId: card.id, channelId: card.first.conversationId, messageTs: card.first.messageId });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postEphemeral").length === 1);
    expect(h.fake.callsTo("chat.postEphemeral")[0]?.args).toMatchObject({ channel: card.first.conversationId, user: PEOPLE.dana.id });
    expect(textOf(h.fake.callsTo("chat.postEphemeral")[0]!)).toMatch(/cannot decide a request you made/);
    expect(h.fake.callsTo("views.open")).toHaveLength(0);
    expect(await database.prisma.vote.count({ where: { proposalId: card.id } })).toBe(0);
    expect(await database.prisma.auditEvent.findMany({ where: { proposalId: card.id, type: "vote.refused" } })).toMatchObject([{ data: { code: "self_approval" } }]);
    expect(h.fake.callsTo("chat.update")).toHaveLength(0);
  });

  it("an ordinary approver on a break-glass rule approves with one click: no modal, no announcement", async () => {
    const card = await posted(GLASS);
    await h.click({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: card.id, channelId: card.first.conversationId, messageTs: card.first.messageId });
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1);
    expect(h.fake.callsTo("views.open")).toHaveLength(0);
    expect((await database.prisma.proposal.findUniqueOrThrow({ where: { id: card.id } })).status).toBe("approved");
    await new Promise((r) => setTimeout(r, 300));
    expect(announcements()).toHaveLength(0);
  });
});
