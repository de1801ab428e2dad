export { checkOutputPath } from "./output-target.js";
