import { ConfigError, type ErrorHintCode, InvalidRequestError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { errorText } from "./error-text.js";

interface Row {
  name: string;
  vendor?: "soda" | "projectdiscovery" | "telmai" | "halo";
  hintCode?: ErrorHintCode;
  hintSubject?: string;
  message?: string;
  expected: string;
}

const rows: Row[] = [
  {
    name: "list-active-scans: the vendor's active scans",
    vendor: "halo",
    hintCode: "list-active-scans",
    expected: "scanstat: the request timed out (look with `scanstat list halo --active` before starting again)\n",
  },
  {
    name: "read-scan-status: the scan's status, by its ref",
    vendor: "halo",
    hintCode: "read-scan-status",
    hintSubject: "812",
    expected: "scanstat: the request timed out (look with `scanstat status halo:812`)\n",
  },
  {
    name: "read-scan-status without a scan id: the active scans instead",
    vendor: "projectdiscovery",
    hintCode: "read-scan-status",
    expected:
      "scanstat: the request timed out (look with `scanstat list projectdiscovery --active` before starting again)\n",
  },
  {
    name: "give-trigger-option: the key's flag, from the manifest (halo)",
    vendor: "halo",
    hintCode: "give-trigger-option",
    hintSubject: "targetId",
    expected: "scanstat: the request timed out (give --target-id)\n",
  },
  {
    name: "give-trigger-option: the key's flag, from the manifest (soda)",
    vendor: "soda",
    hintCode: "give-trigger-option",
    hintSubject: "dataTimestamp",
    expected: "scanstat: the request timed out (give --data-timestamp)\n",
  },
  {
    name: "give-trigger-option: the key's flag, from the manifest (telmai)",
    vendor: "telmai",
    hintCode: "give-trigger-option",
    hintSubject: "assetId",
    expected: "scanstat: the request timed out (give --asset)\n",
  },
  {
    name: "give-trigger-option: a key the manifest does not know, named as it is",
    vendor: "soda",
    hintCode: "give-trigger-option",
    hintSubject: "region",
    expected: 'scanstat: the request timed out (give the trigger option "region")\n',
  },
  {
    name: "no hint code: the message alone",
    vendor: "halo",
    expected: "scanstat: the request timed out\n",
  },
  {
    name: "a message that already words the advice: not twice",
    vendor: "halo",
    hintCode: "list-active-scans",
    message: "the request timed out (look with `scanstat list halo --active` before starting again)",
    expected: "scanstat: the request timed out (look with `scanstat list halo --active` before starting again)\n",
  },
];

describe("errorText words hint codes as CLI advice", () => {
  it.each(rows.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    const error = new InvalidRequestError(row.message ?? "the request timed out", {
      ...(row.vendor ? { vendor: row.vendor } : {}),
      ...(row.hintCode ? { hintCode: row.hintCode } : {}),
      ...(row.hintSubject ? { hintSubject: row.hintSubject } : {}),
    });
    expect(errorText(error, { verbose: false })).toBe(row.expected);
  });

  it("without a vendor on the error, the ref's vendor (an alias resolves)", () => {
    const error = new InvalidRequestError("trigger needs a target", {
      hintCode: "give-trigger-option",
      hintSubject: "targets",
    });
    expect(errorText(error, { verbose: false, ref: { vendor: "projectdiscovery", id: "x" } })).toBe(
      "scanstat: projectdiscovery:x: trigger needs a target (give --target)\n",
    );
  });

  it("advice never rescues an unknown error's class: only scanstat errors carry hint codes", () => {
    const error = Object.assign(new Error("boom"), { hintCode: "list-active-scans", vendor: "halo" });
    expect(errorText(error, { verbose: false })).toBe("scanstat: unexpected error: boom\n");
  });

  it("a ConfigError with a hint code and no vendor: a placeholder, never a wrong vendor", () => {
    const error = new ConfigError("it may have started", { hintCode: "list-active-scans" });
    expect(errorText(error, { verbose: false })).toBe(
      "scanstat: it may have started (look with `scanstat list <vendor> --active` before starting again)\n",
    );
  });
});
