// The shape every `countersign` subcommand has. A command gets its arguments (after its own name)
// and an IO object instead of touching process.* directly, so tests can run it in-process.
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface ParsedOptions {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Relative paths in arguments are resolved against this. */
  cwd: string;
  readStdin: () => Promise<string>;
  /** The settings commands may read from the environment (see env.ts). */
  env: { databaseUrl?: string | undefined };
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage text for --help, e.g. "policy validate <path>…". */
  usage: string;
  /** Returns the process exit code: 0 success, 1 failure, 2 usage error. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Wrong arguments: reported with the command's usage and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * node:util parseArgs, with its errors turned into UsageErrors.
 *
 * @example const { values, positionals } = parseOptions(args, { json: { type: "boolean" } })
 */
export function parseOptions(args: string[], options: NonNullable<ParseArgsConfig["options"]>): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedOptions["values"], positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function isHelp(args: readonly string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}

/**
 * A command made of subcommands (`countersign policy validate …`): dispatches on the first argument.
 *
 * @example commandGroup("policy", "Work with policy files", [validateCommand, testCommand])
 */
export function commandGroup(name: string, summary: string, commands: readonly Command[]): Command {
  const usage = [`${name} <command> [options]`, "", "Commands:", ...commands.map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`)].join("\n");
  return {
    name,
    summary,
    usage,
    async run(args, io) {
      const [sub, ...rest] = args;
      if (sub === undefined || sub === "help" || sub === "--help" || sub === "-h") {
        (sub === undefined ? io.stderr : io.stdout)(`Usage: countersign ${usage}\n`);
        return sub === undefined ? 2 : 0;
      }
      const command = commands.find((c) => c.name === sub);
      if (!command) throw new UsageError(`unknown command '${name} ${sub}'; try 'countersign ${name} --help'`);
      if (isHelp(rest)) {
        io.stdout(`Usage: countersign ${command.usage}\n\n${command.summary}\n`);
        return 0;
      }
      return command.run(rest, io);
    },
  };
}
