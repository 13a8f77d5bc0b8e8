import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { verifyAuditChain } from "@countersign/db";
import type { Escalation } from "@countersign/policy";
import { decide } from "./decide.js";
import { isCodedError } from "./errors.js";
import { withEscalatedGroups } from "./escalate.js";
import { followUpDueProposals } from "./follow-up-due.js";
import { deliveryJobs, pendingDecision, type TestCore } from "./testing/test-core.js";
import { useTestCore } from "./testing/use-test-core.js";

let database: TestDatabase;
let core: TestCore;
useTestCore((started) => ({ database, core } = started));

// dba (alice, bob) → after 15 min security (sam, and alice again) → after 30 min security-leads (ciso).
const CHAIN: Escalation = {
  after: 900,
  to: ["security"],
  members: { security: ["sam@example.com", "alice@example.com"] },
  next: { after: 1800, to: ["security-leads"], members: { "security-leads": ["ciso@example.com"] } },
};
const escalating = (overrides = {}) => pendingDecision({ escalate: CHAIN, ...overrides });
const row = (id: string) => database.prisma.proposal.findUniqueOrThrow({ where: { id } });
const escalations = (proposalId: string) => database.prisma.auditEvent.findMany({ where: { proposalId, type: "proposal.escalated" }, orderBy: { seq: "asc" } });

async function refusal(voter: string, proposalId: string): Promise<string> {
  try {
    await decide(core.deps, { proposalId, voter, channel: "api", decision: "approve" });
    return "accepted";
  } catch (error) {
    if (isCodedError(error)) return error.code;
    throw error;
  }
}

describe("escalation", () => {
  it("follows a two-step chain: each hop's members may vote after its `after`, in the audit trail and the outbox", async () => {
    const id = await core.propose(escalating());
    const created = (await row(id)).createdAt;
    expect(await row(id)).toMatchObject({ escalation: CHAIN, nextEscalationAt: new Date(created.getTime() + 900_000), escalatedTo: [] });

    core.at(14);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 0, reminded: 0 });
    expect(await refusal("sam@example.com", id)).toBe("not_an_approver");

    core.at(15);
    expect(await followUpDueProposals(core.deps)).toEqual({ escalated: 1, reminded: 0 });
    expect(await row(id)).toMatchObject({
      status: "pending",
      approvers: { groups: { dba: ["alice@example.com", "bob@example.com"], security: ["sam@example.com", "alice@example.com"] }, identities: [] },
      escalatedTo: ["security"],
      escalation: CHAIN.next,
      nextEscalationAt: new Date(created.getTime() + 1_800_000),
    });
    const [first] = await escalations(id);
    expect(first).toMatchObject({ actor: "system:escalation", data: { from: "pending", to: ["security"], added: ["sam@example.com"] } });
    const message = await database.prisma.outboxMessage.findFirstOrThrow({ where: { proposalId: id, topic: "proposal.escalated" } });
    expect(message.payload).toMatchObject({ proposalId: id, event: "proposal.escalated", status: "pending", groups: ["security"], added: ["sam@example.com"] });
    expect(await deliveryJobs(database.prisma, message.id)).toEqual([{ task: "slack.sync", queue: `proposal:${id}` }]);
    // Not again for the same hop.
    expect((await followUpDueProposals(core.deps)).escalated).toBe(0);

    core.at(30);
    expect(await refusal("ciso@example.com", id)).toBe("not_an_approver");
    expect((await followUpDueProposals(core.deps)).escalated).toBe(1);
    expect(await row(id)).toMatchObject({ escalatedTo: ["security", "security-leads"], escalation: null, nextEscalationAt: null });
    expect((await escalations(id)).map((e) => (e.data as { added: string[] }).added)).toEqual([["sam@example.com"], ["ciso@example.com"]]);
    core.at(45);
    expect((await followUpDueProposals(core.deps)).escalated).toBe(0);

    // The escalated approver decides, through the same eligibility rules as anyone.
    const { proposal, vote } = await decide(core.deps, { proposalId: id, voter: "ciso@example.com", channel: "api", decision: "approve" });
    expect(proposal).toMatchObject({ status: "approved", decidedBy: "ciso@example.com" });
    expect(vote.groupName).toBe("security-leads");
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ ok: true });
  });

  it("an escalated member votes: the vote counts toward the quorum", async () => {
    const id = await core.propose(escalating({ quorum: { count: 2, distinctGroups: false } }));
    core.at(1);
    await decide(core.deps, { proposalId: id, voter: "bob@example.com", channel: "api", decision: "approve" });
    expect(await refusal("sam@example.com", id)).toBe("not_an_approver");
    core.at(15);
    await followUpDueProposals(core.deps);
    const { proposal } = await decide(core.deps, { proposalId: id, voter: "sam@example.com", channel: "api", decision: "approve" });
    expect(proposal).toMatchObject({ status: "approved", approvalsCount: 2, decidedBy: "bob@example.com, sam@example.com" });
  });

  it("applies every hop due after the sweeper was down, one event each, in order", async () => {
    const id = await core.propose(escalating());
    core.at(40);
    expect((await followUpDueProposals(core.deps)).escalated).toBe(1);
    expect((await escalations(id)).map((e) => (e.data as { to: string[] }).to)).toEqual([["security"], ["security-leads"]]);
    expect((await row(id)).version).toBe(2);
  });

  it("two sweeper passes at once escalate once", async () => {
    const id = await core.propose(escalating());
    core.at(15);
    const passes = await Promise.all([followUpDueProposals(core.deps), followUpDueProposals(core.deps), followUpDueProposals(core.deps)]);
    expect(passes.reduce((n, p) => n + p.escalated, 0)).toBe(1);
    expect(await escalations(id)).toHaveLength(1);
    expect(await database.prisma.outboxMessage.count({ where: { proposalId: id, topic: "proposal.escalated" } })).toBe(1);
  });

  it("nothing fires for a decided or an expired proposal, nor after expiry", async () => {
    const decided = await core.propose(escalating());
    core.at(5);
    await decide(core.deps, { proposalId: decided, voter: "alice@example.com", channel: "api", decision: "approve" });
    core.at(15);
    expect((await followUpDueProposals(core.deps)).escalated).toBe(0);
    expect(await row(decided)).toMatchObject({ escalatedTo: [], approvers: { groups: { dba: ["alice@example.com", "bob@example.com"] } } });

    const expired = await core.propose(escalating({ ttlSeconds: 1200 }));
    // The second hop (30 min) comes after the expiry (20 min): only the first is scheduled.
    core.at(15);
    expect((await followUpDueProposals(core.deps)).escalated).toBe(1);
    expect(await row(expired)).toMatchObject({ escalation: null, nextEscalationAt: null });
    core.at(31);
    expect((await followUpDueProposals(core.deps)).escalated).toBe(0);
    expect(await escalations(decided)).toEqual([]);
    expect(await escalations(expired)).toHaveLength(1);
  });
});

describe("withEscalatedGroups", () => {
  it("adds the hop's groups and reports only the newly eligible", () => {
    const result = withEscalatedGroups(
      { groups: { dba: ["a@x.org"] }, identities: ["b@x.org"] },
      { after: 60, to: ["leads", "dba"], members: { leads: ["B@x.org", "c@x.org"], dba: ["d@x.org"] } },
    );
    expect(result).toEqual({
      approvers: { groups: { dba: ["a@x.org", "d@x.org"], leads: ["b@x.org", "c@x.org"] }, identities: ["b@x.org"] },
      added: ["d@x.org", "c@x.org"],
    });
  });
});
