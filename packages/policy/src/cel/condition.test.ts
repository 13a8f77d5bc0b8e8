// The CEL environment as policy authors meet it: JSON numbers, optional keys, timestamps, and
// type errors found at load rather than at 3 a.m.
import { describe, expect, it } from "vitest";
import { compileCondition, type ConditionInput } from "./condition.js";

const input: ConditionInput = {
  action: "db.export",
  resource: "postgres://prod/clinical/patients",
  environment: "prod",
  params: { rows: 5000, tags: ["phi"], force: true },
  agent: { id: "agt_1", name: "Bot", labels: { team: "data" } },
  onBehalfOf: "bob@example.com",
  context: { ticket: "JIRA-12" },
  now: new Date("2025-06-02T10:30:00Z"),
};

function run(expression: string): boolean {
  const c = compileCondition(expression);
  if (!c.ok) throw new Error(c.message);
  return c.condition(input);
}

describe("CEL conditions", () => {
  it.each([
    ["params.rows > 1000", true],
    ["params.rows == 5000", true],
    ['"phi" in params.tags', true],
    ["has(params.missing)", false],
    ['agent.labels.team == "data" && environment == "prod"', true],
    ['onBehalfOf != null && onBehalfOf.endsWith("@example.com")', true],
    ['context.ticket.matches("^JIRA-[0-9]+$")', true],
    ['now.getHours("UTC") >= 9 && now.getHours("UTC") < 17', true],
    ['now > timestamp("2025-01-01T00:00:00Z")', true],
    ["params.tags.exists(t, t == \"pii\")", false],
    ["params.force == true", true],
  ])("%s → %s", (expression, expected) => {
    expect(run(expression)).toBe(expected);
  });

  it("throws at evaluation for a missing key (the evaluator denies: fail closed)", () => {
    expect(() => run("params.missing > 1")).toThrow(/No such key/);
  });

  it.each([
    ["action ==", /syntax error/],
    ["agnet.id == 'x'", /Unknown variable: agnet/],
    ["agent.nmae == 'x'", /No such key: nmae/],
    ["action + 1 == 'x'", /no such overload/],
    ["params.force", /must be bool, but this expression is dyn/],
    ["size(action)", /must be bool, but this expression is int/],
  ])("refuses %s at load", (expression, message) => {
    const c = compileCondition(expression);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.message).toMatch(message);
  });
});
