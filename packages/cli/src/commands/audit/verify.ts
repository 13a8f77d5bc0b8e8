import { createPrismaClient, verifyAuditChain } from "@countersign/db";
import { parseOptions, type Command } from "../../command.js";
import { DATABASE_URL_OPTION, databaseUrlOf } from "../database-url.js";

/** Recomputes the hash chain; exit 1 and the first broken event when it does not hold. */
export const verifyCommand: Command = {
  name: "verify",
  summary: "Recompute the audit hash chain and report the first break",
  usage: "audit verify [--database-url URL]",
  async run(args, io) {
    const { values } = parseOptions(args, DATABASE_URL_OPTION);
    const db = createPrismaClient(databaseUrlOf(values, io), { maxConnections: 2 });
    try {
      const result = await verifyAuditChain(db);
      if (result.ok) {
        io.stdout(`ok: ${result.events} events, head ${result.head}\n`);
        return 0;
      }
      io.stderr(`BROKEN at event ${result.brokenAt} (after ${result.events} good events): ${result.problem}\n`);
      return 1;
    } finally {
      await db.$disconnect();
    }
  },
};
