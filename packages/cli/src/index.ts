// @countersign/cli: the `countersign` command, also usable in-process (tests, other tools).
export { runCli } from "./cli.js";
export { commandGroup, parseOptions, UsageError, type CliIo, type Command } from "./command.js";
export { commands } from "./commands/index.js";
export { nodeIo } from "./node-io.js";
