// The only place the CLI reads the environment.
export function readCliEnv(): { databaseUrl?: string | undefined } {
  return { databaseUrl: process.env.DATABASE_URL };
}
