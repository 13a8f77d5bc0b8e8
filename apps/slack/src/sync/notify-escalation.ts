import { escapeWithin } from "@countersign/cards";
import { awaitingApprovers } from "@countersign/core";
import type { Channel } from "@countersign/policy";
import type { SlackContext } from "../context.js";
import { mention } from "./mention.js";
import type { SyncResult } from "./sync-cards.js";
import { channelCopies } from "./thread-copies.js";

export interface EscalationPayload {
  /** The groups this hop added. */
  groups?: string[];
  /** Who became eligible by it (lower-case emails). */
  added?: string[];
}

/**
 * `proposal.escalated`, after the cards were synced (they now say "escalated to …"): with
 * `slack_dm` the sync already posted the card to each new approver's DM; otherwise a reply in
 * the thread of each channel copy mentions the new approvers, so they learn they may decide.
 */
export async function notifyEscalation(ctx: SlackContext, sync: SyncResult, payload: EscalationPayload): Promise<void> {
  const { proposal, agent, votes, chatMessages } = sync.loaded.loaded;
  if (proposal.status !== "pending") return;
  if ((proposal.channels as unknown as Channel[]).some((c) => c.kind === "slack_dm")) return;
  const threads = channelCopies(chatMessages);
  if (threads.length === 0) return;

  const newcomers = awaitingApprovers({ groups: {}, identities: payload.added ?? [] }, votes.map((v) => v.approver), [agent.ownerEmail, proposal.onBehalfOf]);
  const names = await Promise.all(newcomers.map((email) => mention(ctx, email)));
  const groups = escapeWithin((payload.groups ?? []).join(", "), 500);
  const text = names.length > 0
    ? `:arrow_double_up: Escalated to ${groups}: ${names.join(", ")}, you can now approve or deny this request.`
    : `:arrow_double_up: Escalated to ${groups}.`;
  for (const copy of threads) {
    await ctx.call("chat.postMessage", () => ctx.client.chat.postMessage({ channel: copy.conversationId, thread_ts: copy.messageId, text, unfurl_links: false }));
  }
}
