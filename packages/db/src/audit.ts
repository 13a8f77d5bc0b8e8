import { createHash } from "node:crypto";
import type { Db, Tx } from "./client.js";
import { asJson, canonicalJson } from "./canonical-json.js";

export const AUDIT_GENESIS_HASH = "0".repeat(64);
// Held until commit, so the chain order is the commit order and no two events share a parent.
const AUDIT_CHAIN_LOCK = 72_707_369_452;

export interface AuditInput {
  proposalId: string | null;
  type: string;
  actor: string;
  data: Record<string, unknown>;
  policyHash: string | null;
}

/**
 * Appends one event to the hash chain inside the caller's transaction. Callers pass masked data
 * only: the audit trail never holds a secret or a raw PHI value.
 *
 * @example await appendAudit(tx, { proposalId, type: "proposal.created", actor: "agent:a1", data: {}, policyHash });
 */
export async function appendAudit(tx: Tx, event: AuditInput): Promise<{ seq: bigint; hash: string }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  const createdAt = new Date();
  const hash = auditHash(prevHash, { ...event, createdAt });
  const row = await tx.auditEvent.create({
    data: { ...event, data: asJson(event.data), prevHash, hash, createdAt },
    select: { seq: true, hash: true },
  });
  return row;
}

function auditHash(prevHash: string, event: AuditInput & { createdAt: Date }): string {
  const body = canonicalJson({
    proposalId: event.proposalId,
    type: event.type,
    actor: event.actor,
    data: event.data,
    policyHash: event.policyHash,
    createdAt: event.createdAt.toISOString(),
  });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

export type AuditVerification =
  | { ok: true; events: number; head: string }
  | { ok: false; events: number; brokenAt: bigint; problem: string };

/** Recomputes the whole chain in order; reports the first event whose link or hash is wrong. */
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<AuditVerification> {
  let prev = AUDIT_GENESIS_HASH;
  let count = 0;
  let cursor: bigint | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: cursor === undefined ? {} : { seq: { gt: cursor } },
      orderBy: { seq: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return { ok: true, events: count, head: prev };
    for (const row of rows) {
      if (row.prevHash !== prev) return { ok: false, events: count, brokenAt: row.seq, problem: "prevHash does not link to the previous event" };
      const expected = auditHash(prev, {
        proposalId: row.proposalId,
        type: row.type,
        actor: row.actor,
        data: row.data as Record<string, unknown>,
        policyHash: row.policyHash,
        createdAt: row.createdAt,
      });
      if (expected !== row.hash) return { ok: false, events: count, brokenAt: row.seq, problem: "hash does not match the event's content" };
      prev = row.hash;
      count++;
      cursor = row.seq;
    }
  }
}
