import { EventEmitter } from "node:events";
import pg from "pg";

/**
 * One LISTEN connection per process on `countersign_proposal` (a trigger notifies on every update
 * of a proposal), so a long-poll on any instance wakes when any other instance changes it.
 */
export interface ChangeFeed {
  /** Resolves true when the proposal changes, false after `timeoutMs` or on abort. */
  waitForChange(proposalId: string, timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
  close(): Promise<void>;
}

export async function createChangeFeed(databaseUrl: string, onError?: (e: Error) => void): Promise<ChangeFeed> {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let closed = false;
  let client: pg.Client;

  const connect = async (): Promise<void> => {
    client = new pg.Client({ connectionString: databaseUrl });
    client.on("notification", (n) => n.payload && events.emit(n.payload));
    client.on("error", (error) => {
      onError?.(error);
      if (!closed) setTimeout(() => void connect().catch((e: Error) => onError?.(e)), 500);
    });
    await client.connect();
    await client.query("LISTEN countersign_proposal");
  };
  await connect();

  return {
    waitForChange(proposalId, timeoutMs, signal) {
      return new Promise((resolve) => {
        const done = (changed: boolean) => {
          clearTimeout(timer);
          events.off(proposalId, onChange);
          signal?.removeEventListener("abort", onAbort);
          resolve(changed);
        };
        const onChange = () => done(true);
        const onAbort = () => done(false);
        const timer = setTimeout(() => done(false), timeoutMs);
        events.on(proposalId, onChange);
        signal?.addEventListener("abort", onAbort);
      });
    },
    async close() {
      closed = true;
      await client.end().catch(() => undefined);
    },
  };
}
