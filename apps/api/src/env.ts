import { z } from "zod";
import { readSlackEnv, type SlackConfig } from "@countersign/slack";

// Every setting of the API service, parsed once at start-up; bad config fails with every problem.
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  COUNTERSIGN_DATA_DIR: z.string().default(".countersign"),
  COUNTERSIGN_POLICY: z.string().default("policies/example.yaml"),
  COUNTERSIGN_BOOTSTRAP_KEY: z.string().regex(/^csk_[0-9a-f]{16}_[0-9a-f]{64}$/, "must look like csk_<16 hex>_<64 hex>").optional(),
  COUNTERSIGN_BOOTSTRAP_ADMIN: z.string().email().default("admin@example.com"),
  COUNTERSIGN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  COUNTERSIGN_TOKEN_TTL: z.coerce.number().int().positive().default(900),
  COUNTERSIGN_MASK_STYLE: z.enum(["tag", "partial", "pseudonym"]).default("partial"),
  COUNTERSIGN_WORKER_CONCURRENCY: z.coerce.number().int().positive().default(4),
  COUNTERSIGN_SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(1000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema> & {
  /** Slack settings, or null when Slack is not configured. */
  slack: SlackConfig | null;
};

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return { ...result.data, slack: readSlackEnv(source) };
}
