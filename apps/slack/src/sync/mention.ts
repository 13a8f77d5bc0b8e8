import { escapeMrkdwn } from "@countersign/cards";
import type { SlackContext } from "../context.js";
import { userForEmail } from "../identity/user-for-email.js";

/**
 * How a message names a person: a mention (`<@U…>`, which notifies them) when Slack knows their
 * email (ChatUser cache or users.lookupByEmail), else the email as escaped text.
 */
export async function mention(ctx: SlackContext, email: string): Promise<string> {
  const userId = await userForEmail(ctx, email);
  return userId ? `<@${userId}>` : escapeMrkdwn(email);
}
