import type { SlackContext } from "../context.js";
import { isPlatformError } from "../web/retry.js";

export const PLATFORM = "slack";

/**
 * The identity (lower-case email) behind a Slack user id, from the ChatUser cache while fresh,
 * else from users.info (needs users:read.email). Null when Slack has no email for the user (bots,
 * deleted accounts, missing scope): such users cannot decide anything.
 */
export async function emailForUser(ctx: SlackContext, userId: string): Promise<string | null> {
  const cached = await ctx.db.chatUser.findUnique({ where: { platform_userId: { platform: PLATFORM, userId } } });
  if (cached && ctx.now().getTime() - cached.fetchedAt.getTime() < ctx.identityTtlMs) return cached.email;

  let email: string | null = null;
  try {
    const info = await ctx.call("users.info", () => ctx.client.users.info({ user: userId }), { attempts: 2, maxInlineWaitMs: 1000 });
    const user = info.user;
    // Deleted accounts and bots keep their profile; neither may act as a person.
    if (user && !user.deleted && !user.is_bot) email = user.profile?.email?.toLowerCase() ?? null;
  } catch (error) {
    if (!isPlatformError(error, "user_not_found")) throw error;
  }
  const fetchedAt = ctx.now();
  await ctx.db.chatUser.upsert({
    where: { platform_userId: { platform: PLATFORM, userId } },
    create: { platform: PLATFORM, userId, email, fetchedAt },
    update: { email, fetchedAt },
  });
  return email;
}
