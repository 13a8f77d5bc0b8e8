// PHI submitted in a proposal's params — free text, nested JSON, a SQL literal, a sample row —
// must not appear anywhere the flow writes or answers: the stored proposal, its audit events, its
// outbox messages, every API response, the logs. Raw params are kept only where the rule says so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/harness.js";

const POLICY = `
groups:
  privacy: [privacy1@example.com, privacy2@example.com]
rules:
  - id: phi-export
    match: { action: db.export }
    outcome: require_approval
    reason: "{{agent.name}} exports {{resource}}: {{params.note}}"
    approvers: { groups: [privacy] }
    channels: [{ slack: C0PRIVACY }]
    mask: { never: [table] }
  - id: phi-export-keep-raw
    match: { action: db.export_audited }
    outcome: require_approval
    approvers: { groups: [privacy] }
    mask: { keep_raw: true }
`;

const RAW = {
  note: "Patient John Smith (SSN 123-45-6789, born 04/12/1961) called from 415-555-0132 about his results",
  patient: { name: "Maria Garcia", mrn: "MRN-4829301", email: "maria.garcia@gmail.com", address: "1234 Elm Street, Springfield, IL 62704" },
  query: "SELECT * FROM patients WHERE ssn = '219-09-9999' AND last_name = 'Nakamura'",
  sample: "name,dob,phone\nRobert Chen,1975-03-02,(212) 555-0188\nAlicia Gomez,1980-11-23,(646) 555-0123",
  table: "patients",
};
const SECRETS = [
  "John Smith", "123-45-6789", "04/12/1961", "415-555-0132", "Maria Garcia", "MRN-4829301", "maria.garcia@gmail.com",
  "1234 Elm Street", "219-09-9999", "Nakamura", "Robert Chen", "1975-03-02", "(212) 555-0188", "Alicia Gomez", "(646) 555-0123",
];

let api: TestApi;
const answers: unknown[] = [];
beforeAll(async () => { api = await startTestApi(POLICY); });
afterAll(async () => api.close());

async function call(...args: Parameters<TestApi["call"]>) {
  const res = await api.call(...args);
  answers.push(res.body);
  return res;
}

function leaks(where: string, value: unknown): string[] {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return SECRETS.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`);
}

describe("PHI in a proposal's params", () => {
  it("appears in no stored row, audit event, outbox message, API answer or log line", async () => {
    const agent = await api.agentKey("phi-agent", "owner@example.com");
    const approver = await api.approverKey("privacy1@example.com");
    const body = { action: "db.export", resource: "postgres://prod/clinical/patients", environment: "prod", params: RAW };
    const created = await call("POST", "/v1/proposals", { key: agent, body, headers: { "idempotency-key": "phi-1" } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body.params.table).toBe("patients"); // `never` keeps what the approver must see
    await call("POST", "/v1/proposals", { key: agent, body, headers: { "idempotency-key": "phi-1" } });
    await call("GET", `/v1/proposals/${id}`, { key: agent });
    await call("GET", "/v1/proposals", { key: approver });
    await call("POST", "/v1/policy/simulate", { key: agent, body });
    await call("POST", `/v1/proposals/${id}/votes`, { key: approver, body: { decision: "approve", reason: "ok, confirmed with John Smith at 415-555-0132" } });
    await call("GET", `/v1/proposals/${id}`, { key: agent });
    await call("GET", `/v1/audit?proposalId=${id}`, { key: api.adminKey });
    // A bad request that echoes nothing back either.
    await call("POST", "/v1/proposals", { key: agent, body: { ...body, params: RAW.note } });

    const proposal = await api.db.prisma.proposal.findUniqueOrThrow({ where: { id } });
    expect(proposal.rawParams).toBeNull();
    const votes = await api.db.prisma.vote.findMany({ where: { proposalId: id } });
    expect(votes[0]?.reason).toMatch(/^ok, confirmed with /);
    const audit = await api.db.prisma.auditEvent.findMany({ where: { proposalId: id } });
    const outbox = await api.db.prisma.outboxMessage.findMany({ where: { proposalId: id } });
    const jobs = await api.db.prisma.$queryRawUnsafe<unknown[]>(`SELECT payload::text FROM graphile_worker._private_jobs`);
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(outbox.length).toBeGreaterThanOrEqual(2);
    expect(api.logLines.length).toBeGreaterThan(5);

    expect([
      ...leaks("proposal", proposal),
      ...leaks("votes", votes),
      ...leaks("audit", audit),
      ...leaks("outbox", outbox),
      ...leaks("jobs", jobs),
      ...answers.flatMap((a, i) => leaks(`answer ${i}`, a)),
      ...leaks("logs", api.logLines),
    ]).toEqual([]);
    // And the masked view still tells the approver what kind of thing was there.
    expect(JSON.stringify(proposal.params)).toMatch(/\[(PERSON|US_SSN|SSN)\]/);
  });

  it("keeps raw params, in their own column only, when the rule asks for it", async () => {
    const agent = await api.agentKey("audited-agent", "owner@example.com");
    const res = await api.call("POST", "/v1/proposals", { key: agent, body: { action: "db.export_audited", resource: "r", params: { patient: RAW.patient } } });
    const row = await api.db.prisma.proposal.findUniqueOrThrow({ where: { id: res.body.id as string } });
    expect(row.rawParams).toEqual({ patient: RAW.patient });
    expect(leaks("params", row.params)).toEqual([]);
    expect(leaks("answer", res.body)).toEqual([]);
  });
});
