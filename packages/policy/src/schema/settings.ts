// `settings:` holds defaults for require_approval rules and the break-glass announcement channel.
import type { YamlNode } from "../yaml/node.js";
import { readDuration } from "./approval.js";
import { readChannel, readChannels } from "./channels.js";
import { DEFAULT_SETTINGS, type SettingsSpec } from "./model.js";

/**
 * Reads `settings:`; absent keys keep the built-in defaults (ttl 1h, channels [api]).
 *
 * @example settings: { ttl: 30m, channels: [{ slack: C0APPROVALS }], remind: 10m, break_glass_announce: { slack: C0INCIDENTS } }
 */
export function readSettings(node: YamlNode): SettingsSpec {
  const entries = node.map("settings", ["ttl", "channels", "remind", "break_glass_announce"]);
  if (!entries) return DEFAULT_SETTINGS;
  const ttl = entries.get("ttl");
  const channels = entries.get("channels");
  const remind = entries.get("remind");
  const announce = entries.get("break_glass_announce");
  return {
    ttlSeconds: (ttl && readDuration(ttl, "settings.ttl")) ?? DEFAULT_SETTINGS.ttlSeconds,
    channels: (channels && readChannels(channels)) ?? DEFAULT_SETTINGS.channels,
    remindSeconds: (remind && readDuration(remind, "settings.remind")) ?? DEFAULT_SETTINGS.remindSeconds,
    breakGlassAnnounce: (announce && readChannel(announce)) ?? DEFAULT_SETTINGS.breakGlassAnnounce,
  };
}
