import type { BoardChange, ScanBoard } from "./scan-board.js";

export interface EventStreamOptions {
  board: ScanBoard;
  /** A board entry as the board reads it (the `status --json` element, without the vendor payload). */
  toElement: (entry: NonNullable<ReturnType<ScanBoard["get"]>>) => unknown;
  redact: (text: string) => string;
  /** Comment lines that keep proxies from closing an idle stream, ms. */
  heartbeatMs?: number;
  /** A client that falls this far behind is cut off (it reconnects and gets a fresh snapshot). */
  maxQueuedBytes?: number;
}

const encoder = new TextEncoder();

/**
 * `GET /events`: server-sent events. First `snapshot` (every scan), then `scan` for each change
 * and `remove` for a scan no longer watched. The browser's EventSource reconnects on its own.
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
        send("retry: 3000\n\n");
        event(
          "snapshot",
          board.list().map((entry) => toElement(entry)),
        );
        const unsubscribe = board.subscribe((change: BoardChange) => {
          if (change.type === "scan") event("scan", toElement(change.entry));
          else if (change.type === "remove") event("remove", { ref: change.ref });
          else close();
        });
        const heartbeat = setInterval(() => send(": keep-alive\n\n"), options.heartbeatMs ?? 15_000);
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
