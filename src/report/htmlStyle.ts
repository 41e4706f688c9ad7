/**
 * The HTML report's stylesheet, inlined so the page is one file that loads nothing. Stance colours
 * run from firm (dark green) through hedged (amber) to denied (red); every coloured cell also
 * carries its label, so no information is in the colour alone. Text on each colour meets WCAG AA.
 */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --soft: #f6f8fa; --accent: #0a58ca;
  --asserted: #14532d; --asserted-ink: #fff; --reported: #86efac; --reported-ink: #052e16;
  --hedged: #fde68a; --hedged-ink: #422006; --unconfirmed: #fdba74; --unconfirmed-ink: #431407;
  --denied: #b91c1c; --denied-ink: #fff; --silent: #f3f4f6; --silent-ink: #59636e; --mark: #ffe066; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .5rem; }
h5 { font-size: .95rem; margin: 0 0 .5rem; font-weight: 600; }
a { color: var(--accent); }
a:focus-visible, input:focus-visible, button:focus-visible, [tabindex]:focus-visible, summary:focus-visible {
  outline: 3px solid #f59e0b; outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 1; }
.skip:focus { left: 1rem; }
.lede, .meta { color: var(--muted); }
.meta { font-size: .9rem; margin: .25rem 0 .5rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.summary { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
.scroll { overflow-x: auto; }
.filters { border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); margin-top: 1.5rem; padding: .75rem 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
.filters h2 { font-size: 1rem; margin: 0; padding: 0; border: 0; }
.filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem; margin: 0; }
.filters legend { font-size: .85rem; color: var(--muted); padding: 0 .25rem; }
.filters label { display: inline-flex; gap: .3rem; align-items: center; margin-right: .75rem; white-space: nowrap; }
.filters [role="status"] { margin: 0; font-size: .9rem; color: var(--muted); }
button { font: inherit; padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); cursor: pointer; }
.matrix th[scope="row"] { max-width: 28rem; font-weight: normal; }
.matrix td { text-align: center; min-width: 6.5rem; }
.matrix td a, .badge a { color: inherit; }
.stance-asserted { background: var(--asserted); color: var(--asserted-ink); }
.stance-reported { background: var(--reported); color: var(--reported-ink); }
.stance-hedged { background: var(--hedged); color: var(--hedged-ink); }
.stance-unconfirmed { background: var(--unconfirmed); color: var(--unconfirmed-ink); }
.stance-denied { background: var(--denied); color: var(--denied-ink); }
.stance-silent { background: var(--silent); color: var(--silent-ink); font-style: italic; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; margin: .25rem 0 .75rem; }
.cluster + .cluster { border-top: 1px solid var(--line); padding-top: .25rem; }
.members { list-style: none; padding: 0; margin: 0; }
.members li { margin: .35rem 0; }
.divergence { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; background: #fff; }
.divergence .kind { text-transform: uppercase; letter-spacing: .04em; font-size: .8rem; color: var(--muted); margin-right: .4rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin: .5rem 0; }
.side { background: var(--soft); border-radius: 6px; padding: .5rem .75rem; margin: 0; }
.side blockquote { margin: .25rem 0; }
.side .who { margin: 0; font-weight: 600; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; box-shadow: 0 0 0 1px #c99a00 inset; }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 48rem; background: var(--soft); padding: .75rem 1rem; border-radius: 6px; }
.stmt.in-cluster { text-decoration: underline dotted #8c959f; text-underline-offset: 3px; }
[id] { scroll-margin-top: 1rem; }
.stmt:target, h3:target, .divergence:target, .cluster:target { outline: 3px solid #f59e0b; background: #fff4d6; }
[hidden] { display: none !important; }
footer { color: var(--muted); font-size: .85rem; padding: 2rem 1.25rem; }
@media (max-width: 50rem) { .pair { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 11pt; }
  .filters, .skip, .back { display: none !important; }
  header, main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .divergence, .members li, tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .scroll { overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .stmt:target { outline: none; background: none; }
}
`;
