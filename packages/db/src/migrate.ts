import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { Logger, runMigrations as runJobQueueMigrations } from "graphile-worker";

/** prisma/migrations at the repository root (the same relative path from src/ and dist/). */
export const defaultMigrationsDir = fileURLToPath(new URL("../../../prisma/migrations", import.meta.url));

// Any constant works; it only has to be the same for every instance of countersign.
const MIGRATION_LOCK_ID = 72_707_369_451;

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies Prisma-format SQL migrations (`<dir>/<timestamp>_<name>/migration.sql`) in name order,
 * each in its own transaction, recorded in `_prisma_migrations` as `prisma migrate deploy` would,
 * under an advisory lock so that N instances can start at once. Then installs the job queue schema.
 *
 * @example await migrate({ databaseUrl: "postgresql://localhost/countersign" });
 */
export async function migrate(options: { databaseUrl: string; migrationsDir?: string }): Promise<MigrateResult> {
  const dir = options.migrationsDir ?? defaultMigrationsDir;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const name of listMigrations(dir)) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const appliedChecksum = done.get(name);
      if (appliedChecksum !== undefined) {
        if (appliedChecksum !== checksum) {
          throw new Error(`migration ${name} was changed after it was applied (checksum mismatch)`);
        }
        result.alreadyApplied.push(name);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      result.applied.push(name);
    }
    await runJobQueueMigrations({ pgPool: singleClientPool(client), logger: silentLogger });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
  return result;
}

function listMigrations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

// graphile-worker wants a pool; lend it the locked client so its migration runs under our lock.
function singleClientPool(client: pg.Client): pg.Pool {
  return {
    connect: () => Promise.resolve(Object.assign(client, { release: () => undefined })),
    query: client.query.bind(client),
    on: () => undefined,
    removeListener: () => undefined,
  } as unknown as pg.Pool;
}

const silentLogger = new Logger(() => () => undefined);
