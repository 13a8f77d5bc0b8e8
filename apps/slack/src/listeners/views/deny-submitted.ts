import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { DENY_REASON_ACTION, DENY_REASON_BLOCK, readDenyMetadata } from "../../views/deny-modal.js";
import { voteFromModal } from "./vote-from-modal.js";

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
    await voteFromModal(ctx, { userId: body.user.id, channelId: meta.channelId, proposalId: meta.proposalId, decision: "deny", reason: reason || undefined });
  };
}
