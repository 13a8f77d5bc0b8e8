import type { ModalView } from "@slack/types";
import { truncate } from "@countersign/cards";

export const DENY_CALLBACK_ID = "countersign_deny";
export const DENY_REASON_BLOCK = "deny_reason";
export const DENY_REASON_ACTION = "reason";

/** Carried through the modal so the submission knows what it denies and where to answer. */
export interface DenyMetadata {
  proposalId: string;
  /** Where the clicker saw the card (for ephemeral answers); null when clicked from App Home. */
  channelId: string | null;
  reasonRequired: boolean;
}

/** The "why deny?" modal opened by the card's Deny button. */
export function denyModal(meta: DenyMetadata, action: string): ModalView {
  return {
    type: "modal",
    callback_id: DENY_CALLBACK_ID,
    private_metadata: JSON.stringify(meta),
    title: { type: "plain_text", text: "Deny request" },
    submit: { type: "plain_text", text: "Deny" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      { type: "section", text: { type: "plain_text", text: truncate(`Deny ${action}? The reason is shown on the card and returned to the agent.`, 3000) } },
      {
        type: "input",
        block_id: DENY_REASON_BLOCK,
        optional: !meta.reasonRequired,
        label: { type: "plain_text", text: "Reason" },
        element: { type: "plain_text_input", action_id: DENY_REASON_ACTION, multiline: true, max_length: 500 },
      },
    ],
  };
}

export function readDenyMetadata(raw: string): DenyMetadata {
  const parsed = JSON.parse(raw) as Partial<DenyMetadata>;
  if (typeof parsed.proposalId !== "string") throw new Error("deny modal metadata has no proposalId");
  return { proposalId: parsed.proposalId, channelId: parsed.channelId ?? null, reasonRequired: parsed.reasonRequired === true };
}
