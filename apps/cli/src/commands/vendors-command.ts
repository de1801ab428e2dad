import {
  type AdapterCapabilities,
  ConfigError,
  type RateLimit,
  ScanstatError,
  type VendorId,
  vendorIds,
} from "@scanstat/core";
import { colorEnabled, createPainter } from "../output/colors.js";
import { vendorCatalog } from "../vendors/vendor-catalog.js";
import type { CommandContext } from "./command-context.js";
import { writeReport } from "./write-report.js";

interface VendorReport {
  vendor: VendorId;
  title: string;
  /** Credentials present and accepted by the adapter (nothing was sent to the vendor). */
  ready: boolean;
  problem?: string;
  capabilities: AdapterCapabilities;
  rateLimits: Record<string, RateLimit>;
  variables: Array<{ name: string; required: boolean; set: boolean; source?: "environment" | "config" }>;
}

/** Stand-ins for missing variables: enough to build an adapter and read its capabilities. Never sent anywhere. */
function placeholderVariables(vendor: VendorId, variables: Readonly<Record<string, string>>): Record<string, string> {
  const filled = { ...variables };
  for (const variable of vendorCatalog[vendor].variables) {
    if (!variable.required || filled[variable.name]) continue;
    filled[variable.name] = variable.name.endsWith("_BASE_URL") ? `https://${vendor}.invalid` : "placeholder";
  }
  return filled;
}

async function describeVendor(context: CommandContext, vendor: VendorId): Promise<VendorReport> {
  const { config } = context;
  const module = await context.runtime.loadVendor(vendor);
  const common = { clock: context.clock, requestTimeoutMs: config.options.requestTimeoutMs };
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
    title: vendorCatalog[vendor].title,
    ready,
    ...(problem !== undefined ? { problem } : {}),
    capabilities: { ...adapter.capabilities },
    rateLimits: { ...adapter.rateLimits } as Record<string, RateLimit>,
    variables: vendorCatalog[vendor].variables.map((variable) => {
      const source = config.sources[variable.name];
      return {
        name: variable.name,
        required: variable.required,
        set: source !== undefined,
        ...(source ? { source } : {}),
      };
    }),
  };
}

const capabilityNames: Array<[keyof AdapterCapabilities, string]> = [
  ["trigger", "trigger"],
  ["cancel", "cancel"],
  ["list", "list"],
  ["logs", "logs"],
  ["batchGet", "batch status"],
];

/** `scanstat vendors`: what each vendor can do and which credentials are set (never their values). */
export async function vendorsCommand(context: CommandContext): Promise<number> {
  const reports: VendorReport[] = [];
  for (const vendor of vendorIds) {
    try {
      reports.push(await describeVendor(context, vendor));
    } catch (error) {
      throw ScanstatError.isInstance(error)
        ? error
        : new ConfigError(`cannot load the ${vendor} adapter: ${String(error)}`);
    }
  }
  const { format, output, noColor } = context.config.options;
  let text: string;
  if (format === "json") text = `${JSON.stringify(reports, null, 2)}\n`;
  else if (format === "ndjson") text = reports.map((report) => `${JSON.stringify(report)}\n`).join("");
  else {
    const painter = createPainter(
      colorEnabled({
        isTTY: context.stdout.isTTY && output === undefined,
        noColorFlag: noColor,
        env: context.runtime.env,
      }),
    );
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
    }
    if (context.config.configPath) lines.push(`config file: ${context.config.configPath}`);
    text = `${lines.join("\n")}\n`;
  }
  await writeReport(context, text);
  return 0;
}
