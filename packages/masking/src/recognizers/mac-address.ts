import { scan, type Recognizer } from "./recognizer.js";

const MAC = /\b(?<![:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g;

/** Hardware (MAC) addresses, a device identifier. */
export const macAddressRecognizer: Recognizer = {
  name: "mac-address",
  needsDigit: true,
  find: (text) => scan(text, MAC, () => ({ type: "DEVICE_ID", score: 0.8 })),
};
