// Evaluation entry point: JSONL {"text": …} on stdin → one {"spans": [{start, end, type}]} line per
// input line, in order. Run with `npm run -s phi:detect`.
import { detect } from "../detect.js";

function detectLine(line: string): string {
  const record = JSON.parse(line) as { text?: unknown };
  const text = typeof record.text === "string" ? record.text : "";
  const spans = detect(text).map(({ start, end, type }) => ({ start, end, type }));
  return JSON.stringify({ spans });
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const lines = Buffer.concat(chunks).toString("utf8").split("\n");
const out: string[] = [];
for (const line of lines) if (line.trim()) out.push(detectLine(line));
process.stdout.write(out.length ? out.join("\n") + "\n" : "");
