import pg from "pg";
import { run, Logger, type Runner, type TaskList } from "graphile-worker";

export type { TaskList, JobHelpers, Task } from "graphile-worker";

export interface JobRunnerOptions {
  databaseUrl: string;
  tasks: TaskList;
  concurrency?: number;
  log?: (level: string, message: string) => void;
}

/**
 * Starts a graphile-worker runner: jobs are claimed with SKIP LOCKED, picked up at once through
 * LISTEN/NOTIFY, retried with exponential backoff, and survive restarts. Any number of instances
 * may run one each.
 *
 * @example const runner = await startJobRunner({ databaseUrl, tasks: { "webhook.deliver": deliver } });
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<{ stop(): Promise<void> }> {
  const log = options.log;
  // Our own pool, with an error listener that outlives the runner: when Postgres goes away first
  // (Ctrl-C reaches the embedded server too), idle clients must not crash the process.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: (options.concurrency ?? 4) + 2 });
  pool.on("error", (error) => log?.("warn", `job queue connection lost: ${error.message}`));
  const runner: Runner = await run({
    pgPool: pool,
    concurrency: options.concurrency ?? 4,
    taskList: options.tasks,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: new Logger(() => (level, message) => {
      if (log && String(level) !== "debug") log(String(level), message);
    }),
  });
  return {
    async stop() {
      await runner.stop();
      await pool.end();
    },
  };
}
