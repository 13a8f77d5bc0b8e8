// The decision part shared by rules and the policy default: outcome, reason, approval, masking.
import { compileTemplate } from "../template.js";
import { expressionPosition } from "../yaml/expression-position.js";
import type { YamlNode } from "../yaml/node.js";
import { APPROVAL_KEYS, readApproval } from "./approval.js";
import { NO_MASK_HINTS, overlapsMasked, readMask } from "./mask.js";
import type { OutcomeSpec, RuleOutcome } from "./model.js";

const OUTCOMES: readonly RuleOutcome[] = ["allow", "deny", "require_approval"];
export const OUTCOME_KEYS = ["outcome", "reason", "mask", ...APPROVAL_KEYS] as const;

/**
 * Reads outcome, reason, mask and (for require_approval) the approval keys from a rule's or the
 * default's entries. `node` is the mapping itself, for errors about missing keys.
 *
 * @example readOutcome(entries, node) // { outcome: "require_approval", approval: {...}, ... }
 */
export function readOutcome(entries: Map<string, YamlNode>, node: YamlNode): OutcomeSpec | undefined {
  const outcomeNode = entries.get("outcome");
  if (!outcomeNode) {
    node.error(`missing 'outcome' (one of ${OUTCOMES.join(", ")})`);
    return undefined;
  }
  const outcome = outcomeNode.string("outcome");
  if (outcome !== undefined && !OUTCOMES.includes(outcome as RuleOutcome)) {
    const hint = outcome === "pending" ? " (write require_approval; it evaluates to pending)" : "";
    outcomeNode.error(`outcome must be one of ${OUTCOMES.join(", ")}, got '${outcome}'${hint}`);
    return undefined;
  }
  if (outcome === undefined) return undefined;
  const mask = entries.has("mask") ? readMask(entries.get("mask") as YamlNode) : NO_MASK_HINTS;
  const reasonNode = entries.get("reason");
  const reason = reasonNode ? readReason(reasonNode, mask.always) : null;
  if (outcome !== "require_approval") {
    for (const key of APPROVAL_KEYS) {
      entries.get(key)?.error(`'${key}' only applies to outcome require_approval (this is ${outcome})`);
    }
    return { outcome: outcome as RuleOutcome, reason, approval: null, mask };
  }
  return { outcome: "require_approval", reason, approval: readApproval(entries, node), mask };
}

function readReason(node: YamlNode, masked: readonly string[]): OutcomeSpec["reason"] {
  const template = node.string("reason");
  if (template === undefined) return null;
  const compiled = compileTemplate(template);
  if (!compiled.ok) {
    node.issues.add(expressionPosition(node, compiled.offset), compiled.message, node.ruleId);
    return null;
  }
  // A reason is shown in chat as-is; it must not print what the masker is told to hide.
  for (const path of compiled.paramsPaths) {
    const pattern = masked.find((m) => overlapsMasked(path, m));
    if (pattern) node.error(`reason shows params.${path.join(".")}, which mask.always hides ('${pattern}')`);
  }
  return { template, node };
}
