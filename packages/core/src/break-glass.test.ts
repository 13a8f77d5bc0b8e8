import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import type { BreakGlass } from "@countersign/policy";
import { decide } from "./decide.js";
import { isCodedError } from "./errors.js";
import { deliveryJobs, pendingDecision, type TestCore } from "./testing/test-core.js";
import { useTestCore } from "./testing/use-test-core.js";

let database: TestDatabase;
let core: TestCore;
useTestCore((started) => ({ database, core } = started));

// jo is on call and asks through the agent; the approvers are the dba group.
const GLASS: BreakGlass = { group: "oncall", members: ["jo@example.com"], announce: { kind: "slack", channel: "C0INCIDENTS" } };
const REASON = "prod down; patient Jane Quincy Realperson (SSN 123-45-6789) cannot be admitted";
const announcements = (proposalId: string) => database.prisma.outboxMessage.findMany({ where: { proposalId, topic: "proposal.break_glass" } });

describe("break-glass announcement", () => {
  it("a self-approval queues the announcement in the vote's transaction: who, masked reason, where", async () => {
    const id = await core.propose(pendingDecision({ breakGlass: GLASS }), "jo@example.com");
    const { proposal, vote } = await decide(core.deps, { proposalId: id, voter: "jo@example.com", channel: "slack", decision: "approve", reason: REASON });
    expect(proposal.status).toBe("approved");

    const [message, ...more] = await announcements(id);
    expect(more).toEqual([]);
    expect(message?.payload).toMatchObject({
      proposalId: id,
      event: "proposal.break_glass",
      status: "approved",
      voter: "jo@example.com",
      voteId: vote.id,
      group: "oncall",
      announce: { kind: "slack", channel: "C0INCIDENTS" },
    });
    const reason = (message?.payload as { reason: string }).reason;
    expect(reason).toContain("prod down");
    for (const phi of ["Jane Quincy Realperson", "123-45-6789"]) expect(reason).not.toContain(phi);
    expect(await deliveryJobs(database.prisma, message!.id)).toEqual([{ task: "slack.sync", queue: `proposal:${id}` }]);

    const approved = await database.prisma.auditEvent.findFirstOrThrow({ where: { proposalId: id, type: "proposal.approved" } });
    expect(approved.data).toMatchObject({ breakGlass: true, announcedTo: { kind: "slack", channel: "C0INCIDENTS" } });
  });

  it("announces nothing for a refused self-approval, a break-glass deny, or an ordinary approval", async () => {
    const refused = await core.propose(pendingDecision({ breakGlass: GLASS }), "jo@example.com");
    const code = await decide(core.deps, { proposalId: refused, voter: "jo@example.com", channel: "api", decision: "approve" }).then(
      () => "accepted",
      (e: unknown) => (isCodedError(e) ? e.code : "other"),
    );
    expect(code).toBe("reason_required");

    const denied = await core.propose(pendingDecision({ breakGlass: GLASS }), "jo@example.com");
    await decide(core.deps, { proposalId: denied, voter: "jo@example.com", channel: "api", decision: "deny", reason: "never mind" });

    const ordinary = await core.propose(pendingDecision({ breakGlass: GLASS }), "jo@example.com");
    await decide(core.deps, { proposalId: ordinary, voter: "alice@example.com", channel: "api", decision: "approve" });
    const approved = await database.prisma.auditEvent.findFirstOrThrow({ where: { proposalId: ordinary, type: "proposal.approved" } });
    expect(approved.data).toMatchObject({ breakGlass: false });
    expect(approved.data).not.toHaveProperty("announcedTo");

    for (const id of [refused, denied, ordinary]) expect(await announcements(id)).toEqual([]);
  });

  it.each([
    ["api", { kind: "api" }],
    ["slack_dm", { kind: "slack_dm" }],
  ] as const)("with announce %s nothing is queued, and the audit event says so", async (_kind, announce) => {
    const id = await core.propose(pendingDecision({ breakGlass: { ...GLASS, announce } }), "jo@example.com");
    await decide(core.deps, { proposalId: id, voter: "jo@example.com", channel: "api", decision: "approve", reason: "db failover" });
    expect(await announcements(id)).toEqual([]);
    const approved = await database.prisma.auditEvent.findFirstOrThrow({ where: { proposalId: id, type: "proposal.approved" } });
    expect(approved.data).toMatchObject({ breakGlass: true, announcedTo: null });
  });

  it("a self-approval short of the quorum is announced too, and the vote stays pending", async () => {
    const id = await core.propose(pendingDecision({ breakGlass: GLASS, quorum: { count: 2, distinctGroups: false } }), "jo@example.com");
    const { proposal } = await decide(core.deps, { proposalId: id, voter: "jo@example.com", channel: "api", decision: "approve", reason: "db failover" });
    expect(proposal.status).toBe("pending");
    expect((await announcements(id)).map((m) => (m.payload as { status: string }).status)).toEqual(["pending"]);
  });
});
