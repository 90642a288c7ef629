/**
 * The HTML reporter for one document: a self-contained page (inline CSS; one inline script,
 * allowed by its hash, for the review panel, see review.ts; the page reads without it)
 * that shows the text with every applied fix as a word-level <del>/<ins> diff and every
 * open finding highlighted, followed by a table of all findings.
 *
 * Everything that comes from the article or from a finding is untrusted and escaped.
 * Offsets are UTF-16 code units into `original`, `end` exclusive; out-of-range or
 * overlapping spans are tolerated: the text is cut at every finding boundary, so no
 * character is ever dropped or rendered twice.
 */

import { partitionPoint } from '../core/spans.js';
import { diffWordsWithSpace } from 'diff';
import escapeHtml from 'escape-html';
import { SEVERITY_RANK, isReviewHint, type DocumentResult, type Finding, type Severity, type SentenceScore } from '../core/types.js';
import { profileFor, SUPPORTED_LANGUAGES } from '../languages/index.js';
import { reviewChanges, reviewFingerprint, reviewPanelParts, reviewScriptHash, type ReviewChange } from './review.js';
import { groupDigits } from '../core/count.js';
import { xliffView, type XliffView } from './xliff-view.js';
import type { XliffDocument } from '../formats/xliff-reader.js';
import { htmlTextAsReadIn } from '../formats/html-reader.js';
import { htmlView, itemsByWindow, type HtmlView } from './html-view.js';
import type { TextEncoding } from '../io/files.js';

/**
 * Escapes text for element content and for double-quoted attribute values. Bidirectional
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are shown by name
 * ("<U+202E>"): raw, one of them in an article can make "evil" read "live" in the report.
 * So are other control characters but tab and line breaks (a BEL, an escape, C1 codes),
 * which a browser draws as nothing or as an empty box, as the terminal summary names them, and
 * the invisible characters that split a word in two (zero-width space U+200B, word joiner
 * U+2060) or a line (U+2028, U+2029); not a file's byte order mark (U+FEFF), which every
 * report of such a file would have opened with: "Tik<U+200B>Tok" explains why
 * "Tik" is an unknown word where the text seems to read "TikTok". (Not the joiners of emoji
 * and scripts, U+200C and U+200D.)
 */
export function esc(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value ?? '');
  return escapeHtml(BIDI.test(text) ? text.replace(BIDI_ALL, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`) : text);
}
const BIDI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\u2028\u2029]/;
const BIDI_ALL = new RegExp(BIDI.source, 'g');

/**
 * A message for HTML: escaped, with its `code` spans (the rules' quoting) as <code>. A message is
 * written in English, the page's language, and quotes the article's words: `lang` (` lang="de"`,
 * ` lang="he" dir="rtl"`) marks each quotation with letters in it as of the article's language,
 * so that a screen reader reads "Tick Tack" as German and not as English (not a quotation of
 * punctuation only, `"`). `languages`: the finding's `quoteLanguages`, the language of each
 * quotation where the rule that wrote it said (an untranslated word's, the source's), its
 * direction by its letters.
 */
export function messageHtml(message: unknown, lang = '', languages?: unknown): string {
  const text = typeof message === 'string' ? message : String(message ?? '');
  const told = Array.isArray(languages) ? languages : [];
  let out = '';
  let at = 0;
  let k = 0;
  for (const m of text.matchAll(/`([^`]+)`/g)) {
    const own = told[k++];
    const attrs = !/\p{L}/u.test(m[1]) ? '' : typeof own === 'string' && LANGUAGE_TAG.test(own) ? ` lang="${own}"${scriptDirection(m[1]) === 'rtl' ? ' dir="rtl"' : ''}` : lang;
    out += `${esc(text.slice(at, m.index))}<code${attrs}>${esc(m[1])}</code>`;
    at = m.index + m[0].length;
  }
  return out + esc(text.slice(at));
}

/**
 * A relative href, escaped for an attribute; anything with a scheme (`javascript:`,
 * `data:`, `http:`…), protocol-relative (`//host`) or backslash-led is rendered as `#`.
 */
export function safeHref(href: unknown, allowWeb = false): string {
  const raw = typeof href === 'string' ? href : '';
  // Browsers ignore ASCII tabs/newlines inside a URL and strip leading controls/spaces.
  const probe = raw.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (probe === '') return '#';
  if (allowWeb && /^https?:\/\/[^/\\]/.test(probe)) return esc(raw.trim());
  if (/^[a-z][a-z0-9+.-]*:/.test(probe) || /^[/\\]{2}/.test(probe) || probe.startsWith('\\')) return '#';
  return esc(raw.trim());
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A known severity for class names; untrusted input falls back to `info`. */
export function sev(value: unknown): Severity {
  return typeof value === 'string' && Object.hasOwn(SEVERITY_RANK, value) ? (value as Severity) : 'info';
}

export function badge(severity: unknown, count?: number): string {
  const s = sev(severity);
  // (A count of 0 is grey: a red "error 0" reads as an error at a glance.)
  return `<span class="badge sev-${s}${count === 0 ? ' zero' : ''}">${s}${count === undefined ? '' : ` ${count}`}</span>`;
}

/** Counts of `key(item)`, most frequent first (ties by key). */
export function tally<T>(items: Iterable<T>, key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export const BASE_CSS = `
:root{--err:#b3261e;--warn:#8f5600;--info:#1f5fa8;--del-bg:#ffd7d5;--del-fg:#8e1b12;--ins-bg:#cdf3d2;--ins-fg:#0b5d1e;--mark:#fff1a8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#f6f6f4}
main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.35rem;margin:.3rem 0;word-break:break-all}
h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
a{color:#1f5fa8}
code{font:13px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#eee;padding:0 .2em;border-radius:3px;white-space:pre-wrap}
.meta{color:#555;margin:.2rem 0}
.badge{display:inline-block;padding:0 .45em;border-radius:.7em;font-size:.8rem;font-weight:600;color:#fff;white-space:nowrap}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.sev-info{background:var(--info)}.badge.zero{background:#767676}
.chip{display:inline-block;padding:0 .45em;margin:.1em;border:1px solid #ccc;border-radius:.7em;font-size:.8rem;background:#fff}
table{border-collapse:separate;border-spacing:0;border-top:1px solid #ddd;border-left:1px solid #ddd;width:100%;background:#fff;font-size:.9rem}
th,td{border:0;border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
/* Cells of article text may break anywhere (a 400-letter token); the others keep their words whole, or the table squeezes them to a few letters a line. */
td.t{overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
.scroll table{min-width:36rem}
/* A long table comes in blocks of rows, each its own table with the same fixed columns, laid out only near the window: 40,000 rows in one table took a browser a minute. */
table.fixed{table-layout:fixed}
table.findings.fixed{min-width:60rem}
table.findings.fixed th:nth-child(1){width:3.2rem}table.findings.fixed th:nth-child(2){width:5rem}table.findings.fixed th:nth-child(3){width:5.6rem}table.findings.fixed th:nth-child(4){width:7rem}table.findings.fixed th:nth-child(5){width:8.5rem}table.findings.fixed th:nth-child(8){width:4.6rem}table.findings.fixed th:nth-child(9){width:9rem}
table.sentences.fixed th:nth-child(1){width:4rem}table.sentences.fixed th:nth-child(2){width:4rem}table.sentences.fixed th:nth-child(4){width:9rem}table.sentences.fixed th:nth-child(5){width:4.5rem}
/* Half a laptop's screen (the findings table's 60rem did not fit, and scrolled in its box, the status and the notes out of sight, its scroll bar at its foot hundreds of rows down): as wide as the window, the category left out (the rule says it), the short columns narrower. */
@media screen and (min-width:40.01rem) and (max-width:63rem){table.findings.fixed{min-width:0}table.findings.fixed :is(th,td):nth-child(4){display:none}table.findings.fixed th:nth-child(1){width:2.8rem}table.findings.fixed th:nth-child(2){width:4.4rem}table.findings.fixed th:nth-child(3){width:5.4rem}table.findings.fixed th:nth-child(5){width:7rem}table.findings.fixed th:nth-child(8){width:5rem}table.findings.fixed th:nth-child(9){width:5.5rem}}
table.hints.fixed th:nth-child(1){width:6rem}table.hints.fixed th:nth-child(3){width:6rem}
.rows{content-visibility:auto;contain-intrinsic-size:auto 400rem}
/* Printed, a table is as wide as the paper (the findings table's 60rem had lost its status and notes off an A4 page), its columns as wide as their text needs: the fixed widths took all of it. */
@media print{.scroll{overflow:visible}.scroll table,table.findings.fixed{min-width:0}table{font-size:12px}table.fixed{table-layout:auto}table.fixed th{width:auto!important}.rows{content-visibility:visible}td,th{overflow-wrap:anywhere}}
/* On a phone each finding and each sentence is a card, its cells one under another (the short ones side by side, named where a number alone would not say what it is), instead of a table wider than the screen: the sentences' findings and MQM had been out of sight. The review hints' three columns fit as they are. */
@media (max-width:40rem){:is(table.findings,table.sentences).fixed{min-width:0}:is(table.findings,table.sentences).fixed,:is(table.findings,table.sentences).fixed :is(tbody,tr,td){display:block;width:auto}:is(table.findings,table.sentences).fixed thead{display:none}:is(table.findings,table.sentences).fixed tr{border-bottom:2px solid #bbb;padding:.2rem 0}:is(table.findings,table.sentences).fixed td{border:0;padding:.1rem .45rem}
table.hints.fixed{min-width:0}table.findings.fixed td:nth-child(-n+3),table.sentences.fixed td:not(.t){display:inline-block;text-align:left}table.findings.fixed td:nth-child(1)::before{content:"#"}table.findings.fixed td:nth-child(2)::before,table.sentences.fixed td:nth-child(2)::before{content:"line "}table.sentences.fixed td:nth-child(5)::before{content:"MQM "}}
th{background:#ecece8;overflow-wrap:normal}
td.num{text-align:right;font-variant-numeric:tabular-nums;overflow-wrap:normal;white-space:nowrap}
.status-fixed{color:var(--ins-fg);font-weight:600}.status-open{color:var(--err);font-weight:600}
.error-msg{color:var(--err);white-space:pre-wrap}
.score{display:inline-block;min-width:2.2em;text-align:center;padding:0 .35em;border-radius:.4em;font-weight:700;color:#fff}
.score-good{background:#2e7d32}.score-fair{background:#8f5600}.score-poor{background:#b3261e}.score-fixed{background:#767676}
/* Fixed findings' rows recede; open ones stay as they are. (Their badges outlined, not faded: at opacity .55, white on red read at 2.8:1, under WCAG AA's 4.5:1.) */
tr.fixed td{background:#f4f8f4;color:#4a4a4a}tr.fixed .badge{background:#fff;box-shadow:inset 0 0 0 1px}tr.fixed .badge.sev-error{color:var(--err)}tr.fixed .badge.sev-warning{color:var(--warn)}tr.fixed .badge.sev-info{color:var(--info)}
`;

/** The language of the report's own words (its headings, labels and messages). */
const REPORT_LANGUAGE = 'en';

export function page(title: string, css: string, body: string): string {
  return pageHead(title, css) + body + PAGE_TAIL;
}

/** A page up to its body (`page` in parts, for a report written as it is rendered). */
export function pageHead(title: string, css: string, scriptHash?: string): string {
  // (A page with the review panel runs its one script, allowed by its hash; no other.)
  const scripts = scriptHash === undefined ? '' : `; script-src '${scriptHash}'`;
  return `<!DOCTYPE html>
<html lang="${REPORT_LANGUAGE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'${scripts}">
<title>${esc(title)}</title>
<style>${BASE_CSS}${css}</style>
</head>
<body>
<main>
`;
}

/** What follows a page's body. */
export const PAGE_TAIL = `
</main>
</body>
</html>
`;

const DOC_CSS = `
.text{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.2rem;white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.7 Georgia,"Times New Roman",serif;overflow:hidden}
.note{background:#fff6d6;border:1px solid #e0c46c;border-radius:6px;padding:.4rem .7rem}
sup.ref:target a{outline:3px solid var(--info);outline-offset:1px}
sup.ref,tr{scroll-margin-top:4rem}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:2px}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:none;font-weight:600}
mark{background:var(--mark);color:inherit;border-bottom:2px solid var(--info)}
mark.sev-error{border-bottom:2px solid var(--err);background:#ffd9d4}mark.sev-warning{border-bottom:2px dashed var(--warn)}mark.sev-info{border-bottom:2px dotted var(--info);background:#e6effa}
mark.multi{background:#ffd866}
.hint{border-bottom:none;background:none}
#flt-hints:checked~section .hint{border-bottom:2px dotted #9a9a9a;background:rgba(120,120,120,calc(var(--p,0.3) * 0.25))}
mark.point::before{content:"\\2038";color:var(--err);font-weight:700}
.fix{border-radius:3px}
del.ws{font-size:0;white-space:nowrap}del.ws::before{content:"\\2423";font-size:16px}
sup.ref{font:600 10px/1 system-ui,sans-serif;margin-left:1px}
sup.ref a{text-decoration:none;padding:0 2px;border-radius:3px;background:#e4e4e0;color:#333}
sup.ref.fixed a{background:var(--ins-bg);color:var(--ins-fg)}
sup.ref.open a{background:var(--mark)}
sup.ref{position:relative}
sup.ref a:focus-visible{outline:2px solid var(--info)}
sup.ref a:focus-visible::after,sup.ref a:hover::after{content:attr(data-note);position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:2;max-width:40rem;margin:0 auto;white-space:pre-line;text-align:left;font:400 14px/1.45 system-ui,sans-serif;color:#1d1d1f;background:#fff;border:1px solid #999;border-radius:6px;padding:.5rem .75rem;box-shadow:0 2px 10px rgba(0,0,0,.25)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.85rem;margin:.6rem 0}
.filters{font-size:.9rem;margin:.6rem 0;padding:.4rem .6rem;background:#fff;border:1px solid #ddd;border-radius:6px;position:sticky;top:0;z-index:1}.filters label{margin-right:1rem;cursor:pointer;display:inline-block}.filters .jump{display:inline-block}
/* The finding panel at the window's foot never hides the focused number; a jump lands below the filters. */
html{scroll-padding-bottom:9rem;scroll-padding-top:3.5rem}
/* On a phone the bar wraps to five lines (123 px at 390 px wide), more than a jump leaves above its target: there it stays at the top of the page. */
@media (max-width:40rem){.filters{position:static}}
/* Printed, colours that carry meaning stay (browsers drop backgrounds by default), and the controls go. */
@media print{.filters,.flt,.back{display:none}.badge,.score,mark,ins,del,sup.ref a,.hint{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
.flt{position:absolute;opacity:0;pointer-events:none}
#flt-open:checked~section tr.fixed:not(.kept),#flt-info:checked~section tr.sev-info,#flt-warn:checked~section tr.sev-warning{display:none}
#flt-warn:checked~section .text mark.sev-warning{background:none;border-bottom:none}
#flt-warn:checked~section .text sup.ref.sev-warning,#flt-warn:checked~section .text mark.point.sev-warning{display:none}
#flt-open:checked~section .text del,#flt-open:checked~section .text sup.ref.fixed{display:none}
#flt-open:checked~section .text ins{background:none;color:inherit;font-weight:inherit}
#flt-info:checked~section .text mark.sev-info{background:none;border-bottom:none}
#flt-info:checked~section .text sup.ref.sev-info,#flt-info:checked~section .text mark.point.sev-info{display:none}
#flt-open:focus-visible~.filters label[for=flt-open],#flt-warn:focus-visible~.filters label[for=flt-warn],#flt-info:focus-visible~.filters label[for=flt-info],#flt-hints:focus-visible~.filters label[for=flt-hints]{outline:2px solid var(--info)}
#flt-open:checked~.filters label[for=flt-open]::before,#flt-warn:checked~.filters label[for=flt-warn]::before,#flt-info:checked~.filters label[for=flt-info]::before,#flt-hints:checked~.filters label[for=flt-hints]::before{content:"\\2611 "}
#flt-open:not(:checked)~.filters label[for=flt-open]::before,#flt-warn:not(:checked)~.filters label[for=flt-warn]::before,#flt-info:not(:checked)~.filters label[for=flt-info]::before,#flt-hints:not(:checked)~.filters label[for=flt-hints]::before{content:"\\2610 "}
tr:target{outline:2px solid var(--info)}
ul.checks{margin:.2rem 0;padding-left:1.2rem;columns:3 14rem}
.review-panel{background:#fff;border:1px solid #9bb8e0;border-radius:6px;padding:.3rem .8rem;margin:.6rem 0}
.review-panel textarea{width:100%;box-sizing:border-box;font:14px/1.5 ui-monospace,monospace}
td.choices select{display:block;margin-top:.3rem;max-width:100%}
/* The row the keys moved to (j, k, n): outlined, as a jump's target, also while its list has the focus. */
table.findings tr.current,table.findings tr[id^="f-"]:focus{outline:3px solid var(--info);outline-offset:-3px}@media print{table.findings tr.current{outline:none}}
.review-keys{font-size:.85rem;color:#555}kbd{font:12px/1.3 ui-monospace,Menlo,Consolas,monospace;border:1px solid #999;border-bottom-width:2px;border-radius:3px;padding:0 .3em;background:#f6f6f4;color:#1d1d1f}
.review-panel details{margin:.4rem 0}.review-panel table.by-rule{min-width:0}.by-rule th[scope=row]{background:none;font-weight:600}.by-rule button{margin:.1rem 0;white-space:nowrap}
/* On a phone each rule is a card: its name and count on a line, its buttons under them (in three columns its name had broken letter by letter). */
@media (max-width:40rem){table.by-rule thead{display:none}table.by-rule,table.by-rule :is(tbody,tr,th,td){display:block;border:0}table.by-rule tr{border-bottom:1px solid #ddd;padding:.3rem 0}table.by-rule :is(th,td){padding:.1rem .45rem}table.by-rule :is(th,td:nth-child(2)){display:inline-block}}
tr.choice-skipped td.choices select{outline:2px dashed var(--warn)}
td.choices .choice-note{display:block;font-size:.85em;color:#8a5a00}
@media print{.review-panel,td.choices select{display:none}}
/* The editor's choices, drawn by the panel's script over Lektor's: a fix undone reads as the original, another suggestion strikes the fix's span and is inserted after it, a finding taken strikes its words, one decided is no longer highlighted. */
.fix.undone ins:not(.yours){display:none}.fix.undone del{background:none;color:inherit;text-decoration:none}.fix.undone del.ws{font-size:inherit;white-space:inherit}.fix.undone del.ws::before{content:none}
.fix.other,.text .taken{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:2px;border-bottom:none}.fix.other ins{display:none}
ins.yours{outline:1px dashed var(--ins-fg)}
/* A suggestion over a line break keeps it: the space it takes for the break is drawn as ␣ struck, the break as ⏎ inserted. */
.text .taken.ws{font-size:0;white-space:nowrap}.text .taken.ws::before{content:"\\2423";font-size:16px}ins.brk::before{content:"\\23CE"}
#flt-open:checked~section .text ins.brk::before{content:none}
mark.decided{background:none;border-bottom:1px dotted #999}mark.point.decided{display:none}
#flt-open:checked~section .text .fix.undone del{display:inline}
#flt-open:checked~section .text .fix.other,#flt-open:checked~section .text .taken{display:none}
td.status-yours{font-style:italic}
/* An HTML page's blocks as read: a heading in bold, a list item with its bullet, a quotation set off, an image's alt text named. */
.blocks .block{margin:0 0 .6em}.blocks .block:last-child{margin-bottom:0}.blocks .heading{font-weight:bold}.blocks .list-item::before{content:"\\2022\\00a0"}.blocks .blockquote{border-left:3px solid #ccc;padding-left:.8em}.blocks .alt-text{font-size:.9em;color:#444}.blocks .alt-text::before{content:"Alt text: ";font-style:italic}
/* An XLIFF file's units: the id, the source (read-only, plain) and the target side by side, as a translation tool shows them; one under another on a phone. */
.units{display:flex;flex-direction:column;gap:.5rem}
.unit{display:grid;grid-template-columns:7rem 1fr 1fr;gap:.5rem;align-items:start}
.unit-id{font-size:.85rem;color:#555;overflow-wrap:anywhere;padding-top:.3rem}
.unit-source{background:#f0f0ec;border:1px solid #ddd;border-radius:6px;padding:.5rem .7rem;white-space:pre-wrap;overflow-wrap:anywhere;color:#333}
.unit .text{padding:.5rem .7rem}
.tag{display:inline-block;font:12px/1.3 ui-monospace,Menlo,Consolas,monospace;color:#4a3a7a;background:#ece8f6;border:1px solid #b9aee0;border-radius:3px;padding:0 .2em;margin:0 1px;vertical-align:1px}
@media (max-width:40rem){.unit{grid-template-columns:1fr}}
@media print{.unit{grid-template-columns:5rem 1fr 1fr}.tag{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

interface Item {
  n: number;
  f: Finding;
  start: number;
  end: number;
  /** A review hint of the word-level estimate (category `quality`): drawn lightly, not numbered in the text. */
  hint?: boolean;
  /** An XLIFF file's or an HTML page's: its actual text and suggestions as read (`AT&amp;T` is AT&T; see xliff-view.ts, `htmlTextAsRead`). */
  read?: (text: string) => string;
}



function quote(s: string): string {
  return s === '' ? '(delete)' : `“${s}”`;
}

/** Longest message and suggestion list a tooltip repeats (a tooltip is written once per stretch of text it covers). */
const TITLE_MAX = 300;
const clip = (text: string) => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text);

function findingTitle(it: Item): string {
  const f = it.f;
  const lines = [
    `#${it.n} ${f.ruleId} · ${f.category} · ${sev(f.severity)} · ${f.fixed ? 'fixed' : 'open'}`,
    // (The rules quote in backticks, which the table sets as code; the panel is plain text.)
    // (Clipped: a finding over a whole long sentence with others inside it had its title
    // written again for every stretch between them, 15 GB for 100 KB of text.)
    clip(String(f.message ?? '').replace(/`([^`]+)`/g, '“$1”')),
  ];
  const suggestions = Array.isArray(f.expected) ? f.expected : [];
  const read = it.read ?? ((s: string) => s);
  if (suggestions.length > 0) lines.push(clip(`Suggestions: ${suggestions.map((s) => quote(read(String(s)))).join(', ')}`));
  const entry = entryPlace(f);
  if (entry !== undefined) lines.push(clip(`Glossary entry: ${entry}`));
  return lines.join('\n');
}

/**
 * Where a glossary finding's entry is written, `file:line` (the glossary file as it was given):
 * an editor sees which entry made the change. Undefined for another finding (or a malformed field
 * of a findings file read back).
 */
function entryPlace(f: Finding): string | undefined {
  const e = f.glossaryEntry as { file?: unknown; line?: unknown } | undefined;
  if (!e || typeof e.file !== 'string' || !Number.isInteger(e.line)) return undefined;
  return `${e.file}:${e.line as number}`;
}

/**
 * A finding's number in the text, linking to its row. Its label reads the whole finding to a
 * screen reader, and keyboard focus shows it (a tooltip shows only to a mouse).
 */
function ref(it: Item): string {
  const cls = it.f.fixed ? 'fixed' : 'open';
  const title = findingTitle(it);
  // (The finding shown in a panel on hover and keyboard focus, from `data-note`; not a `title`,
  // which a screen reader would read after the label again.)
  // (In the report's language, not the article's nor a paragraph's around it: the number and its
  // label are the report's words, read in its voice.)
  return `<sup class="ref ${cls} sev-${sev(it.f.severity)}" id="ref-${it.n}" lang="${REPORT_LANGUAGE}"><a href="#f-${it.n}" data-note="${esc(title)}" aria-label="${esc('Finding ' + title.slice(1).replace(/\n/g, '. '))}">${it.n}</a></sup>`;
}

/**
 * The spaces the suggestions' layouts may take for a line break (`ReviewChange.l`): the one
 * before a span, or the one after the word it ends in.
 */
function layoutSpaces(changes: readonly ReviewChange[]): Set<number> {
  const spaces = new Set<number>();
  for (const c of changes) {
    for (const l of c.l ?? []) {
      if (l === 0) continue;
      if (l[0] < c.s) spaces.add(l[0]);
      else if (l[1] > c.e) spaces.add(l[1] - 1);
    }
  }
  return spaces;
}

/** First index of an ascending array whose value is greater than `x` (its length if none). */
function firstAbove(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted, (v) => v <= x);
}

/**
 * Renders the text section: applied fixes as word diffs, everything else as marks. In parts,
 * one per fix: a long document's is tens of MB of HTML, written as it is made rather than held
 * whole (the writer gathers the parts into pieces, `writeOutputParts`).
 *
 * `live`: the numbers of the findings the review panel offers a choice for. Then each applied
 * fix has an id (`fix-<n>`) and each stretch of text under one of them or under an open finding
 * names those findings (`data-f="3 5"`), so that the panel's script can draw the editor's
 * choices over Lektor's: a fix undone, another suggestion, a finding taken or left as is.
 * `spaces`: the offsets of the spaces a suggestion's layout may take for a line break
 * (`data-w`, see `layoutSpaces`).
 */
function* renderText(original: string, items: Item[], live?: ReadonlySet<number>, spaces: ReadonlySet<number> = new Set(), view?: TextWindow, languages?: TextLanguages): Generator<string> {
  // Applied fixes cannot overlap; if the data says otherwise, highlight the later one. At one
  // position an insertion comes first, then the longer fix: one marked fixed because an applied
  // fix around it made it, starting where that one starts, is drawn by its number, not as the
  // diff (the review panel's presets, `reviewChanges`, read the same order).
  const drawn = new Set<Item>();
  let claimed = 0;
  const fixes = items.filter((it) => it.f.fixed).sort((a, b) => a.start - b.start || (a.end === a.start ? 0 : 1) - (b.end === b.start ? 0 : 1) || b.end - b.start - (a.end - a.start) || a.n - b.n);
  for (const it of fixes) {
    if (it.start >= claimed) {
      drawn.add(it);
      claimed = Math.max(claimed, it.end);
    }
  }
  const units = items.filter((it) => drawn.has(it));
  const marks = items.filter((it) => !drawn.has(it));
  const spans = languages?.spans ?? [];
  const cuts = [...new Set([...marks.flatMap((m) => [m.start, m.end]), ...[...spaces].flatMap((w) => [w, w + 1]), ...spans.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  // The paragraphs in another language than the text's, each a <span lang> (with its direction
  // where it differs from the text around it), opened and closed between the fixes: one that
  // begins or ends inside a fix (none does; the data may say so) begins or ends after it.
  const open: LanguageSpan[] = [];
  let nextSpan = 0;
  const languageAt = (p: number): string => {
    let out = '';
    while (open.length > 0 && open[open.length - 1].end <= p) {
      open.pop();
      out += '</span>';
    }
    while (nextSpan < spans.length && spans[nextSpan].start <= p) {
      const l = spans[nextSpan++];
      if (l.end <= p) continue;
      const rtl = open.length > 0 ? open[open.length - 1].rtl : languages!.rtl;
      out += `<span lang="${l.language}"${l.rtl === rtl ? '' : l.rtl ? ' dir="rtl"' : ' dir="ltr"'}>`;
      open.push(l);
    }
    return out;
  };
  const done = new Set<number>();
  // Marks by their end, in item order (the references placed at a position).
  const endingAt = new Map<number, Item[]>();
  for (const m of marks) {
    const list = endingAt.get(m.end);
    if (list) list.push(m);
    else endingAt.set(m.end, [m]);
  }
  // Everything below is linear in the text and the marks: a 97,000-word document has
  // 40,000 of them, and a scan of every mark at every cut took minutes.
  const eventsAt = (p: number): string => {
    let out = '';
    for (const m of endingAt.get(p) ?? []) {
      if (done.has(m.n)) continue;
      done.add(m.n);
      if (m.hint) continue;
      out += m.start === p ? `<mark class="point sev-${sev(m.f.severity)}" title="${esc(findingTitle(m))}"${live === undefined ? '' : ` data-f="${m.n}"`}></mark>` : '';
      out += ref(m);
    }
    return out;
  };
  // The marks covering a stretch [p, q) between cut points are those with start <= p < end
  // (their end is a cut, so it is at least q). Positions only grow, so they are kept as a
  // sweep: marks enter in start order and leave once they end, in item order.
  const byStart = marks.filter((m) => m.end > m.start);
  let entered = 0;
  let active: Item[] = [];
  let swept = -1;
  const coveringAt = (p: number): Item[] => {
    if (p < swept) {
      // Never happens (positions grow); correct anyway.
      entered = 0;
      active = [];
    }
    swept = p;
    let added = false;
    while (entered < byStart.length && byStart[entered].start <= p) {
      active.push(byStart[entered++]);
      added = true;
    }
    active = active.filter((m) => m.end > p);
    if (added) active.sort((a, b) => order.get(a)! - order.get(b)!);
    return active;
  };
  const order = new Map(marks.map((m, i) => [m, i]));
  /** The marks over [p, q): start <= p and end >= q (for an empty stretch, also those ending at p). */
  const marksOver = (p: number, q: number): Item[] => {
    const over = coveringAt(p);
    if (p < q) return over;
    const ending = (endingAt.get(p) ?? []).filter((m) => m.start < p);
    return ending.length === 0 ? over : [...over, ...ending].sort((a, b) => order.get(a)! - order.get(b)!);
  };

  /**
   * `removed`: struck through; 'space': a removed stretch of white space only, drawn as ␣. `top`:
   * between the fixes, where a paragraph's language may begin or end.
   */
  const renderOriginal = (a: number, b: number, removed: boolean | 'space', top = false): string => {
    const points = [a];
    for (let i = firstAbove(cuts, a); i < cuts.length && cuts[i] < b; i++) points.push(cuts[i]);
    points.push(b);
    let out = eventsAt(a) + (top && spans.length > 0 ? languageAt(a) : '');
    for (let i = 0; i + 1 < points.length; i++) {
      const p = points[i];
      const q = points[i + 1];
      let html = view ? view.show(p, q) : esc(original.slice(p, q));
      // (A space a suggestion over a line break may take for the break: the panel's script draws it so.)
      if (q === p + 1 && spaces.has(p)) html = `<span data-w="${p}">${html}</span>`;
      // (A fix that only removes white space ("teil ," → "teil,") draws it as ␣: struck
      // through, a space looks like a dash.)
      if (removed === 'space') html = `<del class="ws" title="space removed">${html}</del>`;
      else if (removed) html = `<del>${html}</del>`;
      const over = marksOver(p, q);
      // (A finding fixed by another's fix, inside it, is not drawn as open: its number says it.)
      const all = over.filter((m) => !m.f.fixed);
      // (The findings here the panel's script draws over: those it offers and any open one.)
      const named = live === undefined || p === q ? [] : over.filter((m) => !m.hint && (!m.f.fixed || live.has(m.n)));
      const tag = named.length === 0 ? '' : ` data-f="${named.map((m) => m.n).join(' ')}"`;
      const covering = all.filter((m) => !m.hint);
      const hints = all.filter((m) => m.hint);
      if (covering.length === 0 && hints.length > 0) {
        const p = Math.max(...hints.map((h) => Math.min(1, Math.max(0, confidenceOf(h.f) ?? 0.3))));
        html = `<span class="hint" style="--p:${p.toFixed(2)}" title="${esc(hints.map(findingTitle).join('\n\n'))}"${tag}>${html}</span>`;
      } else if (covering.length > 0) {
        const top = covering.reduce((x, y) => (SEVERITY_RANK[sev(y.f.severity)] > SEVERITY_RANK[sev(x.f.severity)] ? y : x));
        const title = [...covering, ...hints].map(findingTitle).join('\n\n');
        const multi = covering.length > 1 ? ' multi' : '';
        html = `<mark class="sev-${sev(top.f.severity)}${multi}" title="${esc(title)}"${tag}>${html}</mark>`;
      } else if (tag !== '') html = `<span${tag}>${html}</span>`;
      out += html + eventsAt(q) + (top && spans.length > 0 ? languageAt(q) : '');
    }
    return out;
  };

  let out = '';
  let pos = view?.from ?? 0;
  for (const u of units) {
    if (out !== '') {
      yield out;
      out = '';
    }
    out += renderOriginal(pos, u.start, false, true);
    const actual = original.slice(u.start, u.end);
    const replacement = String(u.f.expected?.[0] ?? '');
    let parts = diffWordsWithSpace(actual, replacement);
    const join = (keep: (c: (typeof parts)[number]) => boolean): string =>
      parts.filter(keep).map((c) => c.value).join('');
    if (join((c) => !c.added) !== actual || join((c) => !c.removed) !== replacement) {
      parts = [
        { value: actual, added: false, removed: true, count: 1 },
        { value: replacement, added: true, removed: false, count: 1 },
      ];
    }
    let inner = '';
    let o = u.start;
    for (const part of parts) {
      if (part.value === '') continue;
      if (part.added) inner += `<ins>${view ? view.inserted(part.value, u.start) : esc(part.value)}</ins>`;
      else {
        // (White space a fix removes is drawn as ␣, alone or beside other changes: "minority ," → "minority,".)
        inner += renderOriginal(o, o + part.value.length, part.removed && WHITE_SPACE.test(part.value) ? 'space' : part.removed);
        o += part.value.length;
      }
    }
    out += `<span class="fix"${live === undefined ? '' : ` id="fix-${u.n}"`} title="${esc(findingTitle(u))}">${inner}</span>${ref(u)}`;
    pos = u.end;
  }
  out += renderOriginal(pos, view?.to ?? original.length, false, true);
  // Safety net: any reference not yet placed (it cannot be, but never drop one).
  for (const m of marks) if (!done.has(m.n) && !m.hint) out += ref(m);
  out += '</span>'.repeat(open.length);
  yield out;
}

/**
 * A paragraph in another language than the text around it (`DocumentResult.paragraphLanguages`),
 * as the report marks it up: its offsets, its language (checked: it is written into attributes),
 * whether its letters run right to left, and the span it lies in (-1: the text).
 */
interface LanguageSpan {
  start: number;
  end: number;
  language: string;
  rtl: boolean;
  parent: number;
}

/** The paragraphs in another language of a text, and whether the text around them runs right to left (undefined: each line by its first letter). */
interface TextLanguages {
  spans: LanguageSpan[];
  rtl: boolean | undefined;
}

/** A language the report writes into `lang`: ISO 639's two or three letters, with a script where undetermined (`und-Cyrl`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;

/**
 * The result's paragraphs in another language, for the report: in text order, each inside the one
 * it lies in or apart from it (one that overlaps another only in part, or is malformed, as a
 * findings file read back may have, is left out).
 */
function languageSpans(result: DocumentResult, original: string): LanguageSpan[] {
  const given = Array.isArray(result.paragraphLanguages) ? result.paragraphLanguages : [];
  if (given.length === 0) return [];
  const clamp = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), 0), original.length) : 0);
  const sorted = given
    .filter((l) => typeof l?.language === 'string' && LANGUAGE_TAG.test(l.language))
    .map((l) => ({ start: clamp(l.start?.offset), end: clamp(l.end?.offset), language: l.language }))
    .filter((l) => l.end > l.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LanguageSpan[] = [];
  const stack: number[] = [];
  for (const l of sorted) {
    while (stack.length > 0 && out[stack[stack.length - 1]].end <= l.start) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    if (parent >= 0 && out[parent].end < l.end) continue;
    const script = scriptDirection(original.slice(l.start, l.end));
    out.push({ ...l, rtl: script === 'rtl' || (script === undefined && RIGHT_TO_LEFT.has(l.language.split('-')[0])), parent });
    stack.push(out.length - 1);
  }
  return out;
}

/**
 * The innermost of `spans` (as `languageSpans` makes them) that `offset` lies in, or undefined.
 * With `to`: the innermost that overlaps `[offset, to)` (an XLIFF target's window, whose
 * paragraph may begin after an inline tag: `<g id="1">…</g>`), the last of them to begin.
 */
function spanAt(spans: readonly LanguageSpan[], offset: number, to = offset + 1): LanguageSpan | undefined {
  let i = partitionPoint(spans, (l) => l.start < to) - 1;
  while (i >= 0 && spans[i].end <= offset) i = spans[i].parent;
  return i >= 0 ? spans[i] : undefined;
}

/**
 * The attributes of the article's words at `offset` in the tables (` lang="de"`, ` lang="ar"
 * dir="rtl"`): those of its paragraph where that is in another language, else `text`, the
 * document's.
 */
function wordsLang(spans: readonly LanguageSpan[], offset: number, text: string): string {
  const l = spans.length === 0 ? undefined : spanAt(spans, offset);
  return l === undefined ? text : ` lang="${l.language}"${l.rtl ? ' dir="rtl"' : ''}`;
}

/**
 * A stretch of the source drawn on its own (an XLIFF target, `[from, to)` of the file), with how
 * it is drawn: `show` for the source's text, `inserted` for a replacement (see xliff-view.ts).
 */
interface TextWindow {
  from: number;
  to: number;
  show(p: number, q: number): string;
  inserted(text: string, at: number): string;
}

/**
 * The text section of an XLIFF file: each checked target as a unit (its id, its source, its target
 * drawn by `renderText` over its stretch of the file), and the units not checked, counted. The
 * findings go to the target they begin in; one outside every target (none is) is listed after.
 */
function* unitsText(original: string, view: XliffView, items: Item[], live: ReadonlySet<number> | undefined, spaces: ReadonlySet<number>, lang: string, sourceLang: string, spans: readonly LanguageSpan[] = []): Generator<string> {
  const u = view.units;
  const left = [
    ...(u.notTranslatable > 0 ? [`${groupDigits(u.notTranslatable)} marked translate="no"`] : []),
    ...(u.empty > 0 ? [`${groupDigits(u.empty)} with an empty target`] : []),
    ...(u.missing > 0 ? [`${groupDigits(u.missing)} without a target`] : []),
  ];
  yield `<p class="meta">${groupDigits(u.checked)} target${u.checked === 1 ? '' : 's'} checked${left.length > 0 ? `; not checked: ${esc(left.join(', '))}` : ''}.</p>
<div id="text" class="units">`;
  const textLang = /^[a-z]{2,3}$/.test(lang) ? ` lang="${lang}"` : '';
  const srcLang = /^[a-z]{2,3}$/.test(sourceLang) ? ` lang="${sourceLang}"` : '';
  const stray: Item[] = [];
  let k = 0;
  // (The layouts' spaces by offset: each target is given its own. The whole set for each, which
  // renderText makes cuts of, made a page of 20,000 units and 5,000 layouts take 110-140 s.)
  const sorted = [...spaces].sort((a, b) => a - b);
  let s0 = 0;
  for (const w of view.windows) {
    const mine: Item[] = [];
    for (; k < items.length && items[k].start <= w.end; k++) (items[k].start >= w.start ? mine : stray).push(items[k]);
    const id = `${w.unit !== undefined ? `Unit <code>${esc(w.unit)}</code>` : 'Unit'}${w.segment !== undefined ? ` · segment <code>${esc(w.segment)}</code>` : ''}`;
    // (A target in another language than the file's, in its own.)
    const own = spans.length === 0 ? undefined : spanAt(spans, w.start, Math.max(w.end, w.start + 1));
    yield `
<div class="unit"><div class="unit-id">${id}</div><div class="unit-source"${srcLang}>${w.sourceHtml}</div><div class="text unit-target"${own ? ` lang="${own.language}"` : textLang}${textDirection(own?.language ?? lang, w.text)}>`;
    // (Those that make a cut in [start, end]: a space just before it makes one at its start.)
    s0 = Math.max(s0, partitionPoint(sorted, (x) => x + 1 < w.start));
    const s1 = partitionPoint(sorted, (x) => x <= w.end);
    const inWindow = s1 > s0 ? new Set(sorted.slice(s0, s1)) : NO_SPACES;
    yield* renderText(original, mine, live, inWindow, { from: w.start, to: w.end, show: view.show, inserted: view.inserted });
    yield '</div></div>';
  }
  stray.push(...items.slice(k));
  const refs = stray.filter((it) => !it.hint);
  if (refs.length > 0) yield `
<p class="meta">Findings outside the targets: ${refs.map(ref).join(' ')}</p>`;
  yield '\n</div>';
}

/**
 * The text section of an HTML page: its blocks as read (`htmlView`), each drawn by `renderText`
 * over its stretch of the file, its inline tags as chips; an alt text after the block that holds
 * its image. The findings go to the innermost block they begin in; one outside every block (none
 * is) is listed after.
 */
function* blocksText(original: string, view: HtmlView, items: Item[], live: ReadonlySet<number> | undefined, spaces: ReadonlySet<number>, lang: string, direction: string, spans: readonly LanguageSpan[] = []): Generator<string> {
  const textLang = /^[a-z]{2,3}$/.test(lang) ? ` lang="${lang}"` : '';
  yield `<div class="text blocks" id="text"${textLang}${direction}>`;
  const { mine, stray } = itemsByWindow(view.windows, items);
  const sorted = [...spaces].sort((a, b) => a - b);
  for (let k = 0; k < view.windows.length; k++) {
    const w = view.windows[k];
    // (A block in another language than the page's, in its own.)
    const own = spans.length === 0 ? undefined : spanAt(spans, w.start, Math.max(w.end, w.start + 1));
    yield `<div class="block ${w.kind}"${own ? ` lang="${own.language}"${textDirection(own.language, w.text)}` : ''}>`;
    const s0 = partitionPoint(sorted, (x) => x + 1 < w.start);
    const s1 = partitionPoint(sorted, (x) => x <= w.end);
    const inWindow = s1 > s0 ? new Set(sorted.slice(s0, s1)) : NO_SPACES;
    yield* renderText(original, mine[k], live, inWindow, { from: w.start, to: w.end, show: w.show, inserted: view.inserted });
    yield '</div>';
  }
  const refs = stray.filter((it) => !it.hint);
  if (refs.length > 0) yield `<p class="meta">Findings outside the text: ${refs.map(ref).join(' ')}</p>`;
  yield '</div>';
}

const NO_SPACES: ReadonlySet<number> = new Set();

/** What opens each block of a table: its wrapper, the table, and its head. */
const FINDINGS_OPEN = '<div class="scroll rows"><table class="findings fixed"><thead><tr><th>#</th><th>Line:col</th><th>Severity</th><th>Category</th><th>Rule</th><th>Message</th><th>Actual → suggestions</th><th>Status</th><th>Note</th></tr></thead>\n';
const SENTENCES_OPEN = '<div class="scroll rows"><table class="sentences fixed"><thead><tr><th>Score</th><th>Line</th><th>Sentence</th><th>Findings</th><th>MQM</th></tr></thead>\n';
const HINTS_OPEN = '<div class="scroll rows"><table class="hints fixed"><thead><tr><th>Line:col</th><th>Words</th><th>Estimate</th></tr></thead>\n';

/** Rows per block of a long table (see `.rows` in the CSS). */
const ROWS_PER_BLOCK = 200;

/**
 * `rows` joined by new lines, a row at a time, in blocks of `ROWS_PER_BLOCK`: a block closes
 * its table and opens the next with `reopen` (the wrapper, the table and its head again).
 */
function* joinedRows<T>(items: readonly T[], row: (item: T) => string, reopen?: string): Generator<string> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && reopen !== undefined && i % ROWS_PER_BLOCK === 0) yield `\n</tbody></table></div>\n${reopen}<tbody>\n${row(items[i])}`;
    else yield i > 0 ? `\n${row(items[i])}` : row(items[i]);
  }
}

const WHITE_SPACE = /^\s+$/;

/** `lang`: the attributes for the article's text (` lang="de"`, ` lang="he" dir="rtl"`), so that a screen reader reads it in its language. */
function suggestionsCell(f: Finding, lang = '', read: (text: string) => string = (s) => s): string {
  const suggestions = Array.isArray(f.expected) ? f.expected : [];
  const actual = `<code class="actual"${lang}>${esc(typeof f.actual === 'string' ? read(f.actual) : f.actual)}</code>`;
  if (suggestions.length === 0) return actual;
  return `${actual} → ${suggestions.map((s) => (s === '' ? '<em>(delete)</em>' : `<code${lang}>${esc(typeof s === 'string' ? read(s) : s)}</code>`)).join(', ')}`;
}

function findingRow(it: Item, lang = ''): string {
  const f = it.f;
  const s = sev(f.severity);
  const status = f.fixed ? 'fixed' : 'open';
  const rule = f.url ? `<a href="${safeHref(f.url, true)}">${esc(f.ruleId)}</a>` : esc(f.ruleId);
  const entry = entryPlace(f);
  return `<tr id="f-${it.n}" class="${status} sev-${s}">` +
    `<td class="num"><a href="#ref-${it.n}">${it.n}</a></td>` +
    `<td class="num">${esc(f.start?.line)}:${esc(f.start?.column)}</td>` +
    `<td>${badge(s)}</td><td>${esc(f.category)}</td><td>${rule}<br><small>${esc(f.source)}</small>${entry === undefined ? '' : `<br><small class="entry">${esc(entry)}</small>`}</td>` +
    // (The words a finding quotes are of the article's language, unless it says (`quoteLanguages`): an untranslated word's are of the source's.)
    `<td class="t">${messageHtml(f.message, lang, f.quoteLanguages)}</td><td class="t choices">${suggestionsCell(f, lang, it.read)}</td>` +
    `<td class="status-${status}">${status}</td><td class="t">${esc(f.note ?? '')}</td></tr>`;
}

export function scoreBadge(score: unknown, resolved = false): string {
  const n = typeof score === 'number' && Number.isFinite(score) ? Math.round(score) : 0;
  // (A text whose every finding was fixed keeps the score of the translation as it came, in
  // grey: a red "0" beside "all fixed" had looked like an alarm.)
  if (resolved) return `<span class="score score-fixed" title="the translation before its fixes; every finding was fixed">${n}</span>`;
  const level = n >= 85 ? 'good' : n >= 70 ? 'fair' : 'poor';
  return `<span class="score score-${level}">${n}</span>`;
}

/**
 * Sentences ordered worst first, so an editor knows where to look: those with findings
 * still open by score, then those without findings (the learned estimate's score alone), then
 * those whose every finding was fixed (their score is the machine translation's, before the
 * fixes). A sentence links to its first finding.
 */
function* sentencesSection(result: DocumentResult, items: readonly Item[], original: string, langAt: (offset: number) => string = () => '', live = false, show?: (p: number, q: number) => string): Generator<string> {
  const sentences = result.quality?.sentences ?? [];
  if (sentences.length === 0) return;
  const spans = sentences.map((s) => {
    const start = Math.max(0, Math.min(original.length, Number(s.start?.offset) || 0));
    return { start, end: Math.max(start, Math.min(original.length, Number(s.end?.offset) || 0)) };
  });
  // Findings per sentence (total, fixed, first), each finding sent to the sentences it overlaps
  // by binary search over the sentences in text order: linear, not sentences × findings.
  const total = new Array<number>(spans.length).fill(0);
  const fixed = new Array<number>(spans.length).fill(0);
  const first = new Array<number>(spans.length).fill(0);
  // (The first open one: the row the link goes to stays visible with "only what is open".)
  const firstOpen = new Array<number>(spans.length).fill(0);
  const openIsInfo = new Array<boolean>(spans.length).fill(false);
  // (With the review panel, a sentence's findings by number: its script counts them as the editor decides.)
  const members = live ? spans.map((): number[] => []) : undefined;
  const byStart = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  const maxEnd: number[] = [];
  for (const i of byStart) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? 0, spans[i].end));
  for (const it of items) {
    const fs = it.start;
    const fe = Math.max(it.end, it.start + 1);
    // First sentence (in start order) that could end after the finding starts.
    for (let k = firstAbove(maxEnd, fs); k < byStart.length && spans[byStart[k]].start < fe; k++) {
      const i = byStart[k];
      if (fs < spans[i].end) {
        if (total[i]++ === 0) first[i] = it.n;
        members?.[i].push(it.n);
        if (it.f.fixed) fixed[i]++;
        // (An open warning or error before an info: "hide info" hides the info's row.)
        else if (firstOpen[i] === 0 || (openIsInfo[i] && it.f.severity !== 'info')) {
          firstOpen[i] = it.n;
          openIsInfo[i] = it.f.severity === 'info';
        }
      }
    }
  }
  const resolved = (i: number) => total[i] > 0 && fixed[i] === total[i];
  // (Those with a finding open first, then those without any, whose score is the learned
  // estimate's alone: a headline without a verb had led the list above sentences with errors.)
  const tier = (i: number) => (resolved(i) ? 2 : total[i] === 0 ? 1 : 0);
  // Ranked by what is left for the editor: a sentence some of whose findings were fixed by its
  // score after the fixes (a wrong name fixed had put a sentence whose only open finding is
  // information above one still in English).
  const left = (s: SentenceScore) => (typeof s.afterFixes === 'number' && Number.isFinite(s.afterFixes) ? s.afterFixes : s.score);
  const order = [...sentences]
    .map((s, i) => ({ s, i }))
    .sort((a, b) => tier(a.i) - tier(b.i) || left(a.s) - left(b.s) || a.i - b.i);
  yield `<section id="sentences"><h2>Sentences, worst first</h2>
<p class="meta">Score 0–100 (higher is better) of the machine translation, from the findings and signals of each sentence, learned on post-edited machine translation; MQM from the findings alone. Ranked by what is left: sentences with a finding open first (a sentence with fixes by its score after them, said beside it), then sentences without findings, whose score is the learned estimate's alone, and sentences whose findings were all fixed last.</p>
${SENTENCES_OPEN}<tbody>
`;
  yield* joinedRows(order, ({ s, i }) => {
      const { start, end } = spans[i];
      const n = total[i];
      const line = esc(s.start?.line);
      const open = n - fixed[i];
      const status = n === 0 ? '' : resolved(i) ? `<span class="status-fixed">all ${n} fixed</span>` : `<span class="status-open">${open} open</span>${fixed[i] > 0 ? ` <small>(${fixed[i]} fixed)</small>` : ''}`;
      const after = !resolved(i) && left(s) !== s.score ? ` <small class="after" title="the score once Lektor's fixes are in">→ ${esc(Math.round(left(s)))}</small>` : '';
      return `<tr${resolved(i) ? ' class="fixed"' : ''}${members && n > 0 ? ` data-f="${members[i].join(' ')}"` : ''}><td class="num">${scoreBadge(s.score, resolved(i))}${after}</td><td class="num">${n > 0 ? `<a href="#f-${firstOpen[i] || first[i]}">${line}</a>` : line}</td>` +
        `<td class="t"${langAt(start)}>${show ? show(start, end) : esc(original.slice(start, end))}</td><td>${status}</td>` +
        `<td class="num">${esc(s.mqm?.score)}</td></tr>`;
  }, SENTENCES_OPEN);
  yield `
</tbody></table></div></section>`;
}

/** A clamped, sorted, numbered view of the findings. */
function numberFindings(findings: Finding[], length: number): Item[] {
  const clamp = (x: unknown): number =>
    typeof x === 'number' && Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), 0), length) : 0;
  return findings
    .map((f, i) => {
      const start = clamp(f.start?.offset);
      return { f, i, start, end: Math.max(start, clamp(f.end?.offset)) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i)
    .map((x, k) => ({ n: k + 1, f: x.f, start: x.start, end: x.end }));
}

/** A finding's confidence, when it is a finite number (reports read untrusted JSON too). */
function confidenceOf(f: Finding): number | undefined {
  return typeof f.confidence === 'number' && Number.isFinite(f.confidence) ? f.confidence : undefined;
}

function* hintsSection(hints: Item[], langAt: (offset: number) => string = () => ''): Generator<string> {
  if (hints.length === 0) return;
  yield `
<section><details><summary><h2 style="display:inline">Review hints (${hints.length})</h2></summary>
<p class="meta">Words a post-editor would likely change, estimated by a model learned from human post-edits of machine translation (rule <code>word-quality</code>). They are not errors: about one in three is changed in practice.</p>
${HINTS_OPEN}<tbody>
`;
  yield* joinedRows(hints, (it) => {
    const c = confidenceOf(it.f);
    const p = c === undefined ? '' : `${Math.round(c * 100)} %`;
    return `<tr class="hint-row"><td class="num">${esc(it.f.start?.line)}:${esc(it.f.start?.column)}</td><td class="t"><code class="actual"${langAt(it.start)}>${esc(it.f.actual)}</code></td><td class="num">${esc(p)}</td></tr>`;
  }, HINTS_OPEN);
  yield `
</tbody></table></div></details></section>`;
}

/** The file's name, which the review panel downloads the text under and keeps the choices by. */
function reviewName(result: Pick<DocumentResult, 'path'>): string {
  return String(result.path).split(/[\\/]/).pop() || 'text.txt';
}

/**
 * What a document's report keeps the editor's choices under in the browser ("a.txt:3f…", the
 * file's name and the review's fingerprint), for the batch's page to read their progress by;
 * undefined where the report has no review panel.
 */
export function reviewKey(result: DocumentResult, original: string, /** An XLIFF file as `readXliff` reads it, asked for when needed, where the caller reads it. */ xliff?: () => XliffDocument | undefined): string | undefined {
  const findings = (Array.isArray(result.findings) ? result.findings : []).filter((f) => !isReviewHint(f));
  const items = numberFindings(findings, original.length);
  const { changes } = reviewChanges(result, original, new Map(items.map((it) => [it.f, it.n])), xliff && (() => {
    const read = xliff();
    return read?.document.source === original ? read.document : undefined;
  }));
  return changes && `${reviewName(result)}:${reviewFingerprint(changes, original)}`;
}

export function renderDocumentHtml(
  result: DocumentResult,
  original: string,
  options: { title?: string; indexHref?: string; encoding?: TextEncoding } = {},
): string {
  return [...documentHtmlParts(result, original, options)].join('');
}

/**
 * `renderDocumentHtml` in parts, rendered as they are asked for: the CLI writes each to the
 * report file as it comes (`writeOutputParts`), so that a long document's report (27 MB for
 * 41,000 findings) is never held whole, nor its text and its table at once.
 */
export function* documentHtmlParts(
  result: DocumentResult,
  original: string,
  options: {
    title?: string;
    indexHref?: string;
    /** The file's encoding, which the review panel downloads it in (UTF-8 unless said). */
    encoding?: TextEncoding;
    /** An XLIFF file as `readXliff` read it, where the caller has (else it is read here). */
    xliff?: XliffDocument;
  } = {},
): Generator<string> {
  const everything = Array.isArray(result.findings) ? result.findings : [];
  const findings = everything.filter((f) => !isReviewHint(f));
  const items = numberFindings(findings, original.length);
  const hintItems = numberFindings(everything.filter(isReviewHint), original.length).map((it) => ({ ...it, n: items.length + it.n, hint: true }));
  const fixed = findings.filter((f) => f.fixed).length;
  // What is still open, by severity: what an editor has left to do (fixed findings are done).
  const open = findings.filter((f) => !f.fixed);
  const openBySeverity = SEVERITIES.map((s) => badge(s, open.filter((f) => sev(f.severity) === s).length)).join(' ');
  const byCategory = tally(open, (f) => String(f.category))
    .map(([c, n]) => `<span class="chip">${esc(c)} ${n}</span>`)
    .join(' ');
  const checks = Array.isArray(result.checks) ? result.checks : [];
  const back = options.indexHref === undefined ? '' : `<p class="back"><a href="${safeHref(options.indexHref)}">← All documents</a></p>`;
  const lang = String(result.language ?? '');
  const textLang = /^[a-z]{2,3}$/.test(lang) ? ` lang="${lang}"` : '';
  // An XLIFF file: its units, as a translation tool shows them (where its reader is loaded).
  const view = result.format === 'xliff' ? xliffView(original, options.xliff) : undefined;
  // An HTML page: its text as read, block by block, its tags as chips.
  const page = result.format === 'html' ? htmlView(original) : undefined;
  // (The article's words in the tables, with their direction: a right-to-left sentence in a
  // left-to-right cell had its full stop before its first word as it is read. An XLIFF file's
  // from its targets' text: its XML, tags and declaration, is mostly Latin letters, and an
  // Arabic file's tables had been laid out left to right. An HTML page's from its blocks'.)
  const direction = textDirection(lang, view ? targetsSample(view.windows) : page ? targetsSample(page.windows) : original);
  const cellLang = textLang + (direction === ' dir="rtl"' ? direction : '');
  // (The paragraphs in another language: their text, their sentences and the findings in them in theirs.)
  const spans = languageSpans(result, original);
  const langAt = (offset: number) => wordsLang(spans, offset, cellLang);
  const noProse = lang === 'und' && result.quality?.mqm.words === 0;
  const noRules = profileFor(lang) === undefined && !noProse;

  // The review panel: a choice per change, and the text with the editor's choices.
  const offer = reviewChanges(result, original, new Map(items.map((it) => [it.f, it.n])), view ? () => view.document : page && (() => page.document));
  const changes = offer.changes;
  // (An XLIFF file's findings' actual text and suggestions, in the table and the tooltips, as read: AT&T, as the units show it.)
  if (view) for (const it of [...items, ...hintItems]) it.read = (text) => view.read(text, it.start);
  // (An HTML page's too: its references as their characters, `&nbsp;` a no-break space; its tags as written.)
  // (In an alt text as an attribute's: "a&copy=b" is as written there.)
  else if (result.format === 'html') {
    const read = htmlTextAsReadIn(page?.document);
    for (const it of [...items, ...hintItems]) it.read = (text) => read(text, it.start);
  }
  yield pageHead(options.title ?? `Lektor: ${String(result.path)}`, DOC_CSS, changes ? reviewScriptHash() : undefined);
  yield `${back}
<header>
<h1>${esc(result.path)}</h1>
<p class="meta">Language: <strong>${esc(result.language)}</strong>${result.locale ? ` (locale ${esc(result.locale)}${result.localeEvidence ? `, told by <em>${esc(result.localeEvidence.join(', '))}</em>` : ''})` : ''} · Format: ${esc(result.format)} · ${findings.length} finding${findings.length === 1 ? '' : 's'}: <span class="status-fixed" id="count-fixed">${fixed} fixed</span>, <span class="status-open" id="count-open">${findings.length - fixed} open</span></p>
${sourceLine(result)}${directivesLine(result)}${noProse ? '<p class="note">No prose to check: the document holds only code, markup or front matter.</p>\n' : ''}${noRules ? `<p class="note">Lektor has no language rules for ${lang === 'und' ? 'this text: its language could not be told' : `“${esc(lang)}”`} (it has ${SUPPORTED_LANGUAGES.join(', ')}): only the glossary and the language-independent checks ran, so few findings mean little. Give <code>--lang</code> to choose the language.</p>\n` : ''}<p class="meta">Open, by severity: <span id="open-by-severity">${openBySeverity}</span></p>
<p class="meta">Open, by category: <span id="open-by-category">${byCategory || 'none'}</span></p>
${result.quality ? `<p class="meta">Quality score: <span id="doc-score">${scoreBadge(result.quality.score, findings.length > 0 && fixed === findings.length)}</span> (100 less the predicted share of words an editor would change, ${(result.quality.predictedHter * 100).toFixed(0)} %: learned from post-edited machine translation, and raised by the errors found, each counted as 5 words to edit, a glossary error as 25) · MQM ${esc(result.quality.mqm.score)} (100 less the findings' points per 100 words: a warning 1, an error 5, a glossary error 25)${typeof result.quality.afterFixes === 'number' && result.quality.afterFixes !== result.quality.score ? ` · <span title="the score once Lektor's fixes are in: what is left for an editor">after Lektor's fixes: ${scoreBadge(result.quality.afterFixes, false)}</span>` : ''}</p>` : ''}
</header>
<input type="checkbox" id="flt-open" class="flt"><input type="checkbox" id="flt-warn" class="flt"><input type="checkbox" id="flt-info" class="flt">${hintItems.length ? '<input type="checkbox" id="flt-hints" class="flt">' : ''}
<div class="filters">Show: <label for="flt-open">only what is open (<span id="open-count">${findings.length - fixed}</span>)</label><label for="flt-warn">hide warnings</label><label for="flt-info">hide info</label>${hintItems.length ? `<label for="flt-hints">review hints (${hintItems.length} places an editor would likely change, <span class="hint" style="--p:0.5">shaded</span>)</label>` : ''}<span class="jump">Go to: <a href="#text-section">${view ? 'units' : 'text'}</a> · <a href="#sentences">sentences</a> · <a href="#findings">findings</a></span></div>
<section id="text-section"><h2>${view ? 'Units' : 'Text'}</h2>
<div class="legend"><span><del>removed</del> <ins>inserted</ins> applied fix</span><span><mark class="sev-error">error</mark> <mark class="sev-warning">warning</mark> <mark class="sev-info">info</mark> open finding</span><span><mark class="multi sev-info">darker</mark> several findings</span><span><mark class="point sev-error"></mark> missing text</span><span><del class="ws" title="space removed"> </del> space removed</span><span><sup class="ref fixed"><a>1</a></sup> <sup class="ref open"><a>2</a></sup> link to the finding</span>${view ? '<span><span class="tag">&lt;g&gt;</span> inline tag</span>' : page ? '<span><span class="tag">&lt;b&gt;</span> inline tag</span>' : ''}</div>
`;
  const all = [...items, ...hintItems].sort((a, b) => a.start - b.start || a.end - b.end || a.n - b.n);
  if (view) yield* unitsText(original, view, all, changes && new Set(changes.map((c) => c.n)), changes ? layoutSpaces(changes) : new Set(), lang, String(result.sourceLanguage ?? ''), spans);
  else if (page) yield* blocksText(original, page, all, changes && new Set(changes.map((c) => c.n)), changes ? layoutSpaces(changes) : new Set(), lang, direction, spans);
  else {
    yield `<div class="text" id="text"${textLang}${direction}>`;
    const languages = { spans, rtl: direction === ' dir="rtl"' ? true : direction === ' dir="ltr"' ? false : undefined };
    yield* renderText(original, all, changes && new Set(changes.map((c) => c.n)), changes && layoutSpaces(changes), undefined, languages);
    yield '</div>';
  }
  yield `
</section>
`;
  yield* sentencesSection(result, items, original, langAt, changes !== undefined, view?.show ?? page?.show);
  yield `
<section id="findings"><h2>Findings</h2>
`;
  if (changes) yield* reviewPanelParts(changes, original, reviewName(result), { xml: result.format === 'xliff' || result.format === 'html', encoding: options.encoding });
  else if (offer.reason !== undefined) yield `<p class="meta">No review panel for this document: ${esc(offer.reason)}. Its changes are listed below.</p>\n`;
  if (items.length > 0) {
    yield `${FINDINGS_OPEN}<tbody>
`;
    yield* joinedRows(items, (it) => findingRow(it, langAt(it.start)), FINDINGS_OPEN);
    yield `
</tbody></table></div>`;
  } else yield '<p>No findings.</p>';
  yield `
</section>`;
  yield* hintsSection(hintItems, langAt);
  yield `
<section class="checks-ran"><details><summary><h2 style="display:inline">Checks that ran (${checks.length})</h2></summary>
${checks.length > 0 ? `<ul class="checks">${checks.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : '<p>None.</p>'}
</details>
<p class="meta">${result.model ? `Model: <strong>${esc(result.model.id)}</strong> (${result.model.quantized ? 'quantized' : 'full precision'}, ${esc(result.model.source)})` : 'Model: none (rules only)'}</p>
</section>`;
  yield PAGE_TAIL;
}

/** Languages written right to left, by their ISO 639-1 and 639-3 codes (franc names the latter). */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'arb', 'ary', 'arz', 'he', 'heb', 'fa', 'fas', 'pes', 'prs', 'ur', 'urd', 'yi', 'yid', 'ydd', 'ps', 'pus', 'pbu', 'sd', 'snd', 'ug', 'uig', 'dv', 'div', 'ckb', 'syr']);

/**
 * The text's direction, from its script: right to left where most of its letters are written so
 * (Arabic, Hebrew, Syriac, Thaana, N'Ko…), whatever language was told (a short Arabic text
 * detected as Sardinian had been laid out left to right); else from its language. Not
 * `dir="auto"`, which took it from the first strong letter (a German article that opens with an
 * Arabic name was laid out right to left), and made the browser resolve it again at every change
 * of a 40,000-finding page (four minutes to load, against ten seconds). A text whose language
 * could not be told, mostly not right to left, sets each paragraph's direction by its own first
 * letter (`unicode-bidi: plaintext`).
 */
function textDirection(lang: string, text: string): string {
  const script = scriptDirection(text);
  if (script === 'rtl' || (script === undefined && RIGHT_TO_LEFT.has(lang))) return ' dir="rtl"';
  return lang === '' || lang === 'und' ? ' style="unicode-bidi:plaintext"' : ' dir="ltr"';
}

/** The start of an XLIFF file's targets' text (an HTML page's blocks'), as much as `scriptDirection` reads. */
function targetsSample(windows: ReadonlyArray<{ text: string }>): string {
  let out = '';
  for (const w of windows) {
    if (out.length >= 100_000) break;
    out += `${w.text}\n`;
  }
  return out;
}

/** Whether most letters of a text (of its first 100,000 characters) are of a right-to-left script; undefined without letters. */
function scriptDirection(text: string): 'rtl' | 'ltr' | undefined {
  let letters = 0;
  let rtl = 0;
  for (const m of text.slice(0, 100_000).matchAll(/\p{L}+/gu)) {
    letters += m[0].length;
    if (RTL_SCRIPT.test(m[0])) rtl += m[0].length;
  }
  return letters === 0 ? undefined : rtl * 2 > letters ? 'rtl' : 'ltr';
}
/** A word that opens with a letter of a script written right to left. */
const RTL_SCRIPT = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

/** The document's directive comments: what each silenced, and any that names no rule. */
function directivesLine(result: DocumentResult): string {
  const ds = result.directives;
  if (!ds || ds.length === 0) return '';
  // (Ten ids at most, and how many more: a comment may name thousands.)
  const some = (ids: readonly string[]) => esc(ids.slice(0, 10).join(', ')) + (ids.length > 10 ? ` and ${groupDigits(ids.length - 10)} more` : '');
  const items = ds.map((d) => {
    const named = d.rules.length > 0 ? ` ${some(d.rules)}` : '';
    const meant = Object.entries(d.didYouMean ?? {}).slice(0, 10);
    const unknown = d.unknown
      ? ` <strong>(no such rule: ${some(d.unknown)}${meant.length > 0 ? `; did you mean ${meant.map(([given, id]) => `${esc(id)} for ${esc(given)}`).join(', ')}?` : ''})</strong>`
      : '';
    if (d.problem) return `line ${d.line}: <code>${esc(d.directive)}${named}</code> <strong>(${esc(d.problem)})</strong>`;
    return `line ${d.line}: <code>${esc(d.directive)}${named}</code>${d.directive === 'lektor-enable' ? '' : `, ${d.silenced} silenced`}${unknown}`;
  });
  return `<p class="meta">Comments that silence findings: ${items.join(' · ')}</p>\n`;
}

/** What the document was compared with (`--source`), or that its source was not found. */
function sourceLine(result: DocumentResult): string {
  const source = result.source;
  // (Given without a source text, --source-lang: the language whose words left over are looked for.)
  if (!source) return result.sourceLanguage !== undefined ? `<p class="meta">Translated from <strong>${esc(result.sourceLanguage)}</strong>: its words left in the text are looked for.</p>\n` : '';
  if (source.missing !== undefined) return `<p class="note">Checked without a source: ${esc(source.missing)} was not found, so the checks that compare with it (numbers, glossary terms) did not run.</p>\n`;
  return `<p class="meta">Compared with its source${source.path !== undefined ? ` <code>${esc(source.path)}</code>` : ''} (${esc(source.language)}).</p>\n`;
}
