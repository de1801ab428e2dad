import { AuthError, ConfigError, InvalidRequestError, NotFoundError, PermissionError } from "@scanstat/core";
import { useMswServer } from "@scanstat/core/conformance/msw";
import { describe, expect, it, vi } from "vitest";
import { telmaiScenario, telmaiTestOrigin } from "../__fixtures__/msw-telmai.js";
import { createTelmaiAdapter } from "../adapter/telmai-adapter.js";
import { readTelmaiEnvironment } from "../telmai-environment.js";

const server = useMswServer();

describe("permissions", () => {
  it("a Viewer may not trigger: 403 names scan:trigger and the request id, no scan starts", async () => {
    const { adapter, simulator } = telmaiScenario(server, {}, (simulator) => ({ token: simulator.viewerToken! }));
    const failure = await adapter.triggerScan().catch((error: unknown) => error);
    expect(PermissionError.isInstance(failure)).toBe(true);
    const error = failure as PermissionError;
    expect(error.permission).toBe("scan:trigger");
    expect(error.requestId).toBe("req-000001");
    expect(error.message).toBe(
      "telmai runScan: HTTP 403 FORBIDDEN: You do not have permission to perform this action — the token lacks the permission scan:trigger (Admin and Member roles have it, Viewer does not) (Telmai request id req-000001)",
    );
    expect(error.mayHaveActed).toBe(false);
    expect(simulator.triggeredScans).toBe(0);
  });

  it("a Viewer may read the assets' runs (listScans, and scans they explain), but not an execution's status", async () => {
    const { adapter, simulator } = telmaiScenario(server, {}, (simulator) => ({ token: simulator.viewerToken! }));
    const id = simulator.seedScan();
    const listed = [];
    for await (const scan of adapter.listScans()) listed.push(scan.ref.id);
    expect(listed).toEqual([id]);
    expect((await adapter.getScan(id)).state).toBe("running");
    // A queued execution has no runs yet: only its status can tell, and that needs scan:trigger.
    const queued = simulator.seedScan({ queuedMs: 60_000 });
    await expect(adapter.getScan(queued)).rejects.toThrow(/lacks the permission scan:trigger/);
    expect(simulator.count("getScanStatus", { status: 403 })).toBe(1);
  });
});

describe("configuration", () => {
  it("a missing base URL is a ConfigError naming TELMAI_BASE_URL, and nothing is sent", () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    expect(() => createTelmaiAdapter({ baseUrl: "", token: "abc.def", fetch })).toThrow(ConfigError);
    expect(() => createTelmaiAdapter({ baseUrl: undefined as unknown as string, token: "abc.def", fetch })).toThrow(
      /set TELMAI_BASE_URL/,
    );
    expect(() => readTelmaiEnvironment({ TELMAI_TOKEN: "abc.def" })).toThrow(/TELMAI_BASE_URL is not set/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("trigger options Telmai does not take are refused before anything is sent", async () => {
    const { adapter, simulator } = telmaiScenario(server);
    await expect(adapter.triggerScan({ definition: "orders_checks" })).rejects.toThrow(
      new InvalidRequestError(
        'telmai triggerScan: unknown trigger option "definition" (telmai takes no trigger option)',
        {
          vendor: "telmai",
          operation: "triggerScan",
        },
      ),
    );
    expect(simulator.requests).toEqual([]);
  });

  it("the sandbox environment reaches the simulator", async () => {
    const { simulator, clock } = telmaiScenario(server);
    const environment = readTelmaiEnvironment(simulator.sandboxEnvironment(`${telmaiTestOrigin}/api`));
    const adapter = createTelmaiAdapter({ ...environment, clock });
    const ref = await adapter.triggerScan();
    expect(ref.id).toBe("aca-exec-000001");
  });
});

describe("token refresh", () => {
  it("asks the provider again after a 401, and the request succeeds", async () => {
    const provider = vi.fn<() => Promise<string>>();
    const { adapter, simulator, clock } = telmaiScenario(server, {}, () => ({ token: provider }));
    provider.mockResolvedValueOnce(simulator.issueToken({ validForMs: 30_000 }));
    provider.mockResolvedValueOnce(simulator.issueToken());
    const ref = await adapter.triggerScan();
    await clock.advance(40_000);
    const scan = await adapter.getScan(ref.id);
    expect(scan.state).toBe("running");
    expect(provider).toHaveBeenCalledTimes(2);
    expect(simulator.count("getAssetsScanStatus", { status: 401 })).toBe(1);
    expect(simulator.count("getAssetsScanStatus", { status: 200 })).toBe(1);
    expect(simulator.triggeredScans).toBe(1);
  });

  it("a second 401 is an AuthError: the provider is asked once more, not in a loop", async () => {
    const provider = vi.fn<() => Promise<string>>();
    const { adapter, simulator, clock } = telmaiScenario(server, {}, () => ({ token: provider }));
    provider.mockResolvedValueOnce(simulator.issueToken({ validForMs: 10_000 }));
    provider.mockResolvedValueOnce(simulator.issueToken({ validForMs: 10_000 }));
    const id = simulator.seedScan();
    await clock.advance(20_000);
    const failure = await adapter.getScan(id).catch((error: unknown) => error);
    expect(AuthError.isInstance(failure)).toBe(true);
    expect((failure as AuthError).message).toBe(
      "telmai getAssetsScanStatus: HTTP 401 UNAUTHORIZED: Token expired — the token was refused (Entra ID tokens expire after about an hour) (Telmai request id req-000002)",
    );
    expect(provider).toHaveBeenCalledTimes(2);
    expect(simulator.count("getAssetsScanStatus", { status: 401 })).toBe(2);
  });

  it("a provider that fails is an AuthError, and nothing is sent", async () => {
    const { adapter, simulator } = telmaiScenario(server, {}, () => ({
      token: async () => {
        throw new Error("AADSTS7000215: Invalid client secret provided.");
      },
    }));
    const failure = await adapter.getScan("aca-exec-000001").catch((error: unknown) => error);
    expect(AuthError.isInstance(failure)).toBe(true);
    expect((failure as AuthError).message).toBe(
      "telmai: the token provider failed: AADSTS7000215: Invalid client secret provided.",
    );
    expect(simulator.requests).toEqual([]);
  });

  it("a static token that expired is an AuthError after one request", async () => {
    const { adapter, simulator, clock } = telmaiScenario(
      server,
      { credentials: [{ token: "short-lived-token", role: "member", expiresAt: "2026-03-24T09:00:10Z" }] },
      () => ({ token: "short-lived-token" }),
    );
    const id = simulator.seedScan();
    expect((await adapter.getScan(id)).state).toBe("running");
    await clock.advance(10_000);
    await expect(adapter.getScan(id)).rejects.toBeInstanceOf(AuthError);
    expect(simulator.count("getAssetsScanStatus", { status: 401 })).toBe(1);
  });
});

describe("request ids", () => {
  it("an unknown execution's NotFoundError carries Telmai's request id", async () => {
    const { adapter } = telmaiScenario(server);
    // req-000001 is the assets (read first); no run explains the id, so its status is asked.
    const failure = await adapter.getScan("no-such-execution").catch((error: unknown) => error);
    expect(NotFoundError.isInstance(failure)).toBe(true);
    expect((failure as NotFoundError).requestId).toBe("req-000002");
    expect((failure as NotFoundError).message).toBe(
      "telmai getScanStatus: HTTP 404 NOT_FOUND: Scan execution not found (Telmai request id req-000002)",
    );
  });

  it("a 2xx that carries an error in the envelope fails as that error", async () => {
    const { adapter, simulator } = telmaiScenario(server);
    // Queued: no run explains it yet, so its status is read.
    const id = simulator.seedScan({ queuedMs: 60_000 });
    simulator.faults.add(
      {
        type: "transform",
        transform: () => ({
          data: null,
          error: { code: "FORBIDDEN", message: "denied" },
          meta: { requestId: "req-x" },
        }),
      },
      { operation: "getScanStatus" },
    );
    const failure = await adapter.getScan(id).catch((error: unknown) => error);
    expect(PermissionError.isInstance(failure)).toBe(true);
    expect((failure as PermissionError).permission).toBe("scan:trigger");
    expect((failure as PermissionError).requestId).toBe("req-x");
  });

  it("a drifted body names the field inside data, with the request id", async () => {
    const { adapter, simulator } = telmaiScenario(server);
    const id = simulator.seedScan({ queuedMs: 60_000 });
    simulator.faults.add(
      {
        type: "transform",
        transform: (body) => ({ ...(body as object), data: { executionId: id, startedAt: "x" } }),
      },
      { operation: "getScanStatus" },
    );
    await expect(adapter.getScan(id)).rejects.toThrow(
      /^telmai getScanStatus: unexpected response: field "data\.status" missing \(expected string\) \(Telmai request id req-\d{6}\)$/,
    );
  });
});
