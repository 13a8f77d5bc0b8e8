import { phraseCue } from "../text/preceding-words.js";

// General street vocabulary of the languages whose addresses we expect (English, Romance,
// Germanic, Nordic, Finnic, Hungarian, Slavic, Greek, Turkish). Lower case, abbreviations without dots.

/** Street types written after the name ("Elm Street", "Király u.", "Diakou Street"). */
const TYPES_AFTER = new Set([
  "street", "st", "str", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln",
  "drive", "dr", "court", "ct", "place", "pl", "square", "sq", "terrace", "terr", "way", "parkway",
  "pkwy", "highway", "hwy", "circle", "cir", "crescent", "cres", "close", "grove", "gardens", "mews",
  "alley", "trail", "trl", "plaza", "crossing", "expressway", "freeway", "turnpike", "causeway", "quay",
  "wharf", "embankment", "straße", "strasse", "weg", "gasse", "platz", "allee", "straat", "laan",
  "plein", "gracht", "kade", "gade", "vej", "gata", "gatan", "vägen", "veien", "vei", "gate", "torv",
  "torg", "katu", "tie", "kuja", "polku", "utca", "u", "út", "körút", "krt", "tér", "köz", "ulice",
  "sokak", "sok", "cadde", "caddesi", "cad", "bulvar", "bulvarı", "οδός", "οδ", "útja", "rkp",
  "rakpart", "sétány", "kapu", "tee", "maantee", "vegur",
]);

/** Street types written before the name ("Via Roma", "Rua do Arenque", "ul. Długa"). */
const TYPES_BEFORE = new Set([
  "avenue", "av", "avda", "boulevard", "rue", "chemin", "allée", "impasse", "quai", "route", "place",
  "calle", "avenida", "carrera", "camino", "paseo", "plaza", "ronda", "carrer", "passeig", "rua",
  "travessa", "praça", "rúa", "largo", "estrada", "alameda", "via", "viale", "piazza", "piazzale", "corso",
  "vicolo", "strada", "ulica", "ul", "aleja", "al", "plac", "náměstí", "nám", "třída", "λεωφόρος",
  "λεωφ", "πλατεία", "οδός", "ulitsa", "prospekt", "pereulok",
]);

/** Endings of compound street names ("Bundesstrasse", "Søndergade", "Koskikatu", "Kerkstraat"). */
const STREET_SUFFIXES = [
  "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "straat",
  "laan", "plein", "gracht", "singel", "gade", "vej", "vænget", "stræde", "gata", "gatan", "vägen",
  "väg", "veien", "vegen", "gate", "katu", "tie", "kuja", "polku", "kaari", "väylä", "rinne", "utca",
  "körút", "útja", "ulica", "ulice", "caddesi", "sokak", "sokağı", "straza", "street", "avenue",
];
/**
 * Cheap pre-check for text without digits: an address there can only be a named street with a
 * street-type word ("Marina Fort Street"), so the full grammar runs only when one appears.
 */
export const STREET_TYPE_HINT = new RegExp(`(?<![\\p{L}])(?:${[...TYPES_AFTER, ...TYPES_BEFORE].join("|")})s?(?![\\p{L}])`, "iu");

const SUFFIX = new RegExp(`^\\p{L}{3,}(?:${STREET_SUFFIXES.join("|")})$`, "u");

/** Unit and box designators that continue an address ("Apt. 595", "Suite 501", "Box 8144"). */
export const UNIT_WORDS = new Set([
  "apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "room", "rm", "bldg", "building",
  "box", "dept", "lot", "level", "lvl", "block", "postbox", "pobox", "po", "stair", "door", "étage",
  "piso", "andar", "bus", "app", "wohnung",
]);

/**
 * True for a word that names a street type where it stands: `opening` for the first word of the
 * street name (Via, Rua, Avenida), otherwise a type after the name or a compound ending
 * ("Bundesstrasse", "Koskikatu"). English plurals count ("Streets").
 *
 * @example
 * isStreetWord("Koskikatu", false); // true
 * isStreetWord("St.", true);        // false: "St. Louis"
 */
export function isStreetWord(word: string, opening: boolean): boolean {
  const kind = streetKind(word);
  return opening ? kind.opening : kind.any;
}

const kinds = new Map<string, { opening: boolean; any: boolean }>();

function streetKind(word: string): { opening: boolean; any: boolean } {
  const hit = kinds.get(word);
  if (hit) return hit;
  const key = (word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase();
  const compound = SUFFIX.test(key);
  const opening = TYPES_BEFORE.has(key) || compound;
  const kind = { opening, any: opening || TYPES_AFTER.has(key) || (key.endsWith("s") && TYPES_AFTER.has(key.slice(0, -1))) };
  if (kinds.size > 50_000) kinds.clear();
  kinds.set(word, kind);
  return kind;
}

/** Phrases after which a capitalised word followed by a number reads as an address. */
export const isAddressCued = phraseCue([
  "address", "addresses", "address is", "address was", "address with", "address to", "address at",
  "live at", "lives at", "living at", "located at", "situated at", "resides at", "reside at",
  "residing at", "moved to", "send it to", "ship to", "mail to", "deliver to", "delivered to",
  "corner of", "office is at", "is at", "located on", "is on", "lives on", "live on", "meet you at",
]);

/** US state and territory codes; a two-letter code before a ZIP code. Also APO/FPO regions. */
export const US_STATES = new Set(
  ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM " +
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP AA AE AP").split(" "),
);
