import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { decide, expireProposal } from "./decide.js";
import { followUpDueProposals } from "./follow-up-due.js";
import { deliveryJobs, pendingDecision, type TestCore } from "./testing/test-core.js";
import { useTestCore } from "./testing/use-test-core.js";

let database: TestDatabase;
let core: TestCore;
useTestCore((started) => ({ database, core } = started));

const reminders = (proposalId: string) => database.prisma.auditEvent.findMany({ where: { proposalId, type: "proposal.reminded" }, orderBy: { seq: "asc" } });
const outbox = (proposalId: string) => database.prisma.outboxMessage.findMany({ where: { proposalId, topic: "proposal.reminded" }, orderBy: { id: "asc" } });
const row = (id: string) => database.prisma.proposal.findUniqueOrThrow({ where: { id } });

describe("reminders", () => {
  it("remind the approvers who have not voted every interval, with an audit event and a Slack job, until decided", async () => {
    const id = await core.propose(pendingDecision({ remind: 600, quorum: { count: 2, distinctGroups: false } }));
    const created = (await row(id)).createdAt;
    expect(await row(id)).toMatchObject({ remindEverySeconds: 600, nextRemindAt: new Date(created.getTime() + 600_000) });
    core.at(2);
    await decide(core.deps, { proposalId: id, voter: "alice@example.com", channel: "api", decision: "approve" });

    core.at(9);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 0 });
    core.at(10);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 1 });
    const [first] = await reminders(id);
    expect(first).toMatchObject({ actor: "system:reminder", data: { from: "pending", to: "pending", due: new Date(created.getTime() + 600_000).toISOString(), awaiting: ["bob@example.com"] } });
    const [message] = await outbox(id);
    expect(message?.payload).toMatchObject({ proposalId: id, event: "proposal.reminded", status: "pending" });
    expect(await deliveryJobs(database.prisma, message!.id)).toEqual([{ task: "slack.sync", queue: `proposal:${id}` }]);
    expect((await row(id)).nextRemindAt).toEqual(new Date(created.getTime() + 1_200_000));

    // The same due time never fires twice.
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 0 });
    core.at(20);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 1 });
    expect(await reminders(id)).toHaveLength(2);

    core.at(25);
    await decide(core.deps, { proposalId: id, voter: "bob@example.com", channel: "api", decision: "approve" });
    core.at(30);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 0 });
    expect(await reminders(id)).toHaveLength(2);
    expect(await outbox(id)).toHaveLength(2);
  });

  it("two sweeper passes at once send one reminder", async () => {
    const id = await core.propose(pendingDecision({ remind: 600 }));
    core.at(10);
    const passes = await Promise.all([followUpDueProposals(core.deps), followUpDueProposals(core.deps), followUpDueProposals(core.deps)]);
    expect(passes.reduce((n, p) => n + p.reminded, 0)).toBe(1);
    expect(await reminders(id)).toHaveLength(1);
    expect(await outbox(id)).toHaveLength(1);
    expect((await row(id)).version).toBe(1);
  });

  it("nothing fires for an expired or a denied proposal", async () => {
    const expired = await core.propose(pendingDecision({ remind: 600, ttlSeconds: 900 }));
    core.at(16);
    await expireProposal(core.deps, expired);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 0 });

    const overdue = await core.propose(pendingDecision({ remind: 600, ttlSeconds: 900 }));
    // Past expiry but not yet swept: the reminder due at 10 min is not sent late.
    core.at(16);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 0 });

    const denied = await core.propose(pendingDecision({ remind: 600 }));
    core.at(1);
    await decide(core.deps, { proposalId: denied, voter: "bob@example.com", channel: "api", decision: "deny", reason: "no" });
    core.at(10);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 0 });
    for (const id of [expired, overdue, denied]) expect(await reminders(id)).toEqual([]);
  });

  it("stops before expiry and skips reminders missed while no sweeper ran", async () => {
    const id = await core.propose(pendingDecision({ remind: 600, ttlSeconds: 1800 }));
    const created = (await row(id)).createdAt;
    core.at(19);
    expect((await followUpDueProposals(core.deps)).reminded).toBe(1);
    // One nudge for the two missed (10 and … 19 min), the next on the regular slot at 20 min.
    expect((await row(id)).nextRemindAt).toEqual(new Date(created.getTime() + 1_200_000));
    core.at(20);
    expect((await followUpDueProposals(core.deps)).reminded).toBe(1);
    // 30 min is the expiry: no reminder is left.
    expect((await row(id)).nextRemindAt).toBeNull();
    expect(await reminders(id)).toHaveLength(2);
  });

  it("when everyone who may vote has voted, only the schedule moves", async () => {
    const id = await core.propose(
      pendingDecision({ remind: 600, approvers: { groups: { dba: ["alice@example.com"], sec: ["alice@example.com", "dana@example.com"] }, identities: [] }, quorum: { count: 2, distinctGroups: true } }),
    );
    core.at(1);
    await decide(core.deps, { proposalId: id, voter: "alice@example.com", channel: "api", decision: "approve" });
    core.at(10);
    expect((await followUpDueProposals(core.deps)).reminded).toBe(0);
    expect(await reminders(id)).toEqual([]);
    expect((await row(id)).nextRemindAt).toEqual(new Date((await row(id)).createdAt.getTime() + 1_200_000));
  });
});
