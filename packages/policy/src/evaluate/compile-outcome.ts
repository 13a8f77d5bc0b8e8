// Turns a validated outcome spec into its frozen plan: settings defaults applied, escalation chains
// unrolled (the graph is acyclic once validation passed), reason template compiled.
import type { GroupSpec, OutcomeSpec, SettingsSpec, ApprovalSpec } from "../schema/model.js";
import { compileTemplate } from "../template.js";
import type { Outcome } from "../types.js";
import { deepFreeze, type EscalationPlan, type OutcomePlan } from "./plan.js";

/** The hop after `from` groups: union of their targets, as soon as the first of them escalates. */
function chainFrom(from: readonly string[], elapsed: number, groups: ReadonlyMap<string, GroupSpec>): EscalationPlan | null {
  const hops = from.flatMap((name) => groups.get(name)?.escalate ?? []);
  if (hops.length === 0) return null;
  const after = elapsed + Math.min(...hops.map((h) => h.afterSeconds));
  const to = [...new Set(hops.flatMap((h) => h.to.map((t) => t.name)))];
  return { after, to, next: chainFrom(to, after, groups) };
}

function escalationPlan(approval: ApprovalSpec, groups: ReadonlyMap<string, GroupSpec>): EscalationPlan | null {
  if (approval.escalate === false) return null;
  if (approval.escalate === null) return chainFrom(approval.groups.map((g) => g.name), 0, groups);
  const { afterSeconds, to } = approval.escalate;
  const names = to.map((t) => t.name);
  return { after: afterSeconds, to: names, next: chainFrom(names, afterSeconds, groups) };
}

function defaultReason(outcome: Outcome, ruleId: string | null, description: string | undefined): string {
  if (ruleId === null) return outcome === "deny" ? "No rule matched; denied by default (fail closed)" : `No rule matched; policy default is ${outcome}`;
  const verb = outcome === "allow" ? "Allowed" : outcome === "deny" ? "Denied" : "Approval required";
  return `${verb} by rule '${ruleId}'${description ? `: ${description}` : ""}`;
}

/**
 * Compiles a rule's (or the default's, with ruleId null) outcome into a frozen plan.
 *
 * @example compileOutcome(rule, rule.id, rule.description, spec.settings, spec.groups).outcome // "pending"
 */
export function compileOutcome(
  spec: OutcomeSpec,
  ruleId: string | null,
  description: string | undefined,
  settings: SettingsSpec,
  groups: ReadonlyMap<string, GroupSpec>,
): OutcomePlan {
  const outcome: Outcome = spec.outcome === "require_approval" ? "pending" : spec.outcome;
  let reason: OutcomePlan["reason"] = defaultReason(outcome, ruleId, description);
  if (spec.reason) {
    const template = compileTemplate(spec.reason.template);
    if (template.ok) reason = template.placeholders === 0 ? spec.reason.template : template.render;
  }
  const a = spec.approval;
  return deepFreeze({
    ruleId,
    description: description ?? "",
    outcome,
    reason,
    mask: spec.mask,
    approval: a && {
      groups: a.groups.map((g) => g.name),
      identities: a.identities,
      quorum: { count: a.quorum.count, distinctGroups: a.quorum.distinctGroups },
      ttlSeconds: a.ttlSeconds ?? settings.ttlSeconds,
      channels: a.channels ?? settings.channels,
      remind: a.remindSeconds ?? settings.remindSeconds,
      escalation: escalationPlan(a, groups),
      breakGlass: a.breakGlass && { group: a.breakGlass.group.name, announce: a.breakGlass.announce ?? settings.breakGlassAnnounce },
    },
  });
}
