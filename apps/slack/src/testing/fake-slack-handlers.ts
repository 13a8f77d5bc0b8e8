// The fake Web API's methods: just enough state (users, posted messages) to answer like Slack.
import type { FakeMessage, FakeUser } from "./fake-slack.js";

type Handler = (args: Record<string, unknown>) => Record<string, unknown>;

export function createFakeHandlers(state: {
  users: Map<string, FakeUser>;
  messages: Map<string, FakeMessage>;
  socketUrl: () => string | null;
}): Record<string, Handler> {
  const { users, messages } = state;
  let tsCounter = 0;
  let viewCounter = 0;
  const nextTs = (): string => `1714000000.${String(++tsCounter).padStart(6, "0")}`;
  const userJson = (user: FakeUser) => ({ id: user.id, name: user.name ?? user.id, profile: { email: user.email } });

  return {
    "apps.connections.open": () => {
      const url = state.socketUrl();
      return url ? { ok: true, url } : { ok: false, error: "socket_mode_not_enabled" };
    },
    "auth.test": () => ({ ok: true, url: "https://fake.slack.com/", team: "Fake", user: "countersign", team_id: "T0FAKE", user_id: "U0BOT", bot_id: "B0BOT" }),
    "chat.postMessage": (args) => {
      const channel = str(args.channel);
      if (!channel) return { ok: false, error: "channel_not_found" };
      const ts = nextTs();
      const message: FakeMessage = { channel, ts, text: str(args.text), blocks: asArray(args.blocks) };
      if (typeof args.thread_ts === "string") message.threadTs = args.thread_ts;
      messages.set(`${channel}/${ts}`, message);
      return { ok: true, channel, ts, message: { text: message.text, ts } };
    },
    "chat.update": (args) => {
      const message = messages.get(`${str(args.channel)}/${str(args.ts)}`);
      if (!message) return { ok: false, error: "message_not_found" };
      message.text = str(args.text) || message.text;
      message.blocks = asArray(args.blocks);
      return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
    },
    "chat.postEphemeral": () => ({ ok: true, message_ts: nextTs() }),
    "views.open": (args) => ({ ok: true, view: { id: `V${++viewCounter}`, ...asObject(args.view) } }),
    "views.publish": (args) => ({ ok: true, view: { id: `V${++viewCounter}`, ...asObject(args.view) } }),
    "users.info": (args) => {
      const user = users.get(str(args.user));
      return user ? { ok: true, user: userJson(user) } : { ok: false, error: "user_not_found" };
    },
    "users.lookupByEmail": (args) => {
      const email = str(args.email).toLowerCase();
      const user = [...users.values()].find((u) => u.email.toLowerCase() === email);
      return user ? { ok: true, user: userJson(user) } : { ok: false, error: "users_not_found" };
    },
    "conversations.open": (args) => {
      const ids = str(args.users).split(",").filter(Boolean);
      return ids.length > 0 ? { ok: true, channel: { id: `D${ids.join("")}` } } : { ok: false, error: "user_not_found" };
    },
  };
}

export function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
