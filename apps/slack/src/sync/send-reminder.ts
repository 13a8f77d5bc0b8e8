import { escapeWithin, expiryText } from "@countersign/cards";
import { awaitingApprovers } from "@countersign/core";
import type { ApproverSet } from "@countersign/policy";
import type { SlackContext } from "../context.js";
import { openDm, userForEmail } from "../identity/user-for-email.js";
import type { LoadedCard } from "./load-card.js";
import { mention } from "./mention.js";
import { channelCopies } from "./thread-copies.js";

/**
 * `proposal.reminded`: nudges the approvers who have still not voted — a reply in the thread of
 * each channel copy of the card mentioning them, or, when the card lives only in DMs, a DM to
 * each. Who is awaited is read now, not when the reminder was due, so someone who voted in
 * between is not nudged; a proposal decided in between gets nothing.
 */
export async function sendReminder(ctx: SlackContext, card: LoadedCard): Promise<void> {
  const { proposal, agent, votes, chatMessages } = card.loaded;
  const now = ctx.now();
  if (proposal.status !== "pending" || (proposal.expiresAt && proposal.expiresAt <= now)) return;
  const awaiting = awaitingApprovers(proposal.approvers as unknown as ApproverSet, votes.map((v) => v.approver), [agent.ownerEmail, proposal.onBehalfOf]);
  if (awaiting.length === 0) return;

  const { view } = card;
  const expiry = expiryText(proposal.expiresAt, now);
  const what = escapeWithin(`${view.agent.name} wants ${view.action} on ${view.resource} (${view.environment})${expiry ? `; ${expiry}` : ""}.`, 1500);
  const threads = channelCopies(chatMessages);
  if (threads.length > 0) {
    const names = await Promise.all(awaiting.map((email) => mention(ctx, email)));
    const text = `:alarm_clock: Reminder: ${names.join(", ")}, this request still needs your decision. ${what}`;
    for (const copy of threads) {
      await ctx.call("chat.postMessage", () => ctx.client.chat.postMessage({ channel: copy.conversationId, thread_ts: copy.messageId, text, unfurl_links: false }));
    }
    return;
  }
  const text = `:alarm_clock: Reminder: a request still needs your decision (see the card above). ${what}`;
  for (const email of awaiting) {
    const userId = await userForEmail(ctx, email);
    if (!userId) {
      ctx.logger.warn("approver to remind has no Slack account", { proposalId: proposal.id });
      continue;
    }
    const channel = await openDm(ctx, userId);
    await ctx.call("chat.postMessage", () => ctx.client.chat.postMessage({ channel, text, unfurl_links: false }));
  }
}
