import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";

/**
 * The strict request contract of a vendor client's nock tests: no real network, no request that no
 * interceptor expected, and no expected request left unmade — checked after every test.
 * Call once at the top of a `*.contract.test.ts` file.
 */
export function useStrictNock(): void {
  const unexpected: string[] = [];
  const recordUnexpected = (request: {
    method?: string;
    href?: string;
    path?: string;
    options?: { path?: string };
  }) => {
    unexpected.push(`${request.method ?? "?"} ${request.href ?? request.path ?? request.options?.path ?? "?"}`);
  };

  beforeAll(() => {
    nock.disableNetConnect();
    nock.emitter.on("no match", recordUnexpected);
  });
  beforeEach(() => {
    unexpected.length = 0;
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(unexpected, "requests no interceptor expected").toEqual([]);
    expect(pending, "expected requests that were never made").toEqual([]);
  });
  afterAll(() => {
    nock.emitter.off("no match", recordUnexpected);
    nock.enableNetConnect();
  });
}
