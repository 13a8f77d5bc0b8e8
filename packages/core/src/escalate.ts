import { asJson, inTransaction, Prisma, type Proposal, type Tx } from "@countersign/db";
import type { ApproverSet, Escalation } from "@countersign/policy";
import { approverEmails } from "./awaiting.js";
import type { CoreDeps } from "./deps.js";
import { FOLLOW_UP_EVENTS } from "./follow-up-events.js";
import { escalationDue, isDue } from "./follow-up-schedule.js";
import { transition, tryLockProposal } from "./transition.js";

/**
 * Applies every escalation hop now due on one pending proposal, each its own
 * `proposal.escalated` transition: the hop's groups join the approvers snapshot (so their members
 * may vote), the chain moves to `next`, audit event and outbox jobs in the same transaction.
 * Returns the row after the last hop, or null when nothing was due (already done by another
 * instance, decided, expired, nothing left).
 */
export async function escalateProposal(deps: CoreDeps, proposalId: string): Promise<Proposal | null> {
  return inTransaction(deps.db, async (tx) => {
    let proposal = await tryLockProposal(tx, proposalId);
    const now = deps.now();
    let escalated: Proposal | null = null;
    // More than one hop is due only after the sweeper was down; each still gets its own event.
    while (proposal && isDue(proposal, proposal.nextEscalationAt, now)) {
      const hop = proposal.escalation as unknown as Escalation | null;
      if (!hop) break;
      proposal = escalated = await escalateOnce(tx, proposal, hop);
    }
    return escalated;
  });
}

async function escalateOnce(tx: Tx, proposal: Proposal, hop: Escalation): Promise<Proposal> {
  const { approvers, added } = withEscalatedGroups(proposal.approvers as unknown as ApproverSet, hop);
  const next = hop.next ?? null;
  const nextAt = next ? escalationDue(next, proposal.createdAt, proposal.expiresAt) : null;
  return transition(tx, {
    proposal,
    data: {
      approvers: asJson(approvers),
      escalation: nextAt ? asJson(next) : Prisma.DbNull,
      nextEscalationAt: nextAt,
      escalatedTo: [...new Set([...proposal.escalatedTo, ...hop.to])],
    },
    event: FOLLOW_UP_EVENTS.escalated,
    actor: "system:escalation",
    auditData: { to: hop.to, added, after: hop.after, nextEscalationAt: nextAt?.toISOString() ?? null },
    hasWebhook: false,
    // The chat adapters tell exactly these people, not everyone the groups hold.
    outboxData: { groups: hop.to, added },
  });
}

/**
 * The approvers snapshot with a hop's groups (as resolved when the proposal was created) added,
 * and the emails that became eligible by it.
 *
 * @example withEscalatedGroups({ groups: { dba: ["a@x"] }, identities: [] }, { after: 900, to: ["leads"], members: { leads: ["c@x"] } }).added // ["c@x"]
 */
export function withEscalatedGroups(current: ApproverSet, hop: Escalation): { approvers: ApproverSet; added: string[] } {
  const before = new Set(approverEmails(current));
  const groups = { ...(current.groups ?? {}) };
  for (const name of hop.to) {
    const members = (hop.members?.[name] ?? []).map((e) => e.toLowerCase());
    groups[name] = [...new Set([...(groups[name] ?? []), ...members])];
  }
  const approvers = { groups, identities: current.identities ?? [] };
  return { approvers, added: approverEmails(approvers).filter((e) => !before.has(e)) };
}
