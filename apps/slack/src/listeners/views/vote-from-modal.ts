import { decide } from "@countersign/core";
import type { SlackContext } from "../../context.js";
import { emailForUser } from "../../identity/email-for-user.js";
import { publishHome } from "../events/app-home-opened.js";
import { isRefusal, NO_EMAIL_TEXT, refusalText, tellUser } from "../tell-user.js";

export interface ModalVote {
  userId: string;
  /** The channel the card was clicked in; null when the modal came from App Home. */
  channelId: string | null;
  proposalId: string;
  decision: "approve" | "deny";
  reason: string | undefined;
}

/**
 * What every decision modal does once acked: map the Slack user to an identity, vote through core,
 * tell the user why a vote was refused, and refresh App Home when the modal came from there.
 */
export async function voteFromModal(ctx: SlackContext, vote: ModalVote): Promise<void> {
  const where = { channelId: vote.channelId, userId: vote.userId };
  const email = await emailForUser(ctx, vote.userId);
  if (!email) return tellUser(ctx, where, NO_EMAIL_TEXT);
  try {
    await decide(ctx.core, { proposalId: vote.proposalId, voter: email, channel: "slack", decision: vote.decision, reason: vote.reason });
  } catch (error) {
    if (!isRefusal(error)) throw error;
    await tellUser(ctx, where, refusalText(error));
  }
  if (!vote.channelId) await publishHome(ctx, vote.userId);
}
