import { z } from "zod";
import type { RouteSpec } from "./routes/route.js";

const toSchema = (schema: z.ZodType, io: "input" | "output") => z.toJSONSchema(schema, { io, unrepresentable: "any" });

/** Express `/v1/proposals/:id` → OpenAPI `/v1/proposals/{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, "{$1}");

/** Builds the OpenAPI 3.1 document from the very route table that serves requests. */
export function buildOpenApi(routes: RouteSpec[], version: string): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [["path", route.params], ["query", route.query]] as const) {
      if (!schema) continue;
      const json = toSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), schema: s });
      }
    }
    if (route.method === "post" && route.path === "/v1/proposals") {
      parameters.push({ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 200 } });
    }
    (paths[openApiPath(route.path)] ??= {})[route.method] = {
      summary: route.summary,
      ...(route.auth ? { security: [{ bearer: [] }] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body, "input") } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema ? { content: { [Number(status) >= 400 ? "application/problem+json" : "application/json"]: { schema: toSchema(r.schema, "output") } } } : {}),
          },
        ]),
      ),
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "countersign policy service", version, description: "Human approval between AI agents and privileged actions." },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "csk_… API key" } } },
    paths,
  };
}
