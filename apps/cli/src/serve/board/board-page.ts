import { scanStates, verdicts } from "@scanstat/core";
import { knownVendors } from "../../vendors/vendor-manifests.js";

/**
 * Served with a strict Content-Security-Policy: no inline script or style, nothing from
 * elsewhere. The page is plain HTML; `board-script.ts` and `board-style.ts` are its JS and CSS.
 */
export const boardContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const vendorNames: Readonly<Record<string, string>> = {
  soda: "Soda",
  projectdiscovery: "ProjectDiscovery",
  telmai: "Telmai",
  halo: "Halo",
};

const options = (values: readonly (readonly [string, string])[]) =>
  values.map(([value, label]) => `<option value="${value}">${label}</option>`).join("");

/** The board's one page. Every scan arrives later over /events and is written with textContent. */
export const boardHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>scanstat board</title>
<link rel="stylesheet" href="/board.css">
<script src="/board.js" defer></script>
</head>
<body>
<header class="top">
  <h1>scanstat <span class="subtitle">scans across vendors</span></h1>
  <p id="connection" class="connection" data-status="connecting">connecting…</p>
</header>
<section class="controls" aria-label="Filters">
  <label>Vendor <select id="filter-vendor"><option value="">all</option>${options(
    knownVendors.map((vendor) => [vendor, vendorNames[vendor] ?? vendor] as const),
  )}</select></label>
  <label>State <select id="filter-state"><option value="">all</option><option value="active">not ended</option>${options(
    [...scanStates, "unread"].map((state) => [state, state.replace("_", " ")] as const),
  )}</select></label>
  <label>Verdict <select id="filter-verdict"><option value="">all</option>${options(
    [...verdicts, "none"].map((verdict) => [verdict, verdict === "none" ? "no verdict" : verdict] as const),
  )}</select></label>
  <p id="summary" class="summary" aria-live="polite"></p>
</section>
<main>
<table class="scans">
<thead><tr><th>Vendor</th><th>Scan</th><th>State</th><th>Progress</th><th>Elapsed</th><th>Verdict</th><th>Findings / checks</th><th><span class="hidden-label">Vendor page</span></th></tr></thead>
<tbody id="scans"></tbody>
</table>
<p id="empty" class="empty">No scans yet. Add some with <code>POST /api/scans {"refs": ["soda:…"]}</code>.</p>
</main>
<footer class="bottom"><a href="/api/scans">/api/scans</a> · <a href="/metrics">/metrics</a> · <a href="/healthz">/healthz</a></footer>
</body>
</html>
`;
