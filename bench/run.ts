// Runs every benchmark in bench/ (files named *.bench.ts, each default-exporting an async function
// that returns its report) and writes bench/results/<name>.json. `npm run bench -- policy` runs the
// benchmarks whose names contain "policy".
import { readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import os from "node:os";

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !filter || f.includes(filter))
  .sort();

mkdirSync(path.join(here, "results"), { recursive: true });
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, "");
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<object> };
  const started = Date.now();
  console.log(`bench ${name} …`);
  const report = await mod.default();
  const out = {
    name,
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    seconds: (Date.now() - started) / 1000,
    ...report,
  };
  writeFileSync(path.join(here, "results", `${name}.json`), JSON.stringify(out, null, 2) + "\n");
  console.log(JSON.stringify(out, null, 2));
}
