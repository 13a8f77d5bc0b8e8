import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expireDueProposals } from "@countersign/core";
import { startTestApi, type TestApi } from "./testing/harness.js";
import { LIFECYCLE_POLICY } from "./testing/policies.js";

let api: TestApi;
let agentKey: string;
beforeAll(async () => {
  api = await startTestApi(LIFECYCLE_POLICY);
  agentKey = await api.agentKey("exporter", "owner@example.com");
});
afterAll(async () => api.close());

const exportBody = (table: string) => ({ action: "db.export", resource: `postgres://prod/${table}`, environment: "prod", params: { table }, onBehalfOf: "human@example.com" });
async function propose(body: object, headers: Record<string, string> = {}) {
  const res = await api.call("POST", "/v1/proposals", { key: agentKey, body, headers });
  expect(res.status).toBe(201);
  return res.body as { id: string; status: string; decision: { outcome: string; ruleId: string; reason: string } };
}

describe("proposals", () => {
  it("answers allow, deny and pending with the matched rule and its reason", async () => {
    const allowed = await propose({ action: "db.query", resource: "postgres://prod/orders", environment: "prod" });
    expect(allowed).toMatchObject({ status: "approved", decision: { outcome: "allow", ruleId: "read-only", reason: "Read-only queries run freely" } });
    const denied = await propose({ action: "db.delete", resource: "postgres://prod/orders", environment: "prod" });
    expect(denied).toMatchObject({ status: "denied", decision: { outcome: "deny", ruleId: "no-prod-deletes" } });
    const pending = await propose(exportBody("patients"));
    expect(pending).toMatchObject({ status: "pending", decision: { outcome: "pending", ruleId: "export-one", reason: "exporter wants to export postgres://prod/patients" } });
  });

  it("replays the same proposal for the same Idempotency-Key and body, and refuses another body with 409", async () => {
    const first = await propose(exportBody("visits"), { "idempotency-key": "k-1" });
    const again = await api.call("POST", "/v1/proposals", { key: agentKey, body: exportBody("visits"), headers: { "idempotency-key": "k-1" } });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(first.id);
    const other = await api.call("POST", "/v1/proposals", { key: agentKey, body: exportBody("claims"), headers: { "idempotency-key": "k-1" } });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: "idempotency_conflict", field: "Idempotency-Key" });
    expect(await api.db.prisma.proposal.count({ where: { idempotencyKey: "k-1" } })).toBe(1);
  });

  it("lets exactly one of 50 concurrent approvers decide a quorum-1 proposal", async () => {
    const { id } = await propose(exportBody("everything"));
    const keys = await Promise.all(Array.from({ length: 50 }, (_, i) => api.approverKey(`approver${i}@example.com`)));
    const results = await Promise.all(keys.map((key) => api.call("POST", `/v1/proposals/${id}/votes`, { key, body: { decision: "approve" } })));
    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status !== 200);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const r of refused) expect(r.body).toMatchObject({ status: 409, code: "already_decided" });
    expect(await api.db.prisma.vote.count({ where: { proposalId: id } })).toBe(1);
    const transitions = await api.db.prisma.auditEvent.count({ where: { proposalId: id, type: "proposal.approved" } });
    expect(transitions).toBe(1);
    const row = await api.db.prisma.proposal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "approved", version: 1, approvalsCount: 1 });
  });

  it("needs two distinct approvers for quorum 2", async () => {
    const { id } = await propose({ action: "iam.grant", resource: "role/admin", environment: "prod", params: { user: "bob" } });
    const a = await api.approverKey("approver10@example.com");
    const first = await api.call("POST", `/v1/proposals/${id}/votes`, { key: a, body: { decision: "approve" } });
    expect(first.body).toMatchObject({ status: "pending", approvals: { needed: 2, count: 1 } });
    const twice = await api.call("POST", `/v1/proposals/${id}/votes`, { key: a, body: { decision: "approve" } });
    expect(twice.body).toMatchObject({ status: 409, code: "already_voted" });
    const b = await api.approverKey("approver11@example.com");
    const second = await api.call("POST", `/v1/proposals/${id}/votes`, { key: b, body: { decision: "approve" } });
    expect(second.body).toMatchObject({ status: "approved", approvals: { needed: 2, count: 2 } });
  });

  it("refuses the agent's owner, the human it acts for, and non-approvers, writing only the refusal", async () => {
    const { id } = await propose(exportBody("payroll"));
    for (const [identity, code] of [["owner@example.com", "self_approval"], ["human@example.com", "self_approval"], ["stranger@example.com", "not_an_approver"]] as const) {
      const key = await api.approverKey(identity);
      const res = await api.call("POST", `/v1/proposals/${id}/votes`, { key, body: { decision: "approve" } });
      expect(res.status).toBe(403);
      expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe(code);
    }
    expect(await api.db.prisma.vote.count({ where: { proposalId: id } })).toBe(0);
    const refusals = await api.db.prisma.auditEvent.count({ where: { proposalId: id, type: "vote.refused" } });
    expect(refusals).toBe(3);
    expect((await api.db.prisma.proposal.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });

  it("expires pending proposals past their TTL and refuses late votes", async () => {
    const { id } = await propose({ action: "iam.grant", resource: "role/dba", environment: "prod" });
    api.advance(11 * 60_000);
    expect(await expireDueProposals(api.core)).toBeGreaterThanOrEqual(1);
    const row = await api.db.prisma.proposal.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("expired");
    const key = await api.approverKey("approver20@example.com");
    const late = await api.call("POST", `/v1/proposals/${id}/votes`, { key, body: { decision: "approve" } });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe("expired");
    expect(await api.db.prisma.vote.count({ where: { proposalId: id } })).toBe(0);
  });

  it("wakes a long-poll within a second of a vote cast by another process", async () => {
    const { id } = await propose(exportBody("labs"));
    const poll = (async () => {
      const res = await api.call("GET", `/v1/proposals/${id}?wait=30`, { key: agentKey });
      return { res, at: Date.now() };
    })();
    await new Promise((r) => setTimeout(r, 300)); // the poll is parked
    const voter = fileURLToPath(new URL("./testing/vote-in-child.ts", import.meta.url));
    const votedAt = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", voter, api.db.url, id, "approver30@example.com"], { stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`voter exited ${code}`))));
    });
    const { res, at } = await poll;
    expect(res.body.status).toBe("approved");
    expect(res.body.token).toMatch(/^cst1\./);
    expect(at - votedAt).toBeLessThan(1000);
  });

  it("keeps a long-poll parked through votes short of the quorum and wakes it on the decision", async () => {
    const { id } = await propose({ action: "iam.grant", resource: "role/ops", environment: "prod" });
    let settled = false;
    const poll = api.call("GET", `/v1/proposals/${id}?wait=20`, { key: agentKey }).finally(() => (settled = true));
    const first = await api.approverKey("approver45@example.com");
    await api.call("POST", `/v1/proposals/${id}/votes`, { key: first, body: { decision: "approve" } });
    await new Promise((r) => setTimeout(r, 400));
    expect(settled).toBe(false);
    const second = await api.approverKey("approver46@example.com");
    await api.call("POST", `/v1/proposals/${id}/votes`, { key: second, body: { decision: "approve" } });
    const res = await poll;
    expect(res.body).toMatchObject({ status: "approved", approvals: { count: 2 } });
  });

  it("writes neither the state change nor its audit event when the transition fails", async () => {
    const { id } = await propose(exportBody("billing"));
    const key = await api.approverKey("approver40@example.com");
    const auditBefore = await api.db.prisma.auditEvent.count();
    // A real failure inside the transaction: writing the transition's audit event raises.
    await api.db.prisma.$executeRawUnsafe(`CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$`);
    await api.db.prisma.$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.type = 'proposal.approved') EXECUTE FUNCTION fail_audit()`);
    try {
      const res = await api.call("POST", `/v1/proposals/${id}/votes`, { key, body: { decision: "approve" } });
      expect(res.status).toBe(500);
      expect(res.body).toMatchObject({ code: "internal" });
      const row = await api.db.prisma.proposal.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "pending", version: 0, approvalsCount: 0 });
      expect(await api.db.prisma.vote.count({ where: { proposalId: id } })).toBe(0);
      expect(await api.db.prisma.auditEvent.count()).toBe(auditBefore);
    } finally {
      await api.db.prisma.$executeRawUnsafe(`DROP TRIGGER fail_audit ON "AuditEvent"`);
    }
    const retry = await api.call("POST", `/v1/proposals/${id}/votes`, { key, body: { decision: "approve" } });
    expect(retry.body.status).toBe("approved");
  });

  it("issues a single-use decision token bound to the approved action", async () => {
    const { id } = await propose(exportBody("scans"));
    await api.call("POST", `/v1/proposals/${id}/votes`, { key: await api.approverKey("approver41@example.com"), body: { decision: "approve" } });
    const read = await api.call("GET", `/v1/proposals/${id}`, { key: agentKey });
    const token = read.body.token as string;
    const { id: otherId } = await propose(exportBody("other"));
    const misuse = await api.call("POST", `/v1/proposals/${otherId}/executed`, { key: agentKey, body: { token } });
    expect(misuse.body).toMatchObject({ status: 403, code: "token_invalid" });
    const used = await api.call("POST", `/v1/proposals/${id}/executed`, { key: agentKey, body: { token } });
    expect(used.body.status).toBe("executed");
    const again = await api.call("POST", `/v1/proposals/${id}/executed`, { key: agentKey, body: { token } });
    expect(again.body).toMatchObject({ status: 409, code: "token_used" });
  });

  it("refuses a revoked key on its next request", async () => {
    const created = await api.call("POST", "/v1/keys", { key: api.adminKey, body: { kind: "approver", identity: "leaver@example.com" } });
    expect(created.status).toBe(201);
    const key = created.body.key as string;
    expect((await api.call("GET", "/v1/proposals", { key })).status).toBe(200);
    const revoked = await api.call("POST", `/v1/keys/${created.body.id}/revoke`, { key: api.adminKey });
    expect(revoked.status).toBe(200);
    const after = await api.call("GET", "/v1/proposals", { key });
    expect(after.body).toMatchObject({ status: 401, code: "unauthenticated" });
    expect(await api.db.prisma.auditEvent.count({ where: { type: "key.revoked" } })).toBe(1);
  });

  it("keeps an intact audit hash chain across all of the above", async () => {
    const res = await api.call("GET", "/v1/audit/verify", { key: api.adminKey });
    expect(res.body.ok).toBe(true);
    expect(res.body.events).toBeGreaterThan(20);
  });
});
