// Policy evaluation throughput on one core (one thread, no workers): a generated 50-rule policy,
// a fixed mix of proposals, evaluations per second with and without the CEL conditions, and the
// cost of CEL alone. Run: `npm run bench -- policy` → bench/results/policy.json.
import { parsePolicy, type PolicySet, type ProposalInput } from "../packages/policy/src/index.js";
import { compileCondition, type ConditionInput } from "../packages/policy/src/cel/condition.js";

const RULES = 50;
const PROPOSALS = 2_000;
const SECONDS = 2;
const GOAL = 500_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same workload. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ["db", "iam", "k8s", "s3", "terraform", "github", "stripe", "salesforce", "jira", "gcs"];
const VERBS = ["read", "write", "delete", "export", "admin"];
const ENVS = ["prod", "staging", "dev"];
const CONDITIONS = [
  "has(params.rows) && params.rows > 1000",
  'agent.labels.team == "data"',
  'has(context.ticket) && context.ticket.startsWith("JIRA-")',
  'resource.contains("/clinical/") || environment == "prod"',
  "has(params.force) && params.force == true",
];

interface BenchRule {
  action: string;
  environment?: string;
  resource?: string;
  team?: string;
  when?: string;
  outcome: "allow" | "deny" | "require_approval";
}

/** 50 rules in the shapes real policies use: exact and wildcard actions, resources, envs, labels, conditions. */
function generateRules(): BenchRule[] {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: RULES }, (_, i) => {
    const service = SERVICES[i % SERVICES.length] as string;
    return {
      action: i % 7 === 0 ? `${service}.*` : `${service}.${pick(VERBS)}`,
      ...(i % 2 === 0 && { environment: pick(ENVS) }),
      ...(i % 4 === 1 && { resource: `${service}://${pick(ENVS)}/*` }),
      ...(i % 9 === 4 && { team: "data" }),
      ...(i % 5 < 2 && { when: pick(CONDITIONS) }),
      outcome: i % 3 === 0 ? "require_approval" : i % 3 === 1 ? "allow" : "deny",
    };
  });
}

function policyYaml(rules: BenchRule[], withConditions: boolean): string {
  const lines = ["groups:", "  ops: [a@example.com, b@example.com]", "  sec: [c@example.com]", "default: deny", "rules:"];
  rules.forEach((r, i) => {
    lines.push(`  - id: rule-${i}`, "    match:", `      action: "${r.action}"`);
    if (r.environment) lines.push(`      environment: [${r.environment}]`);
    if (r.resource) lines.push(`      resource: "${r.resource}"`);
    if (r.team) lines.push(`      agent: { labels: { team: ${r.team} } }`);
    if (withConditions && r.when) lines.push(`    when: '${r.when}'`);
    lines.push(`    outcome: ${r.outcome}`);
    if (r.outcome === "require_approval") lines.push("    approvers: { groups: [ops, sec] }", "    quorum: 2", '    reason: "{{agent.name}} wants {{action}} on {{resource}}"');
  });
  return `${lines.join("\n")}\n`;
}

/**
 * Three in four proposals aim at a random rule (its action, environment and resource), so rules
 * and conditions across the whole list get exercised; the rest are random, and one in ten of
 * those names an action no rule knows, so the default decides after all 50 rules.
 */
function generateProposals(rules: BenchRule[]): ProposalInput[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: PROPOSALS }, () => {
    const target = next() < 0.75 ? pick(rules) : null;
    const service = target ? (target.action.split(".")[0] as string) : next() < 0.3 ? "unknown" : pick(SERVICES);
    const env = target?.environment ?? target?.resource?.split("/")[2] ?? pick(ENVS);
    const verb = target && !target.action.endsWith("*") ? (target.action.split(".")[1] as string) : pick(VERBS);
    return {
      action: `${service}.${verb}`,
      resource: `${service}://${env}/${pick(["clinical", "sales", "infra"])}/${Math.floor(next() * 100)}`,
      environment: env,
      params: next() < 0.5 ? { rows: Math.floor(next() * 5000), table: "t" } : { force: next() < 0.5 },
      agent: { id: `agt_${Math.floor(next() * 20)}`, name: "Bench agent", labels: next() < 0.5 ? { team: "data" } : { team: "ops" } },
      onBehalfOf: "someone@example.com",
      context: next() < 0.5 ? { ticket: "JIRA-1" } : {},
    };
  });
}

/** Calls `fn(i)` in a tight loop for `seconds` after a warm-up; returns calls per second. */
function throughput(fn: (i: number) => unknown, seconds = SECONDS): number {
  const warmUntil = performance.now() + 300;
  for (let i = 0; performance.now() < warmUntil; i++) fn(i);
  let calls = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1_000; i++) fn(calls + i);
    calls += 1_000;
  }
  return calls / ((performance.now() - start) / 1000);
}

function measure(policy: PolicySet, proposals: ProposalInput[], now: Date): number {
  const n = proposals.length;
  return throughput((i) => policy.evaluate(proposals[i % n] as ProposalInput, now));
}

export default async function policyBench(): Promise<object> {
  const now = new Date("2025-06-02T10:00:00Z");
  const rules = generateRules();
  const proposals = generateProposals(rules);
  const withCel = parsePolicy([{ file: "bench.yaml", text: policyYaml(rules, true) }]);
  const withoutCel = parsePolicy([{ file: "bench.yaml", text: policyYaml(rules, false) }]);

  // Workload shape: how far evaluation walks, how many CEL conditions it runs, what it decides.
  let rulesConsidered = 0;
  let celCalls = 0;
  const outcomes: Record<string, number> = {};
  for (const p of proposals) {
    const d = withCel.evaluate(p, now);
    rulesConsidered += d.trace.length;
    celCalls += d.trace.filter((t) => /^when \(|when \(.*\) is true|could not be evaluated/.test(t.detail)).length;
    const key = d.conditionError ? "deny (condition error)" : d.ruleId === null ? `${d.outcome} (default)` : d.outcome;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }

  const evalsPerSecond = measure(withCel, proposals, now);
  const evalsPerSecondWithoutConditions = measure(withoutCel, proposals, now);

  // CEL alone: the bench's conditions, compiled once, on the same inputs.
  const conditions = CONDITIONS.map((c) => {
    const compiled = compileCondition(c);
    if (!compiled.ok) throw new Error(compiled.message);
    return compiled.condition;
  });
  const inputs: ConditionInput[] = proposals.map((p) => ({ ...p, now }));
  const celCallsPerSecond = throughput((i) => {
    try {
      return (conditions[i % conditions.length] as (x: ConditionInput) => boolean)(inputs[i % inputs.length] as ConditionInput);
    } catch {
      return false; // a missing key throws; the evaluator turns that into a deny
    }
  });

  const nsPerEval = 1e9 / evalsPerSecond;
  const nsPerCelCall = 1e9 / celCallsPerSecond;
  const celCallsPerEval = celCalls / proposals.length;
  return {
    command: "npm run bench -- policy",
    workload: {
      rules: withCel.rules.length,
      rulesWithConditions: rules.filter((r) => r.when).length,
      proposals: proposals.length,
      avgRulesConsidered: +(rulesConsidered / proposals.length).toFixed(1),
      avgCelCallsPerEval: +celCallsPerEval.toFixed(2),
      outcomes,
      threads: 1,
    },
    evalsPerSecond: Math.round(evalsPerSecond),
    usPerEval: +(nsPerEval / 1000).toFixed(3),
    goal: GOAL,
    meetsGoal: evalsPerSecond >= GOAL,
    evalsPerSecondWithoutConditions: Math.round(evalsPerSecondWithoutConditions),
    cel: {
      library: "@marcbachmann/cel-js",
      callsPerSecondAlone: Math.round(celCallsPerSecond),
      nsPerCall: Math.round(nsPerCelCall),
      // Two estimates of CEL's share of an evaluation's cost: from the with/without-conditions
      // runs (includes building the CEL input), and from CEL's own speed times calls per eval.
      shareFromWithWithout: +(1 - evalsPerSecond / evalsPerSecondWithoutConditions).toFixed(3),
      shareFromCallCost: +((celCallsPerEval * nsPerCelCall) / nsPerEval).toFixed(3),
    },
  };
}
