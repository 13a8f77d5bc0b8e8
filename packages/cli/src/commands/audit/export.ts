import { createPrismaClient } from "@countersign/db";
import { parseOptions, type Command } from "../../command.js";
import { DATABASE_URL_OPTION, databaseUrlOf } from "../database-url.js";

const PAGE = 1000;

/** Writes the audit trail as JSON lines, oldest first, for archiving or a SIEM. */
export const exportCommand: Command = {
  name: "export",
  summary: "Write the audit trail as JSON lines (oldest first)",
  usage: "audit export [--proposal ID] [--database-url URL]",
  async run(args, io) {
    const { values } = parseOptions(args, { ...DATABASE_URL_OPTION, proposal: { type: "string" } });
    const db = createPrismaClient(databaseUrlOf(values, io), { maxConnections: 2 });
    const proposalId = typeof values.proposal === "string" ? values.proposal : undefined;
    try {
      let after: bigint | undefined;
      for (;;) {
        const rows = await db.auditEvent.findMany({
          where: { ...(proposalId ? { proposalId } : {}), ...(after === undefined ? {} : { seq: { gt: after } }) },
          orderBy: { seq: "asc" },
          take: PAGE,
        });
        for (const e of rows) io.stdout(JSON.stringify({ ...e, seq: e.seq.toString(), createdAt: e.createdAt.toISOString() }) + "\n");
        if (rows.length < PAGE) return 0;
        after = rows.at(-1)!.seq;
      }
    } finally {
      await db.$disconnect();
    }
  },
};
