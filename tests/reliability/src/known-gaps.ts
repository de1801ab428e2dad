/**
 * Gaps these tests found that are not fixed yet, outside this suite's reach. Each with a `test`
 * has an `it.fails` there that turns red once it is fixed: then make it an `it` and drop the entry.
 * docs/fault-matrix.md lists them.
 */
export const knownGaps: ReadonlyArray<{ where: string; gap: string; test?: string }> = [
  {
    where: "core, `watchScans`",
    gap: "takes `bad_response` for permanent: one unreadable answer that outlasts the HTTP layer's retries ends the watch of every scan it covered (for a batch vendor, the whole round), exit 4",
    test: "soak/watch-resilience.test.ts",
  },
  {
    where: "halo, `mapHaloSeverityCounts`",
    gap: "passes fractional and negative counts through, and looks severity keys up on a plain object (`toString`, `constructor` land as extra keys of `bySeverity`)",
    test: "fuzz/parsers-and-mappers.test.ts",
  },
  {
    where: "telmai, `summarizeTelmaiRuns`",
    gap: "passes fractional and negative monitor counts into `progress` and `checks`",
    test: "fuzz/parsers-and-mappers.test.ts",
  },
  {
    where: "cli",
    gap: "has no option to change a vendor's rate budget (the library's `rateLimits` setting): undocumented defaults cannot be raised from the command line",
  },
];
