// Properties over generated policies and proposals: evaluation is a pure function of (policy,
// proposal, time), and an action no rule matches is denied unless the policy's default says
// otherwise. Policies are generated as JSON, which is valid YAML.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../policy-set.js";
import type { ProposalInput } from "../types.js";

const word = fc.constantFrom("db", "iam", "k8s", "s3", "tf");
const verb = fc.constantFrom("query", "export", "delete", "grant", "apply", "restart");
const actionPattern = fc.oneof(fc.tuple(word, verb).map(([w, v]) => `${w}.${v}`), word.map((w) => `${w}.*`), fc.constant("*.delete"));
const env = fc.constantFrom("prod", "staging", "dev");
const condition = fc.constantFrom(
  "has(params.rows) && params.rows > 100",
  'environment == "prod"',
  'agent.labels.team == "data"',
  "params.rows > 5", // errors when rows is missing: exercises fail-closed
  'resource.startsWith("postgres://")',
);
const outcome = fc.constantFrom("allow", "deny", "require_approval");

const rule = fc.record(
  {
    action: fc.array(actionPattern, { minLength: 1, maxLength: 3 }),
    environment: fc.option(fc.array(env, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    resource: fc.option(fc.constantFrom("postgres://*", "s3://*", "*/prod/*"), { nil: undefined }),
    when: fc.option(condition, { nil: undefined }),
    outcome,
  },
  { requiredKeys: ["action", "outcome"] },
);

const fallback = fc.constantFrom(undefined, "deny", "allow", "require_approval");

interface GeneratedRule {
  action: string[];
  environment?: string[];
  resource?: string;
  when?: string;
  outcome: string;
}

function policyText(rules: GeneratedRule[], def: string | undefined): string {
  return JSON.stringify({
    groups: { ops: ["ops@example.com"] },
    ...(def === "require_approval" ? { default: { outcome: def, approvers: { groups: ["ops"] } } } : def ? { default: def } : {}),
    rules: rules.map(({ action, environment, resource, when, outcome: o }, i) => {
      return {
        id: `r${i}`,
        match: { action, ...(environment && { environment }), ...(resource && { resource }) },
        ...(when && { when }),
        outcome: o,
        ...(o === "require_approval" && { approvers: { groups: ["ops"] } }),
      };
    }),
  });
}

const proposal = (action: fc.Arbitrary<string>): fc.Arbitrary<ProposalInput> =>
  fc.record({
    action,
    resource: fc.constantFrom("postgres://prod/app", "s3://bucket/prod/x", "k8s://staging/api"),
    environment: env,
    params: fc.oneof(fc.constant<Record<string, unknown>>({}), fc.record({ rows: fc.integer({ min: 0, max: 1000 }) })),
    agent: fc.record({ id: fc.constant("agt"), name: fc.constant("Agent"), labels: fc.constantFrom<Record<string, string>>({}, { team: "data" }) }),
    onBehalfOf: fc.constantFrom<string | null>(null, "Someone@Example.com"),
    context: fc.constant<Record<string, unknown>>({}),
  });

const knownAction = fc.tuple(word, verb).map(([w, v]) => `${w}.${v}`);
// No generated pattern can match these: a namespace never used and no ".delete" suffix.
const unknownAction = fc.stringMatching(/^[a-z]{1,8}$/).map((s) => `zz.${s}`);
const now = fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true });

describe("evaluation properties", () => {
  it("is deterministic: same policy text, proposal and time give the same decision", () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 8 }), fallback, proposal(fc.oneof(knownAction, unknownAction)), now, (rules, def, input, at) => {
        const text = policyText(rules, def);
        const first = parsePolicy([{ file: "p.yaml", text }]);
        const second = parsePolicy([{ file: "p.yaml", text }]);
        const a = first.evaluate(input, at);
        expect(first.evaluate(structuredClone(input), at)).toEqual(a);
        expect(second.evaluate(input, at)).toEqual(a);
        // The trace walks rules in order, and ends at the deciding rule when one decided.
        expect(a.trace.map((t) => t.ruleId)).toEqual(first.rules.slice(0, a.trace.length).map((r) => r.id));
        if (a.ruleId !== null) expect(a.trace.at(-1)?.ruleId).toBe(a.ruleId);
        else expect(a.trace).toHaveLength(first.rules.length);
      }),
      { numRuns: 300 },
    );
  });

  it("denies actions no rule matches, unless the policy sets a default", () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 8 }), fallback, proposal(unknownAction), now, (rules, def, input, at) => {
        const decision = parsePolicy([{ file: "p.yaml", text: policyText(rules, def) }]).evaluate(input, at);
        expect(decision.ruleId).toBeNull();
        expect(decision.trace.every((t) => !t.matched)).toBe(true);
        const expected = def === undefined || def === "deny" ? "deny" : def === "allow" ? "allow" : "pending";
        expect(decision.outcome).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
