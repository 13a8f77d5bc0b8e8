// When reminders and escalations of a pending proposal are due. Pure: the sweeper pass
// (follow-up-due.ts) reads these columns and remind.ts / escalate.ts move them on.
import type { Escalation, PolicyDecision } from "@countersign/policy";

export interface FollowUpSchedule {
  remindEverySeconds: number | null;
  nextRemindAt: Date | null;
  /** The whole chain, while its first hop is due before expiry; null otherwise. */
  escalation: Escalation | null;
  nextEscalationAt: Date | null;
}

/**
 * The follow-ups of a proposal created at `createdAt`. Nothing is scheduled at or after expiry:
 * by then there is nobody left to nudge.
 *
 * @example followUpSchedule({ remind: 600, escalate: null }, created, expires).nextRemindAt // created + 10 min
 */
export function followUpSchedule(
  decision: Pick<PolicyDecision, "remind" | "escalate">,
  createdAt: Date,
  expiresAt: Date | null,
): FollowUpSchedule {
  const remind = decision.remind && decision.remind > 0 ? decision.remind : null;
  const nextRemindAt = remind ? beforeExpiry(addSeconds(createdAt, remind), expiresAt) : null;
  const escalation = decision.escalate;
  const nextEscalationAt = escalation ? escalationDue(escalation, createdAt, expiresAt) : null;
  return {
    remindEverySeconds: remind,
    nextRemindAt,
    escalation: nextEscalationAt ? escalation : null,
    nextEscalationAt,
  };
}

/** When a hop of the chain is due: its `after` counts from creation, like every hop's. */
export function escalationDue(hop: Escalation, createdAt: Date, expiresAt: Date | null): Date | null {
  return beforeExpiry(addSeconds(createdAt, hop.after), expiresAt);
}

/**
 * The reminder after the one due at `due`: one interval on. Reminders missed while no sweeper ran
 * are skipped, not sent in a burst: the next one is the first slot after `now`.
 *
 * @example nextReminder(at(10), 600, at(10), expires) // at(20)
 */
export function nextReminder(due: Date, everySeconds: number, now: Date, expiresAt: Date | null): Date | null {
  const step = everySeconds * 1000;
  const missed = Math.max(0, Math.floor((now.getTime() - due.getTime()) / step));
  return beforeExpiry(new Date(due.getTime() + (missed + 1) * step), expiresAt);
}

/** True when a follow-up at `at` is due now for a proposal still open to votes. */
export function isDue(proposal: { status: string; expiresAt: Date | null }, at: Date | null, now: Date): at is Date {
  if (proposal.status !== "pending" || at === null) return false;
  // An overdue proposal is the expiry sweeper's: it gets no more nudges.
  if (proposal.expiresAt && proposal.expiresAt.getTime() <= now.getTime()) return false;
  return at.getTime() <= now.getTime();
}

function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}

function beforeExpiry(at: Date, expiresAt: Date | null): Date | null {
  return expiresAt && at.getTime() >= expiresAt.getTime() ? null : at;
}
