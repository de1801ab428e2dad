/**
 * What `main.ts` loads once it knows the command is not `--version`: one dynamic import, so the
 * bundle gives it one chunk (three imports were three more files for every run to load).
 */
export { systemClock } from "@scanstat/core";
export { runCli } from "./run-cli.js";
export { loadVendor } from "./vendors/load-vendor.js";
