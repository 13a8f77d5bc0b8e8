// The dispatcher: help, unknown commands, usage errors (exit 2) and failures (exit 1).
import { describe, expect, it } from "vitest";
import { runCli } from "./cli.js";
import { commandGroup, UsageError, type Command } from "./command.js";
import { memoryIo } from "./testing/memory-io.js";

const hello: Command = {
  name: "hello",
  summary: "Say hello",
  usage: "hello <name>",
  run: (args, io) => {
    if (args.length !== 1) throw new UsageError("name one person");
    io.stdout(`hello ${args[0]}\n`);
    return Promise.resolve(0);
  },
};
const broken: Command = { name: "broken", summary: "Fails", usage: "broken", run: () => Promise.reject(new Error("disk on fire")) };
const commands = [hello, broken, commandGroup("greet", "Greetings", [hello])];

describe("runCli", () => {
  it("dispatches to the named command, and to subcommands of a group", async () => {
    const io = memoryIo("/");
    expect(await runCli(["hello", "ada"], io, commands)).toBe(0);
    expect(await runCli(["greet", "hello", "bob"], io, commands)).toBe(0);
    expect(io.out).toEqual(["hello ada\n", "hello bob\n"]);
  });

  it("prints help on --help (exit 0) and usage when nothing is given (exit 2)", async () => {
    const io = memoryIo("/");
    expect(await runCli(["--help"], io, commands)).toBe(0);
    expect(io.out.join("")).toMatch(/hello\s+Say hello/);
    expect(await runCli([], io, commands)).toBe(2);
    expect(await runCli(["greet", "hello", "--help"], io, commands)).toBe(0);
    expect(io.out.at(-1)).toContain("Usage: countersign hello <name>");
  });

  it("reports unknown commands and usage errors on stderr with exit 2", async () => {
    const io = memoryIo("/");
    expect(await runCli(["nope"], io, commands)).toBe(2);
    expect(io.err[0]).toContain("unknown command 'nope'");
    expect(await runCli(["hello"], io, commands)).toBe(2);
    expect(io.err[1]).toBe("countersign hello: name one person\n");
    expect(await runCli(["greet", "wave"], io, commands)).toBe(2);
    expect(io.err[2]).toContain("unknown command 'greet wave'");
  });

  it("turns other errors into a message and exit 1", async () => {
    const io = memoryIo("/");
    expect(await runCli(["broken"], io, commands)).toBe(1);
    expect(io.err).toEqual(["countersign broken: disk on fire\n"]);
  });

  it("has the policy command by default", async () => {
    const io = memoryIo("/");
    expect(await runCli(["policy", "--help"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/policy validate <file-or-dir>/);
  });
});
