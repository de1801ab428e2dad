import { ScanstatError, type VendorId } from "@scanstat/core";
import { ExitCode } from "../exit/exit-codes.js";
import { knownVendors } from "../vendors/vendor-manifests.js";
import type { CommandContext } from "./command-context.js";
import { missingVariablesOf } from "./missing-credentials.js";
import { writeRecords } from "./write-report.js";

/**
 * What one credentials check found. `refused`: the vendor answered 401/403 (its words kept);
 * `unreachable`: no answer (network, timeout); `failed`: an answer that proves nothing (5xx,
 * 404 at a wrong base URL, a body that does not fit); `not configured`: no call was made.
 */
export type CheckState = "ok" | "refused" | "unreachable" | "failed" | "not configured";

export interface VendorCheck {
  vendor: VendorId;
  state: CheckState;
  /** The account the vendor named (ok), or why it is not ok. */
  detail?: string;
  /** The HTTP status, when the vendor answered. */
  status?: number;
}

/** Required variables that are not set: those vendors are not configured, and nothing is sent to them. */
function missingVariables(vendor: VendorId, variables: Readonly<Record<string, string>>): string[] {
  return missingVariablesOf(vendor, variables).map((variable) => variable.name);
}

function stateOfError(error: unknown): CheckState {
  if (!ScanstatError.isInstance(error)) return "failed";
  switch (error.code) {
    case "auth":
    case "permission":
      return "refused";
    case "network":
    case "timeout":
      return "unreachable";
    case "config":
      return "not configured";
    default:
      return "failed";
  }
}

async function checkVendor(context: CommandContext, vendor: VendorId): Promise<VendorCheck> {
  const missing = missingVariables(vendor, context.config.env);
  if (missing.length > 0) return { vendor, state: "not configured", detail: `${missing.join(", ")} not set` };
  try {
    const account = await context.checkCredentials(vendor);
    return account ? { vendor, state: "ok", detail: account } : { vendor, state: "ok" };
  } catch (error) {
    const status = ScanstatError.isInstance(error) ? error.status : undefined;
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return {
      vendor,
      state: stateOfError(error),
      detail: context.redact(message),
      ...(status !== undefined ? { status } : {}),
    };
  }
}

const stateColors = {
  ok: "green",
  refused: "red",
  unreachable: "red",
  failed: "red",
  "not configured": "yellow",
} as const;

/**
 * `scanstat vendors --check [vendor…]`: per vendor, one documented read-only call that proves the
 * credentials work. Without names, the vendors whose credentials are set. Exit 0 when every
 * checked vendor is ok; 4 otherwise (also when there was nothing to check).
 */
export async function checkVendorsCommand(context: CommandContext, named: readonly VendorId[]): Promise<number> {
  const vendors =
    named.length > 0
      ? [...new Set(named)]
      : knownVendors.filter((vendor) => missingVariables(vendor, context.config.env).length === 0);
  // In parallel: one request each, at four different vendors.
  const checks = await Promise.all(vendors.map((vendor) => checkVendor(context, vendor)));
  // Unnamed and unconfigured vendors are listed too (not counted): the line says what to set.
  if (named.length === 0) {
    for (const vendor of knownVendors) {
      if (vendors.includes(vendor)) continue;
      checks.push({
        vendor,
        state: "not configured",
        detail: `${missingVariables(vendor, context.config.env).join(", ")} not set`,
      });
    }
    checks.sort((a, b) => knownVendors.indexOf(a.vendor) - knownVendors.indexOf(b.vendor));
  }
  await writeRecords(context, checks, (painter) => {
    const vendorWidth = Math.max(...checks.map((check) => check.vendor.length));
    const stateWidth = Math.max(...checks.map((check) => check.state.length));
    return checks
      .map((check) => {
        const state = painter.paint(stateColors[check.state], check.state.padEnd(stateWidth));
        return `${check.vendor.padEnd(vendorWidth)}  ${state}  ${check.detail ?? ""}`.trimEnd();
      })
      .map((line) => `${line}\n`)
      .join("");
  });
  if (vendors.length === 0) {
    context.stderr.write(`scanstat: no vendor has credentials set: nothing was checked (see scanstat vendors)\n`);
    return ExitCode.statusUnknown;
  }
  const checked = checks.filter((check) => vendors.includes(check.vendor));
  return checked.every((check) => check.state === "ok") ? ExitCode.pass : ExitCode.statusUnknown;
}
