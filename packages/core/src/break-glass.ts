import { enqueueOutbox, type Proposal, type Tx } from "@countersign/db";
import type { BreakGlass, Channel } from "@countersign/policy";
import { deliveryTasks } from "./delivery-tasks.js";
import { FOLLOW_UP_EVENTS } from "./follow-up-events.js";

/**
 * Where a break-glass self-approval of this proposal is announced: a Slack channel or a Teams
 * conversation. Null for `api` (nothing to deliver; the audit event is the record) and for
 * `slack_dm` (an announcement has nobody's DM to go to).
 */
export function breakGlassAnnounceChannel(proposal: Pick<Proposal, "breakGlass">): Channel | null {
  const announce = (proposal.breakGlass as unknown as BreakGlass | null)?.announce ?? null;
  return announce?.kind === "slack" || announce?.kind === "teams" ? announce : null;
}

/**
 * Queues the announcement of a break-glass self-approval, in the vote's transaction: the vote
 * commits only with its announcement. `reason` arrives masked (decide masks every vote reason).
 */
export async function announceBreakGlass(
  tx: Tx,
  input: { proposal: Proposal; voter: string; voteId: string; reason: string },
): Promise<void> {
  const { proposal } = input;
  const announce = breakGlassAnnounceChannel(proposal);
  if (!announce) return;
  const glass = proposal.breakGlass as unknown as BreakGlass;
  await enqueueOutbox(tx, {
    topic: FOLLOW_UP_EVENTS.breakGlass,
    proposalId: proposal.id,
    payload: {
      proposalId: proposal.id,
      event: FOLLOW_UP_EVENTS.breakGlass,
      status: proposal.status,
      version: proposal.version,
      voter: input.voter,
      voteId: input.voteId,
      group: glass.group,
      reason: input.reason,
      announce,
    },
    tasks: deliveryTasks([announce], false),
  });
}
