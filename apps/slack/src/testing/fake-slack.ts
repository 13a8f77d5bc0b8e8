// A fake Slack Web API on loopback for tests and benchmarks. It speaks the wire format the real
// WebClient uses (POST {slackApiUrl}{method}, form-encoded, JSON inside fields), records every
// call for assertions, keeps the messages it "posted" so tests can read a card's current state,
// and can be told to fail a method with 429 + Retry-After or 5xx a number of times.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { asObject, createFakeHandlers } from "./fake-slack-handlers.js";

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** HTTP status the fake answered with. */
  status: number;
  /** Date.now() when the call arrived. */
  at: number;
  /** performance.now() when the call arrived, for latency measurements in the same process. */
  t: number;
}

export interface FakeUser {
  id: string;
  email: string;
  name?: string;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  threadTs?: string;
}

interface Fault {
  status: number;
  retryAfter?: number;
  remaining: number;
}

export interface FakeSlack {
  /** e.g. http://127.0.0.1:PORT/api/ — give it to the WebClient as slackApiUrl. */
  apiUrl: string;
  /** A response_url the fake accepts; `respond()` calls land in `calls` as method "response_url". */
  responseUrl: string;
  token: string;
  /** App-level token accepted by apps.connections.open (Socket Mode). */
  appToken: string;
  /** What apps.connections.open answers as the WebSocket URL; set it to a local ws server. */
  socketUrl: string | null;
  calls: RecordedCall[];
  /** Successful calls of one method (what Slack actually accepted). */
  callsTo(method: string): RecordedCall[];
  /** Every message posted, by `${channel}/${ts}`, with its latest content. */
  messages: Map<string, FakeMessage>;
  addUser(user: FakeUser): void;
  /** Answer the next `times` calls of `method` with `status` (429 adds Retry-After seconds). */
  fail(method: string, options: { status: number; times: number; retryAfter?: number }): void;
  /** Extra latency per call, to make benchmarks honest about a network hop. */
  latencyMs: number;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeSlack(options: { token?: string; appToken?: string } = {}): Promise<FakeSlack> {
  const token = options.token ?? "xoxb-test-token";
  const appToken = options.appToken ?? "xapp-test-token";
  const users = new Map<string, FakeUser>();
  const faults = new Map<string, Fault>();
  const messages = new Map<string, FakeMessage>();
  const calls: RecordedCall[] = [];
  const handlers = createFakeHandlers({ users, messages, socketUrl: () => fake.socketUrl });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const respond = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
        const send = (): void => {
          res.writeHead(status, { "content-type": "application/json", ...headers });
          res.end(JSON.stringify(payload));
        };
        if (fake.latencyMs > 0) setTimeout(send, fake.latencyMs);
        else send();
      };
      if (url.pathname.startsWith("/response/")) {
        calls.push({ method: "response_url", args: parseBody(body, req.headers["content-type"]), status: 200, at: Date.now(), t: performance.now() });
        respond(200, { ok: true });
        return;
      }
      const method = url.pathname.replace(/^\/api\//, "");
      const args = parseBody(body, req.headers["content-type"]);
      const fault = faults.get(method);
      if (fault && fault.remaining > 0) {
        fault.remaining -= 1;
        calls.push({ method, args, status: fault.status, at: Date.now(), t: performance.now() });
        const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
        respond(fault.status, { ok: false, error: fault.status === 429 ? "ratelimited" : "internal_error" }, headers);
        return;
      }
      const handler = handlers[method];
      const expected = method === "apps.connections.open" ? appToken : token;
      if (req.headers.authorization !== `Bearer ${expected}`) {
        calls.push({ method, args, status: 200, at: Date.now(), t: performance.now() });
        respond(200, { ok: false, error: "invalid_auth" });
        return;
      }
      calls.push({ method, args, status: 200, at: Date.now(), t: performance.now() });
      respond(200, handler ? handler(args) : { ok: false, error: "unknown_method" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeSlack = {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: `http://127.0.0.1:${port}/response/1`,
    token,
    appToken,
    socketUrl: null,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method && c.status === 200),
    messages,
    latencyMs: 0,
    addUser: (user) => users.set(user.id, user),
    fail: (method, o) => faults.set(method, { status: o.status, retryAfter: o.retryAfter, remaining: o.times }),
    waitFor: async (predicate, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error("fake Slack: condition not met in time");
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    reset: () => {
      calls.length = 0;
      faults.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
  return fake;
}

// The WebClient sends form fields with objects JSON-encoded inside; response_url gets JSON.
function parseBody(body: string, contentType: string | undefined): Record<string, unknown> {
  if (!body) return {};
  if (contentType?.startsWith("application/json")) return asObject(JSON.parse(body));
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return out;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
