import type { SlackContext } from "../context.js";
import { isPlatformError } from "../web/retry.js";
import { PLATFORM } from "./email-for-user.js";

/**
 * The Slack user id for an identity (email), from the ChatUser cache while fresh, else from
 * users.lookupByEmail (needs users:read.email). Null when the workspace has no such user.
 */
export async function userForEmail(ctx: SlackContext, email: string): Promise<string | null> {
  const wanted = email.toLowerCase();
  const cached = await ctx.db.chatUser.findFirst({ where: { platform: PLATFORM, email: wanted }, orderBy: { fetchedAt: "desc" } });
  if (cached && ctx.now().getTime() - cached.fetchedAt.getTime() < ctx.identityTtlMs) return cached.userId;

  try {
    const found = await ctx.call("users.lookupByEmail", () => ctx.client.users.lookupByEmail({ email: wanted }));
    const userId = found.user?.id;
    if (!userId || found.user?.deleted) return null;
    const fetchedAt = ctx.now();
    await ctx.db.chatUser.upsert({
      where: { platform_userId: { platform: PLATFORM, userId } },
      create: { platform: PLATFORM, userId, email: wanted, fetchedAt },
      update: { email: wanted, fetchedAt },
    });
    return userId;
  } catch (error) {
    if (isPlatformError(error, "users_not_found")) return null;
    throw error;
  }
}

/** Opens (or finds) the bot's DM with a user; needs im:write. */
export async function openDm(ctx: SlackContext, userId: string): Promise<string> {
  const opened = await ctx.call("conversations.open", () => ctx.client.conversations.open({ users: userId }));
  const id = opened.channel?.id;
  if (!id) throw new Error(`conversations.open returned no channel for ${userId}`);
  return id;
}
