/**
 * The batch overview page: one row per document with a link to its report, the
 * documents that failed, and totals per rule and per category across the batch.
 * Same discipline as the document page: everything untrusted is escaped, and hrefs
 * must be relative (anything with a scheme, such as `javascript:`, becomes `#`).
 */

import { isReviewHint, type DocumentResult, type Finding } from '../core/types.js';
import { badge, esc, page, safeHref, scoreBadge, sev, SEVERITIES } from './html.js';
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

export function summarizeDocument(result: DocumentResult): DocumentSummary {
  const summary: DocumentSummary = {
    path: result.path,
    // The locale when a regional one spelled it ("de-CH"), told from the text or chosen.
    language: result.locale ?? result.language,
    ...(result.quality ? { score: result.quality.score } : {}),
    ...(result.source?.missing !== undefined ? { noSource: true } : {}),
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
td.zero{color:#767676}
tfoot td{font-weight:600;background:#f3f3ef}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.6rem 0}
.summary div{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem .8rem}
.summary strong{display:block;font-size:1.3rem}
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
  return `<div class="scroll"><table><thead><tr><th>${esc(heading)}</th>${withCategories ? '<th>Category</th>' : ''}${sevHeads}<th>Total</th><th>Fixed</th><th>Open</th></tr></thead>
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
      return `<tr><td class="t">${name}</td><td>${language}</td><td class="num">${score}</td>${documentCells(summary.counts)}<td class="num">${summary.hints}</td></tr>`;
    })
    .join('\n');
  const docsTable =
    ok.length === 0
      ? '<p>No documents were checked successfully.</p>'
      : `<p class="meta">Worst first: open errors, then open warnings, then the lowest quality score. The score (0–100, higher is better) is the machine translation's, before any fix; the severity columns count what is still open, the per-rule and per-category tables below every finding, open or fixed.</p>
<div class="scroll"><table class="documents"><thead><tr><th rowspan="2">Document</th><th rowspan="2">Language</th><th rowspan="2">Score</th><th colspan="3">Open</th><th rowspan="2">Fixed</th><th rowspan="2" title="words an editor would likely change (word-level estimate)">Hints</th></tr><tr>${sevHeads}</tr></thead>
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
  return page('Lektor report', INDEX_CSS, body);
}
