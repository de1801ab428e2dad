import type { BoardChange, ScanBoard } from "./scan-board.js";

export interface EventStreamOptions {
  board: ScanBoard;
  /** A board entry as the board reads it (the `status --json` element, without the vendor payload). */
  toElement: (entry: NonNullable<ReturnType<ScanBoard["get"]>>) => unknown;
  redact: (text: string) => string;
  /** The server's clock: the board counts elapsed time on it, not on the browser's (which may be off). */
  now: () => number;
  /** How often an idle stream gets a `time` event, ms. */
  heartbeatMs?: number;
  /** A client that falls this far behind is cut off (it reconnects and gets a fresh snapshot). */
  maxQueuedBytes?: number;
}

const encoder = new TextEncoder();

/**
 * `GET /events`: server-sent events. First `snapshot` (every scan), then `scan` for each change
 * and `remove` for a scan no longer watched; `time` (the server's clock) before each of them.
 * The browser's EventSource reconnects on its own.
 */
export function eventStreamResponse(options: EventStreamOptions): Response {
  const { board, toElement, redact } = options;
  const maxQueuedBytes = options.maxQueuedBytes ?? 4 * 1024 * 1024;
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          stop();
          controller.close();
        };
        const send = (text: string) => {
          if (!open) return;
          controller.enqueue(encoder.encode(text));
          if ((controller.desiredSize ?? 0) < -maxQueuedBytes) close();
        };
        const event = (name: string, data: unknown) =>
          send(`event: ${name}\ndata: ${redact(JSON.stringify(data))}\n\n`);
        const time = () => event("time", { now: new Date(options.now()).toISOString() });
        send("retry: 3000\n\n");
        time();
        event(
          "snapshot",
          board.list().map((entry) => toElement(entry)),
        );
        const unsubscribe = board.subscribe((change: BoardChange) => {
          if (change.type === "close") return close();
          time();
          if (change.type === "scan") event("scan", toElement(change.entry));
          else event("remove", { ref: change.ref });
        });
        // Keeps proxies from closing an idle stream, and the board's clock in step with the server's.
        const heartbeat = setInterval(time, options.heartbeatMs ?? 15_000);
        heartbeat.unref?.();
        stop = () => {
          unsubscribe();
          clearInterval(heartbeat);
        };
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      "x-accel-buffering": "no",
    },
  });
}
