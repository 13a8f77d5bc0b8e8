import type { ApprovalView } from "./types.js";
import { SLACK_ACTION_IDS, SLACK_ACTIONS_BLOCK_ID, SLACK_LIMITS, type SlackBlock, type SlackMrkdwn } from "./slack-blocks.js";
import { escapeWithin, truncate } from "./text.js";
import { expiryText } from "./time.js";
import { escalationText, quorumText, statusLine } from "./summary.js";
import { renderSlackParams } from "./render-slack-params.js";

export interface SlackCard {
  blocks: SlackBlock[];
  /** Notification and screen-reader fallback; also what clients show when blocks cannot render. */
  text: string;
}

const HEADLINES: Record<ApprovalView["status"], string> = {
  pending: "Approval needed",
  approved: "Approved",
  denied: "Denied",
  expired: "Expired",
  cancelled: "Cancelled",
  executed: "Approved and executed",
};

/**
 * Renders the approval card as Block Kit. Pending cards end with Approve / Deny buttons whose
 * value is the proposal id; decided cards end with a status line instead.
 *
 * @example
 * const { blocks, text } = renderSlackCard(view, new Date());
 * await client.chat.postMessage({ channel, blocks, text });
 */
export function renderSlackCard(view: ApprovalView, now: Date): SlackCard {
  const headline = HEADLINES[view.status];
  const blocks: SlackBlock[] = [
    { type: "header", text: { type: "plain_text", text: truncate(`${headline}: ${view.action}`, SLACK_LIMITS.header), emoji: true } },
    { type: "section", text: mrkdwn(summary(view)) },
    { type: "section", fields: fields(view) },
    { type: "section", text: mrkdwn(ruleText(view)) },
    { type: "section", text: mrkdwn(renderSlackParams(view.params, SLACK_LIMITS.sectionText)) },
    { type: "context", elements: contextElements(view, now) },
  ];
  const status = statusLine(view);
  if (status) {
    blocks.push({ type: "section", block_id: "countersign_status", text: mrkdwn(escapeWithin(`${status.emoji} ${status.text}`, SLACK_LIMITS.sectionText)) });
  } else {
    blocks.push({
      type: "actions",
      block_id: SLACK_ACTIONS_BLOCK_ID,
      elements: [
        { type: "button", action_id: SLACK_ACTION_IDS.approve, style: "primary", value: view.proposalId, text: { type: "plain_text", text: "Approve", emoji: true } },
        { type: "button", action_id: SLACK_ACTION_IDS.deny, style: "danger", value: view.proposalId, text: { type: "plain_text", text: "Deny", emoji: true } },
      ],
    });
  }
  const fallback = `${status ? `${status.emoji} ` : ""}${headline}: ${view.agent.name} wants ${view.action} on ${view.resource} (${view.environment})`;
  return { blocks, text: escapeWithin(fallback, SLACK_LIMITS.fallbackText) };
}

function mrkdwn(text: string): SlackMrkdwn {
  return { type: "mrkdwn", text };
}

// Inline code cannot contain a backtick; swap it for a look-alike so the span stays closed.
function code(text: string, max: number): string {
  return `\`${escapeWithin(text.replace(/`/g, "ˋ"), max)}\``;
}

function summary(view: ApprovalView): string {
  const who = `*${escapeWithin(view.agent.name, 200)}*`;
  const onBehalf = view.onBehalfOf ? ` on behalf of ${escapeWithin(view.onBehalfOf, 320)}` : "";
  return `${who}${onBehalf} wants to run ${code(view.action, 500)} on ${code(view.resource, 1200)} in *${escapeWithin(view.environment, 200)}*`;
}

function fields(view: ApprovalView): SlackMrkdwn[] {
  const pairs: [string, string][] = [
    ["Action", view.action],
    ["Risk", view.risk ?? "not stated"],
    ["Requested by", `${view.agent.name} (agent)`],
    ["On behalf of", view.onBehalfOf ?? "—"],
    ["Resource", view.resource],
    ["Environment", view.environment],
  ];
  return pairs.map(([label, value]) => mrkdwn(`*${label}*\n${escapeWithin(value, SLACK_LIMITS.field - label.length - 3)}`));
}

function ruleText(view: ApprovalView): string {
  const rule = view.ruleId ? code(view.ruleId, 200) : "_policy default_";
  return `*Rule* ${rule}\n*Why* ${escapeWithin(view.reason, SLACK_LIMITS.sectionText - 260)}`;
}

function contextElements(view: ApprovalView, now: Date): SlackMrkdwn[] {
  const parts = [quorumText(view)];
  const escalated = escalationText(view);
  if (escalated) parts.push(`⏫ ${escalated}`);
  if (view.status === "pending") {
    const expiry = expiryText(view.expiresAt, now);
    if (expiry) parts.push(expiry);
  }
  parts.push(`ID ${view.proposalId}`);
  return parts.map((p) => mrkdwn(escapeWithin(p, SLACK_LIMITS.field)));
}
