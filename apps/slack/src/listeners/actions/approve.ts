import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { decide } from "@countersign/core";
import type { SlackContext } from "../../context.js";
import { emailForUser } from "../../identity/email-for-user.js";
import { breakGlassModal } from "../../views/break-glass-modal.js";
import { publishHome } from "../events/app-home-opened.js";
import { isRefusal, NO_EMAIL_TEXT, refusalText, tellUser } from "../tell-user.js";
import { breakGlassRequest } from "./break-glass-request.js";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * Approve button: ack first (Slack waits 3 s at most), then identify the clicker by email and
 * vote through core. The card itself is updated by the outbox job core enqueues, on whichever
 * instance claims it; the clicker alone hears about refusals.
 *
 * A break-glass member approving their own request cannot vote without a reason, so they get
 * the reason modal instead; it opens before any vote, while the trigger_id is still valid.
 */
export function approveHandler(ctx: SlackContext) {
  return async ({ ack, body, action }: Args): Promise<void> => {
    await ack();
    const proposalId = action.value ?? "";
    const where = { channelId: body.channel?.id ?? null, userId: body.user.id };
    const email = await emailForUser(ctx, body.user.id);
    if (!email) return tellUser(ctx, where, NO_EMAIL_TEXT);
    const glass = await breakGlassRequest(ctx, proposalId, email);
    if (glass) {
      const view = breakGlassModal({ proposalId, channelId: where.channelId }, glass);
      // No retries: a trigger_id outlives no backoff.
      await ctx.call("views.open", () => ctx.client.views.open({ trigger_id: body.trigger_id, view }), { attempts: 1, maxRateLimitWaits: 0 });
      return;
    }
    try {
      await decide(ctx.core, { proposalId, voter: email, channel: "slack", decision: "approve" });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      await tellUser(ctx, where, refusalText(error));
    }
    if (body.view?.type === "home") await publishHome(ctx, body.user.id);
  };
}
