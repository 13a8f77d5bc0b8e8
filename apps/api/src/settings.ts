import { randomBytes } from "node:crypto";
import type { Db } from "@countersign/db";
import { generateSigningKey } from "@countersign/core";

/**
 * Deployment-wide secrets shared by every instance through Postgres: generated once by whichever
 * instance starts first (insert-if-absent), then read by all.
 */
export async function loadSecrets(db: Db, configured: { secret?: string | undefined }): Promise<{ signingKey: string; maskSecret: string }> {
  const signingKey = await getOrCreate(db, "decision_signing_key", () => generateSigningKey().privateKey);
  const maskSecret = configured.secret ?? (await getOrCreate(db, "mask_pseudonym_secret", () => randomBytes(32).toString("hex")));
  return { signingKey, maskSecret };
}

async function getOrCreate(db: Db, key: string, make: () => string): Promise<string> {
  await db.setting.createMany({ data: [{ key, value: make() }], skipDuplicates: true });
  const row = await db.setting.findUniqueOrThrow({ where: { key } });
  return row.value;
}
