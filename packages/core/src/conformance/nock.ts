export { useStrictNock } from "./use-strict-nock.js";
