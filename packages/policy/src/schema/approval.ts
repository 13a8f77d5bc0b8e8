// The require_approval part of a rule: who approves, how many, for how long, where the card goes,
// reminders, escalation and break-glass.
import { isScalar } from "yaml";
import { parseDuration } from "../duration.js";
import type { YamlNode } from "../yaml/node.js";
import { readChannel, readChannels } from "./channels.js";
import { readEmails } from "./emails.js";
import type { ApprovalSpec, BreakGlassSpec, EscalationSpec, GroupRef } from "./model.js";

export const APPROVAL_KEYS = ["approvers", "quorum", "ttl", "channels", "remind", "escalate", "break_glass"] as const;

/**
 * Reads a duration such as `30m`; reports and returns undefined otherwise.
 *
 * @example readDuration(ttlNode, "ttl") // 1800
 */
export function readDuration(node: YamlNode, what: string): number | undefined {
  const text = node.string(what);
  if (text === undefined) return undefined;
  const seconds = parseDuration(text);
  if (seconds === null) node.error(`${what} '${text}' is not a duration (e.g. 30m, 1h, 1h30m, 2d)`);
  return seconds ?? undefined;
}

/**
 * One group name or a list of them, each with its node for later checks.
 *
 * @example readGroupRefs(node, "escalate.to").map((g) => g.name) // ["security-leads"]
 */
export function readGroupRefs(node: YamlNode, what: string): GroupRef[] {
  if (isScalar(node.content)) {
    const name = node.string(what);
    return name === undefined ? [] : [{ name, node }];
  }
  return (node.items(what) ?? []).flatMap((item) => {
    const name = item.string(`each of ${what}`);
    return name === undefined ? [] : [{ name, node: item }];
  });
}

/**
 * Reads `escalate: { after: 30m, to: <group or groups> }`.
 *
 * @example escalate: { after: 30m, to: security-leads }
 */
export function readEscalation(node: YamlNode): EscalationSpec | undefined {
  const entries = node.map("escalate", ["after", "to"]);
  if (!entries) return undefined;
  const after = entries.get("after");
  const to = entries.get("to");
  if (!after || !to) {
    node.error("escalate needs both 'after' (a duration) and 'to' (a group)");
    return undefined;
  }
  const afterSeconds = readDuration(after, "escalate.after");
  const groups = readGroupRefs(to, "escalate.to");
  return afterSeconds === undefined || groups.length === 0 ? undefined : { afterSeconds, to: groups, node };
}

function readQuorum(node: YamlNode): ApprovalSpec["quorum"] {
  if (isScalar(node.content)) return { count: node.integer("quorum", 1) ?? 1, distinctGroups: false, node };
  const entries = node.map("quorum", ["count", "distinct_groups"]);
  const count = entries?.get("count")?.integer("quorum.count", 1);
  if (entries && !entries.has("count")) node.error("quorum needs a count");
  return { count: count ?? 1, distinctGroups: entries?.get("distinct_groups")?.boolean("quorum.distinct_groups") ?? false, node };
}

function readBreakGlass(node: YamlNode): BreakGlassSpec | undefined {
  const entries = node.map("break_glass", ["group", "announce"]);
  const group = entries?.get("group");
  if (!entries || !group) {
    if (entries) node.error("break_glass needs the group whose members may approve their own request");
    return undefined;
  }
  const name = group.string("break_glass.group");
  const announceNode = entries.get("announce");
  const announce = announceNode ? readChannel(announceNode) ?? null : null;
  return name === undefined ? undefined : { group: { name, node: group }, announce, node };
}

/**
 * Reads the approval keys of a require_approval rule (or default).
 *
 * @example readApproval(entries, ruleNode).quorum // { count: 2, distinctGroups: true, node }
 */
export function readApproval(entries: Map<string, YamlNode>, node: YamlNode): ApprovalSpec {
  const approvers = entries.get("approvers");
  let groups: GroupRef[] = [];
  let identities: string[] = [];
  if (!approvers) node.error("require_approval needs approvers (groups and/or users)");
  else {
    const a = approvers.map("approvers", ["groups", "users"]);
    groups = a?.has("groups") ? readGroupRefs(a.get("groups") as YamlNode, "approvers.groups") : [];
    identities = a?.has("users") ? readEmails(a.get("users") as YamlNode, "approvers.users") : [];
    if (a && groups.length === 0 && identities.length === 0) approvers.error("approvers must name at least one group or user");
  }
  const escalateNode = entries.get("escalate");
  let escalate: ApprovalSpec["escalate"] = null;
  if (escalateNode && isScalar(escalateNode.content) && escalateNode.content.value === false) escalate = false;
  else if (escalateNode) escalate = readEscalation(escalateNode) ?? null;
  const ttlNode = entries.get("ttl") ?? null;
  const remindNode = entries.get("remind") ?? null;
  const channelsNode = entries.get("channels");
  const breakGlassNode = entries.get("break_glass");
  return {
    groups,
    identities,
    quorum: entries.has("quorum") ? readQuorum(entries.get("quorum") as YamlNode) : { count: 1, distinctGroups: false, node: null },
    ttlSeconds: ttlNode ? readDuration(ttlNode, "ttl") ?? null : null,
    ttlNode,
    channels: channelsNode ? readChannels(channelsNode) ?? null : null,
    remindSeconds: remindNode ? readDuration(remindNode, "remind") ?? null : null,
    remindNode,
    escalate,
    breakGlass: breakGlassNode ? readBreakGlass(breakGlassNode) ?? null : null,
    node,
  };
}
