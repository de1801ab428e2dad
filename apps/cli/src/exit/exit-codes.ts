import { isTerminalState, type Scan, ScanstatError } from "@scanstat/core";

/** The documented exit codes (DESIGN §4). Scripts branch on these numbers: never renumber. */
export const ExitCode = {
  pass: 0,
  warn: 1,
  fail: 2,
  endedWithoutVerdict: 3,
  statusUnknown: 4,
  notTerminal: 5,
  usage: 64,
  interrupted: 130,
  terminated: 143,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** What scanstat learned about one ref: the last scan it read, or the error that stopped it. */
export interface ScanOutcome {
  scan?: Scan | undefined;
  error?: unknown;
}

export interface ExitCodeOptions {
  /**
   * `--ok-on-warn`: a warn verdict exits 0 — one the vendor's evidence gave. A warn that stands
   * in for a pass on incomplete evidence still exits 1: it says scanstat could not read it all.
   */
  okOnWarn?: boolean;
}

/** Error codes that are the caller's mistake, not the vendor's: fixing the command line fixes them. */
const usageErrorCodes = new Set(["config", "invalid_ref", "unsupported"]);

/**
 * The caller's mistake: a usage code, or a trigger input the adapter refused before sending it
 * (InvalidRequestError with no HTTP status: a missing option, or a value of the wrong type).
 */
function isCallersMistake(error: ScanstatError): boolean {
  if (usageErrorCodes.has(error.code)) return true;
  return error.code === "invalid_request" && error.operation === "triggerScan" && error.status === undefined;
}

/** The exit code of one outcome. */
export function exitCodeForOutcome(outcome: ScanOutcome, options: ExitCodeOptions = {}): ExitCodeValue {
  if (outcome.error !== undefined) {
    if (ScanstatError.isInstance(outcome.error) && isCallersMistake(outcome.error)) return ExitCode.usage;
    return ExitCode.statusUnknown;
  }
  const scan = outcome.scan;
  if (!scan) return ExitCode.statusUnknown;
  if (!isTerminalState(scan.state)) return ExitCode.notTerminal;
  if (scan.state !== "completed") return ExitCode.endedWithoutVerdict;
  switch (scan.result?.verdict) {
    case "pass":
      return ExitCode.pass;
    case "warn":
      return options.okOnWarn && scan.result?.evidence?.complete !== false ? ExitCode.pass : ExitCode.warn;
    case "fail":
      return ExitCode.fail;
    default:
      // `error`, or completed with no result at all: the scan ended but said nothing we can judge.
      return ExitCode.endedWithoutVerdict;
  }
}

/**
 * Worst first. 64 (the command itself is wrong) and 4 (scanstat could not see: credentials,
 * network, vendor) come first because nothing else is trustworthy until they are fixed. Then 3:
 * no later look can make the set worse than a scan that ended without a verdict. Then 5 before
 * the verdicts: a verdict code is only given once it is final, and a scan still running may yet
 * end worse. Then fail, warn, pass.
 */
export const exitCodeSeverityOrder: readonly ExitCodeValue[] = [
  ExitCode.usage,
  ExitCode.statusUnknown,
  ExitCode.endedWithoutVerdict,
  ExitCode.notTerminal,
  ExitCode.fail,
  ExitCode.warn,
  ExitCode.pass,
];

/** One exit code for many refs: the worst one wins (see `exitCodeSeverityOrder`). No refs: 0. */
export function exitCodeForOutcomes(outcomes: readonly ScanOutcome[], options: ExitCodeOptions = {}): ExitCodeValue {
  let worst: ExitCodeValue = ExitCode.pass;
  for (const outcome of outcomes) {
    const code = exitCodeForOutcome(outcome, options);
    if (exitCodeSeverityOrder.indexOf(code) < exitCodeSeverityOrder.indexOf(worst)) worst = code;
  }
  return worst;
}

/** The exit code of a signal: 128 + its number, as shells report it. */
export function exitCodeForSignal(signal: "SIGINT" | "SIGTERM"): ExitCodeValue {
  return signal === "SIGINT" ? ExitCode.interrupted : ExitCode.terminated;
}
