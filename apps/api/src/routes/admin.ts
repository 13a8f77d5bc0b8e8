import { CodedError, issueApiKey, requireScope, revokeApiKey } from "@countersign/core";
import { verifyAuditChain } from "@countersign/db";
import { principalOf } from "../http/auth.js";
import { validate } from "../http/validate.js";
import { AuditList, AuditQuery, KeyBody, KeyIdParams, KeyResponse, RevokedKeyResponse, ProblemResponse, SimulateBody, SimulateResponse } from "../schemas.js";
import type { ApiContext } from "../context.js";
import type { RouteSpec } from "./route.js";

const problem = (description: string) => ({ description, schema: ProblemResponse });

export function adminRoutes(ctx: ApiContext): RouteSpec[] {
  const { db } = ctx.core;
  return [
    {
      method: "post", path: "/v1/keys", auth: true,
      summary: "Create an agent, approver or admin key (admin scope); the key is shown once",
      body: KeyBody,
      responses: { 201: { description: "Created", schema: KeyResponse }, 403: problem("Not an admin key") },
      async handler(req, res) {
        const principal = principalOf(req);
        requireScope(principal, "admin");
        const body = validate(KeyBody, req.body);
        const issued = await issueApiKey(db, body, principal.identity ?? `key:${principal.keyId}`);
        res.status(201).json(issued);
      },
    },
    {
      method: "post", path: "/v1/keys/:id/revoke", auth: true,
      summary: "Revoke a key at once (admin scope); the id is the 16 hex digits after csk_",
      params: KeyIdParams,
      responses: { 200: { description: "Revoked", schema: RevokedKeyResponse }, 404: problem("Unknown key") },
      async handler(req, res) {
        const principal = principalOf(req);
        requireScope(principal, "admin");
        const { id } = validate(KeyIdParams, req.params, "params");
        const revoked = await revokeApiKey(db, id, principal.identity ?? `key:${principal.keyId}`);
        res.json({ id: revoked.id, revokedAt: revoked.revokedAt.toISOString() });
      },
    },
    {
      method: "get", path: "/v1/audit", auth: true,
      summary: "Page through the hash-chained audit trail, oldest first (admin scope)",
      query: AuditQuery,
      responses: { 200: { description: "A page of audit events", schema: AuditList } },
      async handler(req, res) {
        requireScope(principalOf(req), "admin");
        const q = validate(AuditQuery, req.query, "query");
        const rows = await db.auditEvent.findMany({
          where: { ...(q.proposalId ? { proposalId: q.proposalId } : {}), ...(q.cursor ? { seq: { gt: BigInt(q.cursor) } } : {}) },
          orderBy: { seq: "asc" },
          take: q.limit + 1,
        });
        const page = rows.slice(0, q.limit);
        res.json({
          items: page.map((e) => ({ ...e, seq: e.seq.toString(), createdAt: e.createdAt.toISOString() })),
          nextCursor: rows.length > q.limit ? page.at(-1)!.seq.toString() : null,
        });
      },
    },
    {
      method: "get", path: "/v1/audit/verify", auth: true,
      summary: "Recompute the audit hash chain and report the first break (admin scope)",
      responses: { 200: { description: "Verification result" } },
      async handler(req, res) {
        requireScope(principalOf(req), "admin");
        const result = await verifyAuditChain(db);
        res.json(result.ok ? result : { ...result, brokenAt: result.brokenAt.toString() });
      },
    },
    {
      method: "post", path: "/v1/policy/simulate", auth: true,
      summary: "Dry-run the policy in force against a proposal (no side effects)",
      body: SimulateBody,
      responses: { 200: { description: "The decision with its trace", schema: SimulateResponse } },
      handler(req, res) {
        const principal = principalOf(req);
        const body = validate(SimulateBody, req.body);
        const agent = body.agent ?? (principal.agent
          ? { id: principal.agent.id, name: principal.agent.name, labels: principal.agent.labels as Record<string, string> }
          : null);
        if (!agent) throw new CodedError("validation_failed", "body.agent: required when the key is not an agent key", { field: "body.agent" });
        const { at, agent: _a, ...proposal } = body;
        const decision = ctx.simulate({ ...proposal, onBehalfOf: proposal.onBehalfOf ?? null, agent }, at ? new Date(at) : ctx.core.now());
        // A dry run still leaves the service: mask what the reason and trace quote.
        const { mask } = ctx.core;
        res.json({ ...decision, reason: mask.text(decision.reason), trace: decision.trace.map((t) => ({ ...t, detail: mask.text(t.detail) })) });
      },
    },
  ];
}
