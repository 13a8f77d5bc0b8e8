import type { SlackCard } from "@countersign/cards";
import type { SlackContext } from "../context.js";
import { PLATFORM } from "../identity/email-for-user.js";
import { isPlatformError } from "../web/retry.js";
import { claimCopy, completeClaim, releaseClaim } from "./claim-copy.js";
import { loadCard, type LoadedCard } from "./load-card.js";
import { resolveTargets } from "./resolve-targets.js";

export interface SyncResult {
  loaded: LoadedCard;
  posted: string[];
  updated: string[];
  /** Copies Slack no longer has (deleted message, archived channel): skipped, not fatal. */
  gone: string[];
}

/** Answers meaning the copy can never be updated again; anything else is worth a retry. */
const GONE = ["message_not_found", "channel_not_found", "is_archived", "cant_update_message", "not_in_channel"];

/**
 * Brings every Slack copy of a proposal's card to its current state: posts where no copy exists
 * yet (only when `postMissing`, i.e. for the creation event while still pending), updates every
 * stored copy otherwise. Idempotent: running it twice posts nothing new and rewrites the same card.
 */
export async function syncCards(ctx: SlackContext, proposalId: string, options: { postMissing: boolean }): Promise<SyncResult | null> {
  const loaded = await loadCard(ctx, proposalId);
  if (!loaded) return null;
  const { proposal, agent, chatMessages } = loaded.loaded;
  const result: SyncResult = { loaded, posted: [], updated: [], gone: [] };
  const copies = chatMessages.filter((m) => m.platform === PLATFORM);
  const known = new Set(copies.map((c) => c.conversationId));

  const work: Promise<void>[] = [];
  if (options.postMissing && proposal.status === "pending") {
    const targets = await resolveTargets(ctx, proposal, agent.ownerEmail);
    for (const target of targets.filter((t) => !known.has(t.conversationId))) {
      work.push(postCopy(ctx, proposalId, target.conversationId, loaded.card, result));
    }
  }
  for (const copy of copies.filter((c) => c.messageId)) {
    work.push(updateCopy(ctx, copy.conversationId, copy.messageId, loaded.card, result));
  }
  // Let every copy finish before failing, so one bad channel does not leave others half-done.
  const failures = (await Promise.allSettled(work)).filter((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failures[0]) throw failures[0].reason;
  return result;
}

async function postCopy(ctx: SlackContext, proposalId: string, channel: string, card: SlackCard, result: SyncResult): Promise<void> {
  const claim = await claimCopy(ctx, proposalId, channel);
  if (claim.kind === "exists") {
    await updateCopy(ctx, channel, claim.messageId, card, result);
    return;
  }
  let ts: string;
  try {
    const posted = await ctx.call("chat.postMessage", () =>
      ctx.client.chat.postMessage({ channel, blocks: card.blocks, text: card.text, unfurl_links: false, unfurl_media: false }),
    );
    if (!posted.ts) throw new Error("chat.postMessage returned no ts");
    if (posted.channel && posted.channel !== channel) {
      ctx.logger.warn("slack channel should be configured by id", { proposalId, configured: channel, actual: posted.channel });
    }
    ts = posted.ts;
  } catch (error) {
    await releaseClaim(ctx, claim.id);
    throw error;
  }
  await completeClaim(ctx, claim.id, ts);
  result.posted.push(channel);
}

async function updateCopy(ctx: SlackContext, channel: string, ts: string, card: SlackCard, result: SyncResult): Promise<void> {
  try {
    await ctx.call("chat.update", () => ctx.client.chat.update({ channel, ts, blocks: card.blocks, text: card.text }));
    result.updated.push(channel);
  } catch (error) {
    if (!isPlatformError(error, ...GONE)) throw error;
    ctx.logger.warn("slack card copy is gone", { channel, ts, error: (error as { data?: { error?: string } }).data?.error });
    result.gone.push(channel);
  }
}
