import { describe, expect, it } from "vitest";
import { maskPayload } from "./mask-payload.js";

describe("maskPayload", () => {
  it("masks nested objects and arrays by field name and content", () => {
    const payload = {
      patient: { ssn: "123-45-6789", dob: "1962-03-14", contacts: [{ phone: "415-555-0134" }, { email: "rose@example.org" }] },
      note: "Call Rose Miller at 415-555-0134",
      replicas: 3,
    };
    const { masked, findings } = maskPayload(payload, { style: "tag" });
    expect(masked).toEqual({
      patient: { ssn: "[SSN]", dob: "[DATE]", contacts: [{ phone: "[PHONE]" }, { email: "[EMAIL]" }] },
      note: "Call [PERSON] at [PHONE]",
      replicas: 3,
    });
    expect(findings).toContainEqual({ path: "patient.contacts.0.phone", type: "PHONE_NUMBER" });
    expect(findings).toContainEqual({ path: "note", type: "PERSON" });
    expect(JSON.stringify(findings)).not.toContain("6789");
  });

  it("masks non-string leaves under sensitive names, leaves ordinary numbers", () => {
    const { masked } = maskPayload({ ssn: 123456789, mrn: 445566, port: 5432, row_count: 1200, max_tokens: 1024 }, { style: "tag" });
    expect(masked).toEqual({ ssn: "[SSN]", mrn: "[MRN]", port: 5432, row_count: 1200, max_tokens: 1024 });
  });

  it("reads names as whole words and masks a person's name under a person parent", () => {
    const { masked } = maskPayload({ recipient: "ops-team", patient: { name: "Rose Miller" }, service: { name: "payments-api" } }, { style: "tag" });
    expect(masked).toEqual({ recipient: "ops-team", patient: { name: "[PERSON]" }, service: { name: "payments-api" } });
  });

  it("masks SQL literals but keeps identifiers", () => {
    const { masked } = maskPayload({ sql: "SELECT * FROM patients WHERE ssn = '123-45-6789' LIMIT 10" }, { style: "tag" });
    expect(masked).toEqual({ sql: "SELECT * FROM patients WHERE ssn = '[SSN]' LIMIT 10" });
  });

  it("maps INSERT values to their columns", () => {
    const sql = "INSERT INTO patients (id, full_name, mrn) VALUES (7, 'Rose Miller', 'A-778812')";
    const { masked } = maskPayload({ sql }, { style: "tag" });
    expect(masked).toEqual({ sql: "INSERT INTO patients (id, full_name, mrn) VALUES (7, '[PERSON]', '[MRN]')" });
  });

  it("masks CSV sample rows by column", () => {
    const sample = "id,patient_name,dob,visits\n1,Rose Miller,1962-03-14,4\n2,Hiroshi Tanaka,1975-11-30,2";
    const { masked } = maskPayload({ sample }, { style: "partial" });
    expect(masked).toEqual({ sample: "id,patient_name,dob,visits\n1,R*** M***,1962-**-**,4\n2,H*** T***,1975-**-**,2" });
  });

  it("applies always and never hints with wildcards", () => {
    const payload = { notes: { free: "anything" }, rows: [{ comment: "ok", ssn: "123-45-6789" }], debug: { ssn: "123-45-6789" } };
    const { masked, findings } = maskPayload(payload, { style: "tag", always: ["notes", "rows.*.comment"], never: ["debug"] });
    expect(masked).toEqual({ notes: "[REDACTED]", rows: [{ comment: "[REDACTED]", ssn: "[SSN]" }], debug: { ssn: "123-45-6789" } });
    expect(findings).toContainEqual({ path: "rows.0.comment", type: "REDACTED" });
  });

  it("applies per-path styles", () => {
    const { masked } = maskPayload({ a: { ssn: "123-45-6789" }, b: { ssn: "123-45-6789" } }, { style: "tag", styles: { "b.ssn": "partial" } });
    expect(masked).toEqual({ a: { ssn: "[SSN]" }, b: { ssn: "***-**-6789" } });
  });

  it("keeps pseudonyms stable across fields and payloads", () => {
    const options = { style: "pseudonym" as const, secret: "server-secret" };
    const first = maskPayload({ patient_name: "John Smith" }, options).masked as { patient_name: string };
    const second = maskPayload({ note: "seen: john smith", owner: { full_name: "JOHN  SMITH" } }, options).masked as {
      owner: { full_name: string };
    };
    expect(first.patient_name).toMatch(/^\[PERSON:[0-9a-f]{8}\]$/);
    expect(second.owner.full_name).toBe(first.patient_name);
  });

  it("does not modify its input", () => {
    const payload = { ssn: "123-45-6789" };
    maskPayload(payload, { style: "tag" });
    expect(payload).toEqual({ ssn: "123-45-6789" });
  });
});
