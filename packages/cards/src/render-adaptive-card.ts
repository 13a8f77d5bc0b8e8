import type { ApprovalView } from "./types.js";
import { flattenParams } from "./params.js";
import { escapeMarkdown, truncate } from "./text.js";
import { expiryText } from "./time.js";
import { escalationText, quorumText, statusLine } from "./summary.js";

/** Verbs of the card's Action.Execute buttons; `data.proposalId` carries the proposal id. */
export const ADAPTIVE_VERBS = { approve: "approve", deny: "deny", refresh: "refresh" } as const;

/** Teams fetches a per-user refresh for at most this many users. */
export const ADAPTIVE_REFRESH_MAX_USERS = 60;

export interface AdaptiveCardOptions {
  /**
   * Users (Teams MRIs, `29:…`) whose client should fetch a personal view through the refresh verb,
   * typically the approvers; capped at 60 as Teams requires. Omit for no refresh.
   */
  refreshUserIds?: readonly string[];
  /** Hide the buttons even while pending (the refresh answer for someone who may not vote). */
  readOnly?: boolean;
}

export type AdaptiveElement = Record<string, unknown> & { type: string };

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  refresh?: { action: AdaptiveElement; userIds: string[] };
  body: AdaptiveElement[];
  actions: AdaptiveElement[];
}

/**
 * Renders the approval card as an Adaptive Card 1.5 with Universal Actions (Action.Execute).
 *
 * @example
 * const card = renderAdaptiveCard(view, new Date(), { refreshUserIds: approverMris });
 * // → activity attachment { contentType: "application/vnd.microsoft.card.adaptive", content: card }
 */
export function renderAdaptiveCard(view: ApprovalView, now: Date, options: AdaptiveCardOptions = {}): AdaptiveCard {
  const data = { proposalId: view.proposalId };
  const status = statusLine(view);
  const pending = view.status === "pending";
  const card: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [
      { type: "TextBlock", size: "Medium", weight: "Bolder", wrap: true, text: md(`${pending ? "Approval needed" : "Decided"}: ${view.action}`, 200) },
      { type: "TextBlock", wrap: true, text: md(`${view.agent.name}${view.onBehalfOf ? ` on behalf of ${view.onBehalfOf}` : ""} wants to run ${view.action} on ${view.resource} in ${view.environment}`, 1500) },
      {
        type: "FactSet",
        facts: [
          fact("Action", view.action),
          fact("Risk", view.risk ?? "not stated"),
          fact("Requested by", `${view.agent.name} (agent)`),
          fact("On behalf of", view.onBehalfOf ?? "—"),
          fact("Resource", view.resource),
          fact("Environment", view.environment),
          fact("Rule", view.ruleId ?? "policy default"),
        ],
      },
      { type: "TextBlock", wrap: true, text: md(`Why: ${view.reason}`, 1500) },
      paramsFacts(view.params),
      { type: "TextBlock", wrap: true, isSubtle: true, size: "Small", text: md(footer(view, now), 500) },
    ],
    actions: [],
  };
  if (status) {
    card.body.push({ type: "TextBlock", wrap: true, weight: "Bolder", text: md(`${status.emoji} ${status.text}`, 1500) });
  } else if (!options.readOnly) {
    card.body.push({ type: "Input.Text", id: "reason", isMultiline: true, maxLength: 500, placeholder: "Reason (shown on the card when you deny)" });
    card.actions.push(
      { type: "Action.Execute", verb: ADAPTIVE_VERBS.approve, title: "Approve", style: "positive", data },
      { type: "Action.Execute", verb: ADAPTIVE_VERBS.deny, title: "Deny", style: "destructive", data },
    );
  }
  if (options.refreshUserIds && options.refreshUserIds.length > 0) {
    card.refresh = {
      action: { type: "Action.Execute", verb: ADAPTIVE_VERBS.refresh, data },
      userIds: options.refreshUserIds.slice(0, ADAPTIVE_REFRESH_MAX_USERS),
    };
  }
  return card;
}

function md(text: string, max: number): string {
  return escapeMarkdown(truncate(text, max));
}

function fact(title: string, value: string): { title: string; value: string } {
  return { title, value: md(value, 500) };
}

function paramsFacts(params: unknown): AdaptiveElement {
  const { lines, hidden } = flattenParams(params);
  const facts = lines.map((l) => ({ title: md(l.path, 80), value: md(l.value, 400) }));
  if (hidden > 0) facts.push({ title: "…", value: `${hidden} more` });
  if (facts.length === 0) facts.push({ title: "Parameters", value: "none" });
  return { type: "FactSet", facts };
}

function footer(view: ApprovalView, now: Date): string {
  const parts = [quorumText(view)];
  const escalated = escalationText(view);
  if (escalated) parts.push(escalated);
  const expiry = view.status === "pending" ? expiryText(view.expiresAt, now) : null;
  if (expiry) parts.push(expiry);
  parts.push(`ID ${view.proposalId}`);
  return parts.join(" · ");
}
