import type { StopSignal } from "../../cli-runtime.js";
import { type CliRun, type InProcessVendors, type RunOptions, runInProcess } from "../../__fixtures__/test-runtime.js";

export interface RunningServe {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** What the command printed so far. */
  output(): { stdout: string; stderr: string };
  /** Stops it as Ctrl-C would and returns the whole run. */
  stop(signal?: StopSignal): Promise<CliRun>;
}

/**
 * Runs `scanstat serve --port 0 …` in-process (vendors: the in-process simulators, time: their
 * virtual clock) with its real HTTP server on loopback, and resolves once it listens.
 */
export async function startServe(
  vendors: InProcessVendors,
  args: readonly string[],
  options: Omit<RunOptions, "stop" | "interrupt"> = {},
): Promise<RunningServe> {
  let stop: (signal: StopSignal) => void = () => {};
  const stopped = new Promise<StopSignal>((resolve) => {
    stop = resolve;
  });
  let latest = { stdout: "", stderr: "" };
  let listening: (url: string) => void = () => {};
  const ready = new Promise<string>((resolve) => {
    listening = resolve;
  });
  const run = runInProcess(vendors, ["serve", "--port", "0", ...args], {
    ...options,
    stop: stopped,
    interrupt: {
      signal: "SIGINT",
      when: (output) => {
        latest = output;
        const url = /^(http:\/\/\S+?)\/?$/m.exec(output.stdout)?.[1];
        if (url) listening(url);
        return false;
      },
    },
  });
  const url = await Promise.race([ready, run.then((result) => Promise.reject(new Error(`serve ended: ${result.stderr}`)))]);
  return {
    url,
    output: () => latest,
    stop: (signal = "SIGINT") => {
      stop(signal);
      return run;
    },
  };
}

/** Polls `check` on the real clock until it holds (a request in flight must land), at most `withinMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, withinMs = 2000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Reads server-sent events from a fetch response, one `{ event, data }` at a time. */
export function sseReader(response: Response): { next(): Promise<{ event: string; data: unknown }>; close(): void } {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next() {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data !== undefined) return { event, data: JSON.parse(data) };
          continue;
        }
        const chunk = await reader.read();
        if (chunk.done) throw new Error("the event stream ended");
        buffer += chunk.value;
      }
    },
    close: () => void reader.cancel().catch(() => {}),
  };
}
