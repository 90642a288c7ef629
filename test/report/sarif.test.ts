import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { artifactUri, documentUri, sarifPart, sarifPrinter, type SarifPart } from '../../src/report/sarif.js';
import { xliffTextAsRead } from '../../src/formats/xliff-reader.js';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/core/types.js';
import { ROOT, Capture, sampleFinding } from '../helpers.js';

const require = createRequire(import.meta.url);

/** The SARIF 2.1.0 schema (OASIS's, as Microsoft's SARIF SDK ships it), draft-04, checked with ajv 6. */
function validator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, validateSchema: false });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  return ajv.compile(schema);
}

const finding = sampleFinding;

async function log(parts: SarifPart[], notify: Array<{ path: string; message: string; level: 'error' | 'warning' }> = []): Promise<string> {
  let out = '';
  const printer = sarifPrinter(async (piece) => void (out += piece), { version: '9.9.9', describe: (id) => (id === 'repeated-word' ? { description: 'Words repeated.', severity: 'error' } : undefined) });
  for (const p of parts) await printer.document(p);
  for (const n of notify) printer.notify(n);
  await printer.end();
  return out;
}

/** Applies each result's first fix, by its region's lines and columns, to the text: what a SARIF viewer's "apply fix" does. */
function applyFixes(text: string, results: Array<{ fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number }; insertedContent: { text: string } }> }> }> }>): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (line: number, column: number) => starts[line - 1] + column - 1;
  const edits = results
    .filter((r) => r.fixes !== undefined)
    .map((r) => r.fixes![0].artifactChanges[0].replacements[0])
    .map((r) => ({ from: at(r.deletedRegion.startLine, r.deletedRegion.startColumn), to: at(r.deletedRegion.endLine, r.deletedRegion.endColumn), text: r.insertedContent.text }))
    .sort((a, b) => b.from - a.from);
  // (Two fixes over one span would conflict: a viewer applies one and the other's region is stale.)
  edits.forEach((e, i) => expect(i === 0 || e.to <= edits[i - 1].from, `fixes overlap at ${e.from}–${e.to}`).toBe(true));
  let out = text;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

describe('--format sarif', () => {
  it('writes a log the SARIF 2.1.0 schema accepts: each finding a result with its level, place, text and fixes', async () => {
    const part = sarifPart({
      path: 'articles/a b#1.txt',
      findings: [
        finding({}),
        // (On the line before: an open finding over a fixed one's span has no fix.)
        finding({ ruleId: 'glossary/tiktok', source: 'glossary', category: 'glossary', severity: 'warning', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 10, offset: 9 }, actual: 'Tick Tack', expected: ['TikTok'], fixed: true, glossaryEntry: { file: 'glossary/brands.yaml', line: 5 } }),
        finding({ ruleId: 'spelling', category: 'spelling', severity: 'info', expected: [] }),
        finding({ ruleId: 'word-quality', category: 'quality', severity: 'info' }),
      ],
    });
    const text = await log([part], [{ path: 'articles/c.txt', message: 'empty file, nothing to check', level: 'error' }]);
    const sarif = JSON.parse(text);
    const validate = validator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    // (The review hint is left out, as in the line format.)
    expect(run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual(['repeated-word error', 'glossary/tiktok warning', 'spelling note']);
    const [first, glossary, spelling] = run.results;
    expect(first.message.text).toBe('Unexpected `ist ist`, expected `ist` (suggested: “ist”)');
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'articles/a%20b%231.txt' }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 12, snippet: { text: 'ist ist' } } });
    expect(first.fixes[0].artifactChanges[0].replacements).toEqual([{ deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 12 }, insertedContent: { text: 'ist' } }]);
    expect(glossary.properties).toEqual({ category: 'glossary', fixed: true });
    expect(glossary.message.text).toContain('(fixed in the corrected text)');
    expect(spelling.fixes).toBeUndefined();
    // Each rule named once, described: Lektor's own from its metadata, a glossary entry by where it is written.
    expect(run.tool.driver.name).toBe('Lektor');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['glossary/tiktok', 'repeated-word', 'spelling']);
    expect(run.tool.driver.rules[0].shortDescription.text).toContain('glossary/brands.yaml:5');
    expect(run.tool.driver.rules[1]).toMatchObject({ shortDescription: { text: 'Words repeated.' }, defaultConfiguration: { level: 'error' } });
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0]).toEqual({ level: 'error', message: { text: 'empty file, nothing to check' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'articles/c.txt' } } }] });
  });

  it('is a valid log with no results, and keeps an article\'s text inside its strings', async () => {
    const empty = JSON.parse(await log([]));
    expect(validator()(empty)).toBe(true);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].invocations[0].executionSuccessful).toBe(true);
    const hostile = finding({ message: 'Unexpected `"}]}\n\u2028x`', actual: '"}]}\n\u2028x', expected: ['\n"]'] });
    const parsed = JSON.parse(await log([sarifPart({ path: 'a.txt', findings: [hostile] })]));
    expect(parsed.runs[0].results).toHaveLength(1);
    expect(parsed.runs[0].results[0].locations[0].physicalLocation.region.snippet.text).toBe('"}]}\n\u2028x');
  });

  it('names files by URI: relative with / and each name encoded, absolute as file:, a backslash a separator on Windows only', () => {
    expect(artifactUri('dir/x y%.txt', '/')).toBe('dir/x%20y%25.txt');
    expect(artifactUri('dir\\a.txt', '\\')).toBe('dir/a.txt');
    expect(artifactUri('odd\\name.txt', '/')).toBe('odd%5Cname.txt');
    expect(artifactUri('../b.txt', '/')).toBe('../b.txt');
    if (path.sep === '/') expect(artifactUri('/tmp/ä b.txt')).toBe('file:///tmp/%C3%A4%20b.txt');
  });

  it('names files relative to $GITHUB_WORKSPACE in an Actions job, where code scanning places results, also when the check runs below it', () => {
    const job = { GITHUB_WORKSPACE: '/home/runner/work/news/news' };
    expect(documentUri('articles/ä b.txt', job, '/home/runner/work/news/news/site')).toBe('site/articles/%C3%A4%20b.txt');
    expect(documentUri('/home/runner/work/news/news/site/a.txt', job, '/home/runner/work/news/news/site')).toBe('site/a.txt');
    expect(documentUri('../../other/a.txt', job, '/home/runner/work/news/news/site')).toBe('file:///home/runner/work/news/other/a.txt');
    // (Outside a job: relative to the folder the run started in, normalized; an absolute path inside it too.)
    expect(documentUri('./articles//a.txt', {}, '/repo')).toBe('articles/a.txt');
    expect(documentUri('/repo/a.txt', {}, '/repo')).toBe('a.txt');
    expect(documentUri('/elsewhere/a.txt', {}, '/repo')).toBe('file:///elsewhere/a.txt');
  });

  it('quotes an XLIFF file\'s suggestions as they read in messages, and replaces with its XML text', () => {
    const xml = '<xliff version="1.2"><file source-language="en" target-language="de"><body>\n<trans-unit id="1"><source>a</source><target>P und G</target></trans-unit>\n</body></file></xliff>\n';
    const f = finding({ start: { line: 2, column: 43, offset: xml.indexOf('P und G') }, end: { line: 2, column: 50, offset: xml.indexOf('P und G') + 7 }, actual: 'P und G', expected: ['P&amp;G'] });
    const [result] = sarifPart({ path: 'a.xlf', findings: [f] }, xliffTextAsRead(xml)).results.map((r) => JSON.parse(r));
    expect(result.message.text).toContain('(suggested: “P&G”)');
    expect(result.fixes[0].description.text).toBe('Replace it with “P&G”');
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('P&amp;G');
  });

  it('is printed by lektor check: valid, in input order, a file that cannot be read a notification, and the fixes Lektor made give its corrected text', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-sarif-'));
    // (The third line: quote-period's fix `.".` → `.“` writes the curled quote of the quotes rule's, whose finding it fixes too.)
    writeFileSync(path.join(dir, 'a.txt'), 'Das Wetter ist ist schön.\nSie kaufte bei Tick Tack ein , sagte sie.\nEr sagte: „Das ist gut.".\n');
    writeFileSync(path.join(dir, 'b.txt'), '');
    copyFileSync(path.join(ROOT, 'corpus/press-release-de.xlf'), path.join(dir, 'c.xlf'));
    const stdout = new Capture();
    const code = await main(['check', dir, '--format', 'sarif', '--no-reports', '--model', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr: new Capture() });
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout.text);
    const validate = validator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const run = sarif.runs[0];
    const files = run.results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => path.basename(decodeURIComponent(new URL(r.locations[0].physicalLocation.artifactLocation.uri).pathname)));
    expect(files.indexOf('c.xlf')).toBeGreaterThan(files.lastIndexOf('a.txt'));
    expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['repeated-word', 'glossary/tiktok', 'space-before-punctuation']));
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([expect.stringMatching(/empty file/)]);
    // The fixes of the findings Lektor fixed, applied to the input, give the corrected text of --format json.
    const json = new Capture();
    await main(['check', path.join(dir, 'a.txt'), path.join(dir, 'c.xlf'), '--format', 'json', '--no-reports', '--model', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary'), '--fail-on', 'none'], { stdout: json, stderr: new Capture() });
    const corrected = JSON.parse(json.text).files.map((f: { corrected: string }) => f.corrected);
    for (const [i, name] of ['a.txt', 'c.xlf'].entries()) {
      const fixed = run.results.filter((r: { properties: { fixed: boolean } }, k: number) => files[k] === name && r.properties.fixed);
      expect(fixed.length).toBeGreaterThan(0);
      expect(applyFixes(readFileSync(path.join(dir, name), 'utf8'), fixed)).toBe(corrected[i]);
    }
  });

  it('offers no fix for an open finding over a fix Lektor made: applied with Lektor\'s fixes, each open finding\'s fix conflicts with none', async () => {
    // word-order's reordering holds the straight quotes the quotes rule curled, name-compound's
    // "TikTok-Geräte" the "Tick Tack" the glossary fixed: both were fixes over the fixed ones' spans.
    const text = 'Großbritannien auch vor kurzem verboten Hikvision Geräte aus "sensiblen" Bereichen wegen der Befürchtungen.\nDie Firma kaufte bei Tick Tack Geräte ein.\nDas Wetter ist ist schön und der Hikvision Kamera.\n';
    const { Lektor, renderSarif } = await import('../../src/index.js');
    const lektor = await Lektor.create({ glossary: path.join(ROOT, 'glossary') });
    const result = await lektor.check(text, { path: 'a.txt', language: 'de' });
    const results = JSON.parse(await renderSarif([result])).runs[0].results as Array<Parameters<typeof applyFixes>[1][number] & { ruleId: string; message: { text: string }; properties: { fixed: boolean } }>;
    const fixed = results.filter((r) => r.properties.fixed);
    const open = results.filter((r) => !r.properties.fixed);
    expect(applyFixes(text, fixed)).toBe(result.corrected);
    // Over a fixed span: no fix, the suggestion still in the message.
    const over = open.filter((r) => r.ruleId === 'word-order' || (r.ruleId === 'name-compound' && r.message.text.includes('TikTok')));
    expect(over.map((r) => [r.ruleId, r.fixes?.length ?? 0])).toEqual([['word-order', 0], ['name-compound', 0]]);
    expect(over[1].message.text).toContain('“TikTok-Geräte”');
    // Elsewhere an open finding keeps its fix (Hikvision Kamera, on the third line, over no fix).
    const kept = open.filter((r) => r.fixes !== undefined);
    expect(kept.map((r) => r.ruleId)).toContain('name-compound');
    // Each applies with Lektor's own fixes, none over another.
    for (const r of kept) applyFixes(text, [...fixed, r]);
  });

  it('tells an open fix that conflicts with a fixed one: overlapping, inside, or an insertion inside or at its edge; not one beside it', () => {
    const fixedOne = finding({ ruleId: 'quotes', start: { line: 1, column: 11, offset: 10 }, end: { line: 1, column: 13, offset: 12 }, actual: '"x', expected: ['„x'], fixed: true });
    const open = (start: number, end: number) => finding({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end }, actual: 'y'.repeat(end - start), expected: ['z'] });
    const fixes = (o: Finding) => (JSON.parse(sarifPart({ path: 'a.txt', findings: [fixedOne, o] }).results[1]).fixes?.length ?? 0) as number;
    expect([fixes(open(5, 20)), fixes(open(11, 12)), fixes(open(5, 11)), fixes(open(11, 20)), fixes(open(11, 11)), fixes(open(10, 10)), fixes(open(12, 12))]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect([fixes(open(5, 10)), fixes(open(12, 20)), fixes(open(3, 3))]).toEqual([1, 1, 1]);
    // A fixed insertion (missing-space's " ") inside an open span, or at its edge.
    const inserted = finding({ ruleId: 'missing-space', start: { line: 1, column: 11, offset: 10 }, end: { line: 1, column: 11, offset: 10 }, actual: '', expected: [' '], fixed: true });
    const withInsertion = (o: Finding) => (JSON.parse(sarifPart({ path: 'a.txt', findings: [inserted, o] }).results[1]).fixes?.length ?? 0) as number;
    expect([withInsertion(open(5, 20)), withInsertion(open(10, 12)), withInsertion(open(5, 10)), withInsertion(open(12, 20)), withInsertion(open(4, 9))]).toEqual([0, 0, 0, 1, 1]);
  });

  it('offers no fix for an open finding whose span holds markup (an XLIFF <g>, an HTML <b>): applied, it had left the end tag, the XLIFF no longer XML', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-sarif-'));
    const unit = (id: number, target: string) => `<trans-unit id="${id}"><source>The weather is nice.</source><target>${target}</target></trans-unit>`;
    writeFileSync(path.join(dir, 'g.xlf'), `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="en" target-language="de" datatype="plaintext" original="x"><body>\n${unit(1, 'Das Wetter ist <g id="1">ist</g> schön.')}\n${unit(2, 'Der Himmel ist ist blau.')}\n</body></file></xliff>\n`);
    writeFileSync(path.join(dir, 'h.html'), '<html lang="de"><body><p>Das Wetter ist <b>ist</b> schön.</p></body></html>\n');
    const stdout = new Capture();
    await main(['check', dir, '--format', 'sarif', '--no-reports', '--model', 'none', '--no-config', '--fail-on', 'none'], { stdout, stderr: new Capture() });
    const results = JSON.parse(stdout.text).runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'repeated-word');
    const byText = Object.fromEntries(results.map((r: { locations: Array<{ physicalLocation: { region: { snippet: { text: string } } } }>; fixes?: unknown[]; properties: { fixed: boolean } }) => [r.locations[0].physicalLocation.region.snippet.text, { fixes: r.fixes?.length ?? 0, fixed: r.properties.fixed }]));
    expect(byText).toEqual({ 'ist <g id="1">ist': { fixes: 0, fixed: false }, 'ist ist': { fixes: 1, fixed: true }, 'ist <b>ist': { fixes: 0, fixed: false } });
    // (The library's log, from a result's text: the same.)
    const { Lektor, renderSarif } = await import('../../src/index.js');
    const lektor = await Lektor.create({});
    const html = '<html lang="de"><body><p>Das Wetter ist <b>ist</b> schön. Der Himmel ist ist blau.</p></body></html>\n';
    const result = await lektor.check(html, { path: 'h.html' });
    const fixes = JSON.parse(await renderSarif([result])).runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'repeated-word').map((r: { fixes?: unknown[] }) => r.fixes?.length ?? 0);
    expect(fixes).toEqual([0, 1]);
  });

  it('is made by the library from Lektor.check\'s results (renderSarif), with Lektor\'s version and rules', async () => {
    const { Lektor, renderSarif } = await import('../../src/index.js');
    const lektor = await Lektor.create({ glossary: path.join(ROOT, 'glossary') });
    const result = await lektor.check('Die App Tick Tack ist ist beliebt.\n', { path: 'a.txt', language: 'de' });
    const sarif = JSON.parse(await renderSarif([result]));
    expect(validator()(sarif)).toBe(true);
    expect(sarif.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['glossary/tiktok', 'repeated-word']);
    expect(sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'repeated-word').shortDescription.text).toMatch(/\w/);
    expect(applyFixes('Die App Tick Tack ist ist beliebt.\n', sarif.runs[0].results)).toBe(result.corrected);
  });

  it('with --write: regions describe each file as read, which its artifact\'s hash names, and a file written back names the hash of what it holds now', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-sarif-write-'));
    const before = 'Das Wetter ist ist schön , sagte sie.\n';
    writeFileSync(path.join(dir, 'a.txt'), before);
    writeFileSync(path.join(dir, 'b.txt'), 'Das Wetter ist schön.\n');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const stdout = new Capture();
    await main(['check', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--format', 'sarif', '--write', '--no-reports', '--model', 'none', '--no-config', '--fail-on', 'none'], { stdout, stderr: new Capture() });
    const sarif = JSON.parse(stdout.text);
    const validate = validator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const run = sarif.runs[0];
    const after = readFileSync(path.join(dir, 'a.txt'), 'utf8');
    expect(after).not.toBe(before);
    expect(run.properties).toEqual({ regions: 'asRead', written: 1 });
    const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
    expect(run.artifacts).toEqual([
      { location: { uri: uri('a.txt') }, roles: ['analysisTarget'], hashes: { 'sha-256': sha(before) }, properties: { written: { 'sha-256': sha(after) } } },
      { location: { uri: uri('b.txt') }, roles: ['analysisTarget'], hashes: { 'sha-256': sha('Das Wetter ist schön.\n') } },
    ]);
    // The regions are the file's as read: Lektor's fixes applied to it give what is on disk now.
    const ofA = run.results.filter((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri === uri('a.txt'));
    expect(applyFixes(before, ofA.filter((r: { properties: { fixed: boolean } }) => r.properties.fixed))).toBe(after);
    // Without --write: the artifacts' hashes, and no such property.
    const plain = new Capture();
    await main(['check', path.join(dir, 'b.txt'), '--format', 'sarif', '--no-reports', '--model', 'none', '--no-config', '--fail-on', 'none'], { stdout: plain, stderr: new Capture() });
    const run2 = JSON.parse(plain.text).runs[0];
    expect(run2.properties).toBeUndefined();
    expect(run2.artifacts).toEqual([{ location: { uri: uri('b.txt') }, roles: ['analysisTarget'], hashes: { 'sha-256': sha('Das Wetter ist schön.\n') } }]);
  });

  it('is refused with a usage error for an unknown format, naming sarif among the choices', async () => {
    const stderr = new Capture();
    expect(await main(['check', 'x.txt', '--format', 'sarf'], { stdout: new Capture(), stderr })).toBe(2);
    expect(stderr.text).toContain('text, json, line, github, gitlab or sarif');
  });
});
