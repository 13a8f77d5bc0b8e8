// Every route answers bad input with a 4xx problem+json that names the field at fault — never 5xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/harness.js";
import { LIFECYCLE_POLICY } from "./testing/policies.js";

let api: TestApi;
let agent: string;
let approver: string;
let pendingId: string;
const unknownId = "prp_" + "0".repeat(32);
const wrongKey = "csk_" + "1".repeat(16) + "_" + "2".repeat(64);

beforeAll(async () => {
  api = await startTestApi(LIFECYCLE_POLICY);
  agent = await api.agentKey("bad-input-agent", "owner@example.com");
  approver = await api.approverKey("approver1@example.com");
  const res = await api.call("POST", "/v1/proposals", { key: agent, body: { action: "db.export", resource: "t", environment: "prod" } });
  pendingId = res.body.id as string;
});
afterAll(async () => api.close());

type Case = [name: string, method: string, path: () => string, opts: () => { key?: string; body?: unknown; raw?: string; headers?: Record<string, string> }, status: number, field?: string];

const huge = { action: "db.export", resource: "t", environment: "prod", params: { blob: "x".repeat(100_000) } };
const cases: Case[] = [
  ["malformed JSON", "POST", () => "/v1/proposals", () => ({ key: agent, raw: '{"action": ' }), 400, "body"],
  ["wrong type", "POST", () => "/v1/proposals", () => ({ key: agent, body: { action: 42, resource: "t" } }), 400, "body.action"],
  ["missing field", "POST", () => "/v1/proposals", () => ({ key: agent, body: { resource: "t" } }), 400, "body.action"],
  ["unknown field", "POST", () => "/v1/proposals", () => ({ key: agent, body: { action: "a", resource: "t", extra: 1 } }), 400, "body"],
  ["params not an object", "POST", () => "/v1/proposals", () => ({ key: agent, body: { action: "a", resource: "t", params: [1] } }), 400, "body.params"],
  ["bad onBehalfOf", "POST", () => "/v1/proposals", () => ({ key: agent, body: { action: "a", resource: "t", onBehalfOf: "not-an-email" } }), 400, "body.onBehalfOf"],
  ["oversize body", "POST", () => "/v1/proposals", () => ({ key: agent, body: huge }), 413, "body"],
  ["JSON array body", "POST", () => "/v1/proposals", () => ({ key: agent, raw: "[]" }), 400, "body"],
  ["missing key", "POST", () => "/v1/proposals", () => ({ body: { action: "a", resource: "t" } }), 401, "Authorization"],
  ["wrong key", "POST", () => "/v1/proposals", () => ({ key: wrongKey, body: { action: "a", resource: "t" } }), 401, "Authorization"],
  ["malformed key", "GET", () => "/v1/proposals", () => ({ key: "hunter2" }), 401, "Authorization"],
  ["approver proposes", "POST", () => "/v1/proposals", () => ({ key: approver, body: { action: "a", resource: "t" } }), 403, "Authorization"],
  ["long Idempotency-Key", "POST", () => "/v1/proposals", () => ({ key: agent, body: { action: "a", resource: "t" }, headers: { "idempotency-key": "k".repeat(300) } }), 400, "Idempotency-Key"],
  ["unknown proposal", "GET", () => `/v1/proposals/${unknownId}`, () => ({ key: agent }), 404, "id"],
  ["malformed proposal id", "GET", () => "/v1/proposals/nope", () => ({ key: agent }), 400, "params.id"],
  ["wait too long", "GET", () => `/v1/proposals/${pendingId}?wait=999`, () => ({ key: agent }), 400, "query.wait"],
  ["wait not a number", "GET", () => `/v1/proposals/${pendingId}?wait=soon`, () => ({ key: agent }), 400, "query.wait"],
  ["list bad status", "GET", () => "/v1/proposals?status=maybe", () => ({ key: agent }), 400, "query.status"],
  ["list bad cursor", "GET", () => "/v1/proposals?cursor=%%%", () => ({ key: agent }), 400, "query.cursor"],
  ["list bad limit", "GET", () => "/v1/proposals?limit=0", () => ({ key: agent }), 400, "query.limit"],
  ["vote with agent key", "POST", () => `/v1/proposals/${pendingId}/votes`, () => ({ key: agent, body: { decision: "approve" } }), 403, "Authorization"],
  ["vote bad decision", "POST", () => `/v1/proposals/${pendingId}/votes`, () => ({ key: approver, body: { decision: "maybe" } }), 400, "body.decision"],
  ["vote unknown proposal", "POST", () => `/v1/proposals/${unknownId}/votes`, () => ({ key: approver, body: { decision: "approve" } }), 404, "id"],
  ["vote malformed JSON", "POST", () => `/v1/proposals/${pendingId}/votes`, () => ({ key: approver, raw: "{" }), 400, "body"],
  ["cancel by approver", "POST", () => `/v1/proposals/${pendingId}/cancel`, () => ({ key: approver, body: {} }), 403, "Authorization"],
  ["cancel unknown", "POST", () => `/v1/proposals/${unknownId}/cancel`, () => ({ key: agent, body: {} }), 404, "id"],
  ["executed bad token", "POST", () => `/v1/proposals/${pendingId}/executed`, () => ({ key: agent, body: { token: "cst1.x.y" } }), 403, "token"],
  ["executed missing token", "POST", () => `/v1/proposals/${pendingId}/executed`, () => ({ key: agent, body: {} }), 400, "body.token"],
  ["audit without admin", "GET", () => "/v1/audit", () => ({ key: approver }), 403, "Authorization"],
  ["audit bad cursor", "GET", () => "/v1/audit?cursor=abc", () => ({ key: api.adminKey }), 400, "query.cursor"],
  ["audit verify without admin", "GET", () => "/v1/audit/verify", () => ({ key: agent }), 403, "Authorization"],
  ["keys without admin", "POST", () => "/v1/keys", () => ({ key: agent, body: { kind: "approver", identity: "a@example.com" } }), 403, "Authorization"],
  ["keys unknown kind", "POST", () => "/v1/keys", () => ({ key: api.adminKey, body: { kind: "root" } }), 400, "body.kind"],
  ["keys bad email", "POST", () => "/v1/keys", () => ({ key: api.adminKey, body: { kind: "approver", identity: "nope" } }), 400, "body.identity"],
  ["keys missing key", "POST", () => "/v1/keys", () => ({ body: {} }), 401, "Authorization"],
  ["revoke without admin", "POST", () => "/v1/keys/0123456789abcdef/revoke", () => ({ key: approver }), 403, "Authorization"],
  ["revoke malformed id", "POST", () => "/v1/keys/nope/revoke", () => ({ key: api.adminKey }), 400, "params.id"],
  ["revoke unknown key", "POST", () => "/v1/keys/0123456789abcdef/revoke", () => ({ key: api.adminKey }), 404, "id"],
  ["simulate wrong type", "POST", () => "/v1/policy/simulate", () => ({ key: approver, body: { action: ["x"], resource: "t" } }), 400, "body.action"],
  ["simulate without agent", "POST", () => "/v1/policy/simulate", () => ({ key: approver, body: { action: "x", resource: "t" } }), 400, "body.agent"],
  ["simulate bad time", "POST", () => "/v1/policy/simulate", () => ({ key: agent, body: { action: "x", resource: "t", at: "yesterday" } }), 400, "body.at"],
  ["unknown route", "GET", () => "/v1/nothing", () => ({ key: agent }), 404],
  ["wrong method", "DELETE", () => "/v1/proposals", () => ({ key: agent }), 404],
];

describe("bad input", () => {
  it.each(cases)("%s → %s %s", async (_name, method, path, opts, status, field) => {
    const res = await api.call(method, path(), opts());
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    if (field) expect(res.body.field).toBe(field);
  });

  it("lost nothing: the pending proposal is untouched after all of it", async () => {
    const res = await api.call("GET", `/v1/proposals/${pendingId}`, { key: agent });
    expect(res.body).toMatchObject({ status: "pending", votes: [] });
  });
});
