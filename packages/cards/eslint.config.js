export { default } from "@countersign/eslint-config";
