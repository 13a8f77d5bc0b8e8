// `countersign audit …`: check and export the hash-chained audit trail.
import { commandGroup } from "../../command.js";
import { exportCommand } from "./export.js";
import { verifyCommand } from "./verify.js";

export const auditCommand = commandGroup("audit", "Verify and export the audit trail", [verifyCommand, exportCommand]);
