// The contract between the policy package and everything that consumes a decision (core, api,
// cards, chat adapters). Extend it freely; do not rename or remove fields without updating callers.

/** What an agent proposes, as the policy sees it. */
export interface ProposalInput {
  action: string;
  resource: string;
  environment: string;
  params: Record<string, unknown>;
  agent: { id: string; name: string; labels: Record<string, string> };
  /** Email of the human the agent acts for, if any. */
  onBehalfOf: string | null;
  context: Record<string, unknown>;
}

/** allow and deny are final at once; pending needs human approval. */
export type Outcome = "allow" | "deny" | "pending";

/** Where the approval card goes. */
export type Channel =
  | { kind: "slack"; channel: string }
  | { kind: "slack_dm" }
  | { kind: "teams"; conversation: string }
  | { kind: "api" };

export interface ApproverSet {
  /** Group name → member emails (lower-case), resolved at evaluation time. */
  groups: Record<string, string[]>;
  /** Individually named approvers (lower-case emails). */
  identities: string[];
}

export interface Quorum {
  /** Approvals needed. */
  count: number;
  /** When true, the approvals must come from `count` distinct groups. */
  distinctGroups: boolean;
}

/** How the masker hides a value (mirrors @countersign/masking's MaskStyle). */
export type MaskStyle = "tag" | "partial" | "pseudonym";

export interface MaskHints {
  /** Params paths (dot notation, `*` for any key or index) always masked. */
  always: string[];
  /** Params paths never masked (e.g. a table name the approver must see). */
  never: string[];
  /** Keep the raw params in a separate column no renderer reads. */
  keepRaw: boolean;
  /** Per-path style overrides (params path → style), when the rule sets any. */
  styles?: Record<string, MaskStyle>;
}

export interface Escalation {
  after: number; // seconds after creation
  to: string[]; // group names
  /** Members of the `to` groups (lower-case emails), resolved at evaluation time. */
  members?: Record<string, string[]>;
  /** The following hop, if the `to` groups escalate further; `after` is again seconds after creation. */
  next?: Escalation;
}

export interface BreakGlass {
  /** Members of this group may approve their own request, with a mandatory reason. */
  group: string;
  members: string[];
  /** Where a break-glass self-approval must be announced (validation makes it non-null). */
  announce: Channel | null;
}

export interface TraceEntry {
  ruleId: string;
  matched: boolean;
  /** Why the rule did or did not match, e.g. "action 'db.export' matches 'db.*'". */
  detail: string;
}

export interface PolicyDecision {
  outcome: Outcome;
  /** The matched rule, or null when the policy default decided. */
  ruleId: string | null;
  /** Human-readable reason (the rule's rendered reason template). */
  reason: string;
  approvers: ApproverSet;
  quorum: Quorum;
  /** Seconds until a pending proposal expires. */
  ttlSeconds: number;
  channels: Channel[];
  mask: MaskHints;
  remind: number | null; // seconds
  escalate: Escalation | null;
  breakGlass: BreakGlass | null;
  policyHash: string;
  /**
   * Rules considered, in evaluation order, up to and including the one that decided (first match
   * wins, so later rules were not considered). Every rule appears when the default decided.
   */
  trace: TraceEntry[];
  /**
   * Set when a rule's `when` condition could not be evaluated (e.g. a missing params key): the
   * decision is then deny (fail closed) and `ruleId` names that rule.
   */
  conditionError?: string;
}
