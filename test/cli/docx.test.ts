/** `lektor check` of Word documents, end to end: a folder walk, exact findings, the corrected .docx with tracked changes, --write, a broken file. */
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT, Capture } from '../helpers.js';
import { docx, docxWith, para, partXml, partOf, note, SEPARATORS, run as wrun, documentOf, textOf } from '../formats/docx-fixture.js';
import { readZip, entryData } from '../../src/formats/zip.js';

async function run(args: string[], env: Record<string, string> = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await main([...args, '--glossary', path.join(ROOT, 'glossary'), '--model', 'none', '--no-config'], { stdout, stderr });
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
  }
}

/**
 * An article as Word writes one: the brand split across runs (by formatting), a word repeated,
 * a tab, a field (a page number) and a change already tracked by someone else.
 */
const BODY =
  '<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr>' + wrun('Neue Regeln für Apps') + '</w:p>' +
  para('Die App Ti', ['ck Tack', '<w:i/>'], ' ist ist in Deutschland beliebt.') +
  '<w:p>' + wrun('Seite') + '<w:r><w:tab/></w:r>' +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wrun('2') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  wrun(' und ') + '<w:del w:id="1" w:author="Anna"><w:r><w:delText>alt</w:delText></w:r></w:del>' + '<w:ins w:id="2" w:author="Anna"><w:r><w:t>neu</w:t></w:r></w:ins>' + wrun('.') + '</w:p>';
const TEXT = 'Neue Regeln für Apps\nDie App Tick Tack ist ist in Deutschland beliebt.\nSeite\t2 und neu.';
const CORRECTED = 'Neue Regeln für Apps\nDie App TikTok ist in Deutschland beliebt.\nSeite\t2 und neu.';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-docx-'));
});

interface JsonFile {
  path: string;
  format?: string;
  error?: string;
  corrected?: string;
  findings?: Array<{ ruleId: string; start: { line: number; column: number; offset: number }; actual: string; expected: string[]; fixed: boolean }>;
}

describe('lektor check of Word documents', () => {
  it('checks the .docx files of a folder, writes the corrected document with tracked changes, and names a broken one', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.docx'), docx(BODY));
    writeFileSync(path.join(input, 'broken.docx'), 'Dies ist keine Word-Datei.\n');
    const out = path.join(dir, 'out');
    const { code, stdout, stderr } = await run(['check', input, '--out', out, '--format', 'json', '--fail-on', 'none']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.docx\n\s+error\s+not a zip archive/);
    const files = (JSON.parse(stdout) as { files: JsonFile[] }).files;
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.docx', 'broken.docx']);
    expect(files[1].error).toBe('not a zip archive (a .docx file is one): it does not begin as one; not checked');
    const a = files[0];
    expect(a.format).toBe('docx');
    expect(a.corrected).toBe(CORRECTED);
    const found = a.findings!.filter((f) => f.ruleId !== 'word-quality').map((f) => [f.ruleId, f.start.line, f.start.column, f.actual, f.expected[0], f.fixed]);
    expect(found).toEqual([
      ['glossary/tiktok', 2, 9, 'Tick Tack', 'TikTok', true],
      ['repeated-word', 2, 19, 'ist ist', 'ist', true],
    ]);
    // The corrected document: a valid package whose document.xml parses, every change tracked.
    const written = readFileSync(path.join(out, 'a.docx'));
    const xml = documentOf(written);
    expect(xml).toContain('<w:del w:id="3" w:author="Lektor"><w:r><w:delText xml:space="preserve">Ti</w:delText></w:r></w:del>');
    expect(xml).toContain('<w:del w:id="4" w:author="Lektor"><w:r><w:rPr><w:i/></w:rPr><w:delText xml:space="preserve">ck Tack</w:delText></w:r></w:del>');
    expect(xml).toContain('<w:ins w:id="5" w:author="Lektor"><w:r><w:t xml:space="preserve">TikTok</w:t></w:r></w:ins>');
    expect(xml).not.toMatch(/w:date=/);
    // Accepting Lektor's changes gives the corrected text; rejecting them, the text as it was (Anna's change stands).
    expect(textOf(xml, true, 'Lektor')).toBe(CORRECTED);
    expect(textOf(xml, false, 'Lektor')).toBe(TEXT);
    expect(textOf(xml, false)).toBe('Neue Regeln für Apps\nDie App Tick Tack ist ist in Deutschland beliebt.\nSeite\t2 und alt.');
    // The other entries byte for byte; no patch of a zip; the review page shows the text.
    const zip = readZip(written);
    const before = readZip(docx(BODY));
    for (const name of ['[Content_Types].xml', '_rels/.rels']) expect(entryData(zip, zip.entries.find((e) => e.name === name)!).equals(entryData(before, before.entries.find((e) => e.name === name)!))).toBe(true);
    expect(existsSync(path.join(out, 'a.docx.patch'))).toBe(false);
    const page = readFileSync(path.join(out, 'a.docx.html'), 'utf8');
    expect(page).toMatch(/<ins>TikTok<\/ins>/);
    expect(page).toMatch(/No review panel for this document: a Word document is reviewed in Word/);
    expect(existsSync(path.join(out, 'broken.docx'))).toBe(false);
  }, 60_000);

  it('writes the tracked changes back with --write, dated by SOURCE_DATE_EPOCH, and reads its own output as the corrected text', async () => {
    const file = path.join(dir, 'a.docx');
    writeFileSync(file, docx(BODY));
    const first = await run(['check', file, '--no-reports', '--write', '--format', 'line'], { SOURCE_DATE_EPOCH: '1764720000' });
    expect(first.stdout).toContain('a.docx:2:9: error: Unexpected `Tick Tack`, expected `TikTok`');
    expect(first.code).toBe(0);
    const xml = documentOf(readFileSync(file));
    expect(xml).toContain('<w:ins w:id="5" w:author="Lektor" w:date="2025-12-03T00:00:00Z">');
    expect(textOf(xml, false, 'Lektor')).toBe(TEXT);
    // Read again: deleted text is not read, the insertions are: nothing more to fix.
    const again = await run(['check', file, '--no-reports', '--format', 'json', '--fail-on', 'none']);
    const [doc] = (JSON.parse(again.stdout) as { files: JsonFile[] }).files;
    expect(doc.corrected).toBe(CORRECTED);
    expect(doc.findings!.filter((f) => f.fixed)).toEqual([]);
  }, 60_000);

  it('leaves out the lock file Word keeps beside an open document (~$name.docx): no error, exit 0 (review)', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.docx'), docx(para('Das Wetter ist schön.')));
    writeFileSync(path.join(input, '~$a.docx'), Buffer.alloc(162, 1));
    const { code, stdout } = await run(['check', input, '--no-reports', '--format', 'json', '--fail-on', 'error']);
    expect((JSON.parse(stdout) as { files: JsonFile[] }).files.map((f) => path.basename(f.path))).toEqual(['a.docx']);
    expect(code).toBe(0);
  }, 60_000);

  it('lists a fix that would cross a field or change an earlier tracked change, and applies none there', async () => {
    const glossary = path.join(dir, 'g.yaml');
    writeFileSync(glossary, 'languages: [de]\nentries:\n  - term: Zalando\n    type: brand\n    wrong: [Salando]\n');
    const body =
      '<w:p>' + wrun('Kunden von Sal') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> X </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wrun('ando') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + wrun(' kaufen.') + '</w:p>' +
      '<w:p>' + wrun('Bei ') + '<w:ins w:id="1" w:author="Anna"><w:r><w:t>Salando</w:t></w:r></w:ins>' + wrun(' auch.') + '</w:p>';
    const file = path.join(dir, 'b.docx');
    writeFileSync(file, docx(body));
    const out = path.join(dir, 'out');
    const stdout = new Capture();
    const stderr = new Capture();
    await main(['check', file, '--glossary', glossary, '--model', 'none', '--no-config', '--out', out, '--format', 'json', '--fail-on', 'none', '--lang', 'de'], { stdout, stderr });
    const [doc] = (JSON.parse(stdout.text) as { files: JsonFile[] }).files;
    const salando = doc.findings!.filter((f) => f.ruleId === 'glossary/zalando');
    expect(salando.map((f) => [f.start.line, f.actual, f.fixed])).toEqual([
      [1, 'Salando', false],
      [2, 'Salando', false],
    ]);
    expect(readFileSync(path.join(out, 'b.docx')).equals(readFileSync(file))).toBe(true);
  }, 60_000);

  it('gives SARIF results at the paragraph\'s line and column, without fixes (a region of the text is no change of the zip)', async () => {
    const file = path.join(dir, 'a.docx');
    writeFileSync(file, docx(BODY));
    const { stdout } = await run(['check', file, '--no-reports', '--format', 'sarif', '--fail-on', 'none']);
    const results = (JSON.parse(stdout) as { runs: Array<{ results: Array<{ ruleId: string; fixes?: unknown; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }> }> }).runs[0].results;
    const glossary = results.find((r) => r.ruleId === 'glossary/tiktok')!;
    expect(glossary.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 9 });
    expect(results.some((r) => r.fixes !== undefined)).toBe(false);
  }, 60_000);

  it('with --cache, reads an unchanged document back and writes its tracked changes again; the same text in other runs is checked again', async () => {
    const file = path.join(dir, 'a.docx');
    const cache = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    writeFileSync(file, docx(BODY));
    const args = ['check', file, '--out', out, '--cache', '--cache-location', cache, '--format', 'json', '--fail-on', 'none'];
    const first = await run(args);
    expect(first.stderr).toMatch(/Cache: 0 of 1 file/);
    const written = readFileSync(path.join(out, 'a.docx'));
    rmSync(path.join(out, 'a.docx'));
    const second = await run(args);
    expect(second.stderr).toMatch(/Cache: 1 of 1 file/);
    expect(readFileSync(path.join(out, 'a.docx')).equals(written)).toBe(true);
    // The same text, "Tick Tack" cut by a field now: not the cached result (whose fix crossed it).
    writeFileSync(file, docx(BODY.replace(para('Die App Ti', ['ck Tack', '<w:i/>'], ' ist ist in Deutschland beliebt.'), '<w:p>' + wrun('Die App Ti') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wrun('ck Tack') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + wrun(' ist ist in Deutschland beliebt.') + '</w:p>')));
    const third = await run(args);
    expect(third.stderr).toMatch(/Cache: 0 of 1 file/);
    const [doc] = (JSON.parse(third.stdout) as { files: JsonFile[] }).files;
    expect(doc.findings!.find((f) => f.ruleId === 'glossary/tiktok')!.fixed).toBe(false);
    expect(textOf(documentOf(readFileSync(path.join(out, 'a.docx'))), true, 'Lektor')).toBe(TEXT.replace('ist ist', 'ist'));
  }, 60_000);

  it('reads a Word document from standard input, named by --stdin-filename', async () => {
    const stdout = new Capture();
    const stderr = new Capture();
    const { Readable } = await import('node:stream');
    const stdin = Readable.from([docx(BODY)]);
    const code = await main(['check', '-', '--stdin-filename', 'a.docx', '--glossary', path.join(ROOT, 'glossary'), '--model', 'none', '--no-config', '--no-reports', '--format', 'json', '--fail-on', 'none'], { stdout, stderr, stdin });
    expect(code, stderr.text).toBe(0);
    expect((JSON.parse(stdout.text) as { files: JsonFile[] }).files[0].corrected).toBe(CORRECTED);
  }, 60_000);
});


describe('lektor check of a Word article with notes, a header and a comment', () => {
  it('finds and fixes in a footnote and a header (lines after the body\'s), reads no comment, and names a broken part, the batch going on', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    const parts = (footnotes: string) =>
      docxWith({
        body: para('Die Polizei hat den Mann festgenommen.') + '<w:p><w:r><w:t>Er schwieg.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId2"/></w:sectPr>',
        rels: [
          ['footnotes', 'footnotes.xml'],
          ['header', 'header1.xml'],
          ['comments', 'comments.xml'],
        ],
        parts: [
          ['word/footnotes.xml', footnotes],
          ['word/header1.xml', partXml('hdr', para('Die Zeitung ist ist lokal.'))],
          ['word/comments.xml', partXml('comments', note('comment', 0, para('Das ist ist gut so.')))],
        ],
      });
    writeFileSync(path.join(input, 'a.docx'), parts(partXml('footnotes', SEPARATORS + note('footnote', 1, para(' Das Bild hat hat dpa gemacht.')))));
    writeFileSync(path.join(input, 'b.docx'), parts(partXml('footnotes', '<w:footnote w:id="1"><w:p></w:footnote>')));
    const out = path.join(dir, 'out');
    const { stdout, stderr } = await run(['check', input, '--out', out, '--format', 'json', '--fail-on', 'none']);
    const files = (JSON.parse(stdout) as { files: JsonFile[] }).files;
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.docx', 'b.docx']);
    expect(files[1].error).toMatch(/^its word\/footnotes\.xml is not well-formed XML: .*; not checked$/);
    expect(stderr).toMatch(/b\.docx\n\s+error\s+its word\/footnotes\.xml is not well-formed XML/);
    const a = files[0];
    expect(a.corrected).toBe('Die Polizei hat den Mann festgenommen.\nEr schwieg.\uFFFC\n\uFFFC Das Bild hat dpa gemacht.\nDie Zeitung ist lokal.');
    const found = a.findings!.filter((f) => f.ruleId === 'repeated-word').map((f) => [f.start.line, f.start.column, f.actual, f.fixed]);
    expect(found).toEqual([
      [3, 12, 'hat hat', true],
      [4, 13, 'ist ist', true],
    ]);
    const written = readFileSync(path.join(out, 'a.docx'));
    expect(textOf(partOf(written, 'word/footnotes.xml'), true)).toBe('\n\n Das Bild hat dpa gemacht.');
    expect(textOf(partOf(written, 'word/header1.xml'), true)).toBe('Die Zeitung ist lokal.');
    expect(partOf(written, 'word/comments.xml')).not.toContain('Lektor');
    expect(documentOf(written)).not.toContain('Lektor');
  }, 60_000);
});
