// Compares the two CEL implementations installed for this package on the official cel-spec
// conformance cases (the subset that needs no protobuf messages or extensions) and on the speed of
// policy-style conditions. Run: `node --import tsx packages/policy/scripts/compare-cel.ts`.
// The result is recorded in packages/policy/CEL.md; this script exists so the numbers can be redone.
import { evaluate as marcEvaluate, parse as marcParse, Environment } from "@marcbachmann/cel-js";
import { run as bufRun, parse as bufParse, plan as bufPlan, celEnv, CelScalar, mapType, isCelError } from "@bufbuild/cel";
import { tests } from "@bufbuild/cel-spec/testdata/conformance.js";

interface Suite { name: string; suites?: Suite[]; tests?: { original: Record<string, unknown> }[] }
type Scalar = bigint | number | string | boolean | null | Uint8Array;

// Suites about protobuf messages, wrappers, enums or optional extensions are out of scope: policies
// see JSON-shaped proposals only.
const SKIPPED = /_ext$|^(optionals|proto2|proto3|wrappers|eq_wrapper|enums|unknowns|dynamic|namespace|type_deductions|fields)$/;

function scalar(v: Record<string, unknown>): { ok: true; value: Scalar } | { ok: false } {
  if ("int64Value" in v) return { ok: true, value: BigInt(v.int64Value as string) };
  if ("uint64Value" in v) return { ok: true, value: BigInt(v.uint64Value as string) };
  if ("doubleValue" in v) return { ok: true, value: Number(v.doubleValue) };
  if ("stringValue" in v) return { ok: true, value: v.stringValue as string };
  if ("boolValue" in v) return { ok: true, value: v.boolValue as boolean };
  if ("nullValue" in v) return { ok: true, value: null };
  if ("bytesValue" in v) return { ok: true, value: Uint8Array.from(Buffer.from(v.bytesValue as string, "base64")) };
  return { ok: false };
}

/** Normalises a library result to a comparable scalar (uint wrappers to bigint). */
function normalise(v: unknown): unknown {
  if (v !== null && typeof v === "object" && !(v instanceof Uint8Array)) {
    const o = v as { value?: unknown; valueOf(): unknown };
    if (typeof o.value === "bigint") return o.value; // bufbuild CelUint
    const prim = o.valueOf();
    if (typeof prim === "bigint") return prim; // marcbachmann UnsignedInt
  }
  return v;
}

function same(a: unknown, b: Scalar): boolean {
  const x = normalise(a);
  if (typeof b === "number" && typeof x === "number") return Number.isNaN(b) ? Number.isNaN(x) : Object.is(x, b) || x === b;
  if (b instanceof Uint8Array) return x instanceof Uint8Array && Buffer.from(x).equals(Buffer.from(b));
  return x === b;
}

interface Case { name: string; expr: string; bindings: Record<string, Scalar>; expect: { value: Scalar } | { error: true } }

function collect(suite: Suite, out: Case[], path: string): void {
  for (const t of suite.tests ?? []) {
    const o = t.original;
    if (o.container || o.checkOnly || o.typedResult) continue;
    const env = (o.typeEnv as { ident?: { type?: { primitive?: string } } }[] | undefined) ?? [];
    if (!env.every((d) => d.ident?.type?.primitive)) continue;
    const bindings: Record<string, Scalar> = {};
    let simple = true;
    for (const [k, b] of Object.entries((o.bindings as Record<string, { value: Record<string, unknown> }> | undefined) ?? {})) {
      const s = scalar(b.value);
      if (s.ok) bindings[k] = s.value;
      else simple = false;
    }
    if (!simple) continue;
    let expect: Case["expect"];
    if (o.evalError) expect = { error: true };
    else if (o.value) {
      const s = scalar(o.value as Record<string, unknown>);
      if (!s.ok) continue;
      expect = { value: s.value };
    } else continue;
    out.push({ name: `${path}/${String(o.name)}`, expr: o.expr as string, bindings, expect });
  }
  for (const s of suite.suites ?? []) if (!SKIPPED.test(s.name)) collect(s, out, `${path}/${s.name}`);
}

function score(name: string, cases: Case[], run: (c: Case) => { value: unknown } | { error: unknown }) {
  let pass = 0;
  const failures: string[] = [];
  for (const c of cases) {
    let r: { value: unknown } | { error: unknown };
    try { r = run(c); } catch (error) { r = { error }; }
    const ok = "error" in c.expect ? "error" in r : "value" in r && same(r.value, c.expect.value);
    if (ok) pass++;
    else failures.push(c.name);
  }
  return { library: name, pass, total: cases.length, rate: `${((100 * pass) / cases.length).toFixed(1)}%`, failures };
}

const cases: Case[] = [];
collect(tests as Suite, cases, "");
const marcLoose = new Environment({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });
const marc = score("@marcbachmann/cel-js", cases, (c) => ({ value: marcLoose.evaluate(c.expr, c.bindings) }));
void marcEvaluate;
const buf = score("@bufbuild/cel", cases, (c) => {
  const v = bufRun(c.expr, c.bindings);
  return isCelError(v) ? { error: v } : { value: v };
});

// Speed: a typical policy condition, compiled once, evaluated many times.
const CONDITION = 'has(params.rows) && params.rows > 1000 && agent.labels.team == "data" && "phi" in params.tags';
const input = {
  action: "db.export", resource: "db://warehouse/patients", environment: "prod",
  params: { rows: 5000, tags: ["phi", "pii"] }, agent: { id: "a1", name: "Agent", labels: { team: "data" } },
  onBehalfOf: null, context: {},
};
const marcEnv = new Environment({ unlistedVariablesAreDyn: true });
const marcFn = marcEnv.parse(CONDITION);
const bufEnv = celEnv({ variables: { params: mapType(CelScalar.STRING, CelScalar.DYN), agent: mapType(CelScalar.STRING, CelScalar.DYN) } });
const bufFn = bufPlan(bufEnv, bufParse(CONDITION));
function opsPerSecond(fn: () => unknown): number {
  for (let i = 0; i < 20_000; i++) fn();
  const n = 300_000;
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  return Math.round(n / (Number(process.hrtime.bigint() - t) / 1e9));
}
const speed = {
  condition: CONDITION,
  "@marcbachmann/cel-js": opsPerSecond(() => marcFn(input)),
  "@bufbuild/cel": opsPerSecond(() => bufFn(input)),
  parseMarc: opsPerSecond(() => marcParse(CONDITION)),
  parseBuf: opsPerSecond(() => bufParse(CONDITION)),
};
function bySuite(failures: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of failures) {
    const suite = f.split("/")[1] ?? "?";
    out[suite] = (out[suite] ?? 0) + 1;
  }
  return out;
}
console.log(JSON.stringify({ conformance: [marc, buf].map(({ failures, ...r }) => ({ ...r, failuresBySuite: bySuite(failures) })), speed }, null, 2));
