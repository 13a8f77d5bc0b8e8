import { approverEmails } from "@countersign/core";
import type { ApproverSet, Channel } from "@countersign/policy";
import type { SlackContext } from "../context.js";
import { openDm, userForEmail } from "../identity/user-for-email.js";

export interface Target {
  /** Channel id (C…/G…) from the policy, or the DM id (D…) opened for an approver. */
  conversationId: string;
  kind: "channel" | "dm";
}

/**
 * Where a proposal's card belongs: each `slack` channel the policy names, and with `slack_dm` a
 * DM to every approver Slack knows by email — except the requester, who may not vote.
 */
export async function resolveTargets(
  ctx: SlackContext,
  proposal: { id: string; channels: unknown; approvers: unknown; onBehalfOf: string | null },
  agentOwner: string,
): Promise<Target[]> {
  const channels = Array.isArray(proposal.channels) ? (proposal.channels as Channel[]) : [];
  const targets: Target[] = [];
  for (const channel of channels) {
    if (channel.kind === "slack" && channel.channel) targets.push({ conversationId: channel.channel, kind: "channel" });
  }
  if (channels.some((c) => c.kind === "slack_dm")) {
    const excluded = new Set([proposal.onBehalfOf?.toLowerCase(), agentOwner.toLowerCase()]);
    const emails = approverEmails(proposal.approvers as Partial<ApproverSet> | null).filter((e) => !excluded.has(e));
    const dms = await Promise.all(
      emails.map(async (email) => {
        const userId = await userForEmail(ctx, email);
        if (!userId) {
          ctx.logger.warn("approver has no Slack account", { proposalId: proposal.id });
          return null;
        }
        return { conversationId: await openDm(ctx, userId), kind: "dm" as const };
      }),
    );
    for (const dm of dms) if (dm) targets.push(dm);
  }
  // A channel named twice, or two approvers sharing a DM, still gets one card.
  return [...new Map(targets.map((t) => [t.conversationId, t])).values()];
}
