import express, { type Express, type Router } from "express";
import { authenticate } from "./http/auth.js";
import { errorHandler, notFound } from "./http/problem.js";
import { buildOpenApi } from "./openapi.js";
import { adminRoutes } from "./routes/admin.js";
import { healthRoutes } from "./routes/health.js";
import { proposalRoutes } from "./routes/proposals.js";
import type { RouteSpec } from "./routes/route.js";
import type { ApiContext } from "./context.js";

export interface ApiAppOptions {
  /** Largest JSON body accepted. */
  bodyLimit?: string;
  /** Routers mounted before the API (e.g. Slack's receiver at /slack/events, with its own body parsing). */
  mounts?: { path: string; router: Router }[];
}

/** The policy service's Express app: routes, auth, problem+json errors. No listening, no timers. */
export function createApiApp(ctx: ApiContext, options: ApiAppOptions = {}): { app: Express; routes: RouteSpec[] } {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", true);
  for (const mount of options.mounts ?? []) app.use(mount.path, mount.router);

  let openapi: object | undefined;
  const routes: RouteSpec[] = [...healthRoutes(ctx, () => (openapi ??= buildOpenApi(routes, "0.1.0"))), ...proposalRoutes(ctx), ...adminRoutes(ctx)];

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => ctx.logger.info("request", { method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    next();
  });
  app.use(express.json({ limit: options.bodyLimit ?? "256kb", type: ["application/json", "application/*+json"] }));
  const auth = authenticate(ctx.core.db);
  for (const route of routes) {
    const handlers = route.auth ? [auth, route.handler] : [route.handler];
    app[route.method](route.path, ...handlers);
  }
  app.use(notFound);
  app.use(errorHandler(ctx.logger));
  return { app, routes };
}
