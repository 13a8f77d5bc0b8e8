// The neutral shape every chat renderer reads. Built once from a proposal row (whose params are
// already masked) and its votes; renderers never see raw params or database types.

export type ProposalStatus = "pending" | "approved" | "denied" | "expired" | "cancelled" | "executed";

export type VoteDecision = "approve" | "deny";

export interface ApprovalVote {
  /** The approver's identity (email). */
  approver: string;
  decision: VoteDecision;
  reason: string | null;
  at: Date;
}

/** One line of the params table: a dot path and its (masked) value, already collapsed. */
export interface ParamLine {
  path: string;
  value: string;
}

export interface ApprovalView {
  proposalId: string;
  status: ProposalStatus;
  action: string;
  /** low | medium | high | critical when the proposer or policy supplied one, else null. */
  risk: string | null;
  agent: { id: string; name: string };
  /** The human the agent acts for (email), if any. */
  onBehalfOf: string | null;
  resource: string;
  environment: string;
  ruleId: string | null;
  reason: string;
  /** The masked params: the only copy of the payload a card may show. */
  params: unknown;
  quorum: { needed: number; approvals: number };
  /** Groups escalation added to the approvers while the request waited, in order. */
  escalatedTo: string[];
  votes: ApprovalVote[];
  createdAt: Date;
  expiresAt: Date | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  executedAt: Date | null;
}
