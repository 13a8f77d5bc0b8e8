// A fixed policy decision and a tiny masker, so Slack tests do not depend on policy files or on
// the masking package's detectors; the API wires the real ones.
import { generateSigningKey, type CoreDeps, type ParamsMasker } from "@countersign/core";
import type { Db } from "@countersign/db";
import type { PolicyDecision } from "@countersign/policy";

export function pendingDecision(overrides: Partial<PolicyDecision> = {}): PolicyDecision {
  return {
    outcome: "pending",
    ruleId: "phi-export-needs-approval",
    reason: "Exports of PHI tables need a human approver",
    approvers: { groups: { dba: ["alice@example.com", "bob@example.com"] }, identities: [] },
    quorum: { count: 1, distinctGroups: false },
    ttlSeconds: 3600,
    channels: [{ kind: "slack", channel: "C0APPROVALS" }],
    mask: { always: [], never: [], keepRaw: false },
    remind: null,
    escalate: null,
    breakGlass: null,
    policyHash: "test-policy-hash",
    trace: [],
    ...overrides,
  };
}

/** Masks keys that name a person or identifier, the way the real masker's tag style would. */
export const stubMasker: ParamsMasker = (params) => {
  const findings: { path: string; type: string }[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}.${i}`));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k)]));
    }
    const key = path.split(".").pop() ?? "";
    if (typeof value === "string" && /name|ssn|mrn|dob|email/i.test(key)) {
      findings.push({ path, type: "PHI" });
      return `[${key.toUpperCase()}]`;
    }
    return value;
  };
  return { masked: walk(params, "") as Record<string, unknown>, findings };
};

export function createTestCore(db: Db, decide: () => PolicyDecision): CoreDeps {
  return {
    db,
    policy: { current: () => ({ hash: "test-policy-hash", evaluate: () => decide() }) },
    mask: stubMasker,
    now: () => new Date(),
    signingKey: generateSigningKey().privateKey,
    tokenTtlSeconds: 900,
  };
}
