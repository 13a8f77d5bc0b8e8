import { phraseCue } from "../text/preceding-words.js";

/** Honorifics: the capitalised words after them are a name whatever they mean in English. */
export const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "mister", "madam", "madame", "dr", "doctor", "prof", "professor",
  "sir", "dame", "lady", "lord", "rev", "reverend", "fr", "father", "sr", "sister", "nurse",
  "herr", "frau", "monsieur", "mme", "mlle", "señor", "señora", "sra", "sr", "dott", "ing",
]);

/** Lower-case particles inside names: Ludwig van Beethoven, Rua do Arenque, Oscar de la Hoya. */
export const PARTICLES = new Set([
  "van", "von", "der", "den", "de", "del", "della", "dello", "di", "da", "das", "dos", "do", "du",
  "la", "le", "les", "des", "ter", "ten", "bin", "binti", "ibn", "al", "el", "y", "e", "zu", "af", "av",
]);

/** Generational and professional suffixes that end a name ("Jr.", "III", "MD"). */
export const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "rn", "dds", "dvm", "esq", "do", "np", "pa"]);

/**
 * Phrases that announce a person's name right after them (a colon or "is" may follow):
 * "my name is", "Patient:", "Dear", "signed by", "call me".
 */
const ANNOUNCERS = [
  "name", "names", "name is", "name was", "named", "called", "dear", "patient", "patients", "client",
  "signed", "signed by", "sincerely", "regards", "attn", "attention", "i am", "i'm", "this is",
  "contact", "husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "friend",
  "colleague", "spouse", "partner", "guardian", "caregiver", "physician", "surgeon", "referred by",
  "prescribed by", "member", "employee", "author", "by", "call me", "calls me", "called me", "call him",
  "call her", "named him", "named her", "hi", "hello", "hey", "thanks", "thank you", "bye", "goodbye",
  "patient is", "patient name", "patient name is", "full name", "full name is",
];

/**
 * True when a name announcer ends just before `index`.
 *
 * @example
 * isAnnounced("Patient: Rose", 9); // true
 */
export const isAnnounced = phraseCue(ANNOUNCERS);
