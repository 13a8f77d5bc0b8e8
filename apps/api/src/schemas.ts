// Request and response schemas: the same objects validate requests and generate /openapi.json.
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);
const email = z.string().trim().toLowerCase().pipe(z.email());
const jsonObject = z.record(z.string(), z.unknown());

export const ProposeBody = z
  .object({
    action: text(200).describe("What the agent wants to do, e.g. db.export"),
    resource: text(500).describe("What it acts on, e.g. postgres://prod/patients"),
    environment: text(100).default("default"),
    params: jsonObject.default({}).describe("Arguments of the action; masked before storage"),
    onBehalfOf: email.nullable().optional().describe("Email of the human the agent acts for"),
    context: jsonObject.default({}),
  })
  .strict();

export const VoteBody = z.object({ decision: z.enum(["approve", "deny"]), reason: z.string().trim().max(2000).optional() }).strict();
export const CancelBody = z.object({ reason: z.string().trim().max(2000).optional() }).strict();
export const ExecutedBody = z.object({ token: text(4096) }).strict();

export const KeyBody = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("agent"),
    agentName: text(100),
    ownerEmail: email,
    labels: z.record(z.string(), z.string()).optional(),
    webhookUrl: z.url({ protocol: /^https?$/ }).nullable().optional(),
  }).strict(),
  z.object({ kind: z.literal("approver"), identity: email }).strict(),
  z.object({ kind: z.literal("admin"), identity: email }).strict(),
]);

export const SimulateBody = ProposeBody.extend({
  agent: z.object({ id: z.string().default("simulated"), name: z.string().default("simulated"), labels: z.record(z.string(), z.string()).default({}) }).strict().optional(),
  at: z.iso.datetime().optional().describe("Evaluate as of this time (default: now)"),
}).strict();

export const KeyIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, "is not a key id") });
export const RevokedKeyResponse = z.object({ id: z.string(), revokedAt: z.string() });

export const ProposalIdParams = z.object({ id: z.string().regex(/^prp_[0-9a-f]{32}$/, "is not a proposal id") });

const STATUSES = ["pending", "approved", "denied", "expired", "cancelled", "executed"] as const;
export const ListQuery = z.object({
  status: z.enum(STATUSES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
}).strict();
export const WaitQuery = z.object({ wait: z.coerce.number().min(0).max(60).default(0) }).strict();
export const AuditQuery = z.object({
  proposalId: z.string().max(100).optional(),
  cursor: z.string().regex(/^\d+$/, "is not a cursor").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
}).strict();

const Decision = z.object({
  outcome: z.enum(["allow", "deny", "pending"]),
  ruleId: z.string().nullable(),
  reason: z.string(),
  policyHash: z.string(),
  trace: z.array(z.object({ ruleId: z.string(), matched: z.boolean(), detail: z.string() })),
});

export const ProposalResponse = z.object({
  id: z.string(),
  status: z.enum(STATUSES),
  decision: Decision,
  action: z.string(),
  resource: z.string(),
  environment: z.string(),
  params: jsonObject.describe("Masked view"),
  onBehalfOf: z.string().nullable(),
  agent: z.object({ id: z.string(), name: z.string() }),
  approvals: z.object({ needed: z.number(), count: z.number(), distinctGroups: z.boolean() }),
  votes: z.array(z.object({ approver: z.string(), decision: z.enum(["approve", "deny"]), reason: z.string().nullable(), channel: z.string(), at: z.string() })),
  payloadHash: z.string(),
  expiresAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  token: z.string().optional().describe("Signed single-use decision token; only for the requesting agent once approved"),
});

export const ProposalList = z.object({ items: z.array(ProposalResponse), nextCursor: z.string().nullable() });
export const SimulateResponse = Decision.extend({ approvers: z.unknown(), quorum: z.unknown(), ttlSeconds: z.number(), channels: z.unknown() });
export const KeyResponse = z.object({ id: z.string(), key: z.string(), scopes: z.array(z.string()), agentId: z.string().nullable(), identity: z.string().nullable() });
export const AuditList = z.object({ items: z.array(z.unknown()), nextCursor: z.string().nullable() });
export const ProblemResponse = z.object({ type: z.string(), title: z.string(), status: z.number(), code: z.string(), detail: z.string(), field: z.string().optional() });
