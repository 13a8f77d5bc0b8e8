// JSON lines on stdout. Callers pass ids and codes, never params, keys or tokens; the redactor is
// a second line of defence for anything that looks like a credential.
export type Level = "debug" | "info" | "warn" | "error" | "silent";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const SECRET = /(csk_[0-9a-f]{16}_)[0-9a-f]{64}|(cst1\.)[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+|(xox[abpr]-)[A-Za-z0-9-]+|(Bearer )\S+/g;

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: Level, write: (line: string) => void = (l) => process.stdout.write(l + "\n")): Logger {
  const log = (at: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields }, errorReplacer);
    write(redactSecrets(line));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

export function redactSecrets(text: string): string {
  return text.replace(SECRET, (_m, key: string, token: string, slack: string, bearer: string) => `${key ?? token ?? slack ?? bearer ?? ""}[REDACTED]`);
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, code: (value as { code?: unknown }).code };
  if (typeof value === "bigint") return value.toString();
  return value;
}
