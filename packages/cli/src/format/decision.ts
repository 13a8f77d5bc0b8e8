// Human-readable rendering of a decision and its trace, for `countersign policy explain`.
import { formatDuration, type Channel, type Escalation, type PolicyDecision, type RuleSummary } from "@countersign/policy";

function channel(c: Channel): string {
  if (c.kind === "slack") return `slack ${c.channel}`;
  if (c.kind === "teams") return `teams ${c.conversation}`;
  return c.kind;
}

function escalation(e: Escalation): string {
  const hop = `after ${formatDuration(e.after)} → ${e.to.join(", ")}`;
  return e.next ? `${hop}; ${escalation(e.next)}` : hop;
}

function row(label: string, value: string): string {
  return `${label.padEnd(12)}${value}\n`;
}

/**
 * The decision as aligned "label value" lines followed by the trace.
 *
 * @example formatDecision(decision, rule) // "outcome     pending\nrule        phi-export (policies/example.yaml:52)\n…"
 */
export function formatDecision(d: PolicyDecision, rule: RuleSummary | null): string {
  let out = row("outcome", d.outcome);
  out += row("rule", rule ? `${rule.id} (${rule.file}:${rule.line})` : d.ruleId ?? "none: the policy default decided");
  out += row("reason", d.reason);
  if (d.conditionError) out += row("error", `${d.conditionError} (denied: fail closed)`);
  if (d.outcome === "pending") {
    const groups = Object.entries(d.approvers.groups).map(([g, m]) => `${g} (${m.join(", ")})`);
    out += row("approvers", [...groups, ...d.approvers.identities].join("; "));
    out += row("quorum", `${d.quorum.count}${d.quorum.distinctGroups ? " from distinct groups" : ""}`);
    out += row("ttl", formatDuration(d.ttlSeconds) + (d.remind ? `, remind after ${formatDuration(d.remind)}` : ""));
    out += row("channels", d.channels.map(channel).join(", "));
    if (d.escalate) out += row("escalate", escalation(d.escalate));
    if (d.breakGlass) {
      const announce = d.breakGlass.announce ? `, announced in ${channel(d.breakGlass.announce)}` : "";
      out += row("break-glass", `${d.breakGlass.group} may self-approve with a reason${announce}`);
    }
  }
  const mask = [d.mask.always.length ? `always ${d.mask.always.join(", ")}` : "", d.mask.never.length ? `never ${d.mask.never.join(", ")}` : "", d.mask.keepRaw ? "raw kept" : ""].filter(Boolean);
  if (mask.length) out += row("mask", mask.join("; "));
  out += row("policy", d.policyHash);
  out += "\ntrace (rules in evaluation order; the first match decides):\n";
  const width = Math.max(0, ...d.trace.map((t) => t.ruleId.length));
  for (const t of d.trace) out += `  ${t.matched ? "MATCH" : "  -  "}  ${t.ruleId.padEnd(width)}  ${t.detail}\n`;
  if (d.ruleId === null) out += `  ${"=>".padEnd(5)}  ${"default".padEnd(width)}  no rule matched\n`;
  return out;
}
