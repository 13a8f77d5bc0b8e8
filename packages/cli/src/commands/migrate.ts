// `countersign migrate`: apply prisma/migrations to a database before a rolling deploy (the
// service also migrates at start; both are safe at once thanks to the runner's advisory lock).
import { migrate } from "@countersign/db";
import { parseOptions, type Command } from "../command.js";
import { DATABASE_URL_OPTION, databaseUrlOf } from "./database-url.js";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "Apply pending database migrations",
  usage: "migrate [--database-url URL]",
  async run(args, io) {
    const { values } = parseOptions(args, DATABASE_URL_OPTION);
    const result = await migrate({ databaseUrl: databaseUrlOf(values, io) });
    for (const name of result.applied) io.stdout(`applied ${name}\n`);
    io.stdout(result.applied.length === 0 ? `up to date (${result.alreadyApplied.length} migrations)\n` : `${result.applied.length} applied\n`);
    return 0;
  },
};
