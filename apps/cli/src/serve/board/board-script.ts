import { vendorDisplayNames } from "./board-page.js";

/**
 * The board's script, served as /board.js (plain browser JavaScript, no build step). Every
 * string that comes from a vendor is written with textContent, never as HTML; a vendor link is
 * used only when it is http(s).
 */
export const boardScript = `"use strict";
(function () {
  var vendorNames = ${JSON.stringify(vendorDisplayNames)};
  var terminal = { completed: true, failed: true, canceled: true, timed_out: true };
  var severityOrder = ["critical", "high", "medium", "low", "info", "unknown"];
  var rows = new Map();
  // The server's clock minus the browser's: elapsed time is counted on the server's clock.
  var clockOffset = 0;
  function now() { return Date.now() + clockOffset; }
  var body = document.getElementById("scans");
  var empty = document.getElementById("empty");
  var summary = document.getElementById("summary");
  var connection = document.getElementById("connection");
  var filters = {
    vendor: document.getElementById("filter-vendor"),
    state: document.getElementById("filter-state"),
    verdict: document.getElementById("filter-verdict")
  };

  function keyOf(ref) { return ref.vendor + ":" + ref.id; }
  function stateOf(scan) { return scan.state || "unread"; }
  function verdictOf(scan) { return (scan.result && scan.result.verdict) || "none"; }
  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function cell(label, children) {
    var td = document.createElement("td");
    td.setAttribute("data-label", label);
    var inner = document.createElement("div");
    children.forEach(function (child) { if (child) inner.appendChild(child); });
    td.appendChild(inner);
    // A phone shows only the cells that say something.
    if (!inner.textContent) td.className = "blank";
    return td;
  }
  function duration(ms) {
    if (!(ms >= 0)) return "";
    var seconds = Math.floor(ms / 1000);
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    if (hours > 0) return hours + "h " + String(minutes).padStart(2, "0") + "m";
    if (minutes > 0) return minutes + "m " + String(rest).padStart(2, "0") + "s";
    return rest + "s";
  }
  function elapsed(scan) {
    var start = Date.parse(scan.startedAt || scan.createdAt || "");
    if (isNaN(start)) return "";
    var end = Date.parse(scan.finishedAt || "");
    if (isNaN(end)) end = terminal[scan.state] ? Date.parse(scan.updatedAt || "") : now();
    return isNaN(end) ? "" : duration(end - start);
  }
  function progress(scan) {
    var value = scan.progress || {};
    if (typeof value.ratio === "number") return Math.round(value.ratio * 100);
    if (typeof value.completed === "number" && value.total > 0) return Math.round((value.completed / value.total) * 100);
    return undefined;
  }
  function outcome(result) {
    if (!result) return "";
    if (result.findings) {
      var parts = severityOrder
        .filter(function (severity) { return result.findings.bySeverity && result.findings.bySeverity[severity] > 0; })
        .map(function (severity) { return result.findings.bySeverity[severity] + " " + severity; });
      return result.findings.total + " findings" + (parts.length ? ": " + parts.join(", ") : "");
    }
    if (result.checks) {
      var checks = result.checks;
      var noted = [["passed", checks.passed], ["warned", checks.warned], ["failed", checks.failed], ["errored", checks.errored]]
        .filter(function (pair) { return pair[1] > 0; })
        .map(function (pair) { return pair[1] + " " + pair[0]; });
      return checks.total + " checks" + (noted.length ? ": " + noted.join(", ") : "");
    }
    return "";
  }
  function safeLink(url) {
    if (typeof url !== "string") return undefined;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
    } catch (error) {
      return undefined;
    }
  }

  function fill(row) {
    var scan = row.scan;
    var state = stateOf(scan);
    var verdict = verdictOf(scan);
    var tr = row.tr;
    tr.dataset.ref = keyOf(scan.ref);
    tr.dataset.vendor = scan.ref.vendor;
    tr.dataset.state = state;
    tr.dataset.verdict = verdict;
    var percent = progress(scan);
    var bar;
    if (percent !== undefined) {
      bar = element("div", undefined, "bar");
      var fillBar = element("span");
      fillBar.style.width = Math.max(0, Math.min(100, percent)) + "%";
      bar.appendChild(fillBar);
    }
    var href = safeLink(scan.url);
    var link;
    if (href) {
      link = element("a", "open ↗");
      link.href = href;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
    }
    row.elapsed = element("span", elapsed(scan), "numbers");
    tr.replaceChildren(
      cell("Vendor", [element("span", vendorNames[scan.ref.vendor] || scan.ref.vendor)]),
      cell("Scan", [
        element("span", scan.name || scan.ref.id, "name"),
        scan.name ? element("span", keyOf(scan.ref), "ref") : element("span", scan.ref.vendor, "ref")
      ]),
      cell("State", [
        element("span", state.replace("_", " "), "badge state-" + state),
        scan.vendorState ? element("span", scan.vendorState, "vendor-word") : null,
        scan.error ? element("span", scan.error.message, "note error") : null,
        scan.message ? element("span", scan.message, "note") : null
      ]),
      cell("Progress", [percent !== undefined ? element("span", percent + "%", "numbers") : element("span", ""), bar]),
      cell("Elapsed", [row.elapsed]),
      cell("Verdict", [
        verdict === "none"
          ? element("span", terminal[state] ? "no verdict" : "—", "badge verdict-none")
          : element("span", verdict, "badge verdict-" + verdict)
      ]),
      cell("Findings / checks", [element("span", outcome(scan.result), "numbers")]),
      cell("Vendor page", [link])
    );
  }

  function matches(row) {
    var scan = row.scan;
    var state = stateOf(scan);
    if (filters.vendor.value && scan.ref.vendor !== filters.vendor.value) return false;
    if (filters.state.value === "active" && terminal[state]) return false;
    if (filters.state.value && filters.state.value !== "active" && state !== filters.state.value) return false;
    if (filters.verdict.value && verdictOf(scan) !== filters.verdict.value) return false;
    return true;
  }

  function refresh() {
    var shown = 0, running = 0, ended = 0;
    rows.forEach(function (row) {
      var visible = matches(row);
      row.tr.hidden = !visible;
      if (visible) shown++;
      if (terminal[stateOf(row.scan)]) ended++;
      else running++;
    });
    empty.hidden = shown > 0;
    empty.textContent = rows.size === 0 ? "No scans yet." : "No scan matches these filters.";
    summary.textContent = rows.size + " scans · " + running + " not ended · " + ended + " ended" +
      (shown !== rows.size ? " · " + shown + " shown" : "");
    var params = new URLSearchParams();
    Object.keys(filters).forEach(function (name) { if (filters[name].value) params.set(name, filters[name].value); });
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  function upsert(scan) {
    var key = keyOf(scan.ref);
    var row = rows.get(key);
    if (!row) {
      row = { tr: document.createElement("tr"), scan: scan, elapsed: null };
      rows.set(key, row);
      body.appendChild(row.tr);
    }
    row.scan = scan;
    fill(row);
  }

  var initial = new URLSearchParams(location.search);
  Object.keys(filters).forEach(function (name) {
    var wanted = initial.get(name);
    if (wanted && Array.prototype.some.call(filters[name].options, function (option) { return option.value === wanted; })) {
      filters[name].value = wanted;
    }
    filters[name].addEventListener("change", refresh);
  });

  function setConnection(status, text) {
    connection.dataset.status = status;
    connection.textContent = text;
  }

  var source = new EventSource("/events");
  source.addEventListener("open", function () { setConnection("live", "live"); });
  source.addEventListener("error", function () { setConnection("reconnecting", "reconnecting…"); });
  source.addEventListener("time", function (event) {
    var serverNow = Date.parse(JSON.parse(event.data).now);
    if (!isNaN(serverNow)) clockOffset = serverNow - Date.now();
    tick();
  });
  source.addEventListener("snapshot", function (event) {
    rows.clear();
    body.replaceChildren();
    JSON.parse(event.data).forEach(upsert);
    refresh();
  });
  source.addEventListener("scan", function (event) {
    upsert(JSON.parse(event.data));
    refresh();
  });
  source.addEventListener("remove", function (event) {
    var key = keyOf(JSON.parse(event.data).ref);
    var row = rows.get(key);
    if (row) {
      row.tr.remove();
      rows.delete(key);
    }
    refresh();
  });

  function tick() {
    rows.forEach(function (row) {
      if (!terminal[stateOf(row.scan)] && row.elapsed) row.elapsed.textContent = elapsed(row.scan);
    });
  }
  setInterval(tick, 1000);
  refresh();
})();
`;
