// Policy-decided proposals per second through the HTTP API on a real (embedded, durable) Postgres
// under concurrent load, against a baseline in the same run: raw single-row INSERT transactions
// per second through `pg` at the same concurrency.
import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { issueApiKey } from "@countersign/core";
import { migrate, startEmbeddedPostgres } from "@countersign/db";
import { startService } from "@countersign/api";

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

export default async function apiBench(): Promise<object> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "countersign-bench-"));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE bench");
    await admin.end();
    const databaseUrl = server.urlFor("bench");
    await migrate({ databaseUrl });

    const baseline = await rawInsertBaseline(databaseUrl);
    const service = await startService(
      {
        PORT: 0, HOST: "127.0.0.1", DATABASE_URL: databaseUrl, COUNTERSIGN_DATA_DIR: dir,
        COUNTERSIGN_POLICY: path.resolve("policies/example.yaml"), COUNTERSIGN_BOOTSTRAP_ADMIN: "admin@example.com",
        COUNTERSIGN_TOKEN_TTL: 900, COUNTERSIGN_MASK_STYLE: "partial", COUNTERSIGN_WORKER_CONCURRENCY: 4,
        COUNTERSIGN_SWEEP_INTERVAL_MS: 1000, LOG_LEVEL: "silent", slack: null,
      },
    );
    try {
      const { key } = await issueApiKey(service.db, { kind: "agent", agentName: "bench-agent", ownerEmail: "owner@example.com" }, "bench");
      const mixes = {
        pending: { action: "iam.grant", resource: "role/admin", environment: "prod", params: { user: "bob@example.com", reason: "on-call rotation for Jane Doe, 555-867-5309" } },
        allow: { action: "db.query", resource: "postgres://prod/orders", environment: "prod", params: { sql: "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'" } },
      };
      const results: Record<string, object> = {};
      for (const [name, body] of Object.entries(mixes)) {
        const r = await autocannon({
          url: `${service.url}/v1/proposals`,
          method: "POST",
          connections: CONNECTIONS,
          duration: SECONDS,
          // The load generator gets its own thread so it does not share the API's event loop.
          workers: 1,
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const non2xx = r.non2xx + r.errors;
        results[name] = {
          proposalsPerSecond: Math.round(r.requests.average),
          p50ms: r.latency.p50,
          p99ms: r.latency.p99,
          errors: non2xx,
          ratioToRawInsert: round(r.requests.average / baseline.insertsPerSecond),
        };
      }
      return { connections: CONNECTIONS, seconds: SECONDS, baseline, api: results, note: "client, API and Postgres share the machine's cores; fsync on" };
    } finally {
      await service.stop();
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function rawInsertBaseline(databaseUrl: string): Promise<{ insertsPerSecond: number; p50ms: number; p99ms: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  await pool.query("CREATE TABLE bench_raw (id bigserial primary key, body jsonb not null, created_at timestamptz default now())");
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  const body = JSON.stringify({ action: "iam.grant", resource: "role/admin", environment: "prod" });
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = await pool.connect();
      try {
        while (Date.now() < deadline) {
          const t = process.hrtime.bigint();
          await client.query("BEGIN");
          await client.query("INSERT INTO bench_raw (body) VALUES ($1)", [body]);
          await client.query("COMMIT");
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { insertsPerSecond: Math.round(latencies.length / SECONDS), p50ms: at(0.5), p99ms: at(0.99) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
