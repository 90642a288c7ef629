/**
 * The batch overview page: one row per document with a link to its report, the
 * documents that failed, and totals per rule and per category across the batch.
 * Same discipline as the document page: everything untrusted is escaped, and hrefs
 * must be relative (anything with a scheme, such as `javascript:`, becomes `#`).
 */

import { createHash } from 'node:crypto';
import { isReviewHint, type DocumentResult, type Finding } from '../core/types.js';
import type { XliffDocument } from '../formats/xliff-reader.js';
import { badge, esc, PAGE_TAIL, pageHead, reviewKey, safeHref, scoreBadge, sev, SEVERITIES } from './html.js';
import { profileFor } from '../languages/index.js';

/**
 * `problem`: the document was checked, but something could not be written (its reports, or the
 * corrected text with --write): listed among the failures too; `linked: false` when its report
 * is missing, which is then not linked.
 */
export type IndexEntry =
  | { result: DocumentResult; reportHref: string; problem?: string; linked?: boolean; error?: undefined; summary?: undefined }
  | { summary: DocumentSummary; reportHref: string; problem?: string; linked?: boolean; error?: undefined; result?: undefined }
  | { path: string; error: string };

export interface BatchIndex {
  documents: IndexEntry[];
  generatedAt?: string;
}

/** Findings counted by severity (in `SEVERITIES` order), in total, and fixed; and the open ones by severity. */
export interface Counts {
  bySev: number[];
  openBySev: number[];
  fixed: number;
  total: number;
}

/**
 * What the index shows of one document: its counts, not its findings, so that a batch
 * of thousands of articles need not keep them (`summarizeDocument`).
 */
export interface DocumentSummary {
  path: string;
  /** The document's language, or its regional locale ("de-CH"). */
  language: string;
  score?: number;
  /** Findings other than review hints. */
  counts: Counts;
  /** Review hints (word-level estimate). */
  hints: number;
  /** Counts per rule (with the categories its findings have) and per category. */
  byRule: Map<string, { categories: Set<string>; counts: Counts }>;
  byCategory: Map<string, Counts>;
  /** Checked without its source, which `--source DIR` lacked. */
  noSource?: boolean;
  /**
   * What its report's review panel keeps the editor's choices under (`reviewKey` in html.ts),
   * when it has one: the batch's page shows their progress by it.
   */
  review?: string;
}

const emptyCounts = (): Counts => ({ bySev: SEVERITIES.map(() => 0), openBySev: SEVERITIES.map(() => 0), fixed: 0, total: 0 });

function add(c: Counts, f: Finding): void {
  const s = SEVERITIES.indexOf(sev(f.severity));
  c.bySev[s]++;
  if (f.fixed) c.fixed++;
  else c.openBySev[s]++;
  c.total++;
}

function merge(into: Counts, c: Counts): void {
  c.bySev.forEach((n, i) => (into.bySev[i] += n));
  c.openBySev.forEach((n, i) => (into.openBySev[i] += n));
  into.fixed += c.fixed;
  into.total += c.total;
}

/**
 * `original`: the text checked, for the key of its report's review (see `DocumentSummary.review`);
 * `xliff`: an XLIFF file as `readXliff` reads it, asked for when needed, where the caller reads it (else it is read here).
 */
export function summarizeDocument(result: DocumentResult, original?: string, xliff?: () => XliffDocument | undefined): DocumentSummary {
  const review = original === undefined ? undefined : reviewKey(result, original, xliff);
  const summary: DocumentSummary = {
    path: result.path,
    // The locale when a regional one spelled it ("de-CH"), told from the text or chosen.
    language: result.locale ?? result.language,
    ...(result.quality ? { score: result.quality.score } : {}),
    ...(result.source?.missing !== undefined ? { noSource: true } : {}),
    ...(review !== undefined ? { review } : {}),
    counts: emptyCounts(),
    hints: 0,
    byRule: new Map(),
    byCategory: new Map(),
  };
  for (const f of Array.isArray(result.findings) ? result.findings : []) {
    if (isReviewHint(f)) {
      summary.hints++;
      continue;
    }
    add(summary.counts, f);
    const ruleId = String(f.ruleId);
    const category = String(f.category);
    let rule = summary.byRule.get(ruleId);
    if (!rule) summary.byRule.set(ruleId, (rule = { categories: new Set(), counts: emptyCounts() }));
    rule.categories.add(category);
    add(rule.counts, f);
    let cat = summary.byCategory.get(category);
    if (!cat) summary.byCategory.set(category, (cat = emptyCounts()));
    add(cat, f);
  }
  return summary;
}

const INDEX_CSS = `
/* (A zero's grey: #767676 read at 4.1:1 on the totals' row, under WCAG AA's 4.5:1.) */
td.zero{color:#6b6b6b}
tfoot td{font-weight:600;background:#f3f3ef}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.6rem 0}
.summary div{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem .8rem}
.summary strong{display:block;font-size:1.3rem}
/* On a phone each document, rule and category is a card, its counts side by side and named, instead of a table scrolled in its box (the documents' were 576 px wide at 390 px, the rules' 628). */
@media (max-width:40rem){.scroll table{min-width:0}.cards,.cards :is(tbody,tfoot,tr,td){display:block}.cards thead{display:none}.cards tr{border-bottom:2px solid #bbb;padding:.2rem 0}.cards td{border:0;padding:.1rem .45rem}.cards td+td{display:inline-block}.cards td:empty{display:none}.cards tfoot tr{background:#f3f3ef}
.documents td:nth-child(2)::before{content:"language "}.documents td:nth-child(3)::before{content:"score "}.documents td:nth-child(4)::before{content:"open: errors "}.documents td:nth-child(5)::before{content:"warnings "}.documents td:nth-child(6)::before{content:"info "}.documents td:nth-child(7)::before{content:"fixed "}.documents td:nth-child(8)::before{content:"hints "}.documents td:nth-child(9){display:block}.documents td:nth-child(9)::before{content:"your review: "}
.totals td:nth-child(2):nth-last-child(7)::before{content:"category "}.totals td:nth-last-child(6)::before{content:"errors "}.totals td:nth-last-child(5)::before{content:"warnings "}.totals td:nth-last-child(4)::before{content:"info "}.totals td:nth-last-child(3)::before{content:"total "}.totals td:nth-last-child(2)::before{content:"fixed "}.totals td:nth-last-child(1)::before{content:"open "}}
`;

function num(n: number): string {
  return `<td class="num${n === 0 ? ' zero' : ''}">${n}</td>`;
}

function countCells(c: Counts): string {
  return c.bySev.map(num).join('') + num(c.total) + num(c.fixed) + num(c.total - c.fixed);
}

/** A document's cells: what is open by severity (what is left to review), then the fixed ones. */
function documentCells(c: Counts): string {
  return c.openBySev.map(num).join('') + num(c.fixed);
}

/** Worst first: open errors, then open warnings, then the lowest score; ties keep the input order. */
function worstFirst(a: DocumentSummary, b: DocumentSummary): number {
  return b.counts.openBySev[0] - a.counts.openBySev[0] || b.counts.openBySev[1] - a.counts.openBySev[1] || (a.score ?? 101) - (b.score ?? 101);
}

/** "2026-11-28T21:24:47.026Z" as "2026-11-28 21:24 UTC" (anything else as given). */
function readableTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m && iso.endsWith('Z') ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Totals grouped by rule or category, most frequent first (ties by name), with fixed/open split. */
function totalsTable(groups: Map<string, { counts: Counts; categories?: Set<string> }>, heading: string, withCategories: boolean): string {
  if (groups.size === 0) return '<p>No findings.</p>';
  const rows = [...groups]
    .sort((a, b) => b[1].counts.total - a[1].counts.total || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, g]) => {
      const extra = withCategories ? `<td>${[...(g.categories ?? [])].sort().map(esc).join(', ')}</td>` : '';
      return `<tr><td>${esc(k)}</td>${extra}${countCells(g.counts)}</tr>`;
    })
    .join('\n');
  const sevHeads = SEVERITIES.map((s) => `<th>${badge(s)}</th>`).join('');
  return `<div class="scroll"><table class="totals cards"><thead><tr><th>${esc(heading)}</th>${withCategories ? '<th>Category</th>' : ''}${sevHeads}<th>Total</th><th>Fixed</th><th>Open</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

export function renderIndexHtml(batch: BatchIndex): string {
  const documents = Array.isArray(batch.documents) ? batch.documents : [];
  const ok: Array<{ summary: DocumentSummary; reportHref: string; unlinked?: boolean }> = [];
  const failed: Array<{ path: string; error: string }> = [];
  for (const d of documents) {
    if (typeof d.error === 'string') failed.push(d);
    else {
      const summary = d.summary ?? (d.result ? summarizeDocument(d.result) : undefined);
      if (!summary) continue;
      ok.push({ summary, reportHref: d.reportHref, ...(d.linked === false ? { unlinked: true } : {}) });
      if (typeof d.problem === 'string') failed.push({ path: summary.path, error: d.problem });
    }
  }
  // Review hints of the word-level estimate are not findings: counted in their own column.
  const total = emptyCounts();
  let hintTotal = 0;
  const byRule = new Map<string, { categories: Set<string>; counts: Counts }>();
  const byCategory = new Map<string, { counts: Counts }>();
  for (const { summary } of ok) {
    merge(total, summary.counts);
    hintTotal += summary.hints;
    for (const [rule, g] of summary.byRule) {
      let into = byRule.get(rule);
      if (!into) byRule.set(rule, (into = { categories: new Set(), counts: emptyCounts() }));
      for (const c of g.categories) into.categories.add(c);
      merge(into.counts, g.counts);
    }
    for (const [category, c] of summary.byCategory) {
      let into = byCategory.get(category);
      if (!into) byCategory.set(category, (into = { counts: emptyCounts() }));
      merge(into.counts, c);
    }
  }
  const sevHeads = SEVERITIES.map((s) => `<th>${badge(s)}</th>`).join('');

  const docRows = [...ok]
    .sort((a, b) => worstFirst(a.summary, b.summary))
    .map(({ summary, reportHref, unlinked }) => {
      const resolved = summary.counts.total > 0 && summary.counts.fixed === summary.counts.total;
      const score = summary.score !== undefined ? scoreBadge(summary.score, resolved) : '–';
      // (No link to a report that was not written; a language without rules is said, its few findings mean little.)
      const name =
        (!unlinked ? `<a href="${safeHref(reportHref)}">${esc(summary.path)}</a>` : `${esc(summary.path)} <small class="error-msg">(no report: see below)</small>`) +
        (summary.noSource ? ' <small title="--source had no text for it: numbers and glossary terms were not compared">(checked without a source)</small>' : '');
      const language = profileFor(String(summary.language)) ? esc(summary.language) : `${esc(summary.language)} <small title="only the glossary and the language-independent checks ran">(no rules)</small>`;
      return `<tr${summary.review === undefined || unlinked ? '' : ` data-review="${esc(summary.review)}" data-open="${summary.counts.total - summary.counts.fixed}"`}><td class="t">${name}</td><td>${language}</td><td class="num">${score}</td>${documentCells(summary.counts)}<td class="num">${summary.hints}</td></tr>`;
    })
    .join('\n');
  const docsTable =
    ok.length === 0
      ? '<p>No documents were checked successfully.</p>'
      : `<p class="meta">Worst first: open errors, then open warnings, then the lowest quality score. The score (0–100, higher is better) is the machine translation's, before any fix; the severity columns count what is still open, the per-rule and per-category tables below every finding, open or fixed.</p>
<div class="scroll"><table class="documents cards"><thead><tr><th rowspan="2">Document</th><th rowspan="2">Language</th><th rowspan="2">Score</th><th colspan="3">Open</th><th rowspan="2">Fixed</th><th rowspan="2" title="words an editor would likely change (word-level estimate)">Hints</th></tr><tr>${sevHeads}</tr></thead>
<tbody>
${docRows}
</tbody>
<tfoot><tr><td>Total (${ok.length} document${ok.length === 1 ? '' : 's'})</td><td></td><td></td>${documentCells(total)}<td class="num">${hintTotal}</td></tr></tfoot></table></div>`;

  const failedSection =
    failed.length === 0
      ? ''
      : `<section><h2>Failed documents (${failed.length})</h2>
<div class="scroll"><table class="failed"><thead><tr><th>Document</th><th>Error</th></tr></thead>
<tbody>
${failed.map((d) => `<tr><td class="t">${esc(d.path)}</td><td class="t error-msg">${esc(d.error)}</td></tr>`).join('\n')}
</tbody></table></div></section>`;

  const body = `<header>
<h1>Lektor report</h1>
${batch.generatedAt === undefined ? '' : `<p class="meta">Generated ${esc(readableTime(batch.generatedAt))}</p>`}
<div class="summary">
<div><strong>${ok.length}</strong>documents checked</div>
<div><strong>${failed.length}</strong>failed</div>
<div><strong>${total.total}</strong>findings</div>
<div><strong class="status-fixed">${total.fixed}</strong>fixed</div>
<div><strong class="status-open">${total.total - total.fixed}</strong>open</div>
<div><strong>${hintTotal}</strong>review hints</div>
</div>
</header>
<section><h2>Documents</h2>
${docsTable}
</section>
${failedSection}
<section><h2>Findings per rule</h2>
${totalsTable(byRule, 'Rule', true)}
</section>
<section><h2>Findings per category</h2>
${totalsTable(byCategory, 'Category', false)}
</section>`;
  // (With a review panel in any document's report: the editor's progress, from this browser.)
  const live = ok.some(({ summary, unlinked }) => summary.review !== undefined && !unlinked);
  return pageHead('Lektor report', INDEX_CSS, live ? indexScriptHash() : undefined) + body + (live ? `\n<script>${INDEX_SCRIPT}</script>` : '') + PAGE_TAIL;
}

/**
 * The batch page's one script (allowed by its hash, ASCII so that the hash holds whatever charset
 * the page is served with): each document's progress in its report's review panel, as that page
 * keeps it in this browser (`lektor-review-progress:<name>:<fingerprint>`, written by the panel's
 * script with the header's counts). A browser shares that storage between the pages of one
 * origin: opened as files (file://), as Chromium does, or from one web server. A document without
 * progress kept is as Lektor left it. Without the script, or without storage, the page is as
 * before: Lektor's counts. Every value read is a number it checks, and what it writes is text.
 */
const INDEX_SCRIPT = String.raw`(function () {
  'use strict';
  var rows = document.querySelectorAll('table.documents tbody tr');
  var head = document.querySelector('table.documents thead tr');
  var foot = document.querySelector('table.documents tfoot tr');
  if (!head || rows.length === 0) return;
  function count(v) { return typeof v === 'number' && Math.floor(v) === v && v >= 0 && v < 1e9; }
  function read(key) {
    try {
      var p = JSON.parse(window.localStorage.getItem('lektor-review-progress:' + key) || 'null');
      if (p && typeof p === 'object' && count(p.fixed) && count(p.undone) && count(p.left) && count(p.open) && count(p.unlike) && count(p.total)) return p;
    } catch (e) {
      // (No storage here, or not ours: as Lektor left it.)
    }
    return null;
  }
  function span(cls, text) {
    var el = document.createElement(cls === 'small' ? 'small' : 'span');
    if (cls !== 'small') el.className = cls;
    el.textContent = text;
    return el;
  }
  var th = document.createElement('th');
  th.rowSpan = 2;
  th.textContent = 'Your review';
  th.title = 'your choices in each report\u2019s review panel, as this browser keeps them';
  head.appendChild(th);
  var reviewed = 0;
  var needing = 0;
  for (var r = 0; r < rows.length; r++) {
    var td = document.createElement('td');
    var key = rows[r].getAttribute('data-review');
    var p = key === null ? null : read(key);
    // (Not reviewed yet: what Lektor left open, which the editor is to decide, beside it. A
    // grey "as Lektor chose" alone had read as done beside a document of 64 open findings.)
    var lektorOpen = Number(rows[r].getAttribute('data-open'));
    if (!count(lektorOpen)) lektorOpen = 0;
    if (p ? p.open > 0 : key !== null && lektorOpen > 0) needing++;
    if (!p && key !== null && lektorOpen > 0) {
      td.appendChild(span('status-open', lektorOpen + ' open'));
      td.appendChild(document.createTextNode(', '));
      td.appendChild(span('small', 'as Lektor chose'));
    } else if (!p) {
      td.className = 'zero';
      td.textContent = key === null ? '\u2013' : 'as Lektor chose';
    } else {
      reviewed++;
      var rest = [p.fixed ? p.fixed + ' fixed' : '', p.undone ? p.undone + ' undone' : '', p.left ? p.left + ' left as is' : ''].filter(Boolean).join(', ');
      td.appendChild(span(p.open > 0 ? 'status-open' : 'status-fixed', p.open > 0 ? p.open + ' open' : 'none open'));
      if (rest !== '') {
        td.appendChild(document.createTextNode(' '));
        td.appendChild(span('small', '(' + rest + ')'));
      }
      td.appendChild(document.createElement('br'));
      td.appendChild(span('small', p.unlike + (p.unlike === 1 ? ' choice' : ' choices') + ' unlike Lektor\u2019s'));
    }
    rows[r].appendChild(td);
  }
  if (foot) {
    var total = document.createElement('td');
    total.textContent = reviewed + ' reviewed' + (needing > 0 ? '; ' + needing + ' with findings open' : '');
    foot.appendChild(total);
  }
})();`;

let indexHash: string | undefined;
function indexScriptHash(): string {
  indexHash ??= `sha256-${createHash('sha256').update(INDEX_SCRIPT).digest('base64')}`;
  return indexHash;
}
