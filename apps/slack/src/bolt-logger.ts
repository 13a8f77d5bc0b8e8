import { LogLevel, type Logger } from "@slack/bolt";
import type { SlackLogger } from "./deps.js";

/**
 * Bolt's Logger interface over our structured logger, so Bolt's own messages land in the same
 * stream. Bolt's debug output (whole request bodies, card contents) is dropped unless Bolt's level
 * is set to DEBUG explicitly.
 */
export function toBoltLogger(logger: SlackLogger): Logger {
  let level = LogLevel.INFO;
  let name = "bolt";
  const join = (msgs: unknown[]): string => msgs.map((m) => (typeof m === "string" ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(" ");
  return {
    debug: (...msgs) => {
      if (level === LogLevel.DEBUG) logger.debug(join(msgs), { source: name });
    },
    info: (...msgs) => logger.info(join(msgs), { source: name }),
    warn: (...msgs) => logger.warn(join(msgs), { source: name }),
    error: (...msgs) => logger.error(join(msgs), { source: name }),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}

export const silentLogger: SlackLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
