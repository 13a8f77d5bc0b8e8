// What `POST /v1/policy/simulate` answers: the decision a proposal would get now, with the trace
// and the rule that decided, without creating anything.
import type { PolicySet, RuleSummary } from "./policy-set.js";
import type { PolicyDecision, ProposalInput, TraceEntry } from "./types.js";

export interface Simulation {
  policyHash: string;
  decision: PolicyDecision;
  /** Same as decision.trace, at the top level for readers of the API. */
  trace: TraceEntry[];
  /** The deciding rule, or null when the policy default decided. */
  rule: RuleSummary | null;
  evaluatedAt: string;
}

/**
 * Evaluates a proposal against a policy set for preview (dry run).
 *
 * @example simulate(policy, input, new Date()).decision.outcome // "pending"
 */
export function simulate(policySet: PolicySet, input: ProposalInput, now: Date): Simulation {
  const decision = policySet.evaluate(input, now);
  return {
    policyHash: decision.policyHash,
    decision,
    trace: decision.trace,
    rule: policySet.rules.find((r) => r.id === decision.ruleId) ?? null,
    evaluatedAt: now.toISOString(),
  };
}
