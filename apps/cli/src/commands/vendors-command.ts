import { type AdapterCapabilities, ConfigError, type RateLimit, ScanstatError, type VendorId } from "@scanstat/core";
import type { RateBudget, RateLimitSource } from "../config/rate-limit-settings.js";
import { requiredVariables, catalogEntryOf } from "../vendors/vendor-catalog.js";
import { knownVendors } from "../vendors/vendor-manifests.js";
import { type CommandContext, vendorSettings } from "./command-context.js";
import { writeRecords } from "./write-report.js";

interface VendorReport {
  vendor: VendorId;
  title: string;
  /** Credentials present and accepted by the adapter (nothing was sent to the vendor). */
  ready: boolean;
  problem?: string;
  capabilities: AdapterCapabilities;
  /** Per operation, as the adapter applies them (overrides included). */
  rateLimits: Record<string, RateLimit>;
  /** Per rate class: the vendor's documented limit or scanstat's default, and the user's override in effect. */
  rateBudgets: Record<string, RateBudgetReport>;
  variables: Array<{ name: string; required: boolean; set: boolean; source?: "environment" | "config" }>;
}

interface RateBudgetReport {
  default: RateLimit;
  override?: RateBudget & { source: RateLimitSource };
}

/** Stand-ins for missing variables: enough to build an adapter and read its capabilities. Never sent anywhere. */
function placeholderVariables(vendor: VendorId, variables: Readonly<Record<string, string>>): Record<string, string> {
  const filled = { ...variables };
  for (const variable of requiredVariables(vendor, variables)) {
    if (filled[variable.name]) continue;
    filled[variable.name] = variable.name.endsWith("_BASE_URL") ? `https://${vendor}.invalid` : "placeholder";
  }
  return filled;
}

async function describeVendor(context: CommandContext, vendor: VendorId): Promise<VendorReport> {
  const { config } = context;
  const required = new Set(requiredVariables(vendor, config.env).map((variable) => variable.name));
  const module = await context.runtime.loadVendor(vendor);
  const common = vendorSettings(
    { clock: context.clock, requestTimeoutMs: config.options.requestTimeoutMs },
    config,
    vendor,
  );
  let ready = true;
  let problem: string | undefined;
  let adapter: ReturnType<typeof module.createAdapter>;
  try {
    adapter = module.createAdapter(config.env, common);
  } catch (error) {
    if (!ScanstatError.isInstance(error)) throw error;
    ready = false;
    problem = error.message;
    try {
      adapter = module.createAdapter(placeholderVariables(vendor, config.env), common);
    } catch {
      // A bad value of the user's (SODA_REGION=mars): capabilities do not depend on it.
      adapter = module.createAdapter(placeholderVariables(vendor, {}), common);
    }
  }
  return {
    vendor,
    title: catalogEntryOf(vendor).title,
    ready,
    ...(problem !== undefined ? { problem } : {}),
    capabilities: { ...adapter.capabilities },
    rateLimits: { ...adapter.rateLimits } as Record<string, RateLimit>,
    rateBudgets: Object.fromEntries(
      Object.entries(module.defaultRateLimits).map(([rateClass, limit]) => {
        const override = config.rateLimits[vendor]?.[rateClass];
        return [rateClass, { default: { ...limit }, ...(override ? { override: { ...override } } : {}) }];
      }),
    ),
    variables: catalogEntryOf(vendor).variables.map((variable) => {
      const source = config.sources[variable.name];
      return {
        name: variable.name,
        required: required.has(variable.name),
        set: source !== undefined,
        ...(source ? { source } : {}),
      };
    }),
  };
}

const budgetText = (budget: RateBudget) => `${budget.requests} per ${budget.windowMs / 1000} s`;

const sourceNames: Readonly<Record<RateLimitSource, string>> = {
  config: "config file",
  environment: "SCANSTAT_RATE_LIMITS",
  flag: "--rate-limit",
};

/** `read   120 per 60 s  override (config file); default (not published): 60 per 60 s` */
function rateBudgetLines(budgets: Record<string, RateBudgetReport>): string[] {
  const entries = Object.entries(budgets).map(([rateClass, { default: limit, override }]): [string, string, string] => {
    const origin = limit.documented ? "documented" : "default (not published)";
    return override
      ? [rateClass, budgetText(override), `override (${sourceNames[override.source]}); ${origin}: ${budgetText(limit)}`]
      : [rateClass, budgetText(limit), origin];
  });
  const classWidth = Math.max(...entries.map(([rateClass]) => rateClass.length));
  const budgetWidth = Math.max(...entries.map(([, budget]) => budget.length));
  return [
    "  rate budgets, per credential:",
    ...entries.map(
      ([rateClass, budget, origin]) => `    ${rateClass.padEnd(classWidth)}  ${budget.padEnd(budgetWidth)}  ${origin}`,
    ),
  ];
}

const capabilityNames: Array<[keyof AdapterCapabilities, string]> = [
  ["trigger", "trigger"],
  ["cancel", "cancel"],
  ["list", "list"],
  ["logs", "logs"],
  ["batchGet", "batch status"],
];

/**
 * `scanstat vendors`: what each vendor can do, which credentials are set (never their values) and
 * each rate class's budget with the override in effect.
 */
export async function vendorsCommand(context: CommandContext): Promise<number> {
  const reports: VendorReport[] = [];
  for (const vendor of knownVendors) {
    try {
      reports.push(await describeVendor(context, vendor));
    } catch (error) {
      throw ScanstatError.isInstance(error)
        ? error
        : new ConfigError(`cannot load the ${vendor} adapter: ${String(error)}`);
    }
  }
  await writeRecords(context, reports, (painter) => {
    const lines: string[] = [];
    for (const report of reports) {
      const status = report.ready ? painter.paint("green", "ready") : painter.paint("yellow", "not configured");
      lines.push(`${painter.paint("bold", report.vendor)} (${report.title}): ${status}`);
      const can = ["status", ...capabilityNames.filter(([key]) => report.capabilities[key]).map(([, word]) => word)];
      const cannot = capabilityNames.filter(([key]) => !report.capabilities[key]).map(([, word]) => word);
      lines.push(`  can: ${can.join(", ")}${cannot.length > 0 ? `; cannot: ${cannot.join(", ")}` : ""}`);
      const width = Math.max(...report.variables.map((variable) => variable.name.length));
      for (const variable of report.variables) {
        const state = variable.set
          ? `set (${variable.source})`
          : variable.required
            ? painter.paint("yellow", "not set (required)")
            : "not set (optional)";
        lines.push(`  ${variable.name.padEnd(width)}  ${state}`);
      }
      if (report.problem && report.variables.every((variable) => variable.set || !variable.required)) {
        lines.push(`  problem: ${report.problem}`);
      }
      lines.push(...rateBudgetLines(report.rateBudgets));
    }
    if (context.config.configPath) lines.push(`config file: ${context.config.configPath}`);
    return `${lines.join("\n")}\n`;
  });
  return 0;
}
