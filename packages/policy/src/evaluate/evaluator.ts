// The hot path. Rules are tried in order and the first match decides; nothing matching means the
// default (deny unless the policy says otherwise). For speed, which rules an action can match is
// computed once per distinct action string and cached, so most rules are skipped with one array
// read and a push of a pre-built trace entry. A `when` that throws denies (fail closed).
import { describeConditionError, type ConditionInput } from "../cel/condition.js";
import type { Directory } from "../directory.js";
import type { PolicyDecision, ProposalInput, TraceEntry } from "../types.js";
import type { CompiledRule } from "./compile-rule.js";
import { decide } from "./decide.js";
import type { OutcomePlan } from "./plan.js";

/** Distinct actions remembered; past this the cache starts over (bounded memory under abuse). */
const ACTION_CACHE_LIMIT = 10_000;

export type Evaluate = (input: ProposalInput, now: Date) => PolicyDecision;

function conditionInput(input: ProposalInput, now: Date): ConditionInput {
  return {
    action: input.action,
    resource: input.resource,
    environment: input.environment,
    params: input.params,
    agent: input.agent,
    onBehalfOf: input.onBehalfOf?.toLowerCase() ?? null,
    context: input.context,
    now,
  };
}

/**
 * Builds the evaluate function of a policy set.
 *
 * @example createEvaluator(rules, defaultPlan, hash, directory)(input, new Date()).outcome
 */
export function createEvaluator(rules: readonly CompiledRule[], fallback: OutcomePlan, policyHash: string, directory: Directory): Evaluate {
  const candidatesByAction = new Map<string, Uint8Array>();
  const candidatesFor = (action: string): Uint8Array => {
    let mask = candidatesByAction.get(action);
    if (mask === undefined) {
      if (candidatesByAction.size >= ACTION_CACHE_LIMIT) candidatesByAction.clear();
      mask = new Uint8Array(rules.length);
      for (let i = 0; i < rules.length; i++) mask[i] = (rules[i] as CompiledRule).action?.(action) === false ? 0 : 1;
      candidatesByAction.set(action, mask);
    }
    return mask;
  };

  return (input, now) => {
    const candidates = candidatesFor(input.action);
    const trace: TraceEntry[] = [];
    let celInput: ConditionInput | null = null;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as CompiledRule;
      if (candidates[i] === 0) {
        trace.push(rule.actionMiss);
        continue;
      }
      const miss = rule.mismatch(input);
      if (miss !== null) {
        trace.push({ ruleId: rule.id, matched: false, detail: miss });
        continue;
      }
      if (rule.condition !== null) {
        celInput ??= conditionInput(input, now);
        let holds: boolean;
        try {
          holds = rule.condition(celInput);
        } catch (error) {
          return failClosed(rule, describeConditionError(error), input, trace, policyHash, directory);
        }
        if (!holds) {
          trace.push(rule.conditionFalse);
          continue;
        }
      }
      trace.push({ ruleId: rule.id, matched: true, detail: rule.matchDetail(input) });
      return decide(rule.plan, input, trace, policyHash, directory);
    }
    return decide(fallback, input, trace, policyHash, directory);
  };
}

/** A condition that cannot be evaluated must not let the proposal through: deny, and say why. */
function failClosed(rule: CompiledRule, message: string, input: ProposalInput, trace: TraceEntry[], policyHash: string, directory: Directory): PolicyDecision {
  trace.push({ ruleId: rule.id, matched: false, detail: `when could not be evaluated (${message}); denied (fail closed)` });
  const plan: OutcomePlan = {
    ruleId: rule.id,
    description: rule.plan.description,
    outcome: "deny",
    reason: `Denied: the condition of rule '${rule.id}' could not be evaluated (${message})`,
    approval: null,
    mask: rule.plan.mask,
  };
  return { ...decide(plan, input, trace, policyHash, directory), conditionError: message };
}
