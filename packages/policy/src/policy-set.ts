// Parses, validates and compiles a set of policy files into a PolicySet. Validation collects every
// problem before failing; nothing is compiled for evaluation unless the whole set is valid.
import { compileCondition, type Condition } from "./cel/condition.js";
import { layeredDirectory, staticDirectory, type Directory } from "./directory.js";
import { PolicyValidationError } from "./errors.js";
import { compileOutcome } from "./evaluate/compile-outcome.js";
import { compileRule } from "./evaluate/compile-rule.js";
import { createEvaluator } from "./evaluate/evaluator.js";
import { deepFreeze } from "./evaluate/plan.js";
import { baseName, policyHash } from "./hash.js";
import { checkEscalations } from "./schema/check-escalation.js";
import { checkReferences } from "./schema/check-references.js";
import { readDocument } from "./schema/document.js";
import { mergeFiles } from "./schema/merge.js";
import { NO_MASK_HINTS } from "./schema/mask.js";
import type { OutcomeSpec, PolicySpec } from "./schema/model.js";
import type { Outcome, PolicyDecision, ProposalInput } from "./types.js";
import { expressionPosition } from "./yaml/expression-position.js";
import { IssueList, parseSource } from "./yaml/source.js";

/** No rule matched and the policy sets no default: deny. */
const FAIL_CLOSED: OutcomeSpec = { outcome: "deny", reason: null, approval: null, mask: NO_MASK_HINTS };

export interface RuleSummary {
  id: string;
  description?: string;
  outcome: Outcome;
  file: string;
  line: number;
}

/** A validated, compiled policy. Immutable: a reload produces a new PolicySet. */
export interface PolicySet {
  /** sha256 over the files' names and contents; see policyHash(). */
  hash: string;
  /** First matching rule decides; no match → the default (deny unless the policy sets one). */
  evaluate(input: ProposalInput, now: Date): PolicyDecision;
  /** Group membership as the policy knows it (its `groups:`, then any extra directory). */
  groups: Directory;
  /** The rules in evaluation order. */
  rules: readonly RuleSummary[];
  /** The files of the set, sorted by name, as they were given. */
  files: readonly string[];
}

export interface ParseOptions {
  /** Consulted after the policy's own groups, e.g. an identity provider's groups. */
  directory?: Directory;
}

function compileConditions(spec: PolicySpec, issues: IssueList): Map<string, Condition> {
  const out = new Map<string, Condition>();
  for (const rule of spec.rules) {
    if (!rule.when) continue;
    const result = compileCondition(rule.when.source);
    if (result.ok) out.set(rule.id, result.condition);
    else issues.add(expressionPosition(rule.when.node, result.offset), result.message, rule.id);
  }
  return out;
}

/**
 * Parses policy sources held in memory (tests, simulation, the loader). Files are ordered by name;
 * rules keep file order. Throws PolicyValidationError listing every problem.
 *
 * @example
 * const set = parsePolicy([{ file: "p.yaml", text: "rules:\n  - id: all\n    outcome: allow\n" }]);
 * set.evaluate(input, new Date()).outcome // "allow"
 */
export function parsePolicy(sources: readonly { file: string; text: string }[], options: ParseOptions = {}): PolicySet {
  const issues = new IssueList();
  if (sources.length === 0) throw new PolicyValidationError([{ file: "(policy)", line: 1, column: 1, message: "no policy files" }]);
  const sorted = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const seen = new Set<string>();
  for (const s of sorted) {
    if (seen.has(baseName(s.file))) issues.add({ file: s.file, line: 1, column: 1 }, `two policy files are named ${baseName(s.file)}`);
    seen.add(baseName(s.file));
  }
  const spec = mergeFiles(sorted.map((s) => readDocument(parseSource(s.file, s.text, issues), issues)));
  const own = staticDirectory(Object.fromEntries([...spec.groups].map(([name, g]) => [name, g.members])));
  const directory = options.directory ? layeredDirectory(own, options.directory) : own;
  checkReferences(spec, directory);
  checkEscalations(spec);
  const conditions = compileConditions(spec, issues);
  if (issues.items.length > 0) throw new PolicyValidationError(issues.items);

  const hash = policyHash(sorted);
  const rules = spec.rules.map((r) =>
    compileRule(r, conditions.get(r.id) ?? null, compileOutcome(r, r.id, r.description, spec.settings, spec.groups)),
  );
  const fallback = compileOutcome(spec.default ?? FAIL_CLOSED, null, undefined, spec.settings, spec.groups);
  const summaries = spec.rules.map(
    (r): RuleSummary => ({
      id: r.id,
      ...(r.description !== undefined && { description: r.description }),
      outcome: r.outcome === "require_approval" ? "pending" : r.outcome,
      file: r.file,
      line: r.line,
    }),
  );
  return Object.freeze({
    hash,
    evaluate: createEvaluator(rules, fallback, hash, directory),
    groups: directory,
    rules: deepFreeze(summaries),
    files: Object.freeze(sorted.map((s) => s.file)),
  });
}
