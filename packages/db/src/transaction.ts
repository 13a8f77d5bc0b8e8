import type { Db, Tx } from "./client.js";
import { Prisma } from "./generated/prisma/client.js";

/** Postgres SQLSTATEs worth retrying a whole transaction for. */
const RETRYABLE = new Set(["40001", "40P01"]);

/**
 * Runs `fn` in one transaction, retrying it on serialization failures and deadlocks.
 *
 * @example await inTransaction(db, (tx) => tx.agent.create({ data }));
 */
export async function inTransaction<T>(
  db: Db,
  fn: (tx: Tx) => Promise<T>,
  options: { attempts?: number; isolationLevel?: Prisma.TransactionIsolationLevel } = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { isolationLevel: options.isolationLevel, maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE.has(sqlState(error) ?? "")) throw error;
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10));
    }
  }
}

/** True when the error is a unique-constraint violation (Prisma P2002 or SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  return sqlState(error) === "23505";
}

function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } }; cause?: unknown };
  const original = e?.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string") return original;
  if (typeof e?.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  const cause = e?.cause as { code?: unknown; originalCode?: unknown } | undefined;
  if (typeof cause?.originalCode === "string") return cause.originalCode;
  if (typeof cause?.code === "string" && /^[0-9A-Z]{5}$/.test(cause.code)) return cause.code;
  return undefined;
}
