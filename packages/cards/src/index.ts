// @countersign/cards: one neutral ApprovalView → Slack Block Kit and Adaptive Card JSON. Pure
// functions: the clock is a parameter, nothing here does I/O.
export type { ApprovalView, ApprovalVote, ParamLine, ProposalStatus, VoteDecision } from "./types.js";
export { toApprovalView, type ToApprovalViewInput, type ProposalRowLike, type VoteRowLike } from "./to-approval-view.js";
export { renderSlackCard, type SlackCard } from "./render-slack-card.js";
export { renderSlackParams } from "./render-slack-params.js";
export {
  SLACK_ACTION_IDS,
  SLACK_ACTIONS_BLOCK_ID,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackButton,
  type SlackMrkdwn,
  type SlackPlainText,
} from "./slack-blocks.js";
export {
  renderAdaptiveCard,
  ADAPTIVE_VERBS,
  ADAPTIVE_REFRESH_MAX_USERS,
  type AdaptiveCard,
  type AdaptiveCardOptions,
  type AdaptiveElement,
} from "./render-adaptive-card.js";
export { escalationText, quorumText, statusLine, type StatusLine } from "./summary.js";
export { flattenParams, DEFAULT_PARAM_LIMITS, type ParamLimits } from "./params.js";
export { escapeMrkdwn, escapeMarkdown, escapeWithin, truncate } from "./text.js";
export { expiryText, formatDuration, formatUtc } from "./time.js";
