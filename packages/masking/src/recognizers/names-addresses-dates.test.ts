import { describe, expect, it } from "vitest";
import { detect } from "../detect.js";

const found = (text: string) => detect(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("people, places and dates", () => {
  it.each([
    ["a title", "Dr. Amara Okonkwo reviewed the chart", "PERSON", "Dr. Amara Okonkwo"],
    ["an announcer", "Patient: Rose Miller", "PERSON", "Rose Miller"],
    ["listed first and last names", "Hiroshi Tanaka called yesterday", "PERSON", "Hiroshi Tanaka"],
    ["a name that is also a word, after a title", "Mr. Young left early", "PERSON", "Mr. Young"],
    ["a middle initial", "Sue D. Hague signed", "PERSON", "Sue D. Hague"],
    ["a lower-case name after a cue", "my name is ingrid bergström", "PERSON", "ingrid bergström"],
    ["a coordinated list", "founded by Okonkwo, Graves and Reed", "PERSON", "Reed"],
    ["a US street address", "Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500", "STREET_ADDRESS", "1600 Pennsylvania Avenue NW, Washington, DC 20500"],
    ["a European address", "Hauptstraße 5, 10115 Berlin", "STREET_ADDRESS", "Hauptstraße 5, 10115 Berlin"],
    ["a PO box", "PO Box 1234, Springfield, IL 62704", "STREET_ADDRESS", "PO Box 1234, Springfield, IL 62704"],
    ["a multi-line address", "Lives at:\n42 Elm Street\nApt. 3\nSpringfield", "STREET_ADDRESS", "42 Elm Street\nApt. 3\nSpringfield"],
    ["a date of birth", "DOB 03/14/1962", "DATE_TIME", "03/14/1962"],
    ["a written date", "born on March 14, 1962", "DATE_TIME", "March 14, 1962"],
    ["an age over 89", "a 93-year-old patient", "AGE", "93-year-old"],
  ])("finds %s", (_name, text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it.each([
    ["capitalised common nouns", "Capitalized words like Wisdom and Discipline are often mistaken with names."],
    ["a title-cased heading", "Deploy Payments API to Production"],
    ["an age of 89 or less", "a 45-year-old patient"],
    ["a sentence-initial question", "How do I check my balance?"],
    ["shouting", "CAN I SPEAK TO A REAL PERSON?"],
    ["a numbered list item", "5 Musicians Of The 70s You're Supposed To Hate"],
  ])("ignores %s", (_name, text) => {
    expect(detect(text)).toEqual([]);
  });
});
