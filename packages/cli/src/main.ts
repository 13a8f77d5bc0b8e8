#!/usr/bin/env node
// Entry point of the `countersign` command.
//
// Run from sources (`npm run countersign`, through tsx) the workspace packages must resolve to
// their sources, as they do in vitest and tsc (the "source" export condition), so nothing needs
// building first. A resolve hook adds that condition for @countersign/* imports only; the built
// bin (dist/main.js) does not install it and resolves the packages' dist as usual.
import { register } from "node:module";

if (import.meta.url.endsWith(".ts")) {
  const hook = `export function resolve(specifier, context, next) {
    if (!specifier.startsWith("@countersign/")) return next(specifier, context);
    return next(specifier, { ...context, conditions: [...context.conditions, "source"] });
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

// Imported after the hook is in place: static imports would be resolved before it.
const { runCli } = await import("./cli.js");
const { nodeIo } = await import("./node-io.js");
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
