import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "@countersign/db";

const EMBEDDED_DATABASE = "countersign";

/**
 * The database the service uses: DATABASE_URL when set, else an embedded PostgreSQL with its data
 * under `<dataDir>/pg` (created on first start).
 */
export async function resolveDatabase(databaseUrl: string | undefined, dataDir: string): Promise<{ url: string; embedded: EmbeddedServer | null }> {
  if (databaseUrl) return { url: databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg") });
  const admin = new pg.Client({ connectionString: embedded.adminUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  await admin.end();
  return { url: embedded.urlFor(EMBEDDED_DATABASE), embedded };
}
