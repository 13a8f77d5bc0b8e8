import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./testing/harness.js";
import { LIFECYCLE_POLICY } from "./testing/policies.js";
import type { createApiApp } from "./app.js";
import { openApiPath } from "./openapi.js";

let api: TestApi;
beforeAll(async () => { api = await startTestApi(LIFECYCLE_POLICY); });
afterAll(async () => api.close());

/** Method + path of every route Express actually serves. */
function servedRoutes(app: ReturnType<typeof createApiApp>["app"]): string[] {
  const stack = (app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
  return stack.filter((l) => l.route).flatMap((l) => Object.keys(l.route!.methods).map((m) => `${m} ${openApiPath(l.route!.path)}`)).sort();
}

describe("GET /openapi.json", () => {
  it("is OpenAPI 3.1 and documents exactly the routes the app serves", async () => {
    const res = await api.call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)).sort();
    expect(documented).toEqual(servedRoutes(api.app));
  });

  it("describes request bodies with the schemas that validate them", async () => {
    const res = await api.call("GET", "/openapi.json");
    const create = res.body.paths["/v1/proposals"].post;
    const schema = create.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["action", "resource"]));
    expect(schema.properties.action).toMatchObject({ type: "string", maxLength: 200 });
    expect(schema.additionalProperties).toBe(false);
    expect(create.parameters.map((p: { name: string }) => p.name)).toContain("Idempotency-Key");
    const get = res.body.paths["/v1/proposals/{id}"].get;
    expect(get.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: "id", in: "path", required: true }), expect.objectContaining({ name: "wait", in: "query" })]));
  });
});
