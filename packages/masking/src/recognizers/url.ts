import type { Span } from "../types.js";
import type { Recognizer } from "./recognizer.js";

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^]{2,2048}/gi;
const DATA_IMAGE = /\bdata:image\/[a-z0-9.+-]{1,20}(?:;[a-z0-9=.-]{1,40})*;base64,[A-Za-z0-9+/]{8,}={0,2}/gi;
// Face photographs travel as image links; everything else is a plain URL.
const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|heic|heif|bmp|tiff?|dcm)(?:[?#]|$)/i;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

/** Web URLs (type URL), image links and `data:image` URIs (type PHOTO). */
export const urlRecognizer: Recognizer = {
  name: "url",
  find(text) {
    const spans: Span[] = [];
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
      const value = m[0].replace(TRAILING_PUNCTUATION, "");
      if (value.length < 8) continue;
      const type = IMAGE_PATH.test(value) ? "PHOTO" : "URL";
      spans.push({ start: m.index, end: m.index + value.length, type, score: 0.7 });
    }
    DATA_IMAGE.lastIndex = 0;
    for (let m = DATA_IMAGE.exec(text); m !== null; m = DATA_IMAGE.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length, type: "PHOTO", score: 0.9 });
    }
    return spans;
  },
};
