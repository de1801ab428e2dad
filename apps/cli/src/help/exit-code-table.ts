/** The exit codes as `--help` and the README print them (DESIGN §4). */
export const exitCodeTable = `Exit codes (several scans: the worst wins, in the order 64, 4, 3, 5, 2, 1, 0):
  0    every scan completed with verdict pass
  1    worst verdict warn (0 with --ok-on-warn, unless the warn rests on partial evidence)
  2    worst verdict fail
  3    a scan ended without a verdict: failed, canceled, timed out, completed with errors,
       or completed with nothing scanstat could judge it on
  4    scanstat could not learn a status: auth, network, vendor error, bad vendor data
  5    a scan was not finished when scanstat stopped looking (status of a running scan,
       watch --timeout, or a state word this version does not know)
  64   usage: unknown command or option, malformed ref, missing credentials,
       an operation the vendor does not offer
  130  interrupted (SIGINT); 143 terminated (SIGTERM): triggered scans are printed first
Soda Library's order is kept (1 = warn, 2 = fail); soda-core v4 swapped the two.`;
