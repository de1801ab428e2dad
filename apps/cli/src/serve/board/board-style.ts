/** The board's stylesheet: light and dark, a table on wide screens and one card per scan on a phone. */
export const boardCss = `:root {
  --bg: #f7f7f8; --fg: #1b1c1f; --muted: #5f6470; --card: #ffffff; --line: #e3e4e8;
  --ok: #1f7a3a; --warn: #9a6200; --bad: #b3261e; --info: #2459a8; --idle: #6b7080;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 15px;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #15161a; --fg: #e8e9ed; --muted: #9ba0ab; --card: #1e2026; --line: #30333b;
    --ok: #5cc97b; --warn: #e6a93b; --bad: #ff7a70; --info: #7aa8ff; --idle: #9ba0ab; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
.top { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; padding: 1rem 1.25rem 0.25rem; flex-wrap: wrap; }
h1 { font-size: 1.3rem; margin: 0; }
.subtitle { font-weight: 400; color: var(--muted); font-size: 0.95rem; }
.connection { margin: 0; font-size: 0.85rem; color: var(--muted); }
.connection::before { content: ""; display: inline-block; width: 0.6em; height: 0.6em; border-radius: 50%; margin-right: 0.4em; background: var(--idle); }
.connection[data-status="live"]::before { background: var(--ok); }
.connection[data-status="reconnecting"]::before { background: var(--warn); }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.5rem 1.25rem; }
.controls label { font-size: 0.85rem; color: var(--muted); display: flex; align-items: center; gap: 0.35rem; }
select { font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 0.4rem; }
.summary { margin: 0 0 0 auto; font-size: 0.85rem; color: var(--muted); }
main { padding: 0 1.25rem 1rem; }
table.scans { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
th, td { text-align: left; padding: 0.55rem 0.7rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 600; }
tbody tr:last-child td { border-bottom: 0; }
.name { display: block; font-weight: 600; overflow-wrap: anywhere; }
.ref, .vendor-word, .note { display: block; font-size: 0.8rem; color: var(--muted); overflow-wrap: anywhere; }
.note.error { color: var(--bad); }
.badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 999px; font-size: 0.8rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.state-queued, .state-unread, .state-unknown, .verdict-none { color: var(--idle); }
.state-running, .state-canceling { color: var(--info); }
.state-completed, .verdict-pass { color: var(--ok); }
.verdict-warn, .state-timed_out { color: var(--warn); }
.state-failed, .state-canceled, .verdict-fail, .verdict-error { color: var(--bad); }
.bar { width: 7rem; max-width: 100%; height: 0.45rem; background: var(--line); border-radius: 999px; overflow: hidden; margin-top: 0.3rem; }
.bar > span { display: block; height: 100%; background: var(--info); }
.numbers { font-variant-numeric: tabular-nums; }
td[data-label="Vendor page"], td[data-label="Elapsed"] { white-space: nowrap; }
a { color: var(--info); }
.hidden-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.empty { color: var(--muted); text-align: center; padding: 2rem 0; }
.empty[hidden] { display: none; }
.bottom { padding: 0.5rem 1.25rem 1.5rem; font-size: 0.8rem; color: var(--muted); }
@media (max-width: 720px) {
  thead { display: none; }
  table.scans, tbody, tr, td { display: block; width: 100%; }
  table.scans { border: 0; background: transparent; }
  tr { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin-bottom: 0.6rem; padding: 0.3rem 0; }
  td { border: 0; padding: 0.25rem 0.8rem; display: flex; gap: 0.75rem; }
  td::before { content: attr(data-label); flex: 0 0 6.5rem; font-size: 0.75rem; text-transform: uppercase; color: var(--muted); padding-top: 0.15rem; }
  td > div { min-width: 0; }
  td.blank { display: none; }
  .summary { margin-left: 0; width: 100%; }
}
`;
