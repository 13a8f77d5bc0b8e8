import { randomUUID } from "node:crypto";
import { isUniqueViolation } from "@countersign/db";
import type { SlackContext } from "../context.js";
import { PLATFORM } from "../identity/email-for-user.js";

/** A claim left unfinished this long is taken to be from a crashed attempt and may be retaken. */
export const STALE_CLAIM_MS = 60_000;

/** Thrown when another attempt is posting this copy right now; the job retries later. */
export class CopyInProgressError extends Error {
  override readonly name = "CopyInProgressError";
}

export type Claim = { kind: "claimed"; id: string } | { kind: "exists"; messageId: string };

/**
 * Reserves the right to post one copy before posting it, through the unique key on
 * ChatMessage(proposalId, platform, conversationId): the row is inserted with an empty messageId,
 * filled in once Slack answers, and removed if the post fails for certain. Whoever loses the
 * insert never posts, so two instances (or a retried job) cannot both post the same card.
 */
export async function claimCopy(ctx: SlackContext, proposalId: string, conversationId: string): Promise<Claim> {
  const id = `msg_${randomUUID().replaceAll("-", "")}`;
  try {
    await ctx.db.chatMessage.create({ data: { id, proposalId, platform: PLATFORM, conversationId, messageId: "", updatedAt: ctx.now() } });
    return { kind: "claimed", id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const row = await ctx.db.chatMessage.findUniqueOrThrow({
    where: { proposalId_platform_conversationId: { proposalId, platform: PLATFORM, conversationId } },
  });
  if (row.messageId) return { kind: "exists", messageId: row.messageId };
  if (ctx.now().getTime() - row.updatedAt.getTime() < STALE_CLAIM_MS) {
    throw new CopyInProgressError(`card ${proposalId} is being posted to ${conversationId} by another attempt`);
  }
  // Compare-and-set on updatedAt: of two attempts retaking the same stale claim, one wins.
  const retaken = await ctx.db.chatMessage.updateMany({
    where: { id: row.id, messageId: "", updatedAt: row.updatedAt },
    data: { updatedAt: ctx.now() },
  });
  if (retaken.count !== 1) throw new CopyInProgressError(`card ${proposalId} claim for ${conversationId} was retaken`);
  return { kind: "claimed", id: row.id };
}

/**
 * Records the posted message's ts. The card is already in Slack, so a lost write here would let a
 * later attempt post it again: try a few times before giving up.
 */
export async function completeClaim(ctx: SlackContext, id: string, ts: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ctx.db.chatMessage.update({ where: { id }, data: { messageId: ts } });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      ctx.logger.warn("storing slack message ts failed; retrying", { id, attempt });
      await ctx.sleep(100 * attempt);
    }
  }
}

export async function releaseClaim(ctx: SlackContext, id: string): Promise<void> {
  await ctx.db.chatMessage.deleteMany({ where: { id, messageId: "" } });
}
