import type { ModalView } from "@slack/types";

export interface ReasonModalSpec {
  callbackId: string;
  /** JSON-serialisable state the submission needs (proposal id, where to answer). */
  metadata: object;
  title: string;
  submit: string;
  /** The explanation above the reason field. */
  intro: { type: "plain_text" | "mrkdwn"; text: string };
  blockId: string;
  actionId: string;
  label: string;
  optional: boolean;
}

/** A decision modal: an explanation and one multi-line reason field (deny, break-glass). */
export function reasonModal(spec: ReasonModalSpec): ModalView {
  return {
    type: "modal",
    callback_id: spec.callbackId,
    private_metadata: JSON.stringify(spec.metadata),
    title: { type: "plain_text", text: spec.title },
    submit: { type: "plain_text", text: spec.submit },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      { type: "section", text: spec.intro },
      {
        type: "input",
        block_id: spec.blockId,
        optional: spec.optional,
        label: { type: "plain_text", text: spec.label },
        element: { type: "plain_text_input", action_id: spec.actionId, multiline: true, max_length: 500 },
      },
    ],
  };
}
