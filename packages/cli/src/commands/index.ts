// Every top-level `countersign` command. To add one: write commands/<name>.ts exporting a
// Command (see ../command.ts), then add it to this list.
import type { Command } from "../command.js";
import { auditCommand } from "./audit/index.js";
import { migrateCommand } from "./migrate.js";
import { policyCommand } from "./policy/index.js";

export const commands: readonly Command[] = [policyCommand, migrateCommand, auditCommand];
