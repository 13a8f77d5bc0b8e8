import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, Prisma } from "./generated/prisma/client.js";

export type Db = PrismaClient;
/** The client handed to code running inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
export { Prisma, PrismaClient };

export interface PrismaClientOptions {
  /** Pool size per process; Prisma's adapter-pg default (10) is small for long-poll heavy APIs. */
  maxConnections?: number;
}

/**
 * Creates a Prisma client over node-postgres. Importing this package opens nothing; the caller
 * decides when and with which validated URL.
 *
 * @example const db = createPrismaClient("postgresql://localhost/countersign");
 */
export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): Db {
  // Our own pool so its error listener stays for the pool's whole life (see jobs.ts).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 20 });
  pool.on("error", () => undefined); // the failed client is dropped; the next query reconnects
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}
