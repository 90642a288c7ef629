/**
 * The batch overview page: one row per document with a link to its report, the
 * documents that failed, and totals per rule and per category across the batch.
 * Same discipline as the document page: everything untrusted is escaped, and hrefs
 * must be relative (anything with a scheme, such as `javascript:`, becomes `#`).
 */

import { isReviewHint, type DocumentResult, type Finding } from '../core/types.js';
import { badge, esc, page, safeHref, sev, SEVERITIES, tally } from './html.js';

export type IndexEntry =
  | { result: DocumentResult; reportHref: string; error?: undefined }
  | { path: string; error: string };

export interface BatchIndex {
  documents: IndexEntry[];
  generatedAt?: string;
}

const INDEX_CSS = `
td.zero{color:#aaa}
tfoot td{font-weight:600;background:#f3f3ef}
.summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.6rem 0}
.summary div{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem .8rem}
.summary strong{display:block;font-size:1.3rem}
`;

function num(n: number): string {
  return `<td class="num${n === 0 ? ' zero' : ''}">${n}</td>`;
}

function counts(findings: Finding[]): { bySev: number[]; fixed: number; total: number } {
  return {
    bySev: SEVERITIES.map((s) => findings.filter((f) => sev(f.severity) === s).length),
    fixed: findings.filter((f) => f.fixed).length,
    total: findings.length,
  };
}

function countCells(c: { bySev: number[]; fixed: number; total: number }): string {
  return c.bySev.map(num).join('') + num(c.total) + num(c.fixed) + num(c.total - c.fixed);
}

/** Totals grouped by `key`, most frequent first, with fixed/open split. */
function totalsTable(findings: Finding[], heading: string, key: (f: Finding) => string, extra?: (fs: Finding[]) => string): string {
  if (findings.length === 0) return '<p>No findings.</p>';
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const rows = tally(findings, key)
    .map(([k]) => {
      const fs = groups.get(k) ?? [];
      const c = counts(fs);
      return `<tr><td>${esc(k)}</td>${extra ? `<td>${extra(fs)}</td>` : ''}${countCells(c)}</tr>`;
    })
    .join('\n');
  const sevHeads = SEVERITIES.map((s) => `<th>${badge(s)}</th>`).join('');
  return `<table><thead><tr><th>${esc(heading)}</th>${extra ? '<th>Category</th>' : ''}${sevHeads}<th>Total</th><th>Fixed</th><th>Open</th><th title="words an editor would likely change (word-level estimate)">Hints</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

export function renderIndexHtml(batch: BatchIndex): string {
  const documents = Array.isArray(batch.documents) ? batch.documents : [];
  const ok: Array<{ result: DocumentResult; reportHref: string }> = [];
  const failed: Array<{ path: string; error: string }> = [];
  for (const d of documents) {
    if (typeof d.error === 'string') failed.push(d);
    else ok.push(d);
  }
  // Review hints of the word-level estimate are not findings: counted in their own column.
  const everything = (r: DocumentResult): Finding[] => (Array.isArray(r.findings) ? r.findings : []);
  const all = ok.flatMap((d) => everything(d.result).filter((f) => !isReviewHint(f)));
  const hintTotal = ok.reduce((n, d) => n + everything(d.result).filter(isReviewHint).length, 0);
  const total = counts(all);
  const sevHeads = SEVERITIES.map((s) => `<th>${badge(s)}</th>`).join('');

  const docRows = ok
    .map(({ result, reportHref }) => {
      const fs = everything(result).filter((f) => !isReviewHint(f));
      const hints = everything(result).length - fs.length;
      const score = result.quality ? String(Math.round(result.quality.score)) : '–';
      return `<tr><td><a href="${safeHref(reportHref)}">${esc(result.path)}</a></td><td>${esc(result.language)}</td><td class="num">${esc(score)}</td>${countCells(counts(fs))}<td class="num">${hints}</td></tr>`;
    })
    .join('\n');
  const docsTable =
    ok.length === 0
      ? '<p>No documents were checked successfully.</p>'
      : `<table class="documents"><thead><tr><th>Document</th><th>Language</th><th>Score</th>${sevHeads}<th>Total</th><th>Fixed</th><th>Open</th></tr></thead>
<tbody>
${docRows}
</tbody>
<tfoot><tr><td>Total (${ok.length} document${ok.length === 1 ? '' : 's'})</td><td></td><td></td>${countCells(total)}<td class="num">${hintTotal}</td></tr></tfoot></table>`;

  const failedSection =
    failed.length === 0
      ? ''
      : `<section><h2>Failed documents (${failed.length})</h2>
<table class="failed"><thead><tr><th>Document</th><th>Error</th></tr></thead>
<tbody>
${failed.map((d) => `<tr><td>${esc(d.path)}</td><td class="error-msg">${esc(d.error)}</td></tr>`).join('\n')}
</tbody></table></section>`;

  const categoriesOf = (fs: Finding[]): string =>
    [...new Set(fs.map((f) => String(f.category)))].sort().map(esc).join(', ');

  const body = `<header>
<h1>Lektor report</h1>
${batch.generatedAt === undefined ? '' : `<p class="meta">Generated ${esc(batch.generatedAt)}</p>`}
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
${totalsTable(all, 'Rule', (f) => String(f.ruleId), categoriesOf)}
</section>
<section><h2>Findings per category</h2>
${totalsTable(all, 'Category', (f) => String(f.category))}
</section>`;
  return page('Lektor report', INDEX_CSS, body);
}
