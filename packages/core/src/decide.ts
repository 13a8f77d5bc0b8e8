import { appendAudit, inTransaction, isUniqueViolation, type Proposal, type Vote } from "@countersign/db";
import type { ApproverSet } from "@countersign/policy";
import type { CoreDeps } from "./deps.js";
import { CodedError, isCodedError } from "./errors.js";
import { announceBreakGlass, breakGlassAnnounceChannel } from "./break-glass.js";
import { checkEligibility, countApprovals, pickGroup } from "./eligibility.js";
import { newId } from "./ids.js";
import { lockProposal, transition } from "./transition.js";

export interface DecideInput {
  proposalId: string;
  /** The approver's identity (email). */
  voter: string;
  channel: "api" | "slack" | "teams";
  decision: "approve" | "deny";
  reason?: string | undefined;
}

export interface DecideResult {
  proposal: Proposal;
  vote: Vote;
  /** True when this vote changed the proposal's status (it was the deciding vote). */
  decided: boolean;
}

/**
 * Records one approver's vote. Under a row lock: eligibility (not the requester, one of the
 * approvers, still pending and unexpired), the vote (unique per approver), quorum, and the
 * compare-and-set of the status with its audit event — one transaction. A refusal writes only
 * its audit event and throws a CodedError saying why.
 *
 * @example await decide(deps, { proposalId, voter: "alice@example.com", channel: "api", decision: "approve" });
 */
export async function decide(deps: CoreDeps, input: DecideInput): Promise<DecideResult> {
  const voter = input.voter.toLowerCase();
  // An approver's reason is free text that reaches cards, the agent and the audit trail: mask it.
  const reason = input.reason?.trim() ? deps.mask.text(input.reason.trim()) : null;
  try {
    return await inTransaction(deps.db, async (tx) => {
      const proposal = await lockProposal(tx, input.proposalId);
      const agent = await tx.agent.findUniqueOrThrow({ where: { id: proposal.agentId } });
      const now = deps.now();
      const eligibility = checkEligibility(
        {
          status: proposal.status,
          expiresAt: proposal.expiresAt,
          agentOwner: agent.ownerEmail,
          onBehalfOf: proposal.onBehalfOf,
          approvers: proposal.approvers as unknown as ApproverSet,
          breakGlass: proposal.breakGlass as { group: string; members: string[] } | null,
        },
        voter,
        now,
        input.reason,
      );
      const earlier = await tx.vote.findMany({ where: { proposalId: proposal.id }, orderBy: { createdAt: "asc" } });
      if (earlier.some((v) => v.approver === voter)) throw new CodedError("already_voted", "You already voted on this request.");
      const groupName = input.decision === "approve" && proposal.quorumDistinctGroups
        ? pickGroup(eligibility.groups, earlier.filter((v) => v.decision === "approve").map((v) => v.groupName))
        : eligibility.groups[0] ?? null;
      const vote = await tx.vote.create({
        data: { id: newId("vot"), proposalId: proposal.id, approver: voter, decision: input.decision, reason, channel: input.channel, groupName, createdAt: now },
      });
      const approvals = countApprovals([...earlier, vote], proposal.quorumDistinctGroups);
      const reached = input.decision === "deny" || approvals >= proposal.approvalsNeeded;
      const voters = [...earlier, vote].filter((v) => v.decision === input.decision).map((v) => v.approver);
      // A break-glass self-approval is announced; the audit event says where.
      const glassApproval = eligibility.breakGlass && input.decision === "approve";
      const updated = await transition(tx, {
        proposal,
        data: reached
          ? { status: input.decision === "deny" ? "denied" : "approved", approvalsCount: approvals, decidedAt: now, decidedBy: input.decision === "deny" ? voter : voters.join(", "), decisionReason: reason }
          : { approvalsCount: approvals },
        event: reached ? (input.decision === "deny" ? "proposal.denied" : "proposal.approved") : "proposal.voted",
        actor: voter,
        auditData: {
          voteId: vote.id, decision: input.decision, reason, channel: input.channel, approvals, needed: proposal.approvalsNeeded, breakGlass: eligibility.breakGlass,
          ...(glassApproval ? { announcedTo: breakGlassAnnounceChannel(proposal) } : {}),
        },
        hasWebhook: Boolean(agent.webhookUrl),
      });
      // checkEligibility made a reason mandatory for break-glass.
      if (glassApproval) await announceBreakGlass(tx, { proposal: updated, voter, voteId: vote.id, reason: reason ?? "" });
      return { proposal: updated, vote, decided: reached };
    });
  } catch (error) {
    if (isUniqueViolation(error)) error = new CodedError("already_voted", "You already voted on this request.");
    if (isCodedError(error) && error.code !== "not_found") await recordRefusal(deps, input, voter, error);
    if (isCodedError(error, "expired")) await expireProposal(deps, input.proposalId).catch(() => undefined);
    throw error;
  }
}

async function recordRefusal(deps: CoreDeps, input: DecideInput, voter: string, error: CodedError): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    const proposal = await tx.proposal.findUnique({ where: { id: input.proposalId }, select: { policyHash: true } });
    await appendAudit(tx, {
      proposalId: input.proposalId,
      type: "vote.refused",
      actor: voter,
      policyHash: proposal?.policyHash ?? null,
      data: { code: error.code, decision: input.decision, channel: input.channel },
    });
  });
}

/** Moves one overdue pending proposal to expired (no-op when another instance already did). */
export async function expireProposal(deps: CoreDeps, proposalId: string): Promise<Proposal | null> {
  return inTransaction(deps.db, async (tx) => {
    const proposal = await lockProposal(tx, proposalId);
    if (proposal.status !== "pending" || !proposal.expiresAt || proposal.expiresAt > deps.now()) return null;
    const agent = await tx.agent.findUniqueOrThrow({ where: { id: proposal.agentId }, select: { webhookUrl: true } });
    return transition(tx, {
      proposal,
      data: { status: "expired", decidedAt: deps.now(), decidedBy: "expiry" },
      event: "proposal.expired",
      actor: "system:expiry",
      auditData: { expiresAt: proposal.expiresAt.toISOString() },
      hasWebhook: Boolean(agent.webhookUrl),
    });
  });
}
