import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ProjectDiscoverySimulator } from "@scanstat/projectdiscovery/testing";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInProcessVendors } from "../__fixtures__/test-runtime.js";
import { type RunningServe, startServe } from "./__fixtures__/start-serve.js";

/** Chromium from the system (`apt-get install chromium`); CHROMIUM_PATH names another one. */
function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ];
  return candidates.find((path): path is string => typeof path === "string" && path !== "" && existsSync(path));
}

const chromium = findChromium();
if (!chromium) {
  console.warn(
    "serve board browser tests SKIPPED: no Chromium found (install it: apt-get install -y chromium, or set CHROMIUM_PATH)",
  );
}

/** The CI artifact: a screenshot of the board (test-output/ is gitignored). */
const outputDirectory = fileURLToPath(new URL("../../../../test-output/", import.meta.url));
const minute = 60_000;
const hostileName = "<img src=x onerror=alert(1)>";

describe.skipIf(!chromium)("serve: the board in a real browser (Chromium)", () => {
  let browser: Browser;
  let page: Page;
  let serve: RunningServe;
  const vendors = createInProcessVendors({ autoAdvance: false });
  const { soda, projectdiscovery, telmai, halo } = vendors.simulators;
  const refs = {
    sodaPass: `soda:${soda.seedScan({ outcome: "pass", durationMs: 5 * minute, queuedMs: 0 })}`,
    hostile: `projectdiscovery:${(projectdiscovery as ProjectDiscoverySimulator).seedScan({ outcome: "fail", durationMs: 8 * minute, queuedMs: 0, name: hostileName })}`,
    stopped: `projectdiscovery:${(projectdiscovery as ProjectDiscoverySimulator).seedScan({ outcome: "pass", durationMs: 240 * minute, queuedMs: 0, name: "Nightly perimeter scan" })}`,
    sodaWarn: `soda:${soda.seedScan({ outcome: "warn", durationMs: 90 * minute, queuedMs: 0 })}`,
    telmai: `telmai:${telmai.seedScan({ outcome: "pass", durationMs: 120 * minute, queuedMs: 0 })}`,
    halo: `halo:${halo.seedScan({ outcome: "warn", durationMs: 45 * minute, queuedMs: 0 })}`,
  };
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await vendors.clock.advance(2 * minute);
    serve = await startServe(vendors, [...Object.values(refs), "--interval", "60"]);
    browser = await puppeteer.launch({
      executablePath: chromium!,
      headless: true,
      // Root in CI containers: Chromium's sandbox needs user namespaces it may not have.
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
    });
    page = await browser.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.setViewport({ width: 1280, height: 640 });
    await page.goto(`${serve.url}/`, { waitUntil: "domcontentloaded" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  const rowSelector = (ref: string, extra = "") => `tr[data-ref="${ref}"]${extra}`;
  const visibleRefs = () =>
    page.$$eval("#scans tr", (rows) =>
      rows.filter((row) => !(row as HTMLElement).hidden).map((row) => (row as HTMLElement).dataset.ref),
    );

  it("shows a row per scan, live", async () => {
    for (const ref of Object.values(refs)) await page.waitForSelector(rowSelector(ref, "[data-state]"));
    await page.waitForFunction(() => document.getElementById("connection")?.dataset.status === "live");
    expect(await page.$$eval("#scans tr", (rows) => rows.length)).toBe(6);
    expect(await page.$eval(rowSelector(refs.sodaPass), (row) => row.textContent)).toContain("running");
  });

  it("renders a vendor's scan name as text, never as HTML", async () => {
    const name = await page.$eval(rowSelector(refs.hostile, " .name"), (node) => node.textContent);
    expect(name).toBe(hostileName);
    expect(await page.$$eval("#scans img", (images) => images.length)).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("updates a row when its scan ends, without a reload", async () => {
    await vendors.clock.advance(10 * minute);
    await page.waitForSelector(rowSelector(refs.sodaPass, '[data-state="completed"][data-verdict="pass"]'));
    await page.waitForSelector(rowSelector(refs.hostile, '[data-state="completed"][data-verdict="fail"]'));
    const findings = await page.$eval(rowSelector(refs.hostile), (row) => row.textContent);
    expect(findings).toMatch(/\d+ findings: /);
  });

  it("shows a webhook's news at once: ProjectDiscovery's failed_stopped, with its reason", async () => {
    const id = refs.stopped.split(":")[1];
    const response = await fetch(`${serve.url}/hooks/projectdiscovery`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "failed_stopped",
        message: "Scan failed due to error",
        scan_id: id,
        running: null,
        finished: null,
        failed_stopped: {
          timestamp: new Date(vendors.clock.now()).toISOString(),
          progress: 67,
          failure_reason: "Network timeout connecting to target hosts",
        },
      }),
    });
    expect(response.status).toBe(200);
    await page.waitForSelector(rowSelector(refs.stopped, '[data-state="failed"]'));
    expect(await page.$eval(rowSelector(refs.stopped), (row) => row.textContent)).toContain(
      "Network timeout connecting to target hosts",
    );
  });

  it("filters by vendor, state and verdict", async () => {
    await page.select("#filter-vendor", "soda");
    expect(await visibleRefs()).toEqual([refs.sodaPass, refs.sodaWarn]);
    await page.select("#filter-state", "active");
    expect(await visibleRefs()).toEqual([refs.sodaWarn]);
    await page.select("#filter-vendor", "");
    await page.select("#filter-state", "");
    await page.select("#filter-verdict", "fail");
    expect(await visibleRefs()).toEqual([refs.hostile]);
    expect(page.url()).toContain("verdict=fail");
    await page.select("#filter-verdict", "");
    expect(await visibleRefs()).toHaveLength(6);
  });

  it("runs under its Content-Security-Policy without an error, and looks right (screenshot)", async () => {
    expect(pageErrors).toEqual([]);
    await mkdir(outputDirectory, { recursive: true });
    await page.screenshot({ path: `${outputDirectory}serve-board.png`, fullPage: true });
    await page.setViewport({ width: 390, height: 844, isMobile: true, deviceScaleFactor: 1 });
    await page.screenshot({ path: `${outputDirectory}serve-board-phone.png`, fullPage: true });
    expect(existsSync(`${outputDirectory}serve-board.png`)).toBe(true);
  });
});
