// Builds the PolicyDecision for a plan and a proposal. Static parts are shared frozen objects;
// group members are looked up in the directory now, so a directory refresh shows up immediately.
import type { Directory } from "../directory.js";
import type { ApproverSet, Escalation, PolicyDecision, ProposalInput, TraceEntry } from "../types.js";
import type { EscalationPlan, OutcomePlan } from "./plan.js";

const NO_APPROVERS: ApproverSet = Object.freeze({ groups: Object.freeze({}), identities: Object.freeze([]) as unknown as string[] });
const NO_QUORUM = Object.freeze({ count: 0, distinctGroups: false });
const NO_CHANNELS = Object.freeze([]) as unknown as PolicyDecision["channels"];

function members(directory: Directory, names: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of names) out[name] = (directory.groupMembers(name) ?? []) as string[];
  return out;
}

function escalation(plan: EscalationPlan, directory: Directory): Escalation {
  const e: Escalation = { after: plan.after, to: plan.to as string[], members: members(directory, plan.to) };
  if (plan.next) e.next = escalation(plan.next, directory);
  return e;
}

function renderReason(plan: OutcomePlan, input: ProposalInput): string {
  if (typeof plan.reason === "string") return plan.reason;
  return plan.reason({
    action: input.action,
    resource: input.resource,
    environment: input.environment,
    onBehalfOf: input.onBehalfOf?.toLowerCase() ?? null,
    agent: input.agent,
    params: input.params,
    context: input.context,
    rule: { id: plan.ruleId, description: plan.description },
  });
}

/**
 * The decision a plan gives for a proposal.
 *
 * @example decide(plan, input, trace, "ab12…", directory).outcome // "pending"
 */
export function decide(plan: OutcomePlan, input: ProposalInput, trace: TraceEntry[], policyHash: string, directory: Directory): PolicyDecision {
  const a = plan.approval;
  return {
    outcome: plan.outcome,
    ruleId: plan.ruleId,
    reason: renderReason(plan, input),
    approvers: a ? { groups: members(directory, a.groups), identities: a.identities } : NO_APPROVERS,
    quorum: a ? a.quorum : NO_QUORUM,
    ttlSeconds: a ? a.ttlSeconds : 0,
    channels: a ? a.channels : NO_CHANNELS,
    mask: plan.mask,
    remind: a ? a.remind : null,
    escalate: a?.escalation ? escalation(a.escalation, directory) : null,
    breakGlass: a?.breakGlass
      ? { group: a.breakGlass.group, members: (directory.groupMembers(a.breakGlass.group) ?? []) as string[], announce: a.breakGlass.announce }
      : null,
    policyHash,
    trace,
  };
}
