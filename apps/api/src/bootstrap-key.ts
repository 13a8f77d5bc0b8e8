import { issueApiKey } from "@countersign/core";
import type { Db } from "@countersign/db";

/**
 * Makes sure an admin key exists. With a configured key (docker-compose, scripts) that key is
 * registered if missing; otherwise a random one is created on the first start only and returned
 * so that it can be printed once.
 */
export async function ensureAdminKey(db: Db, admin: string, configuredKey: string | undefined): Promise<string | null> {
  if (configuredKey) {
    const id = configuredKey.split("_")[1]!;
    if (await db.apiKey.findUnique({ where: { id } })) return null;
    await issueApiKey(db, { kind: "admin", identity: admin }, "system:bootstrap", configuredKey);
    return null;
  }
  const anyAdmin = await db.apiKey.findFirst({ where: { scopes: { has: "admin" }, revokedAt: null } });
  if (anyAdmin) return null;
  return (await issueApiKey(db, { kind: "admin", identity: admin }, "system:bootstrap")).key;
}
