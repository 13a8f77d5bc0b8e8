// Where approval cards go: `api` (the approver polls or uses the UI), `slack_dm` (a DM to each
// approver), `{ slack: C0123ABC }` (a channel id, not a name: names change, ids do not) or
// `{ teams: <conversation id> }`.
import { isScalar } from "yaml";
import type { Channel } from "../types.js";
import type { YamlNode } from "../yaml/node.js";

const SLACK_CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/**
 * Reads one channel.
 *
 * @example channels: [api, slack_dm, { slack: C0APPROVALS }, { teams: "19:abc@thread.tacv2" }]
 */
export function readChannel(node: YamlNode): Channel | undefined {
  if (isScalar(node.content) && typeof node.content.value === "string") {
    const word = node.content.value;
    if (word === "api") return { kind: "api" };
    if (word === "slack_dm") return { kind: "slack_dm" };
    node.error(`unknown channel '${word}'; use api, slack_dm, { slack: <channel id> } or { teams: <conversation id> }`);
    return undefined;
  }
  const entries = node.map("a channel", ["slack", "teams"]);
  if (!entries) return undefined;
  if (entries.size !== 1) {
    node.error("a channel has exactly one of slack or teams");
    return undefined;
  }
  const slack = entries.get("slack");
  if (slack) {
    const id = slack.string("slack channel id");
    if (id === undefined) return undefined;
    if (!SLACK_CHANNEL_ID.test(id)) {
      slack.error(`'${id}' is not a Slack channel id (like C0APPROVALS); use the id, not the #name`);
      return undefined;
    }
    return { kind: "slack", channel: id };
  }
  const teams = entries.get("teams")?.string("teams conversation id");
  return teams === undefined ? undefined : { kind: "teams", conversation: teams };
}

/**
 * Reads a non-empty list of channels. Duplicates are an error.
 *
 * @example readChannels(node) // [{ kind: "slack", channel: "C0APPROVALS" }, { kind: "slack_dm" }]
 */
export function readChannels(node: YamlNode): Channel[] | undefined {
  const items = node.items("channels");
  if (!items) return undefined;
  const out: Channel[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const channel = readChannel(item);
    if (!channel) continue;
    const key = JSON.stringify(channel);
    if (seen.has(key)) item.error("channel listed twice");
    seen.add(key);
    out.push(channel);
  }
  if (items.length === 0) node.error("channels must not be empty");
  return out.length === items.length ? out : undefined;
}
