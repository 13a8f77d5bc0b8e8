import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { inTransaction, isUniqueViolation, appendAudit, type Agent, type ApiKey, type Db } from "@countersign/db";
import { CodedError } from "./errors.js";
import { newId } from "./ids.js";

export type Scope = "propose" | "approve" | "admin";

export type KeyRequest =
  | { kind: "agent"; agentName: string; ownerEmail: string; labels?: Record<string, string>; webhookUrl?: string | null }
  | { kind: "approver"; identity: string }
  | { kind: "admin"; identity: string };

export interface IssuedKey {
  id: string;
  /** Shown once; only its hash is stored. */
  key: string;
  scopes: Scope[];
  agentId: string | null;
  identity: string | null;
}

export interface Principal {
  keyId: string;
  scopes: Scope[];
  agent: Agent | null;
  identity: string | null;
}

const KEY_PATTERN = /^csk_([0-9a-f]{16})_([0-9a-f]{64})$/;
const hash = (secret: string) => createHash("sha256").update(secret).digest();

/** Creates an API key (and, for an agent key, the agent if it does not exist yet). */
export async function issueApiKey(db: Db, request: KeyRequest, issuedBy: string, fixedKey?: string): Promise<IssuedKey> {
  const parsed = fixedKey ? KEY_PATTERN.exec(fixedKey) : null;
  if (fixedKey && !parsed) throw new CodedError("validation_failed", "A fixed key must look like csk_<16 hex>_<64 hex>.", { field: "key" });
  const id = parsed?.[1] ?? randomBytes(8).toString("hex");
  const secret = parsed?.[2] ?? randomBytes(32).toString("hex");
  const scopes: Scope[] = request.kind === "agent" ? ["propose"] : request.kind === "approver" ? ["approve"] : ["admin", "approve"];
  try {
    return await inTransaction(db, async (tx) => {
      let agentId: string | null = null;
      if (request.kind === "agent") {
        const agent =
          (await tx.agent.findUnique({ where: { name: request.agentName } })) ??
          (await tx.agent.create({
            data: { id: newId("agt"), name: request.agentName, ownerEmail: request.ownerEmail.toLowerCase(), labels: request.labels ?? {}, webhookUrl: request.webhookUrl ?? null },
          }));
        agentId = agent.id;
      }
      const identity = request.kind === "agent" ? null : request.identity.toLowerCase();
      await tx.apiKey.create({ data: { id, secretHash: hash(secret).toString("hex"), name: request.kind === "agent" ? request.agentName : identity!, scopes, agentId, identity } });
      await appendAudit(tx, { proposalId: null, type: "key.issued", actor: issuedBy, policyHash: null, data: { keyId: id, kind: request.kind, scopes, agentId, identity } });
      return { id, key: `csk_${id}_${secret}`, scopes, agentId, identity };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new CodedError("conflict", "That key already exists.", { field: "key" });
    throw error;
  }
}

/** Resolves a bearer key to its principal, or throws unauthenticated. Constant-time comparison. */
export async function authenticateApiKey(db: Db, bearer: string | undefined): Promise<Principal> {
  const match = bearer ? KEY_PATTERN.exec(bearer) : null;
  if (!match) throw new CodedError("unauthenticated", "Missing or malformed API key.", { field: "Authorization" });
  const row: (ApiKey & { agent: Agent | null }) | null = await db.apiKey.findUnique({ where: { id: match[1]! }, include: { agent: true } });
  const expected = row ? Buffer.from(row.secretHash, "hex") : Buffer.alloc(32);
  const ok = timingSafeEqual(expected, hash(match[2]!)) && row !== null && row.revokedAt === null;
  if (!ok || !row) throw new CodedError("unauthenticated", "Unknown or revoked API key.", { field: "Authorization" });
  return { keyId: row.id, scopes: row.scopes as Scope[], agent: row.agent, identity: row.identity };
}

export function requireScope(principal: Principal, scope: Scope): void {
  if (!principal.scopes.includes(scope)) {
    throw new CodedError("forbidden", `This key lacks the '${scope}' scope.`, { field: "Authorization", scope });
  }
}

/** Revokes a key at once: the next request with it is unauthenticated. Idempotent. */
export async function revokeApiKey(db: Db, keyId: string, revokedBy: string): Promise<{ id: string; revokedAt: Date }> {
  return inTransaction(db, async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: keyId } });
    if (!key) throw new CodedError("not_found", `No key ${keyId}.`, { field: "id" });
    if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
    const revoked = await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
    await appendAudit(tx, { proposalId: null, type: "key.revoked", actor: revokedBy, policyHash: null, data: { keyId } });
    return { id: revoked.id, revokedAt: revoked.revokedAt! };
  });
}
