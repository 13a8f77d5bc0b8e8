import { checkEligibility, isCodedError } from "@countersign/core";
import type { ApproverSet, BreakGlass } from "@countersign/policy";
import type { SlackContext } from "../../context.js";
import type { BreakGlassDetails } from "../../views/break-glass-modal.js";

/**
 * What the break-glass modal shows when `email` may approve this proposal only through
 * break-glass — they are its requester and a member of the rule's break-glass group, so core
 * wants a reason — or null, and the click votes directly (core then decides, refusals included).
 *
 * It asks core's own eligibility rule with no reason yet, so Slack cannot drift from what
 * decide() enforces; and it costs one read, not a refused vote, so the trigger_id is still fresh
 * when the modal opens.
 */
export async function breakGlassRequest(ctx: SlackContext, proposalId: string, email: string): Promise<BreakGlassDetails | null> {
  const proposal = await ctx.db.proposal.findUnique({
    where: { id: proposalId },
    select: {
      status: true, expiresAt: true, onBehalfOf: true, approvers: true, breakGlass: true,
      action: true, resource: true, environment: true, agent: { select: { ownerEmail: true } },
    },
  });
  const glass = proposal?.breakGlass as unknown as BreakGlass | null | undefined;
  if (!proposal || !glass) return null;
  try {
    checkEligibility(
      {
        status: proposal.status,
        expiresAt: proposal.expiresAt,
        agentOwner: proposal.agent.ownerEmail,
        onBehalfOf: proposal.onBehalfOf,
        approvers: proposal.approvers as unknown as ApproverSet,
        breakGlass: glass,
      },
      email,
      ctx.now(),
      undefined,
    );
    return null;
  } catch (error) {
    // Any other refusal (decided, expired, not an approver) is core's to record and explain.
    if (!isCodedError(error, "reason_required")) return null;
  }
  return { action: proposal.action, resource: proposal.resource, environment: proposal.environment, group: glass.group, announce: glass.announce };
}
