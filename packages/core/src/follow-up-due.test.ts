import { describe, expect, it } from "vitest";
import { Prisma } from "@countersign/db";
import type { TestDatabase } from "@countersign/db/testing";
import { followUpDueProposals } from "./follow-up-due.js";
import { pendingDecision, type TestCore } from "./testing/test-core.js";
import { useTestCore } from "./testing/use-test-core.js";

let database: TestDatabase;
let core: TestCore;
useTestCore((started) => ({ database, core } = started));

describe("followUpDueProposals", () => {
  it("a proposal whose follow-up fails does not hold up the others, and the failure is reported", async () => {
    const broken = await core.propose(pendingDecision({ ttlSeconds: 30 * 86_400, escalate: { after: 900, to: ["security"], members: { security: ["sam@example.com"] } } }));
    // A snapshot no code writes, standing in for any row the pass cannot handle.
    await database.prisma.proposal.update({ where: { id: broken }, data: { approvers: Prisma.JsonNull } });
    const fine = await core.propose(pendingDecision({ remind: 600 }));
    core.at(10);

    await expect(followUpDueProposals(core.deps)).rejects.toThrow(/1 follow-up\(s\) failed/);
    expect(await database.prisma.auditEvent.count({ where: { proposalId: fine, type: "proposal.reminded" } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { proposalId: broken, type: "proposal.escalated" } })).toBe(0);
  });
});
