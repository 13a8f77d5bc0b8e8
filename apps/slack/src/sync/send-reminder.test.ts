import { afterEach, describe, expect, it } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { decide, followUpDueProposals, type CoreDeps } from "@countersign/core";
import { PEOPLE, type Harness } from "../testing/harness.js";
import { useHarness } from "../testing/use-harness.js";
import { pendingDecision } from "../testing/core-stubs.js";

const PHI = { patient_name: "Jane Quincy Realperson", ssn: "123-45-6789" };

describe("slack.sync: reminders", () => {
  let database: TestDatabase;
  let h: Harness;
  /** Core with its clock `minutes` ahead, as the sweeper will see it then. */
  const later = (minutes: number): CoreDeps => ({ ...h.slack.context.core, now: () => new Date(Date.now() + minutes * 60_000) });
  const textOf = (c: { args: Record<string, unknown> }) => (typeof c.args.text === "string" ? c.args.text : "");
  const settle = () => new Promise((r) => setTimeout(r, 300));

  useHarness((started) => ({ h, database } = started));
  // Each test's clock runs ahead: leave no follow-up of it due for the next test's passes.
  afterEach(async () => {
    await database.prisma.proposal.updateMany({ where: { status: "pending" }, data: { nextRemindAt: null, nextEscalationAt: null } });
  });

  it("replies in the channel card's thread mentioning only who has not voted, once per due time, until decided", async () => {
    h.decision = pendingDecision({ remind: 600, quorum: { count: 2, distinctGroups: false }, approvers: { groups: { dba: [PEOPLE.alice.email, PEOPLE.bob.email, "zoe@example.com"] }, identities: [] } });
    const proposal = await h.propose({ params: { table: "patients", filter: PHI } });
    const [card] = await h.copies(proposal.id, 1);
    await decide(h.slack.context.core, { proposalId: proposal.id, voter: PEOPLE.alice.email, channel: "api", decision: "approve" });
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1);
    h.fake.reset();

    expect(await followUpDueProposals(later(10))).toEqual({ escalated: 0, reminded: 1 });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 1);
    const reminder = h.fake.callsTo("chat.postMessage")[0]!;
    expect(reminder.args).toMatchObject({ channel: "C0APPROVALS", thread_ts: card!.messageId });
    // bob has Slack (a mention), zoe does not (her email); alice voted and dana is the requester.
    expect(textOf(reminder)).toContain(`<@${PEOPLE.bob.id}>, zoe@example.com, this request still needs your decision`);
    expect(textOf(reminder)).toContain("db.export on postgres://prod/patients (production)");
    expect(textOf(reminder)).not.toContain(PEOPLE.alice.id);
    expect(textOf(reminder)).not.toContain(PEOPLE.dana.id);
    expect(h.fake.callsTo("chat.update")).toHaveLength(0);

    // Two sweeper passes at once for the next due time: one reminder.
    const passes = await Promise.all([followUpDueProposals(later(20)), followUpDueProposals(later(20))]);
    expect(passes.map((p) => p.reminded).sort()).toEqual([0, 1]);
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 2);
    await settle();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(2);
    expect(await database.prisma.auditEvent.count({ where: { proposalId: proposal.id, type: "proposal.reminded" } })).toBe(2);

    // Decided: no more reminders (the only new message is the requester's outcome DM).
    await decide(h.slack.context.core, { proposalId: proposal.id, voter: PEOPLE.bob.email, channel: "api", decision: "approve" });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 3);
    expect(await followUpDueProposals(later(30))).toEqual({ escalated: 0, reminded: 0 });
    await settle();
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.args.channel)).toEqual(["C0APPROVALS", "C0APPROVALS", `D${PEOPLE.dana.id}`]);

    // A reminder job that runs (again) after the decision posts nothing.
    const queued = await database.prisma.outboxMessage.findFirstOrThrow({ where: { proposalId: proposal.id, topic: "proposal.reminded" } });
    await h.slack.tasks["slack.sync"]?.({ outboxId: queued.id.toString() }, { addJob: () => Promise.reject(new Error("unexpected")), job: {} } as never);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(3);

    const everything = JSON.stringify(h.fake.calls);
    for (const value of Object.values(PHI)) expect(everything).not.toContain(value);
  });

  it("without a channel card, DMs each approver who has not voted", async () => {
    h.decision = pendingDecision({ remind: 600, channels: [{ kind: "slack_dm" }] });
    const proposal = await h.propose();
    await h.copies(proposal.id, 2);
    h.fake.reset();

    expect((await followUpDueProposals(later(10))).reminded).toBe(1);
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 2);
    const dms = h.fake.callsTo("chat.postMessage");
    expect(dms.map((c) => c.args.channel).sort()).toEqual([`D${PEOPLE.alice.id}`, `D${PEOPLE.bob.id}`]);
    for (const dm of dms) {
      expect(textOf(dm)).toContain("Reminder: a request still needs your decision");
      expect(dm.args.thread_ts).toBeUndefined();
    }
  });

  it("nothing is sent for a denied or an expired proposal", async () => {
    h.decision = pendingDecision({ remind: 600 });
    const denied = await h.propose();
    const expired = await h.propose();
    await h.copies(denied.id, 1);
    await h.copies(expired.id, 1);
    h.fake.reset();
    await decide(h.slack.context.core, { proposalId: denied.id, voter: PEOPLE.bob.email, channel: "api", decision: "deny", reason: "no" });
    // Expires at 5 min, before its first reminder is due at 10 min.
    await database.prisma.proposal.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() + 5 * 60_000) } });
    // The denied card's update, then the requester's outcome DM.
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1 && h.fake.callsTo("chat.postMessage").length === 1);
    h.fake.reset();

    expect(await followUpDueProposals(later(10))).toEqual({ escalated: 0, reminded: 0 });
    await settle();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(await database.prisma.outboxMessage.count({ where: { topic: "proposal.reminded", proposalId: { in: [denied.id, expired.id] } } })).toBe(0);
  });
});
