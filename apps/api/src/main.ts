// `npm start`: the policy service on the embedded default (or DATABASE_URL).
import { parseEnv } from "./env.js";
import { createLogger, type Logger } from "./logger.js";
import { startService, type Service } from "./service.js";
import { slackIntegration } from "./integrations.js";

async function start(): Promise<{ service: Service; logger: Logger }> {
  try {
    const env = parseEnv();
    const logger = createLogger(env.LOG_LEVEL);
    return { service: await startService(env, [slackIntegration(env.slack)], logger), logger };
  } catch (error) {
    // Bad configuration or policy: say what is wrong (file:line:column for policy), no stack.
    process.stderr.write(`countersign could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const { service, logger } = await start();
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
