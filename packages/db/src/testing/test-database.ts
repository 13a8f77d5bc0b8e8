import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type Db } from "../client.js";
import { TEMPLATE_DB, ADMIN_URL_VAR } from "./names.js";

export interface TestDatabase {
  url: string;
  prisma: Db;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one suite, cloned from the run's template (the global setup
 * started the server). Real Postgres, never a mock.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ADMIN_URL_VAR];
  if (!adminUrl) throw new Error(`${ADMIN_URL_VAR} is not set: run tests through vitest (global setup)`);
  const name = `cs_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
      break;
    } catch (error) {
      // Two suites cloning the template at the same instant collide; try again shortly.
      if (attempt > 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const prisma = createPrismaClient(url);
  return {
    url,
    prisma,
    async close() {
      await prisma.$disconnect();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
