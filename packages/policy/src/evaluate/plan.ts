// The compiled "then" part of a rule or of the default: everything about the decision that does
// not depend on the proposal is computed and frozen at load, so evaluation only fills in the rest.
import type { Channel, MaskHints, Outcome, Quorum } from "../types.js";
import type { Template } from "../template.js";

export interface EscalationPlan {
  /** Seconds after creation. */
  after: number;
  to: readonly string[];
  next: EscalationPlan | null;
}

export interface ApprovalPlan {
  groups: readonly string[];
  identities: string[];
  quorum: Quorum;
  ttlSeconds: number;
  channels: Channel[];
  remind: number | null;
  escalation: EscalationPlan | null;
  breakGlass: { group: string; announce: Channel | null } | null;
}

export interface OutcomePlan {
  ruleId: string | null;
  description: string;
  outcome: Outcome;
  /** The reason text, or a template when it has placeholders to fill from the proposal. */
  reason: string | Template;
  approval: ApprovalPlan | null;
  mask: MaskHints;
}

/**
 * Recursively freezes a plain value so shared decision parts cannot be changed by a consumer.
 *
 * @example deepFreeze({ channels: [{ kind: "api" }] })
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
