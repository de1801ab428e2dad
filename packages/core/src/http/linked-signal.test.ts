import { describe, expect, it } from "vitest";
import { linkSignal } from "./linked-signal.js";

describe("linkSignal", () => {
  it("aborts every follower with the parent's reason, through one listener on the parent", () => {
    const parent = new AbortController();
    let listeners = 0;
    const add = parent.signal.addEventListener.bind(parent.signal);
    parent.signal.addEventListener = ((...args: Parameters<typeof add>) => {
      listeners++;
      return add(...args);
    }) as typeof add;
    const links = Array.from({ length: 100 }, () => linkSignal(parent.signal));
    expect(listeners).toBe(1);
    const reason = new Error("stop");
    parent.abort(reason);
    expect(links.map((link) => link.signal?.reason)).toEqual(links.map(() => reason));
  });

  it("leaves a disposed follower alone, and follows a parent that is already aborted", () => {
    const parent = new AbortController();
    const done = linkSignal(parent.signal);
    done.dispose();
    const live = linkSignal(parent.signal);
    parent.abort("gone");
    expect([done.signal?.aborted, live.signal?.aborted]).toEqual([false, true]);
    expect(linkSignal(parent.signal).signal?.reason).toBe("gone");
    expect(linkSignal(undefined).signal).toBeUndefined();
  });
});
