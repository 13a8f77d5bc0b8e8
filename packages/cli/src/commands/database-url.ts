import { UsageError, type CliIo } from "../command.js";

/** `--database-url`, else DATABASE_URL: commands that touch Postgres need one of them. */
export function databaseUrlOf(values: Record<string, string | boolean | undefined>, io: CliIo): string {
  const url = typeof values["database-url"] === "string" ? values["database-url"] : io.env.databaseUrl;
  if (!url) throw new UsageError("no database: pass --database-url or set DATABASE_URL");
  return url;
}

export const DATABASE_URL_OPTION = { "database-url": { type: "string" } } as const;
