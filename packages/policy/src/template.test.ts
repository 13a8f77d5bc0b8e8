import { describe, expect, it } from "vitest";
import { compileTemplate, type TemplateScope } from "./template.js";

const scope: TemplateScope = {
  action: "db.export",
  resource: "postgres://prod/clinical/patients",
  environment: "prod",
  onBehalfOf: null,
  agent: { id: "agt_1", name: "Reporting bot", labels: { team: "data" } },
  params: { table: "patients", filters: { year: 2024 }, note: "line one\nline two", long: "x".repeat(500) },
  context: {},
  rule: { id: "phi-export", description: "PHI export" },
};

function render(text: string): string {
  const t = compileTemplate(text);
  if (!t.ok) throw new Error(t.message);
  return t.render(scope);
}

describe("reason templates", () => {
  it("substitutes paths and nothing else", () => {
    expect(render("{{agent.name}} wants to export {{ resource }}")).toBe("Reporting bot wants to export postgres://prod/clinical/patients");
    expect(render("{{params.filters}} by {{agent.labels.team}} for {{onBehalfOf}} ({{rule.id}})")).toBe('{"year":2024} by data for (none) (phi-export)');
    expect(render("{{params.missing}}")).toBe("(none)");
  });

  it("keeps the reason on one line and short", () => {
    expect(render("{{params.note}}")).toBe("line one line two");
    expect(render("{{params.long}}")).toHaveLength(121);
  });

  it("never executes anything: only known roots and plain paths are accepted", () => {
    for (const bad of ["{{constructor.name}}", "{{params}}", "{{agent.labels}}", "{{process.env.HOME}}", "{{ action() }}", "{{a + b}}", "unclosed {{action"]) {
      expect(compileTemplate(bad).ok, bad).toBe(false);
    }
    expect(render("{{params.__proto__}}")).toBe("(none)");
  });

  it("reports where the problem is", () => {
    expect(compileTemplate("ok {{nope}}")).toMatchObject({ ok: false, offset: 3 });
  });
});
