// Every answer of the policy service explains itself: the proposal response, its audit event and
// a dry run all carry the matched rule, its reason, the policy hash and the trace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/harness.js";
import { LIFECYCLE_POLICY } from "./testing/policies.js";

let api: TestApi;
let agent: string;
beforeAll(async () => {
  api = await startTestApi(LIFECYCLE_POLICY);
  agent = await api.agentKey("explained", "owner@example.com");
});
afterAll(async () => api.close());

const body = { action: "iam.grant", resource: "role/admin", environment: "prod", params: { user: "bob" } };
const explained = {
  ruleId: "grant-two",
  reason: "Privilege grants need two approvers",
  policyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
  trace: expect.arrayContaining([
    expect.objectContaining({ ruleId: "read-only", matched: false, detail: expect.any(String) }),
    expect.objectContaining({ ruleId: "grant-two", matched: true }),
  ]),
};

describe("explanations", () => {
  it("are carried by the proposal response, its audit event and a dry run, with the same policy hash", async () => {
    const created = await api.call("POST", "/v1/proposals", { key: agent, body });
    expect(created.body.decision).toMatchObject({ outcome: "pending", ...explained });

    const audit = await api.call("GET", `/v1/audit?proposalId=${created.body.id}`, { key: api.adminKey });
    const event = audit.body.items.find((e: { type: string }) => e.type === "proposal.created");
    expect(event).toMatchObject({ policyHash: created.body.decision.policyHash, data: { ruleId: explained.ruleId, reason: explained.reason, trace: explained.trace } });

    const simulated = await api.call("POST", "/v1/policy/simulate", { key: agent, body });
    expect(simulated.status).toBe(200);
    expect(simulated.body).toMatchObject({ outcome: "pending", ...explained, policyHash: created.body.decision.policyHash });
  });

  it("simulates without side effects", async () => {
    const before = await api.db.prisma.proposal.count();
    const auditBefore = await api.db.prisma.auditEvent.count();
    const res = await api.call("POST", "/v1/policy/simulate", { key: api.adminKey, body: { ...body, action: "db.query", agent: { name: "someone" } } });
    expect(res.body).toMatchObject({ outcome: "allow", ruleId: "read-only" });
    expect(await api.db.prisma.proposal.count()).toBe(before);
    expect(await api.db.prisma.auditEvent.count()).toBe(auditBefore);
  });

  it("returns a deny reason given through the API on every later read", async () => {
    const created = await api.call("POST", "/v1/proposals", { key: agent, body });
    const key = await api.approverKey("approver5@example.com");
    await api.call("POST", `/v1/proposals/${created.body.id}/votes`, { key, body: { decision: "deny", reason: "no ticket" } });
    const read = await api.call("GET", `/v1/proposals/${created.body.id}`, { key: agent });
    expect(read.body).toMatchObject({ status: "denied", decidedBy: "approver5@example.com", decisionReason: "no ticket", votes: [{ decision: "deny", reason: "no ticket" }] });
  });
});
