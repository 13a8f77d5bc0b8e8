// Escalations form a graph: a rule escalates to groups, and a group may escalate further. A cycle
// (security → security-leads → security) would page the same people forever, so it is an error,
// reported at the escalation that closes it.
import type { ApprovalSpec, GroupSpec, PolicySpec } from "./model.js";

/** Finds cycles among group escalations; returns true when there are none. */
function checkGroupCycles(groups: ReadonlyMap<string, GroupSpec>): boolean {
  const state = new Map<string, "visiting" | "done">();
  let acyclic = true;
  const visit = (group: GroupSpec, path: string[]): void => {
    state.set(group.name, "visiting");
    for (const target of group.escalate?.to ?? []) {
      const next = groups.get(target.name);
      if (!next) continue; // unknown groups are reported elsewhere
      if (state.get(next.name) === "visiting") {
        const cycle = [...path.slice(path.indexOf(next.name)), next.name];
        target.node.error(`escalation cycle: ${cycle.join(" → ")}`);
        acyclic = false;
      } else if (!state.has(next.name)) visit(next, [...path, next.name]);
    }
    state.set(group.name, "done");
  };
  for (const group of groups.values()) if (!state.has(group.name)) visit(group, [group.name]);
  return acyclic;
}

/** A rule's escalation must not lead back to the groups that already approve it. */
function checkRuleEscalation(approval: ApprovalSpec, groups: ReadonlyMap<string, GroupSpec>): void {
  if (!approval.escalate) return;
  const approvers = new Set(approval.groups.map((g) => g.name));
  // The group graph is acyclic by now, so this search ends.
  const leadsBack = (name: string, path: string[]): string[] | null => {
    if (approvers.has(name)) return [...path, name];
    for (const t of groups.get(name)?.escalate?.to ?? []) {
      const found = leadsBack(t.name, [...path, name]);
      if (found) return found;
    }
    return null;
  };
  for (const target of approval.escalate.to) {
    const cycle = leadsBack(target.name, []);
    const back = cycle?.at(-1);
    if (cycle && back) target.node.error(`escalation cycle: ${[back, ...cycle].join(" → ")} ('${back}' already approves this request)`);
  }
}

/**
 * Reports escalation cycles among groups and rules' escalations that lead back to their approvers.
 *
 * @example checkEscalations(spec) // "escalation cycle: security → security-leads → security"
 */
export function checkEscalations(spec: PolicySpec): boolean {
  if (!checkGroupCycles(spec.groups)) return false;
  for (const rule of spec.rules) if (rule.approval) checkRuleEscalation(rule.approval, spec.groups);
  if (spec.default?.approval) checkRuleEscalation(spec.default.approval, spec.groups);
  return true;
}
