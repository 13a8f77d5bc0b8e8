// `npm start`: the policy service on the embedded default (or DATABASE_URL).
import { parseEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { startService } from "./service.js";
import { slackIntegration } from "./integrations.js";

const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const service = await startService(env, [slackIntegration(env.slack)], logger);
if (service.adminKey) {
  // Printed once, on the first start: the only time this key is shown.
  process.stdout.write(`\nAdmin API key (shown once, store it now):\n  ${service.adminKey}\n\n`);
}
process.stdout.write(`countersign serving on ${service.url}\n`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    service.stop().then(() => process.exit(0), (error: unknown) => {
      logger.error("shutdown failed", { error });
      process.exit(1);
    });
  });
}
