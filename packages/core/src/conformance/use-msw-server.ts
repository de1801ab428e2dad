import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/**
 * The msw server of a vendor's `*.scenario.test.ts` file: listening for the whole file, refusing any
 * request no handler takes (a scenario must not reach the network), its handlers reset after every
 * test. Call once at the top of the file; add handlers per test with `server.use(...)`.
 */
export function useMswServer(): SetupServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
