import type { HomeView, KnownBlock } from "@slack/types";
import { SLACK_ACTION_IDS, escapeWithin, expiryText } from "@countersign/cards";

export interface HomeItem {
  id: string;
  action: string;
  resource: string;
  environment: string;
  reason: string;
  expiresAt: Date | null;
}

/** Home tabs allow 100 blocks; each item takes two, plus the header and a possible footer. */
const MAX_ITEMS = 40;

/** App Home: what the viewer can decide now, each with Approve / Deny. */
export function homeView(items: readonly HomeItem[], now: Date, identity: string | null): HomeView {
  const blocks: KnownBlock[] = [{ type: "header", text: { type: "plain_text", text: "Waiting for your decision" } }];
  if (!identity) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: "Slack has no email address for your account, so countersign cannot tell which requests are yours to decide." } });
  } else if (items.length === 0) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: "Nothing needs your decision right now." } });
  }
  for (const item of items.slice(0, MAX_ITEMS)) {
    const expiry = expiryText(item.expiresAt, now);
    blocks.push(
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*${escapeWithin(item.action, 300)}* on \`${escapeWithin(item.resource.replace(/`/g, "ˋ"), 600)}\` in ${escapeWithin(item.environment, 100)}\n${escapeWithin(item.reason, 1500)}${expiry ? `\n_${expiry}_` : ""}`,
        },
      },
      {
        type: "actions",
        block_id: `home_${item.id}`,
        elements: [
          { type: "button", action_id: SLACK_ACTION_IDS.approve, style: "primary", value: item.id, text: { type: "plain_text", text: "Approve" } },
          { type: "button", action_id: SLACK_ACTION_IDS.deny, style: "danger", value: item.id, text: { type: "plain_text", text: "Deny" } },
        ],
      },
    );
  }
  if (items.length > MAX_ITEMS) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `…and ${items.length - MAX_ITEMS} more` }] });
  }
  return { type: "home", blocks };
}
