import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { decide } from "@countersign/core";
import type { SlackContext } from "../../context.js";
import { emailForUser } from "../../identity/email-for-user.js";
import { DENY_REASON_ACTION, DENY_REASON_BLOCK, readDenyMetadata } from "../../views/deny-modal.js";
import { publishHome } from "../events/app-home-opened.js";
import { isRefusal, NO_EMAIL_TEXT, refusalText, tellUser } from "../tell-user.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The deny modal's submission: an empty reason where one is required keeps the modal open with
 * the error under the field; otherwise ack (closing it) and deny through core with the reason.
 */
export function denySubmittedHandler(ctx: SlackContext) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const meta = readDenyMetadata(view.private_metadata);
    const reason = view.state.values[DENY_REASON_BLOCK]?.[DENY_REASON_ACTION]?.value?.trim() ?? "";
    if (meta.reasonRequired && !reason) {
      await ack({ response_action: "errors", errors: { [DENY_REASON_BLOCK]: "Please say why you deny this request." } });
      return;
    }
    await ack();
    const where = { channelId: meta.channelId, userId: body.user.id };
    const email = await emailForUser(ctx, body.user.id);
    if (!email) return tellUser(ctx, where, NO_EMAIL_TEXT);
    try {
      await decide(ctx.core, { proposalId: meta.proposalId, voter: email, channel: "slack", decision: "deny", reason: reason || undefined });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      await tellUser(ctx, where, refusalText(error));
    }
    if (!meta.channelId) await publishHome(ctx, body.user.id);
  };
}
