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
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toMatch(
      new RegExp(`^config ${path}: not valid JSON \\(`),
    );
  });
  it("an unknown variable", async () => {
    const path = await writeConfig({ env: { SODA_TOKEN: "x" } });
    expect(await configError(resolveConfiguration({ flags: noFlags, env: {}, homeDirectory: home }))).toBe(
      `config ${path}: .env.SODA_TOKEN is not a scanstat variable (known: SODA_API_KEY_ID, SODA_API_KEY_SECRET, SODA_REGION, SODA_BASE_URL, PDCP_API_KEY, PDCP_TEAM_ID, PDCP_API_SERVER, TELMAI_TOKEN, TELMAI_BASE_URL, HALO_API_KEY, HALO_BASE_URL)`,
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
      `config ${path}: unknown key "credentials" (known: env, options, profiles)`,
    );
  });
});
