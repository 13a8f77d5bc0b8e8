import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { denyModal } from "../../views/deny-modal.js";
import { tellUser } from "../tell-user.js";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * Deny button: ack, then open the reason modal while the trigger_id is still valid (~3 s). Only
 * a cheap status read comes first, so a decided card answers at once instead of with a modal;
 * who may deny is checked by core when the modal is submitted.
 */
export function denyHandler(ctx: SlackContext) {
  return async ({ ack, body, action }: Args): Promise<void> => {
    await ack();
    const proposalId = action.value ?? "";
    const channelId = body.channel?.id ?? null;
    const proposal = await ctx.db.proposal.findUnique({ where: { id: proposalId }, select: { status: true, action: true } });
    if (!proposal || proposal.status !== "pending") {
      const why = proposal ? `This request was already decided (${proposal.status}).` : "This request no longer exists.";
      return tellUser(ctx, { channelId, userId: body.user.id }, `:no_entry: ${why}`);
    }
    const view = denyModal({ proposalId, channelId, reasonRequired: ctx.requireDenyReason }, proposal.action);
    // No retries: a trigger_id outlives no backoff.
    await ctx.call("views.open", () => ctx.client.views.open({ trigger_id: body.trigger_id, view }), { attempts: 1, maxRateLimitWaits: 0 });
  };
}
