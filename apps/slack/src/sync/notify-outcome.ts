import { escapeWithin, statusLine } from "@countersign/cards";
import type { SlackContext } from "../context.js";
import { openDm, userForEmail } from "../identity/user-for-email.js";
import type { SyncResult } from "./sync-cards.js";
import { channelCopies } from "./thread-copies.js";

/** Outbox events after which the requester hears the outcome. */
export const OUTCOME_EVENTS = new Set(["proposal.approved", "proposal.denied", "proposal.expired", "proposal.cancelled"]);

/**
 * Tells the requester how it ended: a DM to the human the agent acts for when Slack knows them,
 * otherwise a reply in the thread of each channel copy of the card. Runs last in the job, after
 * every card is updated, so a retried job does not repeat it unless it failed itself.
 */
export async function notifyOutcome(ctx: SlackContext, sync: SyncResult): Promise<void> {
  const { view } = sync.loaded;
  const status = statusLine(view);
  if (!status) return;
  const text = escapeWithin(`${status.emoji} ${view.action} on ${view.resource} (${view.environment}): ${status.text}`, 3000);

  const requester = view.onBehalfOf ? await userForEmail(ctx, view.onBehalfOf) : null;
  if (requester) {
    const channel = await openDm(ctx, requester);
    await ctx.call("chat.postMessage", () => ctx.client.chat.postMessage({ channel, text, unfurl_links: false }));
    return;
  }
  for (const copy of channelCopies(sync.loaded.loaded.chatMessages)) {
    await ctx.call("chat.postMessage", () =>
      ctx.client.chat.postMessage({ channel: copy.conversationId, thread_ts: copy.messageId, text, unfurl_links: false }),
    );
  }
}
