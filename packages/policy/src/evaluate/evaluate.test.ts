// Evaluation semantics: first match wins, fail closed by default, traces explain every rule
// considered, and decisions carry everything core needs.
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../policy-set.js";
import { simulate } from "../simulate.js";
import { NOW, policyFrom, proposal } from "../testing/proposals.js";

const POLICY = `
settings:
  ttl: 30m
  remind: 10m
  channels: [{ slack: C0APPROVALS }]
  break_glass_announce: { slack: C0INCIDENTS }
groups:
  dba: [Dana@Example.com, dan@example.com]
  analysts: [ana@example.com]
  leads:
    members: [lee@example.com]
    escalate: { after: 20m, to: cto }
  cto: [cto@example.com]
  oncall: [olga@example.com]
rules:
  - id: no-prod-deletes
    match: { action: db.delete, environment: prod }
    outcome: deny
    reason: "{{agent.name}} may not delete {{resource}}"
  - id: big-exports
    match: { action: "db.exp*", resource: ["postgres://*/warehouse/*"] }
    when: has(params.rows) && params.rows > 1000
    outcome: require_approval
    approvers: { groups: [dba, analysts], users: [Boss@Example.com] }
    quorum: { count: 2, distinct_groups: true }
    ttl: 1h
    escalate: { after: 15m, to: leads }
    mask: { always: [ssn], never: [table], keep_raw: true }
  - id: data-team
    match: { action: db.export, agent: { labels: { team: data } } }
    outcome: allow
  - id: bots
    match: { agent: { ids: ["agt_bot_*"] } }
    outcome: allow
  - id: incident
    match: { action: k8s.restart }
    when: 'has(context.incident) && onBehalfOf == "olga@example.com"'
    outcome: require_approval
    approvers: { groups: [dba] }
    break_glass: { group: oncall }
`;

const policy = policyFrom(POLICY);

describe("evaluate", () => {
  it("lets the first matching rule decide and traces every rule considered", () => {
    const d = policy.evaluate(proposal({ action: "db.delete", resource: "postgres://prod/app/users" }), NOW);
    expect(d).toMatchObject({ outcome: "deny", ruleId: "no-prod-deletes", reason: "Reporting bot may not delete postgres://prod/app/users" });
    expect(d.trace).toEqual([{ ruleId: "no-prod-deletes", matched: true, detail: "action 'db.delete' matches 'db.delete'; environment 'prod' matches 'prod'" }]);
    expect(d.policyHash).toBe(policy.hash);
  });

  it("denies what no rule matches (fail closed), listing why each rule did not match", () => {
    const d = policy.evaluate(proposal({ action: "s3.delete_bucket", agent: { id: "agt_1", name: "x", labels: {} } }), NOW);
    expect(d).toMatchObject({ outcome: "deny", ruleId: null, reason: "No rule matched; denied by default (fail closed)" });
    expect(d.trace.map((t) => [t.ruleId, t.matched, t.detail])).toEqual([
      ["no-prod-deletes", false, "action does not match 'db.delete'"],
      ["big-exports", false, "action does not match 'db.exp*'"],
      ["data-team", false, "action does not match 'db.export'"],
      ["bots", false, "agent 'agt_1' is not one of 'agt_bot_*'"],
      ["incident", false, "action does not match 'k8s.restart'"],
    ]);
  });

  it("applies a policy default other than deny", () => {
    const open = policyFrom("default: allow\nrules: []\n");
    expect(open.evaluate(proposal(), NOW)).toMatchObject({ outcome: "allow", ruleId: null });
    const review = policyFrom(
      "groups: { sec: [s@example.com] }\ndefault: { outcome: require_approval, approvers: { groups: [sec] }, reason: 'Unknown action {{action}}' }\n",
    );
    expect(review.evaluate(proposal({ action: "x.y" }), NOW)).toMatchObject({ outcome: "pending", ruleId: null, reason: "Unknown action x.y" });
  });

  it("fills in the approval: approvers resolved, quorum, ttl, channels, mask, reminders, escalation chain", () => {
    const d = policy.evaluate(proposal({ action: "db.export", resource: "postgres://prod/warehouse/sales", params: { rows: 5000, table: "sales" } }), NOW);
    expect(d).toMatchObject({
      outcome: "pending",
      ruleId: "big-exports",
      approvers: { groups: { dba: ["dana@example.com", "dan@example.com"], analysts: ["ana@example.com"] }, identities: ["boss@example.com"] },
      quorum: { count: 2, distinctGroups: true },
      ttlSeconds: 3600,
      channels: [{ kind: "slack", channel: "C0APPROVALS" }],
      mask: { always: ["ssn"], never: ["table"], keepRaw: true },
      remind: 600,
      breakGlass: null,
    });
    // Rule escalates to leads after 15m; leads escalate to cto 20m later (35m after creation).
    expect(d.escalate).toEqual({
      after: 900,
      to: ["leads"],
      members: { leads: ["lee@example.com"] },
      next: { after: 2100, to: ["cto"], members: { cto: ["cto@example.com"] } },
    });
  });

  it("skips a rule whose condition is false and moves on", () => {
    const d = policy.evaluate(proposal({ action: "db.export", resource: "postgres://prod/warehouse/sales", params: { rows: 10 } }), NOW);
    expect(d.ruleId).toBe("data-team");
    expect(d.trace[1]).toEqual({ ruleId: "big-exports", matched: false, detail: "when (has(params.rows) && params.rows > 1000) is false" });
  });

  it("denies when a condition cannot be evaluated, naming the rule (fail closed)", () => {
    const d = policy.evaluate(proposal({ action: "db.export", resource: "postgres://prod/warehouse/sales", params: { rows: "many" } }), NOW);
    expect(d).toMatchObject({ outcome: "deny", ruleId: "big-exports" });
    expect(d.conditionError).toMatch(/no such overload/);
    expect(d.reason).toMatch(/^Denied: the condition of rule 'big-exports' could not be evaluated/);
    expect(d.trace.at(-1)).toMatchObject({ ruleId: "big-exports", matched: false, detail: expect.stringMatching(/fail closed/) as string });
  });

  it("matches agent ids and labels with globs", () => {
    expect(policy.evaluate(proposal({ action: "x", agent: { id: "agt_bot_7", name: "b", labels: {} } }), NOW).ruleId).toBe("bots");
    expect(policy.evaluate(proposal({ action: "db.export", resource: "s3://x", agent: { id: "a", name: "b", labels: { team: "ops" } } }), NOW).trace[2]).toEqual({
      ruleId: "data-team",
      matched: false,
      detail: "agent label team='ops' does not match 'data'",
    });
  });

  it("surfaces break-glass with its members and announcement channel; emails compare lower-case", () => {
    const d = policy.evaluate(proposal({ action: "k8s.restart", onBehalfOf: "Olga@Example.COM", context: { incident: "INC-1" } }), NOW);
    expect(d).toMatchObject({
      outcome: "pending",
      ruleId: "incident",
      breakGlass: { group: "oncall", members: ["olga@example.com"], announce: { kind: "slack", channel: "C0INCIDENTS" } },
      escalate: null,
      ttlSeconds: 1800,
    });
  });

  it("returns frozen shared parts, so one caller cannot change another's decision", () => {
    const d = policy.evaluate(proposal({ action: "db.export", resource: "postgres://prod/warehouse/sales", params: { rows: 5000 } }), NOW);
    expect(() => d.channels.push({ kind: "api" })).toThrow(TypeError);
    expect(Object.isFrozen(d.mask)).toBe(true);
  });

  it("simulate() returns the decision, trace, hash and deciding rule", () => {
    const s = simulate(policy, proposal({ action: "db.delete" }), NOW);
    expect(s).toMatchObject({ policyHash: policy.hash, rule: { id: "no-prod-deletes", file: "p.yaml", line: 16 }, evaluatedAt: NOW.toISOString() });
    expect(s.trace).toBe(s.decision.trace);
    expect(simulate(policy, proposal({ action: "nope" }), NOW).rule).toBeNull();
  });
});

describe("policy sets", () => {
  it("orders files by name and rules by file order", () => {
    const set = parsePolicy([
      { file: "b.yaml", text: "rules:\n  - id: second\n    outcome: deny\n" },
      { file: "a.yaml", text: "rules:\n  - id: first\n    outcome: allow\n" },
    ]);
    expect(set.rules.map((r) => r.id)).toEqual(["first", "second"]);
    expect(set.evaluate(proposal(), NOW).ruleId).toBe("first");
  });

  it("hashes names and contents, not order or location", () => {
    const a = { file: "a.yaml", text: "rules: []\n" };
    const b = { file: "b.yaml", text: "default: allow\n" };
    const h = parsePolicy([a, b]).hash;
    expect(parsePolicy([b, a]).hash).toBe(h);
    expect(parsePolicy([{ ...a, file: "/elsewhere/a.yaml" }, b]).hash).toBe(h);
    expect(parsePolicy([{ ...a, file: "c.yaml" }, b]).hash).not.toBe(h);
    expect(parsePolicy([a, { ...b, text: "default: deny\n" }]).hash).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it("exposes the groups as a directory", () => {
    expect(policy.groups.groupMembers("dba")).toEqual(["dana@example.com", "dan@example.com"]);
    expect(policy.groups.groupsOf("DAN@example.com")).toEqual(["dba"]);
    expect(policy.groups.groupMembers("nope")).toBeUndefined();
  });

  it("uses an extra directory (an IdP, say) for groups the policy does not define", () => {
    const idp = { groupMembers: (n: string) => (n === "sre" ? ["sre@example.com"] : undefined), groupsOf: () => [] };
    const set = parsePolicy(
      [{ file: "p.yaml", text: "rules:\n  - id: r\n    outcome: require_approval\n    approvers: { groups: [sre] }\n" }],
      { directory: idp },
    );
    expect(set.evaluate(proposal(), NOW).approvers.groups).toEqual({ sre: ["sre@example.com"] });
  });
});
