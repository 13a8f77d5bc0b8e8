export { createApiApp, type ApiAppOptions } from "./app.js";
export type { ApiContext } from "./context.js";
export { createLogger, redactSecrets, type Logger } from "./logger.js";
export { startService, type Service } from "./service.js";
export { parseEnv, type Env } from "./env.js";
