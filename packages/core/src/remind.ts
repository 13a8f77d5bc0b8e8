import { inTransaction, type Proposal } from "@countersign/db";
import type { ApproverSet } from "@countersign/policy";
import { awaitingApprovers } from "./awaiting.js";
import type { CoreDeps } from "./deps.js";
import { FOLLOW_UP_EVENTS } from "./follow-up-events.js";
import { isDue, nextReminder } from "./follow-up-schedule.js";
import { transition, tryLockProposal } from "./transition.js";

/**
 * Sends the reminder due for one pending proposal: moves `nextRemindAt` one interval on and
 * announces `proposal.reminded` (audit event naming who is still awaited, outbox jobs for the
 * chat adapters) in one transaction. Null when nothing was due — already sent by another instance
 * (the row is locked, SKIP LOCKED, and re-read), decided, expired, or no reminder scheduled.
 */
export async function remindProposal(deps: CoreDeps, proposalId: string): Promise<Proposal | null> {
  return inTransaction(deps.db, async (tx) => {
    const proposal = await tryLockProposal(tx, proposalId);
    const now = deps.now();
    if (!proposal?.remindEverySeconds || !isDue(proposal, proposal.nextRemindAt, now)) return null;
    const due = proposal.nextRemindAt;
    const nextRemindAt = nextReminder(due, proposal.remindEverySeconds, now, proposal.expiresAt);
    const agent = await tx.agent.findUniqueOrThrow({ where: { id: proposal.agentId }, select: { ownerEmail: true } });
    const votes = await tx.vote.findMany({ where: { proposalId }, select: { approver: true } });
    const awaiting = awaitingApprovers(
      proposal.approvers as unknown as ApproverSet,
      votes.map((v) => v.approver),
      [agent.ownerEmail, proposal.onBehalfOf],
    );
    if (awaiting.length === 0) {
      // Everyone who may vote has (a distinct-group quorum can still be short): nobody to nudge,
      // so only the schedule moves; we hold the row lock, so no compare-and-set is needed.
      await tx.proposal.update({ where: { id: proposal.id }, data: { nextRemindAt } });
      return null;
    }
    return transition(tx, {
      proposal,
      data: { nextRemindAt },
      event: FOLLOW_UP_EVENTS.reminded,
      actor: "system:reminder",
      auditData: { due: due.toISOString(), awaiting, nextRemindAt: nextRemindAt?.toISOString() ?? null },
      hasWebhook: false,
    });
  });
}
