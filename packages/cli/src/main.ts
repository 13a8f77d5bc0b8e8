#!/usr/bin/env node
// Entry point of the `countersign` command. From sources, run it as `npm run countersign -- …`
// (node --conditions=source, so sibling packages resolve to their sources without a build).
import { runCli } from "./cli.js";
import { nodeIo } from "./node-io.js";

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
