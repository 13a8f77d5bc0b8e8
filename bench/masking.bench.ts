// Masking throughput on one core over the PHI corpus texts (../shared/data/phi): detect-only,
// maskText in each style, and maskPayload over JSON payloads built from the same texts. MB/s counts
// UTF-8 bytes of input text; Presidio manages ~12k chars/s on this corpus.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detect, maskPayload, maskText, type MaskOptions } from "@countersign/masking";

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.join(here, "..", "..", "shared", "data", "phi", "presidio_research_synth_v2.jsonl");
const MIN_SECONDS = 2;

interface Rate {
  mbPerSecond: number;
  charsPerSecond: number;
  passes: number;
}

/** Runs `work` over the whole corpus until MIN_SECONDS have passed; reports the rate. */
function measure(bytes: number, chars: number, work: () => void): Rate {
  let passes = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS) {
    work();
    passes++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  }
  return {
    mbPerSecond: Number(((bytes * passes) / 1e6 / elapsed).toFixed(2)),
    charsPerSecond: Math.round((chars * passes) / elapsed),
    passes,
  };
}

export default async function maskingBench(): Promise<object> {
  if (!existsSync(CORPUS)) return { skipped: `the PHI corpus is not at ${CORPUS}` };
  const texts = readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0);
  const chars = texts.reduce((sum, t) => sum + t.length, 0);

  const loadStarted = process.hrtime.bigint();
  detect("Warm-up: Dr. Amara Okonkwo, 42 Elm Street");
  const lexiconLoadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
  for (const t of texts) detect(t); // JIT warm-up

  const styles: Record<string, MaskOptions> = {
    tag: { style: "tag" },
    partial: { style: "partial" },
    pseudonym: { style: "pseudonym", secret: "bench-secret" },
  };
  const payloads = texts.map((text, i) => ({ id: i, request: { note: text, retries: 3 }, patient: { name: "Rose Miller", ssn: "123-45-6789" } }));
  const payloadBytes = payloads.reduce((sum, p) => sum + Buffer.byteLength(JSON.stringify(p), "utf8"), 0);
  const payloadChars = payloads.reduce((sum, p) => sum + JSON.stringify(p).length, 0);

  const detectOnly = measure(bytes, chars, () => {
    for (const t of texts) detect(t);
  });
  const maskTextRates = Object.fromEntries(
    Object.entries(styles).map(([name, options]) => [
      name,
      measure(bytes, chars, () => {
        for (const t of texts) maskText(t, options);
      }),
    ]),
  );
  const payloadRate = measure(payloadBytes, payloadChars, () => {
    for (const p of payloads) maskPayload(p, { style: "tag" });
  });

  return {
    corpus: { records: texts.length, bytes, chars },
    goalMbPerSecond: 2,
    maskingMbPerSecond: maskTextRates.tag?.mbPerSecond,
    detectOnlyMbPerSecond: detectOnly.mbPerSecond,
    lexiconLoadMs: Number(lexiconLoadMs.toFixed(1)),
    detect: detectOnly,
    maskText: maskTextRates,
    maskPayload: { ...payloadRate, payloadBytes },
  };
}
