/** One phrase per documented exit code (DESIGN §4), for the step's error annotation. */
const meanings: Readonly<Record<number, string>> = {
  0: "every scan completed with verdict pass",
  1: "worst verdict warn",
  2: "worst verdict fail",
  3: "a scan ended without a verdict",
  4: "scanstat could not learn a status (auth, network, vendor error)",
  5: "a scan was not finished when scanstat stopped looking",
  64: "usage error (inputs, missing credentials)",
  130: "interrupted",
  143: "terminated",
};

export function exitCodeMeaning(exitCode: number): string {
  return meanings[exitCode] ?? "unexpected exit code";
}
