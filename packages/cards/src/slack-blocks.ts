// The few Block Kit shapes the card uses, typed locally so this package stays free of Slack's SDK.
// They are structurally compatible with @slack/types' KnownBlock.

export interface SlackPlainText {
  type: "plain_text";
  text: string;
  emoji?: boolean;
}

export interface SlackMrkdwn {
  type: "mrkdwn";
  text: string;
}

export interface SlackButton {
  type: "button";
  action_id: string;
  text: SlackPlainText;
  value: string;
  style?: "primary" | "danger";
}

export type SlackBlock =
  | { type: "header"; block_id?: string; text: SlackPlainText }
  | { type: "section"; block_id?: string; text?: SlackMrkdwn | SlackPlainText; fields?: (SlackMrkdwn | SlackPlainText)[] }
  | { type: "context"; block_id?: string; elements: (SlackMrkdwn | SlackPlainText)[] }
  | { type: "actions"; block_id?: string; elements: SlackButton[] }
  | { type: "divider"; block_id?: string };

/** Slack's published limits the renderer keeps within. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  field: 2000,
  fields: 10,
  header: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  /** chat.postMessage truncates `text` beyond this. */
  fallbackText: 4000,
} as const;

/** action_ids of the card's buttons; both carry the proposal id as `value`. */
export const SLACK_ACTION_IDS = { approve: "countersign_approve", deny: "countersign_deny" } as const;

/** block_id of the actions block, so listeners can match it precisely. */
export const SLACK_ACTIONS_BLOCK_ID = "countersign_decision";
