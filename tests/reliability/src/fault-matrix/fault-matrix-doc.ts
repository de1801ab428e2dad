import type { AdapterOperation } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { type Expectation, triggerFaults } from "../duplicate-triggers/trigger-table.js";
import { type TestedVendor, vendorKits, vendors } from "../harness/vendor-kits.js";
import { knownGaps } from "../known-gaps.js";
import { type Behaviour, expectedExitCode, faultRows, maxAttempts, requestTimeoutMs } from "./fault-table.js";

function describeBehaviour(behaviour: Behaviour, note: string): string {
  const exit = expectedExitCode(behaviour);
  switch (behaviour.kind) {
    case "retried":
      return `retried; if it persists: \`${behaviour.persists}\`, exit ${exit}`;
    case "error":
      return `\`${behaviour.code}\`, exit ${exit}`;
    case "state":
      return behaviour.state === "unknown"
        ? `state \`unknown\` (warned once); exit ${exit} if it stays`
        : `state \`${behaviour.state}\`${note}`;
    case "ignored":
      return `${behaviour.why ? "read as usual" : "ignored"}${note}`;
    case "degraded":
      return `read without progress${note}`;
  }
}

function describeTrigger(expectation: Expectation): string {
  switch (expectation.kind) {
    case "repeated":
      return "sent again; 1 scan";
    case "recovered":
      return "no repeat; ref found; 1 scan";
    case "ambiguous":
      return `not repeated; \`mayHaveActed\` + where to look; ${expectation.started} scan${expectation.started === 1 ? "" : "s"}`;
  }
}

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;

const footnoteMarks = ["¹", "²", "³", "⁴", "⁵"];

/** Footnotes for the cells whose behaviour a vendor defines otherwise, in table order. */
function overrideNotes(): Map<string, { mark: string; text: string }> {
  const notes = new Map<string, { mark: string; text: string }>();
  for (const fault of faultRows) {
    for (const vendor of vendors) {
      const override = fault.overrides?.[vendor];
      if (override && "why" in override && override.why) {
        const mark = footnoteMarks[notes.size] ?? `(${notes.size + 1})`;
        notes.set(`${vendor}:${fault.name}`, { mark, text: `${vendor}, ${fault.name}: ${override.why}.` });
      }
    }
  }
  return notes;
}

/** How to change each vendor's budgets: the client's rate classes. */
const rateClasses: Readonly<Record<TestedVendor, string>> = {
  soda: "`status`, `trigger`, `cancel`, `logs`",
  projectdiscovery: "`read`, `write`",
  halo: "`read`, `write`",
  telmai: "`read`, `trigger`",
};

function rateLimitRows(): string[] {
  const rows: string[] = [];
  for (const vendor of vendors) {
    const { adapter } = vendorKits[vendor].create({ clock: createVirtualClock() });
    for (const [operation, limit] of Object.entries(adapter.rateLimits) as Array<
      [AdapterOperation, { requests: number; windowMs: number; documented: boolean }]
    >) {
      rows.push(
        row([
          vendor,
          `\`${operation}\``,
          `${limit.requests} per ${limit.windowMs / 1000} s`,
          limit.documented ? "documented by the vendor" : "scanstat's default (none published)",
          rateClasses[vendor],
        ]),
      );
    }
  }
  return rows;
}

/** docs/fault-matrix.md, from the same tables the tests run. */
export function faultMatrixMarkdown(): string {
  const header = row(["Fault", "Injected", ...vendors]);
  const rule = row(["---", "---", ...vendors.map(() => "---")]);
  const notes = overrideNotes();
  const readRows = faultRows.map((fault) =>
    row([
      fault.name,
      fault.injected,
      ...vendors.map((vendor) =>
        describeBehaviour(
          fault.overrides?.[vendor] ?? fault.behaviour,
          notes.get(`${vendor}:${fault.name}`)?.mark ?? "",
        ),
      ),
    ]),
  );
  const triggerRows = triggerFaults.map((fault) =>
    row([
      fault.name,
      fault.afterHandling ? "after the vendor acted" : "before the vendor acted",
      ...vendors.map((vendor) => describeTrigger(fault.overrides?.[vendor] ?? fault.expected)),
    ]),
  );
  return `${[
    "# Fault matrix",
    "",
    "<!-- Generated from tests/reliability/src (fault-table.ts, trigger-table.ts, the adapters' rateLimits).",
    "     Do not edit: `UPDATE_DOCS=1 pnpm vitest run tests/reliability` rewrites it; the suite fails when it is stale. -->",
    "",
    "What scanstat does under each fault, per vendor. Every cell is a test (`tests/reliability`), driven",
    "through the vendor's simulator (`simulator.faults.add`, `simulator.fetch`) on a virtual clock.",
    "",
    "## Reads",
    "",
    "A `getScan` of a running scan, the fault on the first request it makes. *Retried*: the HTTP layer",
    `asks again (the vendor's \`Retry-After\`, else exponential backoff with full jitter), ${maxAttempts} attempts in all;`,
    "if the fault persists, the typed error (`code`) and the CLI's exit code: 4 = scanstat could not learn",
    "the status, 5 = the scan was not terminal when scanstat stopped looking. A `watch` follows the same",
    "rule (the error's `transient`): what is retried here it looks at again later (5 failures in a row end",
    "it); any other error ends that scan at once.",
    `Timeouts use a request limit of ${requestTimeoutMs} ms (\`--request-timeout\`, default 30 s); it covers the body too.`,
    "",
    header,
    rule,
    ...readRows,
    "",
    ...[...notes.values()].map((note) => `${note.mark} ${note.text}  `),
    "",
    "## Triggers: no duplicate scans",
    "",
    "A trigger is sent again only when the vendor provably did not act (429, a refused connection).",
    "After an ambiguous failure the error has `mayHaveActed: true` and its message says where to look;",
    "the simulators count the scans they started (`triggeredScans`).",
    "",
    row(["Fault on the trigger", "When", ...vendors]),
    row(["---", "---", ...vendors.map(() => "---")]),
    ...triggerRows,
    "",
    "Halo's start answer names no scan: the adapter finds the scan it started in the in-progress list, so",
    "a start whose body is unreadable still gives the ref. Soda names the scan in its 201's headers.",
    "",
    "## Rate limits",
    "",
    "Every client budgets each rate class per credential in a sliding window, shared by everything in the",
    "process; the simulators enforce the same limits and answer 429 past them. Where the vendor publishes",
    "no limit, scanstat uses a conservative default. Library users change it with the adapter setting",
    "`rateLimits`, keyed by the client's rate class (e.g. `createHaloAdapter({ apiKey, rateLimits: { read:",
    "{ requests: 120, windowMs: 60_000, documented: false } } })`). CLI users give the same classes as",
    "`--rate-limit halo.read=120/60` (repeatable; requests/seconds), which beats",
    '`SCANSTAT_RATE_LIMITS="halo.read=120/60,projectdiscovery.write=5/60"`, which beats the config file\'s',
    '`"rateLimits": { "halo": { "read": { "requests": 120, "windowSeconds": 60 } } }` (top level or a',
    "profile); `scanstat vendors` shows each class's budget and the override in effect.",
    "",
    row(["Vendor", "Operation", "Limit", "Source", "Rate classes (`rateLimits` keys)"]),
    row(["---", "---", "---", "---", "---"]),
    ...rateLimitRows(),
    "",
    "## Known gaps",
    "",
    "Found by these tests, not fixed yet (an `it.fails` test, where named, turns red once it is):",
    "",
    ...(knownGaps.length === 0
      ? ["None open."]
      : knownGaps.map(
          (known) => `- ${known.where}: ${known.gap}${known.test ? ` (\`tests/reliability/src/${known.test}\`)` : ""}.`,
        )),
    "",
  ].join("\n")}`;
}
