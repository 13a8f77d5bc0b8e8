// One entry of `rules:`. Rules are evaluated in file order (files sorted by name) and the first
// that matches decides.
import { OUTCOME_KEYS, readOutcome } from "./outcome.js";
import { MATCH_ANYTHING, readMatch } from "./match.js";
import type { RuleSpec } from "./model.js";
import type { YamlNode } from "../yaml/node.js";
import { isScalar } from "yaml";

export const RULE_KEYS = ["id", "description", "match", "when", ...OUTCOME_KEYS] as const;
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Reads a rule. Errors inside it are tagged with its id (when the id itself is readable).
 *
 * @example readRule(node) // { id: "phi-export", outcome: "require_approval", ... }
 */
export function readRule(raw: YamlNode): RuleSpec | undefined {
  const idProbe = raw.content && "get" in raw.content ? (raw.content as { get(k: string): unknown }).get("id") : undefined;
  const node = raw.forRule(typeof idProbe === "string" ? idProbe : undefined);
  const entries = node.map("a rule", RULE_KEYS);
  if (!entries) return undefined;
  const idNode = entries.get("id");
  if (!idNode) {
    node.error("rule is missing an 'id'");
    return undefined;
  }
  const id = idNode.string("rule id");
  if (id !== undefined && !RULE_ID.test(id)) idNode.error(`rule id '${id}' may only use letters, digits, '.', '_' and '-'`);
  const description = entries.get("description")?.string("description");
  const match = entries.has("match") ? readMatch(entries.get("match") as YamlNode) : MATCH_ANYTHING;
  const whenNode = entries.get("when");
  let when: RuleSpec["when"] = null;
  if (whenNode) {
    const c = whenNode.content;
    // A YAML `true` is a tempting shortcut but almost always a mistake for a condition string.
    if (isScalar(c) && typeof c.value === "string") when = { source: c.value, node: whenNode };
    else whenNode.error("when must be a CEL expression string, e.g. when: 'params.rows > 1000'");
  }
  const outcome = readOutcome(entries, node);
  if (id === undefined || outcome === undefined) return undefined;
  const { file, line } = node.position;
  return { id, ...(description !== undefined && { description }), idNode, match, when, file, line, ...outcome };
}
