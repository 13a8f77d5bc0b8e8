import type { ModalView } from "@slack/types";
import { truncate } from "@countersign/cards";
import { reasonModal } from "./reason-modal.js";

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
  return reasonModal({
    callbackId: DENY_CALLBACK_ID,
    metadata: meta,
    title: "Deny request",
    submit: "Deny",
    intro: { type: "plain_text", text: truncate(`Deny ${action}? The reason is shown on the card and returned to the agent.`, 3000) },
    blockId: DENY_REASON_BLOCK,
    actionId: DENY_REASON_ACTION,
    label: "Reason",
    optional: !meta.reasonRequired,
  });
}

export function readDenyMetadata(raw: string): DenyMetadata {
  const parsed = JSON.parse(raw) as Partial<DenyMetadata>;
  if (typeof parsed.proposalId !== "string") throw new Error("deny modal metadata has no proposalId");
  return { proposalId: parsed.proposalId, channelId: parsed.channelId ?? null, reasonRequired: parsed.reasonRequired === true };
}
