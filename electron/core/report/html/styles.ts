/** The report's stylesheet: calm, readable on screen and on paper; system fonts only (no requests). */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
  --ok: #1a7f37; --bad: #b3261e; --warn: #8a5a00; --na: #59636e; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
  font-family: Georgia, "Iowan Old Style", "Palatino Linotype", "Times New Roman", serif; line-height: 1.55; }
h1, h2, h3, h4, .badge, table, .meta, code, .small { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; font-weight: 650; letter-spacing: -.01em; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); font-weight: 600; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; font-weight: 600; }
h4 { font-size: .95rem; margin: 1rem 0 .35rem; font-weight: 600; }
p { margin: .4rem 0 .8rem; }
ul { margin: .3rem 0 .8rem; padding-left: 1.3rem; }
li { margin: .2rem 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
.meta, .small { font-size: .85rem; color: var(--muted); }
.generated { border-left: 3px solid var(--line); padding: .2rem .6rem; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .82rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.nowrap, th.nowrap { white-space: nowrap; }
td.words, th.words { overflow-wrap: normal; min-width: 6.5rem; }
.claim { border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1.1rem; margin: 1rem 0 1.5rem; break-inside: avoid-page; }
.claim blockquote { margin: .2rem 0 .6rem; padding-left: .8rem; border-left: 3px solid var(--line); font-style: italic; }
.badge { display: inline-block; font-size: .78rem; font-weight: 650; padding: .08rem .5rem; border-radius: 999px; border: 1px solid currentColor; margin-right: .35rem; white-space: nowrap; }
.v-consistent { color: var(--ok); } .v-contradicted { color: var(--bad); } .v-questionable { color: var(--warn); } .v-not-testable { color: var(--na); }
.grade { color: var(--ink); }
.headline { font-weight: 600; }
.legend td:first-child { white-space: nowrap; }
footer { margin-top: 3rem; }
.redacted { border: 2px solid var(--warn); padding: 0.6rem 0.8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid-page; }
  table { font-size: 8pt; }
  tr, .claim { break-inside: avoid; }
}
`;
