import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { decide } from "@countersign/core";
import type { SlackContext } from "../../context.js";
import { emailForUser } from "../../identity/email-for-user.js";
import { BREAK_GLASS_REASON_ACTION, BREAK_GLASS_REASON_BLOCK, readBreakGlassMetadata } from "../../views/break-glass-modal.js";
import { publishHome } from "../events/app-home-opened.js";
import { isRefusal, NO_EMAIL_TEXT, refusalText, tellUser } from "../tell-user.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The break-glass modal's submission: an empty reason keeps the modal open with the error under
 * the field (core would refuse the vote anyway); otherwise ack (closing it) and approve through
 * core with the reason. Core masks it, announces the approval and flags it in the audit trail.
 */
export function breakGlassSubmittedHandler(ctx: SlackContext) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const meta = readBreakGlassMetadata(view.private_metadata);
    const reason = view.state.values[BREAK_GLASS_REASON_BLOCK]?.[BREAK_GLASS_REASON_ACTION]?.value?.trim() ?? "";
    if (!reason) {
      await ack({ response_action: "errors", errors: { [BREAK_GLASS_REASON_BLOCK]: "Please say why you approve your own request." } });
      return;
    }
    await ack();
    const where = { channelId: meta.channelId, userId: body.user.id };
    const email = await emailForUser(ctx, body.user.id);
    if (!email) return tellUser(ctx, where, NO_EMAIL_TEXT);
    try {
      await decide(ctx.core, { proposalId: meta.proposalId, voter: email, channel: "slack", decision: "approve", reason });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      await tellUser(ctx, where, refusalText(error));
    }
    if (!meta.channelId) await publishHome(ctx, body.user.id);
  };
}
