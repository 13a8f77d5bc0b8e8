// The top level of a policy file. Any file may hold groups and rules; `settings` and `default`
// may appear in at most one file of the set.
import { isScalar } from "yaml";
import { YamlNode } from "../yaml/node.js";
import type { IssueList, SourceFile } from "../yaml/source.js";
import type { FileSpec, OutcomeSpec } from "./model.js";
import { NO_MASK_HINTS } from "./mask.js";
import { OUTCOME_KEYS, readOutcome } from "./outcome.js";
import { readGroups } from "./groups.js";
import { readRule } from "./rule.js";
import { readSettings } from "./settings.js";

const TOP_KEYS = ["version", "settings", "default", "groups", "rules"] as const;

/**
 * Reads one parsed file into its groups, rules, settings and default.
 *
 * @example readDocument(parseSource("p.yaml", text, issues), issues).rules.length
 */
export function readDocument(source: SourceFile, issues: IssueList): FileSpec {
  const spec: FileSpec = { rules: [], groups: [], settings: null, default: null };
  const root = new YamlNode(source, source.doc.contents, 0, issues);
  if (root.isNull()) return spec; // an empty file contributes nothing
  const entries = root.map("a policy file", TOP_KEYS);
  if (!entries) return spec;
  const version = entries.get("version");
  if (version && !(isScalar(version.content) && version.content.value === 1)) version.error("version must be 1");
  const settings = entries.get("settings");
  if (settings) spec.settings = { spec: readSettings(settings), node: settings };
  const fallback = entries.get("default");
  if (fallback) {
    const outcome = readDefault(fallback);
    if (outcome) spec.default = { spec: outcome, node: fallback };
  }
  const groups = entries.get("groups");
  if (groups) spec.groups = readGroups(groups);
  const rules = entries.get("rules");
  if (rules) spec.rules = (rules.items("rules") ?? []).flatMap((r) => readRule(r) ?? []);
  return spec;
}

/** `default: deny` (or allow), or a mapping shaped like a rule's outcome part. */
function readDefault(node: YamlNode): OutcomeSpec | undefined {
  const c = node.content;
  if (isScalar(c) && (c.value === "deny" || c.value === "allow")) return { outcome: c.value, reason: null, approval: null, mask: NO_MASK_HINTS };
  if (isScalar(c)) {
    node.error("default must be deny, allow, or a mapping with outcome (and approvers for require_approval)");
    return undefined;
  }
  const entries = node.map("default", OUTCOME_KEYS);
  return entries ? readOutcome(entries, node) : undefined;
}
