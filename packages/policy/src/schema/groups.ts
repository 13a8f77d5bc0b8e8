// `groups:` defines approver groups by email. A group is either a list of members or a mapping
// with members, an optional description and an optional escalation to another group.
import { isSeq } from "yaml";
import type { YamlNode } from "../yaml/node.js";
import { readEscalation } from "./approval.js";
import { readEmails } from "./emails.js";
import type { GroupSpec } from "./model.js";

const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Reads the `groups:` mapping.
 *
 * @example
 * groups:
 *   dba: [dana@example.com]
 *   security: { members: [sam@example.com], escalate: { after: 30m, to: security-leads } }
 */
export function readGroups(node: YamlNode): GroupSpec[] {
  const out: GroupSpec[] = [];
  for (const [name, value] of node.map("groups", "any") ?? []) {
    if (!GROUP_NAME.test(name)) {
      value.error(`group name '${name}' may only use letters, digits, '.', '_' and '-'`);
      continue;
    }
    if (isSeq(value.content)) {
      out.push({ name, members: readEmails(value, `members of ${name}`), escalate: null, node: value });
      continue;
    }
    const entries = value.map(`group ${name}`, ["members", "description", "escalate"]);
    if (!entries) continue;
    const members = entries.get("members");
    if (!members) value.error(`group ${name} needs members`);
    const escalateNode = entries.get("escalate");
    const description = entries.get("description")?.string("description");
    out.push({
      name,
      ...(description !== undefined && { description }),
      members: members ? readEmails(members, `members of ${name}`) : [],
      escalate: escalateNode ? readEscalation(escalateNode) ?? null : null,
      node: value,
    });
  }
  return out;
}
