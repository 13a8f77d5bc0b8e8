import type { ApproverSet } from "@countersign/policy";
import { CodedError } from "./errors.js";

export interface VoteContext {
  status: string;
  expiresAt: Date | null;
  /** Owner of the requesting agent. */
  agentOwner: string;
  onBehalfOf: string | null;
  approvers: ApproverSet;
  breakGlass: { group: string; members: string[] } | null;
}

export interface Eligibility {
  /** The approver groups the voter belongs to (for distinct-group quorums). */
  groups: string[];
  /** True when the voter is the requester and may vote only through break-glass. */
  breakGlass: boolean;
}

/**
 * Decides whether `voter` may vote on a proposal, or throws the CodedError that says why not.
 * The requester's owner and the human it acts for never vote — except a break-glass member, who
 * must give a reason.
 *
 * @example checkEligibility(ctx, "alice@example.com", now, "looks fine") // { groups: ["dba"], breakGlass: false }
 */
export function checkEligibility(ctx: VoteContext, voter: string, now: Date, reason: string | undefined): Eligibility {
  if (ctx.status !== "pending") {
    if (ctx.status === "expired") throw new CodedError("expired", "This request has expired; it can no longer be decided.", { proposalStatus: ctx.status });
    throw new CodedError("already_decided", `This request was already decided (${ctx.status}).`, { proposalStatus: ctx.status });
  }
  if (ctx.expiresAt && ctx.expiresAt.getTime() <= now.getTime()) {
    throw new CodedError("expired", "This request has expired; it can no longer be decided.", { proposalStatus: "expired" });
  }
  const email = voter.toLowerCase();
  const groups = Object.entries(ctx.approvers.groups ?? {})
    .filter(([, members]) => (members).includes(email))
    .map(([name]) => name);
  const named = (ctx.approvers.identities ?? []).includes(email);
  const isRequester = email === ctx.agentOwner.toLowerCase() || email === ctx.onBehalfOf?.toLowerCase();
  if (isRequester) {
    const glass = ctx.breakGlass?.members.includes(email) ?? false;
    if (!glass) throw new CodedError("self_approval", "You cannot decide a request you made or that was made on your behalf.");
    if (!reason?.trim()) throw new CodedError("reason_required", "Break-glass self-approval needs a reason.", { field: "reason" });
    return { groups: ctx.breakGlass ? [ctx.breakGlass.group, ...groups] : groups, breakGlass: true };
  }
  if (groups.length === 0 && !named) {
    throw new CodedError("not_an_approver", "You are not one of the approvers this policy names for this request.");
  }
  return { groups, breakGlass: false };
}

/**
 * Counts approvals toward the quorum. With distinct groups each approval covers one group no other
 * approval covers yet (greedy, in vote order); otherwise every approval counts.
 */
export function countApprovals(
  votes: { decision: string; groupName: string | null }[],
  distinctGroups: boolean,
): number {
  const approvals = votes.filter((v) => v.decision === "approve");
  if (!distinctGroups) return approvals.length;
  return new Set(approvals.map((v) => v.groupName).filter((g): g is string => g !== null)).size;
}

/** The group a new approval should count for: one of the voter's groups not yet covered. */
export function pickGroup(voterGroups: string[], covered: (string | null)[]): string | null {
  return voterGroups.find((g) => !covered.includes(g)) ?? null;
}
