// A fake Slack Web API on loopback for tests and benchmarks. It speaks the wire format the real
// WebClient uses (POST {slackApiUrl}{method}, form-encoded, JSON inside fields), records every
// call for assertions, keeps the messages it "posted" so tests can read a card's current state,
// and can be told to fail a method with 429 + Retry-After or 5xx a number of times.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** HTTP status the fake answered with. */
  status: number;
  at: number;
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

export async function startFakeSlack(options: { token?: string } = {}): Promise<FakeSlack> {
  const token = options.token ?? "xoxb-test-token";
  const users = new Map<string, FakeUser>();
  const faults = new Map<string, Fault>();
  const messages = new Map<string, FakeMessage>();
  const calls: RecordedCall[] = [];
  let tsCounter = 0;
  let viewCounter = 0;
  const nextTs = (): string => {
    tsCounter += 1;
    return `1714000000.${String(tsCounter).padStart(6, "0")}`;
  };

  const handlers: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> = {
    "auth.test": () => ({ ok: true, url: "https://fake.slack.com/", team: "Fake", user: "countersign", team_id: "T0FAKE", user_id: "U0BOT", bot_id: "B0BOT" }),
    "chat.postMessage": (args) => {
      const channel = String(args.channel ?? "");
      if (!channel) return { ok: false, error: "channel_not_found" };
      const ts = nextTs();
      const message: FakeMessage = { channel, ts, text: String(args.text ?? ""), blocks: asArray(args.blocks) };
      if (typeof args.thread_ts === "string") message.threadTs = args.thread_ts;
      messages.set(`${channel}/${ts}`, message);
      return { ok: true, channel, ts, message: { text: message.text, ts } };
    },
    "chat.update": (args) => {
      const key = `${String(args.channel)}/${String(args.ts)}`;
      const message = messages.get(key);
      if (!message) return { ok: false, error: "message_not_found" };
      message.text = String(args.text ?? message.text);
      message.blocks = asArray(args.blocks);
      return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
    },
    "chat.postEphemeral": () => ({ ok: true, message_ts: nextTs() }),
    "views.open": (args) => ({ ok: true, view: { id: `V${++viewCounter}`, ...asObject(args.view) } }),
    "views.publish": (args) => ({ ok: true, view: { id: `V${++viewCounter}`, ...asObject(args.view) } }),
    "users.info": (args) => {
      const user = users.get(String(args.user));
      if (!user) return { ok: false, error: "user_not_found" };
      return { ok: true, user: { id: user.id, name: user.name ?? user.id, profile: { email: user.email } } };
    },
    "users.lookupByEmail": (args) => {
      const email = String(args.email).toLowerCase();
      const user = [...users.values()].find((u) => u.email.toLowerCase() === email);
      if (!user) return { ok: false, error: "users_not_found" };
      return { ok: true, user: { id: user.id, name: user.name ?? user.id, profile: { email: user.email } } };
    },
    "conversations.open": (args) => {
      const ids = String(args.users ?? "").split(",").filter(Boolean);
      if (ids.length === 0) return { ok: false, error: "user_not_found" };
      return { ok: true, channel: { id: `D${ids.join("")}` } };
    },
  };

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
        calls.push({ method: "response_url", args: parseBody(body, req.headers["content-type"]), status: 200, at: Date.now() });
        respond(200, { ok: true });
        return;
      }
      const method = url.pathname.replace(/^\/api\//, "");
      const args = parseBody(body, req.headers["content-type"]);
      const fault = faults.get(method);
      if (fault && fault.remaining > 0) {
        fault.remaining -= 1;
        calls.push({ method, args, status: fault.status, at: Date.now() });
        const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
        respond(fault.status, { ok: false, error: fault.status === 429 ? "ratelimited" : "internal_error" }, headers);
        return;
      }
      const handler = handlers[method];
      if (req.headers.authorization !== `Bearer ${token}`) {
        calls.push({ method, args, status: 200, at: Date.now() });
        respond(200, { ok: false, error: "invalid_auth" });
        return;
      }
      calls.push({ method, args, status: 200, at: Date.now() });
      respond(200, handler ? handler(args) : { ok: false, error: "unknown_method" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeSlack = {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: `http://127.0.0.1:${port}/response/1`,
    token,
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

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
