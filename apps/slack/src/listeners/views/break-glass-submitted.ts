import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { BREAK_GLASS_REASON_ACTION, BREAK_GLASS_REASON_BLOCK, readBreakGlassMetadata } from "../../views/break-glass-modal.js";
import { voteFromModal } from "./vote-from-modal.js";

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
    await voteFromModal(ctx, { userId: body.user.id, channelId: meta.channelId, proposalId: meta.proposalId, decision: "approve", reason: reason });
  };
}
