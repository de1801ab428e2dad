import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "@scanstat/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommonOptions } from "../arguments/parse-command-line.js";
import { defaultConfigPath } from "./config-location.js";
import { resolveConfiguration } from "./resolve-configuration.js";

const noFlags: CommonOptions = { quiet: false, verbose: false, noColor: false };
let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-config-"));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

async function writeConfig(contents: unknown, mode = 0o600, path = join(home, ".config", "scanstat", "config.json")) {
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, typeof contents === "string" ? contents : JSON.stringify(contents));
  await chmod(path, mode);
  return path;
}

const configError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(ConfigError.isInstance(error)).toBe(true);
  return (error as Error).message;
};

describe("defaultConfigPath", () => {
  it("uses XDG_CONFIG_HOME when set", () => {
    expect(defaultConfigPath({ XDG_CONFIG_HOME: "/xdg" }, "/home/me")).toBe("/xdg/scanstat/config.json");
  });
  it("falls back to ~/.config", () => {
    expect(defaultConfigPath({}, "/home/me")).toBe("/home/me/.config/scanstat/config.json");
  });
});

describe("resolveConfiguration: flags > environment > config file", () => {
  it("no config file, no environment: defaults", async () => {
    const resolved = await resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home });
    expect(resolved).toEqual({
      env: {},
      sources: {},
      options: {
        format: undefined,
        output: undefined,
        intervalMs: undefined,
        timeoutMs: undefined,
        requestTimeoutMs: 30_000,
        severityPolicy: undefined,
        okOnWarn: false,
        quiet: false,
        verbose: false,
        noColor: false,
      },
      rateLimits: {},
      secrets: [],
      configPath: undefined,
      warnings: [],
    });
  });

  it("the environment beats the config file; the file fills what the environment lacks", async () => {
    await writeConfig({ env: { SODA_API_KEY_ID: "file-id", SODA_API_KEY_SECRET: "file-secret", SODA_REGION: "us" } });
    const resolved = await resolveConfiguration({
      flags: noFlags,
      env: { SODA_API_KEY_ID: "env-id", SODA_REGION: "", HOME_IRRELEVANT: "x" },
      homeDirectory: home,
    });
    expect(resolved.env).toEqual({ SODA_API_KEY_ID: "env-id", SODA_API_KEY_SECRET: "file-secret", SODA_REGION: "us" });
    expect(resolved.sources).toEqual({
      SODA_API_KEY_ID: "environment",
      SODA_API_KEY_SECRET: "config",
      SODA_REGION: "config",
    });
    expect(resolved.secrets).toEqual(["env-id", "file-secret"]);
  });

  it("flags beat the config file's options", async () => {
    await writeConfig({
      options: { format: "json", interval: 10, timeout: 600, requestTimeout: 5, failOn: "critical", okOnWarn: true },
    });
    const resolved = await resolveConfiguration({
      flags: { ...noFlags, format: "junit", intervalMs: 1000, failOn: "low" },
      env: {},
      homeDirectory: home,
    });
    expect(resolved.options).toMatchObject({
      format: "junit",
      intervalMs: 1000,
      timeoutMs: 600_000,
      requestTimeoutMs: 5000,
      severityPolicy: { failOn: "low", warnOn: "medium" },
      okOnWarn: true,
    });
  });

  it("--fail-on-unknown joins the severity policy, alone or with --fail-on", async () => {
    const alone = await resolveConfiguration({
      flags: { ...noFlags, failOnUnknown: true },
      env: {},
      homeDirectory: home,
    });
    expect(alone.options.severityPolicy).toEqual({ failOn: "high", warnOn: "medium", failOnUnknown: true });
    const withFailOn = await resolveConfiguration({
      flags: { ...noFlags, failOn: "critical", failOnUnknown: true },
      env: {},
      homeDirectory: home,
    });
    expect(withFailOn.options.severityPolicy).toEqual({ failOn: "critical", warnOn: "medium", failOnUnknown: true });
  });

  it("a profile overlays the top level; --profile beats SCANSTAT_PROFILE", async () => {
    await writeConfig({
      env: { HALO_API_KEY: "top-key" },
      options: { warnOn: "low" },
      profiles: { staging: { env: { HALO_API_KEY: "staging-key" } }, prod: { options: { warnOn: "high" } } },
    });
    const staging = await resolveConfiguration({
      flags: { ...noFlags, profile: "staging" },
      env: { SCANSTAT_PROFILE: "prod" },
      homeDirectory: home,
    });
    expect(staging.env).toEqual({ HALO_API_KEY: "staging-key" });
    expect(staging.options.severityPolicy).toEqual({ failOn: "high", warnOn: "low" });
    const prod = await resolveConfiguration({ flags: noFlags, env: { SCANSTAT_PROFILE: "prod" }, homeDirectory: home });
    expect(prod.env).toEqual({ HALO_API_KEY: "top-key" });
    expect(prod.options.severityPolicy).toEqual({ failOn: "high", warnOn: "high" });
  });

  it("--config beats SCANSTAT_CONFIG, which beats the default location", async () => {
    await writeConfig({ env: { PDCP_TEAM_ID: "default" } });
    const fromVariable = await writeConfig({ env: { PDCP_TEAM_ID: "variable" } }, 0o600, join(home, "variable.json"));
    const fromFlag = await writeConfig({ env: { PDCP_TEAM_ID: "flag" } }, 0o600, join(home, "flag.json"));
    const env = { SCANSTAT_CONFIG: fromVariable };
    expect((await resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home })).env.PDCP_TEAM_ID).toBe(
      "default",
    );
    expect((await resolveConfiguration({ flags: noFlags, env, homeDirectory: home })).env.PDCP_TEAM_ID).toBe(
      "variable",
    );
    const flagged = await resolveConfiguration({
      flags: { ...noFlags, configPath: fromFlag },
      env,
      homeDirectory: home,
    });
    expect(flagged.env.PDCP_TEAM_ID).toBe("flag");
    expect(flagged.configPath).toBe(fromFlag);
  });

  it("warns when a file that holds secrets is readable by others, not when it is 0600", async () => {
    const path = await writeConfig({ env: { TELMAI_TOKEN: "token-value-1234" } }, 0o644);
    const open = await resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home });
    expect(open.warnings).toEqual([
      `warning: ${path} holds secrets and other users can read it (mode 644): run chmod 600 ${path}`,
    ]);
    await chmod(path, 0o600);
    expect((await resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home })).warnings).toEqual([]);
  });

  it("no warning for a readable file without secrets", async () => {
    await writeConfig({ env: { SODA_REGION: "us" }, options: { interval: 5 } }, 0o644);
    expect((await resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home })).warnings).toEqual([]);
  });
});

describe("resolveConfiguration: bad configuration is a ConfigError (exit 64)", () => {
  it("a named file that does not exist", async () => {
    const path = join(home, "missing.json");
    expect(
      await configError(
        resolveConfiguration({ flags: { ...noFlags, configPath: path }, env: {}, homeDirectory: home }),
      ),
    ).toBe(`config ${path}: no such file`);
  });
  it("a profile with no config file", async () => {
    expect(
      await configError(resolveConfiguration({ flags: { ...noFlags, profile: "x" }, env: {}, homeDirectory: home })),
    ).toBe(`profile "x" needs a config file; ${join(home, ".config", "scanstat", "config.json")} does not exist`);
  });
  it("an unknown profile", async () => {
    const path = await writeConfig({ profiles: { staging: {} } });
    expect(
      await configError(resolveConfiguration({ flags: { ...noFlags, profile: "prod" }, env: {}, homeDirectory: home })),
    ).toBe(`config ${path}: no profile "prod" (profiles: staging)`);
  });
  it("malformed JSON", async () => {
    const path = await writeConfig("{ nope");
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toBe(
      `config ${path}: not valid JSON (at line 1, column 3)`,
    );
  });
  it("malformed JSON: the position, never the text around it (a secret)", async () => {
    const path = await writeConfig('{\n  "env": {\n    "HALO_API_KEY": s3cret-halo-key\n  }\n}');
    const message = await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }));
    expect(message).toBe(`config ${path}: not valid JSON (at line 3, column 21)`);
    expect(message).not.toContain("s3cret");
  });
  it("a file larger than 1 MiB fails at once, a device that never ends included", async () => {
    const path = await writeConfig(`{"env":{}}${" ".repeat(1024 * 1024)}`);
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toBe(
      `config ${path}: larger than 1 MiB; not a scanstat config file`,
    );
    const started = Date.now();
    expect(
      await configError(
        resolveConfiguration({ flags: { ...noFlags, configPath: "/dev/zero" }, env: {}, homeDirectory: home }),
      ),
    ).toBe("config /dev/zero: larger than 1 MiB; not a scanstat config file");
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it("profile names are looked up as the file's own keys only", async () => {
    const path = await writeConfig({ profiles: { staging: {}, __proto__: { env: { HALO_API_KEY: "proto-key" } } } });
    for (const name of ["toString", "constructor", "hasOwnProperty", "valueOf"]) {
      expect(
        await configError(resolveConfiguration({ flags: { ...noFlags, profile: name }, env: {}, homeDirectory: home })),
      ).toBe(`config ${path}: no profile "${name}" (profiles: staging)`);
    }
  });
  it("a profile named __proto__ in the file is a profile like any other", async () => {
    await writeConfig('{"profiles": {"__proto__": {"env": {"HALO_API_KEY": "proto-key"}}}}');
    const config = await resolveConfiguration({
      flags: { ...noFlags, profile: "__proto__" },
      env: {},
      homeDirectory: home,
    });
    expect(config.env.HALO_API_KEY).toBe("proto-key");
  });
  it("a number of seconds too large to hold (1e400) is refused", async () => {
    const path = await writeConfig('{"options": {"timeout": 1e400}}');
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toBe(
      `config ${path}: .options.timeout must be a positive number of seconds`,
    );
  });
  it("an unknown variable", async () => {
    const path = await writeConfig({ env: { SODA_TOKEN: "x" } });
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toBe(
      `config ${path}: .env.SODA_TOKEN is not a scanstat variable (known: SODA_API_KEY_ID, SODA_API_KEY_SECRET, SODA_REGION, SODA_BASE_URL, PDCP_API_KEY, PDCP_TEAM_ID, PDCP_API_SERVER, TELMAI_BASE_URL, TELMAI_TOKEN, TELMAI_API, TELMAI_API_KEY, TELMAI_TENANT, HALO_API_KEY, HALO_BASE_URL)`,
    );
  });
  it("a bad option value", async () => {
    const path = await writeConfig({ profiles: { ci: { options: { failOn: "severe" } } } });
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toBe(
      `config ${path}: profiles.ci.options.failOn must be critical, high, medium, low, info or none`,
    );
  });
  it("an unknown top-level key", async () => {
    const path = await writeConfig({ credentials: {} });
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toBe(
      `config ${path}: unknown key "credentials" (known: env, options, rateLimits, profiles, serve)`,
    );
  });
});

describe("resolveConfiguration: rate budgets, --rate-limit > SCANSTAT_RATE_LIMITS > config file", () => {
  const minute = 60_000;

  it("none anywhere: no overrides", async () => {
    expect((await resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home })).rateLimits).toEqual({});
  });

  it("the config file's rateLimits, windowSeconds in ms; a profile overlays them class by class", async () => {
    await writeConfig({
      rateLimits: {
        halo: { read: { requests: 120, windowSeconds: 60 }, write: { requests: 20, windowSeconds: 60 } },
        pd: { read: { requests: 90, windowSeconds: 30 } },
      },
      profiles: { ci: { rateLimits: { halo: { write: { requests: 2, windowSeconds: 1.5 } } } } },
    });
    const top = await resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home });
    expect(top.rateLimits).toEqual({
      halo: {
        read: { requests: 120, windowMs: minute, source: "config" },
        write: { requests: 20, windowMs: minute, source: "config" },
      },
      projectdiscovery: { read: { requests: 90, windowMs: 30_000, source: "config" } },
    });
    const ci = await resolveConfiguration({ flags: { ...noFlags, profile: "ci" }, env: {}, homeDirectory: home });
    expect(ci.rateLimits).toEqual({
      halo: {
        read: { requests: 120, windowMs: minute, source: "config" },
        write: { requests: 2, windowMs: 1500, source: "config" },
      },
      projectdiscovery: { read: { requests: 90, windowMs: 30_000, source: "config" } },
    });
  });

  it("the environment beats the file and the flag beats both, for the classes each names", async () => {
    await writeConfig({
      rateLimits: {
        halo: { read: { requests: 120, windowSeconds: 60 }, write: { requests: 20, windowSeconds: 60 } },
        telmai: { trigger: { requests: 3, windowSeconds: 60 } },
      },
    });
    const resolved = await resolveConfiguration({
      flags: {
        ...noFlags,
        rateLimits: [
          { vendor: "halo", rateClass: "read", requests: 500, windowMs: minute },
          { vendor: "halo", rateClass: "read", requests: 400, windowMs: minute },
        ],
      },
      env: { SCANSTAT_RATE_LIMITS: "halo.read=240/60,halo.write=30/60,projectdiscovery.write=5/60" },
      homeDirectory: home,
    });
    expect(resolved.rateLimits).toEqual({
      halo: {
        read: { requests: 400, windowMs: minute, source: "flag" },
        write: { requests: 30, windowMs: minute, source: "environment" },
      },
      telmai: { trigger: { requests: 3, windowMs: minute, source: "config" } },
      projectdiscovery: { write: { requests: 5, windowMs: minute, source: "environment" } },
    });
  });

  it("an empty SCANSTAT_RATE_LIMITS counts as unset", async () => {
    await writeConfig({ rateLimits: { soda: { status: { requests: 30, windowSeconds: 60 } } } });
    const resolved = await resolveConfiguration({
      flags: noFlags,
      env: { SCANSTAT_RATE_LIMITS: "" },
      homeDirectory: home,
    });
    expect(resolved.rateLimits).toEqual({ soda: { status: { requests: 30, windowMs: minute, source: "config" } } });
  });
});

describe("resolveConfiguration: a bad rate budget is a ConfigError (exit 64)", () => {
  const fileCases: Array<[string, unknown, string]> = [
    ["rateLimits not an object", { rateLimits: [] }, ".rateLimits must be an object of vendors to rate classes"],
    [
      "an unknown vendor",
      { rateLimits: { hal: { read: { requests: 1, windowSeconds: 1 } } } },
      '.rateLimits.hal: unknown vendor "hal" (known: soda, projectdiscovery, telmai, halo; alias pd)',
    ],
    [
      "a vendor that is not an object",
      { rateLimits: { halo: 120 } },
      ".rateLimits.halo must be an object of rate classes to budgets",
    ],
    [
      "an unknown class",
      { rateLimits: { halo: { reads: { requests: 1, windowSeconds: 1 } } } },
      '.rateLimits.halo.reads: halo has no rate class "reads" (known: read, write)',
    ],
    [
      "another vendor's class, in a profile",
      { profiles: { ci: { rateLimits: { soda: { read: { requests: 1, windowSeconds: 1 } } } } } },
      'profiles.ci.rateLimits.soda.read: soda has no rate class "read" (known: trigger, status, cancel, logs)',
    ],
    [
      "a budget that is not an object",
      { rateLimits: { halo: { read: "120/60" } } },
      '.rateLimits.halo.read must be an object like { "requests": 120, "windowSeconds": 60 }',
    ],
    [
      "an unknown budget field",
      { rateLimits: { halo: { read: { requests: 1, windowMs: 60_000 } } } },
      ".rateLimits.halo.read.windowMs is not a setting (known: requests, windowSeconds)",
    ],
    [
      "zero requests",
      { rateLimits: { halo: { read: { requests: 0, windowSeconds: 60 } } } },
      ".rateLimits.halo.read.requests must be a whole number of at least 1",
    ],
    [
      "requests as text",
      { rateLimits: { halo: { read: { requests: "120", windowSeconds: 60 } } } },
      ".rateLimits.halo.read.requests must be a whole number of at least 1",
    ],
    [
      "fractional requests",
      { rateLimits: { halo: { read: { requests: 2.5, windowSeconds: 60 } } } },
      ".rateLimits.halo.read.requests must be a whole number of at least 1",
    ],
    [
      "a negative window",
      { rateLimits: { halo: { read: { requests: 10, windowSeconds: -60 } } } },
      ".rateLimits.halo.read.windowSeconds must be a positive number of seconds",
    ],
    [
      "a missing window",
      { rateLimits: { halo: { read: { requests: 10 } } } },
      ".rateLimits.halo.read.windowSeconds must be a positive number of seconds",
    ],
    [
      "a misspelt key in a profile",
      { profiles: { ci: { rateLimit: {} } } },
      'profiles.ci: unknown key "rateLimit" (known: env, options, rateLimits)',
    ],
  ];
  for (const [name, contents, problem] of fileCases) {
    it(`config file, ${name}`, async () => {
      const path = await writeConfig(contents);
      const message = await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }));
      expect(message).toBe(`config ${path}: ${problem}`);
    });
  }

  const environmentCases: Array<[string, string, string]> = [
    [
      "not the syntax",
      "halo.read=120",
      'SCANSTAT_RATE_LIMITS: "halo.read=120" is not VENDOR.CLASS=REQUESTS/SECONDS (e.g. halo.read=120/60)',
    ],
    [
      "an unknown vendor",
      "halo.read=120/60,hal.read=1/60",
      'SCANSTAT_RATE_LIMITS: "hal.read=1/60": unknown vendor "hal" (known: soda, projectdiscovery, telmai, halo; alias pd)',
    ],
    [
      "an unknown class",
      "projectdiscovery.trigger=5/60",
      'SCANSTAT_RATE_LIMITS: "projectdiscovery.trigger=5/60": projectdiscovery has no rate class "trigger" (known: read, write)',
    ],
    [
      "zero requests",
      "telmai.read=0/60",
      'SCANSTAT_RATE_LIMITS: "telmai.read=0/60": requests must be a whole number of at least 1',
    ],
    ["zero seconds", "telmai.read=5/0", 'SCANSTAT_RATE_LIMITS: "telmai.read=5/0": seconds must be a positive number'],
  ];
  for (const [name, value, message] of environmentCases) {
    it(`SCANSTAT_RATE_LIMITS, ${name}`, async () => {
      expect(
        await configError(
          resolveConfiguration({ flags: noFlags, env: { SCANSTAT_RATE_LIMITS: value }, homeDirectory: home }),
        ),
      ).toBe(message);
    });
  }
});
