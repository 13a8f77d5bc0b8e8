// Prisma CLI configuration. The runtime never reads this: @countersign/db builds its client from
// validated config. DATABASE_URL is only needed for Prisma CLI commands that talk to a database.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/countersign" },
});
