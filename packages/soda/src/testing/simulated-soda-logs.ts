import type { SimulatedSodaScan, SodaScanPhase } from "./simulated-soda-scan.js";

export interface SodaLogPageRequest {
  page: number;
  size: number;
  /** Lines of the whole log once the scan is over; a running scan has written its share so far. */
  totalLines: number;
}

const finalLevels: Readonly<Record<string, string>> = {
  completedWithWarnings: "warning",
  completedWithFailures: "error",
  completedWithErrors: "error",
  failed: "error",
  timedOut: "error",
};

function logLine(scan: SimulatedSodaScan, phase: SodaScanPhase, index: number, available: number, totalLines: number) {
  const start = phase.startedAt ?? scan.submittedAt;
  const timestamp = new Date(start + Math.floor((index * scan.durationMs) / Math.max(1, totalLines))).toISOString();
  if (phase.terminal && index === available - 1) {
    return {
      index,
      level: finalLevels[phase.word] ?? "info",
      message: `Scan "${scan.definition}" ended: ${phase.word}`,
      timestamp,
    };
  }
  if (index === 0) {
    return { index, level: "info", message: `Scan "${scan.definition}" picked up by sandbox-runner`, timestamp };
  }
  return {
    index,
    level: index % 10 === 0 ? "debug" : "info",
    message: `Evaluating checks: step ${index} of ${totalLines}`,
    timestamp,
  };
}

/**
 * One page of `GET /api/v1/scans/{scanId}/logs`. Lines are made on demand from their index, so a
 * million-line log costs one page of memory.
 */
export function sodaLogPage(scan: SimulatedSodaScan, phase: SodaScanPhase, request: SodaLogPageRequest) {
  // A scan canceled in the queue never ran: its log is the one closing line.
  const finished = phase.startedAt === undefined ? Math.min(1, request.totalLines) : request.totalLines;
  const available = phase.terminal ? finished : Math.floor(request.totalLines * phase.ratio);
  const totalPages = Math.ceil(available / request.size);
  const from = request.page * request.size;
  const to = Math.min(available, from + request.size);
  const content = [];
  for (let index = from; index < to; index++) content.push(logLine(scan, phase, index, available, request.totalLines));
  return {
    content,
    first: request.page === 0,
    last: request.page >= totalPages - 1,
    number: request.page,
    size: request.size,
    totalElements: available,
    totalPages,
  };
}
