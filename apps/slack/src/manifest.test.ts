import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { parse } from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The bot scope each Web API method we call needs (none for views.*). */
const SCOPES: Record<string, string[]> = {
  "chat.postMessage": ["chat:write"],
  "chat.update": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "conversations.open": ["im:write"],
  "users.info": ["users:read", "users:read.email"],
  "users.lookupByEmail": ["users:read.email"],
  "views.open": [],
  "views.publish": [],
};

function methodsCalled(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (file.includes(`${path.sep}testing${path.sep}`)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(/client\.([a-zA-Z]+)\.([a-zA-Z]+)\(/g)) found.add(`${m[1]}.${m[2]}`);
  }
  return found;
}

describe("manifest.yaml", () => {
  const manifest = parse(readFileSync(path.join(here, "..", "manifest.yaml"), "utf8")) as {
    oauth_config: { scopes: { bot: string[] } };
    settings: { event_subscriptions: { bot_events: string[]; request_url: string }; interactivity: { request_url: string } };
  };

  it("asks for exactly the scopes the code uses", () => {
    const called = methodsCalled(here);
    for (const method of called) expect(SCOPES, `scope table lacks ${method}`).toHaveProperty([method]);
    const needed = new Set([...called].flatMap((m) => SCOPES[m] ?? []));
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it("subscribes to app_home_opened and sends both kinds of request to /slack/events", () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
    expect(manifest.settings.interactivity.request_url).toBe("https://YOUR_HOST/slack/events");
    expect(manifest.settings.event_subscriptions.request_url).toBe("https://YOUR_HOST/slack/events");
  });
});
