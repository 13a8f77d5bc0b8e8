// The real process's streams and directory, for main.ts; tests pass their own CliIo.
import type { CliIo } from "./command.js";
import { readCliEnv } from "./env.js";

/**
 * CliIo over process.stdout / stderr / stdin.
 *
 * @example process.exitCode = await runCli(process.argv.slice(2), nodeIo())
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: readCliEnv(),
    readStdin: async () => {
      let text = "";
      for await (const chunk of process.stdin) text += String(chunk);
      return text;
    },
  };
}
