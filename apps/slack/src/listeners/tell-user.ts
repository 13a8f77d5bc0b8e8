import { CodedError, isCodedError } from "@countersign/core";
import type { SlackContext } from "../context.js";

/** Refusals the clicker is told about; anything else is a bug and goes to app.error(). */
const REFUSALS = new Set(["not_found", "already_decided", "expired", "self_approval", "not_an_approver", "already_voted", "reason_required", "conflict"]);

export function isRefusal(error: unknown): error is CodedError {
  return isCodedError(error) && REFUSALS.has(error.code);
}

/**
 * Answers only the clicker: an ephemeral message where they clicked, or — from App Home, where
 * there is no channel — a message in the app's DM with them.
 */
export async function tellUser(ctx: SlackContext, where: { channelId: string | null; userId: string }, text: string): Promise<void> {
  const channel = where.channelId;
  if (channel) {
    await ctx.call("chat.postEphemeral", () => ctx.client.chat.postEphemeral({ channel, user: where.userId, text }), { attempts: 3 });
  } else {
    await ctx.call("chat.postMessage", () => ctx.client.chat.postMessage({ channel: where.userId, text }), { attempts: 3 });
  }
}

/** The sentence for a refusal: core's message says why in plain words. */
export function refusalText(error: CodedError): string {
  return `:no_entry: ${error.message}`;
}

export const NO_EMAIL_TEXT = ":no_entry: Slack has no email address for your account, so countersign cannot check that you may decide this request.";
