// The `countersign` dispatcher: picks the command named by the first argument and turns errors
// into a message on stderr and an exit code. Commands are listed in commands/index.ts.
import { PolicyValidationError } from "@countersign/policy";
import { UsageError, type CliIo, type Command } from "./command.js";
import { commands as defaultCommands } from "./commands/index.js";
import { formatValidationError, relativeInMessage } from "./format/paths.js";

function usage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "Usage: countersign <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Run 'countersign <command> --help' for a command's options.",
    "",
  ].join("\n");
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 *
 * @example process.exitCode = await runCli(["policy", "validate", "policies"], nodeIo())
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[] = defaultCommands): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.stderr : io.stdout)(usage(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`countersign: unknown command '${name}'\n\n${usage(commands)}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`countersign ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof PolicyValidationError) {
      io.stderr(`${formatValidationError(error, io.cwd)}\n`);
      return 1;
    }
    io.stderr(`countersign ${name}: ${relativeInMessage(error instanceof Error ? error.message : String(error), io.cwd)}\n`);
    return 1;
  }
}
