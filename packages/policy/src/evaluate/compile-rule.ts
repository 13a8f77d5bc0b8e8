// Compiles a rule's `match` and `when` into predicates, and precomputes the trace entries that do
// not depend on the proposal, so skipping a rule costs a lookup and an array push.
import type { Condition } from "../cel/condition.js";
import { compileGlobs, type StringMatcher } from "../glob.js";
import type { RuleSpec } from "../schema/model.js";
import type { ProposalInput, TraceEntry } from "../types.js";
import type { OutcomePlan } from "./plan.js";

export interface CompiledRule {
  id: string;
  /** null: the rule matches every action. */
  action: StringMatcher | null;
  /** Pre-built entry for "the action did not match" (the common case, so allocation-free). */
  actionMiss: TraceEntry;
  /** First criterion the proposal fails, as a trace detail, or null when all match. */
  mismatch: (input: ProposalInput) => string | null;
  /** What matched, for the trace entry of the deciding rule. */
  matchDetail: (input: ProposalInput) => string;
  condition: Condition | null;
  conditionFalse: TraceEntry;
  plan: OutcomePlan;
}

const quoteAll = (patterns: readonly string[]) => patterns.map((p) => `'${p}'`).join(", ");

/**
 * Compiles a validated rule; `condition` is its already compiled `when` (or null).
 *
 * @example compileRule(spec, condition, plan).action?.("db.export") // true
 */
export function compileRule(spec: RuleSpec, condition: Condition | null, plan: OutcomePlan): CompiledRule {
  const { match } = spec;
  const resource = match.resource && compileGlobs(match.resource);
  const environment = match.environment && compileGlobs(match.environment);
  const ids = match.agentIds && compileGlobs(match.agentIds);
  const labels = match.agentLabels && Object.entries(match.agentLabels).map(([k, v]) => [k, compileGlobs([v])] as const);
  const resourceText = match.resource ? quoteAll(match.resource) : "";
  const environmentText = match.environment ? quoteAll(match.environment) : "";
  const mismatch = (input: ProposalInput): string | null => {
    if (environment && !environment(input.environment)) return `environment '${input.environment}' does not match ${environmentText}`;
    if (resource && !resource(input.resource)) return `resource '${input.resource}' does not match ${resourceText}`;
    if (ids && !ids(input.agent.id)) return `agent '${input.agent.id}' is not one of ${quoteAll(match.agentIds ?? [])}`;
    if (labels) {
      for (const [key, test] of labels) {
        const value = input.agent.labels && Object.hasOwn(input.agent.labels, key) ? input.agent.labels[key] : undefined;
        if (typeof value !== "string") return `agent has no label '${key}'`;
        if (!test(value)) return `agent label ${key}='${value}' does not match '${match.agentLabels?.[key]}'`;
      }
    }
    return null;
  };
  const matchDetail = (input: ProposalInput): string => {
    const parts: string[] = [];
    if (match.action) parts.push(`action '${input.action}' matches ${quoteAll(match.action)}`);
    if (match.environment) parts.push(`environment '${input.environment}' matches ${environmentText}`);
    if (match.resource) parts.push(`resource '${input.resource}' matches ${resourceText}`);
    if (match.agentIds) parts.push(`agent '${input.agent.id}' is listed`);
    if (match.agentLabels) parts.push(`agent labels match`);
    if (spec.when) parts.push(`when (${spec.when.source.trim()}) is true`);
    return parts.length > 0 ? parts.join("; ") : "matches every proposal (no match criteria)";
  };
  return {
    id: spec.id,
    action: match.action && compileGlobs(match.action),
    actionMiss: Object.freeze({ ruleId: spec.id, matched: false, detail: `action does not match ${quoteAll(match.action ?? [])}` }),
    mismatch,
    matchDetail,
    condition,
    conditionFalse: Object.freeze({ ruleId: spec.id, matched: false, detail: `when (${spec.when?.source.trim() ?? ""}) is false` }),
    plan,
  };
}
