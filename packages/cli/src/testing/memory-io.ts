// A CliIo that records output, for running commands in-process in tests.
import type { CliIo } from "../command.js";

export interface MemoryIo extends CliIo {
  out: string[];
  err: string[];
}

/**
 * Records stdout and stderr; `stdin` is what readStdin returns.
 *
 * @example const io = memoryIo("/repo"); await runCli(["policy", "test", "policies"], io); io.out.join("")
 */
export function memoryIo(cwd: string, stdin = "", env: CliIo["env"] = {}): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    env,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: () => Promise.resolve(stdin),
  };
}
