/**
 * Where a glossary finding's rule comes from: the glossary file and line of its entry, in the
 * JSON finding (`glossaryEntry`, added beside the schema's fields) and in the HTML report's
 * annotation and findings table, escaped (gloss32).
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { parseGlossary, compileGlossary } from '../../src/glossary/index.js';
import { renderDocumentHtml } from '../../src/report/html.js';
import { renderIndexHtml } from '../../src/report/index-html.js';

const YAML = `languages: [de]
entries:
  - term: Huawei
    type: brand
    wrong: [Hua Wei]
  - term: TikTok
    type: brand
    wrong: [Tick Tack]
    note: Markenname
`;

async function checked(file: string, text = 'Er nutzt Tick Tack und Hua Wei.\n') {
  const glossary = compileGlossary(parseGlossary(YAML, file));
  const lektor = await Lektor.create({ glossary, only: ['glossary', 'spelling'] });
  return lektor.check(text, { path: 'a.txt', language: 'de' });
}

describe('a glossary finding names its entry', () => {
  it('in the JSON finding: the glossary file as given and the entry’s line; other findings have no such field', async () => {
    const result = await checked('glossary/brands.yaml');
    const glossary = result.findings.filter((f) => f.source === 'glossary');
    expect(glossary.map((f) => [f.actual, f.glossaryEntry])).toEqual([
      ['Tick Tack', { file: 'glossary/brands.yaml', line: 6 }],
      ['Hua Wei', { file: 'glossary/brands.yaml', line: 3 }],
    ]);
    // (Additive: the schema's fields are all there, as before.)
    const json = JSON.parse(JSON.stringify(glossary[0]));
    expect(Object.keys(json)).toEqual(['ruleId', 'source', 'category', 'severity', 'message', 'start', 'end', 'actual', 'expected', 'fixed', 'note', 'glossaryEntry']);
    for (const f of result.findings.filter((f) => f.source !== 'glossary')) expect(f.glossaryEntry).toBeUndefined();
  });

  it('in the HTML report’s annotation and findings table, escaped', async () => {
    const file = 'glossary/<b>"x"&.yaml';
    const result = await checked(file);
    const html = renderDocumentHtml(result, 'Er nutzt Tick Tack und Hua Wei.\n');
    expect(html).not.toContain('<b>"x"');
    const escaped = 'glossary/&lt;b&gt;&quot;x&quot;&amp;.yaml:6';
    // The number's note (hover, keyboard focus) and the table's rule cell.
    expect(html).toMatch(new RegExp(`data-note="[^"]*Glossary entry: ${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(html).toContain(`<small class="entry">${escaped}</small>`);
    // The per-rule counts of the batch page still group by the entry's rule id.
    const index = renderIndexHtml({ documents: [{ result, reportHref: 'a.txt.html' }] } as never);
    const perRule = index.slice(index.indexOf('<h2>Findings per rule</h2>'), index.indexOf('<h2>Findings per category</h2>'));
    expect([...perRule.matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => m[1]).sort()).toEqual(['glossary/huawei', 'glossary/tiktok']);
  });
});
