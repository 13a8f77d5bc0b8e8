import type { Proposal } from "@countersign/db";
import type { CoreDeps } from "./deps.js";
import { escalateProposal } from "./escalate.js";
import { remindProposal } from "./remind.js";

export interface FollowUpResult {
  /** Proposals escalated in this pass (one or more hops each). */
  escalated: number;
  reminded: number;
}

/**
 * The sweeper's follow-up pass: escalations due, then reminders due (so a reminder sent at the
 * same moment already names the escalated approvers). Safe on any number of instances at once:
 * each follow-up locks its row (SKIP LOCKED), re-checks that it is still due under the lock and
 * moves its schedule in the same transaction, so one due time fires once. One proposal failing
 * does not hold up the others; the failures are thrown together at the end.
 */
export async function followUpDueProposals(deps: CoreDeps, limit = 100): Promise<FollowUpResult> {
  const now = deps.now();
  const failures: unknown[] = [];
  const run = async (ids: { id: string }[], step: (deps: CoreDeps, id: string) => Promise<Proposal | null>): Promise<number> => {
    let done = 0;
    for (const { id } of ids) {
      try {
        if (await step(deps, id)) done++;
      } catch (error) {
        failures.push(error);
      }
    }
    return done;
  };
  const escalated = await run(
    await deps.db.proposal.findMany({ where: { status: "pending", nextEscalationAt: { lte: now } }, select: { id: true }, orderBy: { nextEscalationAt: "asc" }, take: limit }),
    escalateProposal,
  );
  const reminded = await run(
    await deps.db.proposal.findMany({ where: { status: "pending", nextRemindAt: { lte: now } }, select: { id: true }, orderBy: { nextRemindAt: "asc" }, take: limit }),
    remindProposal,
  );
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} follow-up(s) failed; the others were done`);
  return { escalated, reminded };
}
