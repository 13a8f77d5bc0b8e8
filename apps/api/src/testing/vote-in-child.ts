// Casts one approve vote from a separate process (another "instance") and prints when it committed.
import { decide, generateSigningKey } from "@countersign/core";
import { createPrismaClient } from "@countersign/db";

const [databaseUrl, proposalId, voter] = process.argv.slice(2) as [string, string, string];
const db = createPrismaClient(databaseUrl);
const noPolicy = { current: () => { throw new Error("not used by decide"); } };
await decide(
  { db, policy: noPolicy, mask: { params: () => ({ masked: {}, findings: [] }), text: (t) => t }, now: () => new Date(), signingKey: generateSigningKey().privateKey, tokenTtlSeconds: 60 },
  { proposalId, voter, channel: "api", decision: "approve" },
);
process.stdout.write(`${Date.now()}\n`);
await db.$disconnect();
