import { escapeWithin } from "@countersign/cards";
import type { Channel } from "@countersign/policy";
import type { SlackContext } from "../context.js";
import type { LoadedCard } from "./load-card.js";
import { mention } from "./mention.js";

export interface BreakGlassPayload {
  voter: string;
  group: string;
  /** Masked by core before it was queued. */
  reason: string;
  announce: Channel;
}

/**
 * `proposal.break_glass`: tells the announcement channel that someone approved their own request
 * through break-glass — who, what, on which resource, and their (masked) reason.
 */
export async function announceBreakGlass(ctx: SlackContext, card: LoadedCard, payload: BreakGlassPayload): Promise<void> {
  const { view } = card;
  if (payload.announce.kind !== "slack") {
    // Core queues only channels and Teams conversations; a Teams one is not Slack's to send.
    ctx.logger.warn("break-glass announcement channel is not a Slack channel", { proposalId: view.proposalId, kind: payload.announce.kind });
    return;
  }
  const who = await mention(ctx, payload.voter);
  const whoText = who.startsWith("<@") ? `${who} (${escapeWithin(payload.voter, 320)})` : who;
  const what = escapeWithin(`${view.action} on ${view.resource} (${view.environment}), requested by agent ${view.agent.name}`, 1500);
  const text = [
    `:rotating_light: *Break-glass*: ${whoText} approved their own request as a member of ${escapeWithin(payload.group, 200)}: ${what}.`,
    `*Reason:* ${escapeWithin(payload.reason, 1500)}`,
    `Request ${escapeWithin(view.proposalId, 100)} · rule ${escapeWithin(view.ruleId ?? "policy default", 200)}`,
  ].join("\n");
  const channel = payload.announce.channel;
  await ctx.call("chat.postMessage", () => ctx.client.chat.postMessage({ channel, text, unfurl_links: false, unfurl_media: false }));
}
