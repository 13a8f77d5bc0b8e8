import type { ApprovalView, ApprovalVote, ProposalStatus, VoteDecision } from "./types.js";

/**
 * The columns of a Proposal row this package reads. Structural, so a Prisma row fits without this
 * package depending on the database.
 */
export interface ProposalRowLike {
  id: string;
  agentId: string;
  status: string;
  action: string;
  resource: string;
  environment: string;
  onBehalfOf: string | null;
  ruleId: string | null;
  reason: string;
  params: unknown;
  context?: unknown;
  approvalsNeeded: number;
  approvalsCount: number;
  /** Groups escalation added to the approvers; absent on rows from before escalation existed. */
  escalatedTo?: string[];
  createdAt: Date;
  expiresAt: Date | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  executedAt: Date | null;
}

export interface VoteRowLike {
  approver: string;
  decision: string;
  reason: string | null;
  createdAt: Date;
}

export interface ToApprovalViewInput {
  proposal: ProposalRowLike;
  votes: readonly VoteRowLike[];
  /** Display name of the requesting agent; defaults to its id. */
  agentName?: string;
  /** Masked params to show; defaults to the row's `params` column (the masked copy). */
  params?: unknown;
}

const STATUSES: readonly ProposalStatus[] = ["pending", "approved", "denied", "expired", "cancelled", "executed"];
const RISKS = ["low", "medium", "high", "critical"];

/**
 * Builds the neutral view the renderers read.
 *
 * @example
 * const view = toApprovalView({ proposal: row, votes: row.votes, agentName: row.agent.name });
 * const { blocks, text } = renderSlackCard(view, new Date());
 */
export function toApprovalView(input: ToApprovalViewInput): ApprovalView {
  const p = input.proposal;
  const status = STATUSES.find((s) => s === p.status);
  if (!status) throw new Error(`unknown proposal status: ${p.status}`);
  const votes: ApprovalVote[] = [...input.votes]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((v) => ({ approver: v.approver, decision: toDecision(v.decision), reason: v.reason, at: v.createdAt }));
  return {
    proposalId: p.id,
    status,
    action: p.action,
    risk: readRisk(p.context),
    agent: { id: p.agentId, name: input.agentName ?? p.agentId },
    onBehalfOf: p.onBehalfOf,
    resource: p.resource,
    environment: p.environment,
    ruleId: p.ruleId,
    reason: p.reason,
    params: input.params ?? p.params,
    quorum: { needed: p.approvalsNeeded, approvals: p.approvalsCount },
    escalatedTo: [...(p.escalatedTo ?? [])],
    votes,
    createdAt: p.createdAt,
    expiresAt: p.expiresAt,
    decidedAt: p.decidedAt,
    decidedBy: p.decidedBy,
    decisionReason: p.decisionReason,
    executedAt: p.executedAt,
  };
}

function toDecision(d: string): VoteDecision {
  if (d === "approve" || d === "deny") return d;
  throw new Error(`unknown vote decision: ${d}`);
}

// Risk is not a column: agents may state it in context ({"risk": "high"}); anything else is ignored
// so a free-form value cannot smuggle text onto the card.
function readRisk(context: unknown): string | null {
  if (typeof context !== "object" || context === null) return null;
  const risk = (context as Record<string, unknown>).risk;
  return typeof risk === "string" && RISKS.includes(risk.toLowerCase()) ? risk.toLowerCase() : null;
}
