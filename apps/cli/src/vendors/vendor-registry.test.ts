import { AuthError, ConfigError, type TriggerInput, triggerScan, type VendorId } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { acmeManifest, AcmeSimulator, withAcme } from "../__fixtures__/acme-vendor.js";
import { parseVendorOptions } from "../arguments/vendor-option-flags.js";
import { UsageError } from "../arguments/usage-error.js";
import { secretsOf } from "../commands/command-context.js";
import { missingCredentialsError } from "../commands/missing-credentials.js";
import { startSimulators } from "../simulators/start-simulators.js";
import { createVendorLoader } from "./load-vendor.js";
import { createVendorCatalog, requiredVariables } from "./vendor-catalog.js";
import { vendorRegistry } from "./vendor-registry.js";

describe("each registry entry: its manifest, its plugin and its sandbox simulator agree", () => {
  for (const entry of vendorRegistry) {
    const { vendor } = entry.manifest;

    it(`${vendor}: the plugin carries the manifest the CLI lists`, async () => {
      const { plugin } = await entry.loadPlugin();
      expect(plugin.manifest).toBe(entry.manifest);
    });

    it(`${vendor}: the sandbox's variables pass the credential check with reads only`, async () => {
      const { plugin } = await entry.loadPlugin();
      const simulator = (await entry.loadTesting()).createSandboxSimulator({ clock: createVirtualClock() });
      const variables = simulator.sandboxEnvironment(`https://${vendor}.simulated.test`);
      await plugin.checkCredentials(variables, { fetch: simulator.fetch }, {});
      expect(simulator.requests.length).toBeGreaterThan(0);
      expect(simulator.requests.filter((request) => request.status !== 200)).toEqual([]);
      expect(simulator.triggeredScans).toBe(0);
    });

    it(`${vendor}: every trigger example of the manifest starts a scan on the sandbox (the demo runs them)`, async () => {
      const { plugin } = await entry.loadPlugin();
      const simulator = (await entry.loadTesting()).createSandboxSimulator({ clock: createVirtualClock() });
      const adapter = plugin.createAdapter(simulator.sandboxEnvironment(`https://${vendor}.simulated.test`), {
        fetch: simulator.fetch,
        random: () => 0.5,
      });
      for (const example of entry.manifest.trigger.examples) {
        const ref = await triggerScan(adapter, example.input as TriggerInput);
        expect(ref.vendor).toBe(vendor);
        expect((await adapter.getScan(ref.id)).ref).toEqual(ref);
      }
    });
  }
});

describe("a fifth vendor is one package plus one registry entry", () => {
  const registry = withAcme(vendorRegistry);
  const manifests = registry.map((entry) => entry.manifest);
  const acme = "acme" as VendorId;

  it("the catalog lists it with its variables, secrets and trigger flags", () => {
    const catalog = createVendorCatalog(manifests);
    expect(Object.keys(catalog)).toEqual(["soda", "projectdiscovery", "telmai", "halo", "acme"]);
    expect(catalog.acme).toMatchObject({
      title: "Acme Scanner",
      triggerFlags: ["--project", "--depth"],
      rateLimitClasses: ["read"],
    });
    expect(catalog.acme?.variables.filter((variable) => variable.secret).map((variable) => variable.name)).toEqual([
      "ACME_TOKEN",
    ]);
  });

  it("missing credentials are named in the one wording every vendor gets", () => {
    const catalog = createVendorCatalog(manifests);
    expect(requiredVariables(acme, {}, catalog).map((variable) => variable.name)).toEqual([
      "ACME_TOKEN",
      "ACME_BASE_URL",
    ]);
    const error = missingCredentialsError([acme], { ACME_BASE_URL: "https://acme.test" }, catalog);
    expect(ConfigError.isInstance(error)).toBe(true);
    expect(error?.message).toBe(
      "missing credentials: acme needs ACME_TOKEN (API token). Set them in the environment or the config file (scanstat vendors shows what is set)",
    );
  });

  it("its trigger flags parse by its manifest; another vendor's flag is refused, naming its owner", () => {
    expect(parseVendorOptions(acme, "trigger", { project: " shop ", depth: "3" }, manifests)).toEqual({
      project: "shop",
      depth: 3,
    });
    expect(() => parseVendorOptions(acme, "trigger", { depth: "3" }, manifests)).toThrow(
      new UsageError("trigger acme needs --project PROJECT: the project to scan"),
    );
    expect(() => parseVendorOptions(acme, "trigger", { project: "shop", "target-id": "2" }, manifests)).toThrow(
      /--target-id is a halo option; acme does not take it \(acme takes --project, --depth\)/,
    );
  });

  it("its sandbox joins the others on one server, and the loader's plugin checks, triggers and reads through it", async () => {
    const running = await startSimulators({ clock: createVirtualClock(), port: 0 }, registry);
    try {
      expect(Object.keys(running.simulators)).toEqual(["soda", "projectdiscovery", "telmai", "halo", "acme"]);
      expect(running.simulators.acme).toBeInstanceOf(AcmeSimulator);
      expect(running.env.ACME_BASE_URL).toBe(`${running.url}/acme`);
      const loaded = await createVendorLoader(registry)(acme);
      expect(loaded.defaultRateLimits).toEqual(acmeManifest.rateLimits.classes);
      expect(await loaded.checkCredentials(running.env, {}, {})).toBe("account acme sandbox");
      const adapter = loaded.createAdapter(running.env, {});
      const ref = await triggerScan(adapter, { project: "shop" } as TriggerInput);
      expect(await adapter.getScan(ref.id)).toMatchObject({ ref, state: "completed", name: "shop" });
      const refused = loaded.checkCredentials({ ...running.env, ACME_TOKEN: "wrong" }, {}, {});
      await expect(refused).rejects.toSatisfy((error) => AuthError.isInstance(error));
    } finally {
      await running.close();
    }
  });

  it("its webhook is read by its plugin, with the watched scan as it stood", async () => {
    const loaded = await createVendorLoader(registry)(acme);
    const watched = { ref: { vendor: acme, id: "acme-7" }, state: "running" as const, vendorState: "running", raw: {} };
    const updates = loaded.readWebhook?.(
      { scan: { ref: "acme-7" } },
      { previous: (id) => (id === "acme-7" ? watched : undefined) },
    );
    expect(updates).toEqual([{ id: "acme-7", scan: { ...watched, state: "completed", vendorState: "done" } }]);
  });
});

describe("secretsOf: the Basic header a manifest says its variables are sent as", () => {
  it("adds base64(user:password) for the manifest that names the pair, and only for it", () => {
    const variables = { SODA_API_KEY_ID: "key-id", SODA_API_KEY_SECRET: "key-secret", ACME_TOKEN: "t" };
    expect(secretsOf(variables, [])).toContain(btoa("key-id:key-secret"));
    expect(secretsOf(variables, [], [acmeManifest])).not.toContain(btoa("key-id:key-secret"));
    const acmeWithBasic = { ...acmeManifest, basicAuth: { user: "ACME_TOKEN", password: "SODA_API_KEY_SECRET" } };
    expect(secretsOf(variables, [], [acmeWithBasic])).toContain(btoa("t:key-secret"));
  });
});
