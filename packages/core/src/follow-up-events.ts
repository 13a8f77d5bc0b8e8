// Audit event types and outbox topics of the follow-ups, named once for core and the chat adapters.
export const FOLLOW_UP_EVENTS = {
  /** A reminder to the approvers who have not voted (audit event and outbox topic). */
  reminded: "proposal.reminded",
  /** An escalation hop added approvers (audit event and outbox topic). */
  escalated: "proposal.escalated",
  /** A break-glass self-approval to announce (outbox topic; the vote's own audit event says breakGlass). */
  breakGlass: "proposal.break_glass",
} as const;
