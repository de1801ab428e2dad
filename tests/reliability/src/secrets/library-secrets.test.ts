import { type HttpTraceEvent, type WatchEvent, watchScans } from "@scanstat/core";
import { createVirtualClock, type Fault } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { everythingPrintable, secretsIn } from "../harness/find-secrets.js";
import { settle } from "../harness/settle.js";
import { invalidSecretsOf, secretsOf, type TestedVendor, vendorKits, vendors } from "../harness/vendor-kits.js";

/** A vendor that echoes the credentials it was sent, in every field of its error body. */
function echoOf(secrets: readonly string[]): string {
  return `refused ${secrets.join(" ")} (Authorization: Basic ${secrets.at(-1)}; Bearer ${secrets[0]})`;
}

function echoingBody(vendor: TestedVendor, echo: string, status: number): unknown {
  switch (vendor) {
    case "soda":
    case "halo":
      return { code: echo, message: echo };
    case "projectdiscovery":
      return { message: echo, kind: echo, code: echo, error: echo, error_id: echo, param: echo, status };
    case "telmai": {
      const code = { 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND" }[status] ?? echo;
      return { data: null, error: { code, message: echo, details: { permission: echo } }, meta: { requestId: echo } };
    }
  }
}

interface Scenario {
  name: string;
  /** `read`: a getScan of a running scan; `trigger`: a triggerScan. */
  call: "read" | "trigger";
  /** `echo`: every configured credential in one text; `key`: the key alone. */
  fault(vendor: TestedVendor, echo: string, key: string): Fault;
  times?: number;
  afterHandling?: boolean;
}

const status =
  (code: number, headers?: Record<string, string>) =>
  (vendor: TestedVendor, echo: string): Fault => ({
    type: "status",
    status: code,
    body: echoingBody(vendor, echo, code),
    ...(headers ? { headers } : {}),
  });

const always = Number.POSITIVE_INFINITY;

const scenarios: readonly Scenario[] = [
  { name: "401 echoing the key", call: "read", fault: status(401) },
  { name: "403 echoing the key (and naming it as the permission)", call: "read", fault: status(403) },
  { name: "404 echoing the key", call: "read", fault: status(404) },
  { name: "400 echoing the key", call: "read", fault: status(400) },
  {
    name: "429 echoing the key, to the last attempt",
    call: "read",
    fault: status(429, { "retry-after": "1" }),
    times: always,
  },
  { name: "500 echoing the key, to the last attempt", call: "read", fault: status(500), times: always },
  {
    name: "a proxy's HTML page quoting the Authorization header",
    call: "read",
    fault: (_vendor, echo) => ({ type: "status", status: 502, body: `<html><body><pre>${echo}</pre></body></html>` }),
    times: always,
  },
  {
    name: "a 200 that is not JSON and quotes the key",
    call: "read",
    fault: (_vendor, echo) => ({ type: "status", status: 200, body: `not json: ${echo}` }),
    times: always,
  },
  {
    // V8's JSON.parse quotes a short body whole in its message, which becomes the error's `cause`.
    name: "a 200 whose whole body is the key",
    call: "read",
    fault: (_vendor, _echo, key) => ({ type: "status", status: 200, body: key }),
    times: always,
  },
  {
    name: "a 200 of the wrong shape carrying the key",
    call: "read",
    fault: (_vendor, echo) => ({ type: "transform", transform: () => ({ unexpected: echo, list: echo, data: echo }) }),
  },
  {
    name: "a 200 whose body is the vendor's error body, echoing the key",
    call: "read",
    fault: (vendor, echo) => ({ type: "status", status: 200, body: echoingBody(vendor, echo, 200) }),
  },
  { name: "a reset connection", call: "read", fault: () => ({ type: "reset" }), times: always },
  {
    name: "a trigger answered 500 echoing the key, after acting",
    call: "trigger",
    fault: status(500),
    afterHandling: true,
  },
  { name: "a trigger answered 403 echoing the key", call: "trigger", fault: status(403) },
  {
    name: "a trigger answered 200 that is not JSON, quoting the key",
    call: "trigger",
    fault: (_vendor, echo) => ({ type: "status", status: 200, body: `oops ${echo}` }),
    afterHandling: true,
  },
];

const cases = vendors.flatMap((vendor) =>
  (["valid", "invalid"] as const).flatMap((credentials) =>
    scenarios.map((scenario) => ({
      vendor,
      credentials,
      scenario,
      title: `${vendor} (${credentials} key) × ${scenario.name}`,
    })),
  ),
);

describe("secrets: no output of the library shows a credential, whatever the vendor echoes", () => {
  it.each(cases)("$title", async ({ vendor, credentials, scenario }) => {
    const clock = createVirtualClock();
    const kit = vendorKits[vendor];
    const traces: HttpTraceEvent[] = [];
    const { simulator, adapter } = kit.create({
      clock,
      credentials,
      requestTimeoutMs: 40,
      onTrace: (event) => traces.push(event),
    });
    const configured = credentials === "valid" ? secretsOf[vendor] : invalidSecretsOf[vendor];
    const everySecret = [...secretsOf[vendor], ...invalidSecretsOf[vendor]];
    const id = simulator.seedScan({ durationMs: 3_600_000, queuedMs: 0 });
    const operation = scenario.call === "read" ? kit.readOperation : kit.triggerOperation;
    simulator.faults.add(scenario.fault(vendor, echoOf(configured), configured[0]!), {
      operation,
      times: scenario.times ?? 1,
      afterHandling: scenario.afterHandling ?? false,
    });

    const outcome = await settle<unknown>(
      scenario.call === "read" ? adapter.getScan(id) : adapter.triggerScan!(kit.triggerInput),
    );
    const shown = [
      everythingPrintable(outcome.ok ? undefined : outcome.error),
      ...traces.map((event) => JSON.stringify(event)),
    ];
    if (scenario.call === "read") {
      // The watcher's events carry the same errors: what `watch` and `--verbose` print.
      const events: WatchEvent[] = [];
      for await (const event of watchScans(() => adapter, [{ vendor, id }], {
        clock,
        timeoutMs: 10_000,
        maxConsecutiveFailures: 1,
      })) {
        events.push(event);
      }
      shown.push(...events.map((event) => everythingPrintable(event)));
    }
    // The vendor did answer with the echo: the check below is not vacuous.
    expect(Object.keys(simulator.faults.injected)).toHaveLength(1);
    expect(secretsIn(shown.join("\n"), everySecret)).toEqual([]);
  });
});
