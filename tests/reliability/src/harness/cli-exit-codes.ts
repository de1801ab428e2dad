// The CLI's own mapping from outcomes to exit codes: the matrix checks the codes the CLI really gives.
export { exitCodeForOutcome, exitCodeForOutcomes } from "../../../../apps/cli/src/exit/exit-codes.js";
