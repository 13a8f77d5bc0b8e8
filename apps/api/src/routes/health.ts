import type { ApiContext } from "../context.js";
import type { RouteSpec } from "./route.js";

export function healthRoutes(ctx: ApiContext, openapi: () => object): RouteSpec[] {
  return [
    {
      method: "get", path: "/healthz", auth: false, summary: "Liveness: the process serves",
      responses: { 200: { description: "Alive" } },
      handler: (_req, res) => void res.json({ status: "ok" }),
    },
    {
      method: "get", path: "/readyz", auth: false, summary: "Readiness: the database answers",
      responses: { 200: { description: "Ready" }, 503: { description: "Database unreachable" } },
      async handler(_req, res) {
        try {
          await ctx.core.db.$queryRaw`SELECT 1`;
          res.json({ status: "ready", policyHash: ctx.core.policy.current().hash });
        } catch {
          res.status(503).type("application/problem+json").json({ type: "about:blank", title: "Service Unavailable", status: 503, code: "database_unreachable", detail: "The database does not answer." });
        }
      },
    },
    {
      method: "get", path: "/v1/decision-key", auth: false,
      summary: "The Ed25519 public key (SPKI PEM) that verifies decision tokens",
      responses: { 200: { description: "Public key" } },
      handler: (_req, res) => void res.json({ alg: "EdDSA", crv: "Ed25519", publicKeyPem: ctx.publicKey }),
    },
    {
      method: "get", path: "/openapi.json", auth: false, summary: "This API's OpenAPI 3.1 document",
      responses: { 200: { description: "OpenAPI document" } },
      handler: (_req, res) => void res.json(openapi()),
    },
  ];
}
