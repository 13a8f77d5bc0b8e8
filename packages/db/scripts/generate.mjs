// Runs `prisma generate` offline. The CLI wants a schema-engine binary on disk even though
// generation does not use it; it cannot be downloaded here, so point it at any executable.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
const result = spawnSync("npx", ["--no-install", "prisma", "generate", "--no-hints"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
