/** A fault the simulator answers with instead of (or on top of) its real behaviour. */
export type Fault =
  /** A status with a JSON (object) or text (string) body: 401, 403, 404, 429, 5xx. */
  | { type: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** A proxy's HTML error page (502 from a load balancer). */
  | { type: "html"; status: number }
  /** The connection is reset. With `afterHandling`, the vendor acted first. */
  | { type: "reset" }
  /** The connection is refused: the vendor provably never saw the request. */
  | { type: "refused" }
  /** The real answer, after `ms` of real time (for request timeouts). */
  | { type: "delay"; ms: number }
  /** The real answer's status and headers at once, half its body, then the rest after `ms` of real time (a stalled stream). */
  | { type: "slowBody"; ms: number }
  /** 200 with a truncated JSON body. */
  | { type: "malformed" }
  /** 200 with no body. */
  | { type: "empty" }
  /** The real answer with its JSON body changed: drift, missing fields, unknown status words, extra fields. */
  | { type: "transform"; transform: (body: unknown) => unknown };

export interface FaultOptions {
  /** Only requests of this operation (default: any). */
  operation?: string;
  /** How many requests it answers (default 1; Infinity for all). */
  times?: number;
  /** Let the simulator act first, then answer with the fault (an ambiguous failure). */
  afterHandling?: boolean;
}

export interface TakenFault {
  name: string;
  afterHandling: boolean;
  respond(original: Response | undefined): Promise<Response>;
}

export interface FaultInjector {
  add(fault: Fault, options?: FaultOptions): void;
  /** Faults a share of requests at random (soak tests); `random` makes it reproducible. */
  random(options: {
    rate: number;
    faults: readonly Fault[];
    random?: () => number;
    operations?: readonly string[];
  }): void;
  clear(): void;
  /** Faults answered so far, by fault name. */
  readonly injected: Readonly<Record<string, number>>;
  take(operation: string | undefined, request: Request): TakenFault | undefined;
}

const transportFaults = new WeakMap<Response, "reset" | "refused">();

/** Which transport fault a Response stands for, if any (transports turn it into a socket error). */
export function transportFault(response: Response): "reset" | "refused" | undefined {
  return transportFaults.get(response);
}

function faultName(fault: Fault): string {
  return fault.type === "status" || fault.type === "html" ? `${fault.type}:${fault.status}` : fault.type;
}

function errorResponse(kind: "reset" | "refused"): Response {
  // A plain Response (not Response.error()) so it can be tagged; transports never deliver it.
  const response = new Response(null, { status: 599 });
  transportFaults.set(response, kind);
  return response;
}

/** The same answer, its body cut in two with a real-time pause between (cancelable, so a client that gives up frees it). */
async function stalledResponse(original: Response, ms: number): Promise<Response> {
  const bytes = new Uint8Array(await original.arrayBuffer());
  const half = Math.floor(bytes.length / 2);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (half > 0) controller.enqueue(bytes.slice(0, half));
      timer = setTimeout(() => {
        controller.enqueue(bytes.slice(half));
        controller.close();
      }, ms);
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  const headers = new Headers(original.headers);
  headers.delete("content-length");
  return new Response(body, { status: original.status, headers });
}

async function respondWith(fault: Fault, original: Response | undefined): Promise<Response> {
  switch (fault.type) {
    case "status": {
      const isText = typeof fault.body === "string";
      const body = fault.body === undefined ? "" : isText ? (fault.body as string) : JSON.stringify(fault.body);
      return new Response(body, {
        status: fault.status,
        headers: { "content-type": isText ? "text/plain" : "application/json", ...fault.headers },
      });
    }
    case "html":
      return new Response(
        `<!DOCTYPE html><html><head><title>${fault.status} Bad Gateway</title></head><body><h1>${fault.status}</h1><p>upstream error</p></body></html>`,
        { status: fault.status, headers: { "content-type": "text/html" } },
      );
    case "reset":
    case "refused":
      return errorResponse(fault.type);
    case "delay":
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return original ?? new Response(null, { status: 204 });
    case "slowBody":
      return original ? stalledResponse(original, fault.ms) : new Response(null, { status: 204 });
    case "malformed":
      return new Response('{"content": [{"id": "trunc', {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    case "empty":
      return new Response("", { status: 200, headers: { "content-type": "application/json" } });
    case "transform": {
      if (!original) return new Response("", { status: 200 });
      const body = await original.json().catch(() => undefined);
      const headers = new Headers(original.headers);
      headers.delete("content-length");
      return new Response(JSON.stringify(fault.transform(body)), { status: original.status, headers });
    }
  }
}

export function createFaultInjector(): FaultInjector {
  let rules: Array<{ fault: Fault; operation?: string; remaining: number; afterHandling: boolean }> = [];
  let randomRule:
    | { rate: number; faults: readonly Fault[]; random: () => number; operations?: readonly string[] }
    | undefined;
  const injected: Record<string, number> = {};

  const taken = (fault: Fault, afterHandling: boolean): TakenFault => {
    const name = faultName(fault);
    injected[name] = (injected[name] ?? 0) + 1;
    return {
      name,
      // Drift and delays need the real answer first.
      afterHandling: afterHandling || fault.type === "transform" || fault.type === "delay" || fault.type === "slowBody",
      respond: (original) => respondWith(fault, original),
    };
  };

  return {
    add(fault, options = {}) {
      rules.push({
        fault,
        ...(options.operation ? { operation: options.operation } : {}),
        remaining: options.times ?? 1,
        afterHandling: options.afterHandling ?? false,
      });
    },
    random(options) {
      randomRule = { random: Math.random, ...options };
    },
    clear() {
      rules = [];
      randomRule = undefined;
    },
    get injected() {
      return injected;
    },
    take(operation) {
      const rule = rules.find(
        (candidate) => candidate.remaining > 0 && (!candidate.operation || candidate.operation === operation),
      );
      if (rule) {
        rule.remaining--;
        rules = rules.filter((candidate) => candidate.remaining > 0);
        return taken(rule.fault, rule.afterHandling);
      }
      if (randomRule && (!randomRule.operations || (operation && randomRule.operations.includes(operation)))) {
        if (randomRule.random() < randomRule.rate) {
          const fault = randomRule.faults[Math.floor(randomRule.random() * randomRule.faults.length)];
          if (fault) return taken(fault, false);
        }
      }
      return undefined;
    },
  };
}
