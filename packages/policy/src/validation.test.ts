// Broken policies must fail validation with the exact place of the problem: file, line, column
// and (inside a rule) the rule id. One table row per kind of mistake.
import { describe, expect, it } from "vitest";
import { PolicyValidationError } from "./errors.js";
import { parsePolicy } from "./policy-set.js";

const GROUPS = `groups:
  dba: [dana@example.com, dan@example.com]
  leads: [lee@example.com]
`;

/** The formatted error lines for a set of files (throws if the policy is valid). */
function errorsOf(files: Record<string, string>): string[] {
  try {
    parsePolicy(Object.entries(files).map(([file, text]) => ({ file, text })));
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.message.split("\n").slice(1);
    throw error;
  }
  throw new Error("expected the policy to be invalid");
}

const cases: { name: string; files: Record<string, string>; expected: string }[] = [
  {
    name: "unknown key in a rule (with a suggestion)",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    aprovers: { groups: [dba] }\n` },
    expected: "p.yaml:7:5: [r1] unknown key 'aprovers' in a rule (did you mean 'approvers'?)",
  },
  {
    name: "unknown top-level key",
    files: { "p.yaml": `rulez: []\n` },
    expected: "p.yaml:1:1: unknown key 'rulez' in a policy file (did you mean 'rules'?)",
  },
  {
    name: "bad CEL: syntax error, pointing into the expression",
    files: { "p.yaml": `rules:\n  - id: r1\n    when: action == \n    outcome: allow\n` },
    expected: "p.yaml:3:20: [r1] CEL syntax error: Unexpected token: EOF",
  },
  {
    name: "bad CEL: unknown variable",
    files: { "p.yaml": `rules:\n  - id: r1\n    when: 'agnet.id == "x"'\n    outcome: allow\n` },
    expected: "p.yaml:3:12: [r1] CEL type error: Unknown variable: agnet",
  },
  {
    name: "bad CEL: unknown field of agent, inside a | block",
    files: { "p.yaml": `rules:\n  - id: r1\n    when: |\n      environment == "prod" &&\n        agent.nmae == "x"\n    outcome: allow\n` },
    expected: "p.yaml:5:15: [r1] CEL type error: No such key: nmae",
  },
  {
    name: "condition of the wrong type: when is not bool",
    files: { "p.yaml": `rules:\n  - id: r1\n    when: action + "-x"\n    outcome: deny\n` },
    expected: "p.yaml:3:11: [r1] condition must be bool, but this expression is string",
  },
  {
    name: "condition of the wrong type: a dyn value is not enough",
    files: { "p.yaml": `rules:\n  - id: r1\n    when: params.force\n    outcome: deny\n` },
    expected: "p.yaml:3:11: [r1] condition must be bool, but this expression is dyn",
  },
  {
    name: "duplicate rule id in one file",
    files: { "p.yaml": `rules:\n  - id: r1\n    outcome: allow\n  - id: r1\n    outcome: deny\n` },
    expected: "p.yaml:4:9: [r1] duplicate rule id 'r1' (first defined at p.yaml:2:9)",
  },
  {
    name: "duplicate rule id across files",
    files: { "a.yaml": `rules:\n  - id: r1\n    outcome: allow\n`, "b.yaml": `rules:\n  - id: r1\n    outcome: deny\n` },
    expected: "b.yaml:2:9: [r1] duplicate rule id 'r1' (first defined at a.yaml:2:9)",
  },
  {
    name: "require_approval without approvers",
    files: { "p.yaml": `rules:\n  - id: r1\n    outcome: require_approval\n    ttl: 1h\n` },
    expected: "p.yaml:2:5: [r1] require_approval needs approvers (groups and/or users)",
  },
  {
    name: "escalation cycle between groups",
    files: {
      "p.yaml": `groups:\n  dba:\n    members: [dana@example.com]\n    escalate: { after: 10m, to: leads }\n  leads:\n    members: [lee@example.com]\n    escalate: { after: 10m, to: dba }\nrules: []\n`,
    },
    expected: "p.yaml:7:33: escalation cycle: dba → leads → dba",
  },
  {
    name: "escalation that leads back to the rule's own approvers",
    files: {
      "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [dba] }\n    escalate: { after: 5m, to: dba }\n`,
    },
    expected: "p.yaml:8:32: [r1] escalation cycle: dba → dba ('dba' already approves this request)",
  },
  {
    name: "unknown group among approvers",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [dba, sre] }\n` },
    expected: "p.yaml:7:32: [r1] unknown group 'sre'",
  },
  {
    name: "unknown break-glass group",
    files: {
      "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [dba] }\n    break_glass: { group: oncall, announce: { slack: C0INCIDENTS } }\n`,
    },
    expected: "p.yaml:8:27: [r1] unknown group 'oncall'",
  },
  {
    name: "break-glass without an announcement channel",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [dba] }\n    break_glass: { group: dba }\n` },
    expected: "p.yaml:8:18: [r1] break_glass must be announced: set break_glass.announce or settings.break_glass_announce",
  },
  {
    name: "not a duration",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [dba] }\n    ttl: 90\n` },
    expected: "p.yaml:8:10: [r1] ttl must be a string, got number 90",
  },
  {
    name: "quorum larger than the people who can approve",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [leads] }\n    quorum: 2\n` },
    expected: "p.yaml:8:13: [r1] quorum needs 2 approvals but only 1 person can approve",
  },
  {
    name: "distinct-group quorum with too few groups",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [dba] }\n    quorum: { count: 2, distinct_groups: true }\n` },
    expected: "p.yaml:8:13: [r1] quorum needs 2 distinct groups but approvers name 1",
  },
  {
    name: "approval keys on an allow rule",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: allow\n    approvers: { groups: [dba] }\n` },
    expected: "p.yaml:7:16: [r1] 'approvers' only applies to outcome require_approval (this is allow)",
  },
  {
    name: "outcome pending instead of require_approval",
    files: { "p.yaml": `rules:\n  - id: r1\n    outcome: pending\n` },
    expected: "p.yaml:3:14: [r1] outcome must be one of allow, deny, require_approval, got 'pending' (write require_approval; it evaluates to pending)",
  },
  {
    name: "reason template with an unknown variable",
    files: { "p.yaml": `rules:\n  - id: r1\n    outcome: deny\n    reason: "{{agent.name}} may not touch {{resorce}}"\n` },
    expected: "p.yaml:4:43: [r1] reason template: unknown template variable 'resorce'; use one of action, resource, environment, onBehalfOf, agent, params, context, rule",
  },
  {
    name: "reason that would show a masked value",
    files: { "p.yaml": `rules:\n  - id: r1\n    outcome: deny\n    reason: "export of {{params.patient.ssn}}"\n    mask: { always: ["patient.ssn"] }\n` },
    expected: "p.yaml:4:13: [r1] reason shows params.patient.ssn, which mask.always hides ('patient.ssn')",
  },
  {
    name: "Slack channel given by name instead of id",
    files: { "p.yaml": `${GROUPS}rules:\n  - id: r1\n    outcome: require_approval\n    approvers: { groups: [dba] }\n    channels: [{ slack: "#approvals" }]\n` },
    expected: "p.yaml:8:25: [r1] '#approvals' is not a Slack channel id (like C0APPROVALS); use the id, not the #name",
  },
  {
    name: "duplicate YAML key",
    files: { "p.yaml": `rules:\n  - id: r1\n    outcome: allow\n    outcome: deny\n` },
    expected: "p.yaml:4:5: duplicate key",
  },
  {
    name: "YAML syntax error",
    files: { "p.yaml": `rules:\n  - id: r1\n    outcome: [allow\n` },
    expected: "p.yaml:4:1: YAML:",
  },
  {
    name: "malformed email in a group",
    files: { "p.yaml": `groups:\n  dba: [dana.example.com]\nrules: []\n` },
    expected: "p.yaml:2:9: 'dana.example.com' is not an email address",
  },
  {
    name: "settings given in two files",
    files: { "a.yaml": `settings: { ttl: 1h }\n`, "b.yaml": `settings: { ttl: 2h }\n` },
    expected: "b.yaml:1:11: settings are already defined at a.yaml:1:11",
  },
];

describe("policy validation", () => {
  it.each(cases)("$name", ({ files, expected }) => {
    const errors = errorsOf(files);
    expect(errors.some((line) => line.startsWith(expected)), `got:\n${errors.join("\n")}`).toBe(true);
  });

  it("collects every error in one pass, sorted by position", () => {
    const errors = errorsOf({ "p.yaml": `rules:\n  - id: r1\n    outcome: maybe\n  - id: r2\n    when: 1 +\n    outcome: allow\n` });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^p\.yaml:3:14: \[r1\] outcome must be one of/);
    expect(errors[1]).toMatch(/^p\.yaml:5:/);
  });

  it("exposes structured errors for tools", () => {
    try {
      parsePolicy([{ file: "p.yaml", text: "rules:\n  - id: r1\n    outcome: allow\n    oops: 1\n" }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyValidationError);
      expect((error as PolicyValidationError).errors).toEqual([
        { file: "p.yaml", line: 4, column: 5, ruleId: "r1", message: expect.stringContaining("unknown key 'oops'") as string },
      ]);
    }
  });
});
