// One PostgreSQL per test run: the embedded server, or the one DATABASE_URL names. A migrated
// template database is made once; each suite clones it (see test-database.ts).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded.js";
import { migrate } from "../migrate.js";
import { TEMPLATE_DB, ADMIN_URL_VAR } from "./names.js";

export default async function setup(): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  let adminUrl: string;
  let teardown = async () => {};
  if (external) {
    adminUrl = external;
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "countersign-test-pg-"));
    chmodSync(dir, 0o755); // as root, the server runs as the `postgres` user, which must reach it
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), ephemeral: true });
    adminUrl = server.adminUrl;
    teardown = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await migrate({ databaseUrl: withDatabase(adminUrl, TEMPLATE_DB) });
  process.env[ADMIN_URL_VAR] = adminUrl;
  return teardown;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
