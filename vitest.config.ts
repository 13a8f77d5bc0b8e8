import { defineConfig } from "vitest/config";

// One run for the whole monorepo: one embedded PostgreSQL per run (see the db package's global
// setup), a fresh database per suite. Sibling packages resolve to their sources ("source").
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "policies/**/*.test.ts"],
    globalSetup: ["packages/db/src/testing/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
