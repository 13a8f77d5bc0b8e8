// Every top-level `countersign` command. To add one (serve, migrate, audit …): write
// commands/<name>.ts exporting a Command (see ../command.ts), then add it to this list.
import type { Command } from "../command.js";
import { policyCommand } from "./policy/index.js";

export const commands: readonly Command[] = [policyCommand];
