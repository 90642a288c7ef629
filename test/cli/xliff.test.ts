/** `lektor check` of XLIFF files, end to end: a folder walk, reports, errors with their place, --source refused, --write. */
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT, Capture, checkOutput } from '../helpers.js';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

async function run(args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main([...args, '--glossary', path.join(ROOT, 'glossary'), '--model', 'none', '--no-config'], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const FIXTURES = path.join(ROOT, 'test/fixtures/xliff');
const V12 = readFileSync(path.join(FIXTURES, 'tiktok-de.xlf'), 'utf8');
const V2 = readFileSync(path.join(FIXTURES, 'tiktok-de.xliff'), 'utf8');
const BROKEN = '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" target-language="de"><body>\n<trans-unit id="1"><source>a</source><target>b</g></target></trans-unit></body></file></xliff>\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-xliff-'));
});

describe('lektor check of XLIFF files', () => {
  it('checks the .xlf and .xliff files of a folder, names a broken one with its line and column, and goes on', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    copyFileSync(path.join(FIXTURES, 'tiktok-de.xlf'), path.join(input, 'a.xlf'));
    copyFileSync(path.join(FIXTURES, 'tiktok-de.xliff'), path.join(input, 'b.xliff'));
    writeFileSync(path.join(input, 'broken.xlf'), BROKEN);
    writeFileSync(path.join(input, 'notes.xml'), '<x/>');
    const out = path.join(dir, 'out');
    const { code, stdout, stderr } = await run(['check', input, '--out', out, '--format', 'json', '--fail-on', 'none']);
    // (As for a file that cannot be read: the run exits 1, the others are checked.)
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.xlf[\s\S]*line 3, column 50: not well-formed XML: unexpected close tag/);
    const files = (JSON.parse(stdout) as { files: Array<{ path: string; format?: string; error?: string; units?: unknown; corrected?: string }> }).files;
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.xlf', 'b.xliff', 'broken.xlf']);
    expect(files[0].format).toBe('xliff');
    expect(files[0].units).toEqual({ checked: 2, notTranslatable: 1, empty: 1, missing: 1 });
    expect(files[2].error).toBe('line 3, column 50: not well-formed XML: unexpected close tag');
    // The corrected files: the same XLIFF with the target's text changed, byte for byte.
    expect(readFileSync(path.join(out, 'a.xlf'), 'utf8')).toBe(V12.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>'));
    expect(readFileSync(path.join(out, 'b.xliff'), 'utf8')).toBe(V2.replace('Die App Tick Tack ist', 'Die App TikTok ist'));
    expect(readFileSync(path.join(out, 'a.xlf.patch'), 'utf8')).toMatch(/^-\s+<target>Die App <g id="b1">Tick Tack<\/g>[\s\S]*^\+\s+<target>Die App <g id="b1">TikTok<\/g>/m);
    // The review page shows the units, not the file's XML.
    const page = readFileSync(path.join(out, 'a.xlf.html'), 'utf8');
    expect(page).toMatch(/<div class="unit-id">Unit <code>1<\/code><\/div>/);
    expect(page).toMatch(/<ins>TikTok<\/ins>/);
    expect(page).not.toMatch(/&lt;trans-unit/);
    expect(existsSync(path.join(out, 'notes.xml'))).toBe(false);
  }, 60_000);

  it('says in the summary which targets it left out, and writes the fix back with --write', async () => {
    const file = path.join(dir, 'a.xlf');
    writeFileSync(file, V12);
    const { code, stderr } = await run(['check', file, '--no-reports', '--write']);
    expect(stderr).toMatch(/2 targets checked; not checked: 1 marked translate="no", 1 with an empty target, 1 without a target/);
    expect(stderr).toMatch(/10:36-10:45 .*Tick Tack/);
    // (The glossary's error is fixed and written: what is left is source-numbers' warning.)
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(V12.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>'));
  }, 60_000);

  it('quotes a suggestion in --format line and github as the text reads (P&G, not the XML P&amp;G), in a CDATA section as written; the JSON keeps the file\'s own text in `actual` and `expected`', async () => {
    const glossary = path.join(dir, 'g.yaml');
    writeFileSync(glossary, 'languages: [de]\nentries:\n  - term: "P&G"\n    type: brand\n    review: ["P und G"]\n');
    const file = path.join(dir, 'p.xlf');
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n' +
      '<trans-unit id="1"><source>P&amp;G sells.</source><target>P und G verkauft gro&#xDF; gro&#xDF;.</target></trans-unit>\n' +
      '<trans-unit id="2"><source>P&amp;G sells.</source><target><![CDATA[Ja, P und G &amp; mehr.]]></target></trans-unit>\n' +
      '</body></file></xliff>\n';
    writeFileSync(file, xml);
    const lektor = (format: string) => checkOutput([file, '--glossary', glossary, '--format', format]);
    const line = await lektor('line');
    expect(line).toContain(':3:59: warning: `P und G` may stand for `P&G` (brand); it is also right in other contexts: check which is meant (suggested: “P&G”) [glossary/p-and-g]');
    expect(line).toContain('warning: `groß groß`: the word is repeated; keep one copy, unless both are meant (two words spelt alike) (suggested: “groß”) [repeated-word]');
    expect(line).toContain(':4:72: warning: `P und G` may stand for `P&G` (brand); it is also right in other contexts: check which is meant (suggested: “P&G”) [glossary/p-and-g]');
    expect(line).not.toMatch(/&amp;|&#x/);
    const github = await lektor('github');
    expect(github).toContain('check which is meant (suggested: “P&G”)');
    expect(github).not.toMatch(/&amp;|&#x/);
    // The JSON: the message as read; `actual` the file's text at the span, `expected` what is written there.
    const findings = (JSON.parse(await lektor('json')) as { files: Array<{ findings: Array<{ ruleId: string; message: string; actual: string; expected: string[]; start: { line: number } }> }> }).files[0].findings;
    const pg = findings.filter((f) => f.ruleId === 'glossary/p-and-g');
    expect(pg.map((f) => [f.start.line, f.actual, f.expected])).toEqual([[3, 'P und G', ['P&amp;G']], [4, 'P und G', ['P&G']]]);
    const repeated = findings.find((f) => f.ruleId === 'repeated-word')!;
    expect([repeated.actual, repeated.expected, repeated.message.startsWith('`groß groß`')]).toEqual(['gro&#xDF; gro&#xDF;', ['groß'], true]);
  }, 60_000);

  it('refuses --source for an XLIFF file (its source is inside), a usage error', async () => {
    const file = path.join(dir, 'a.xlf');
    writeFileSync(file, V12);
    writeFileSync(path.join(dir, 'en.txt'), 'TikTok is popular.\n');
    const { code, stderr } = await run(['check', file, '--source', path.join(dir, 'en.txt'), '--no-reports']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--source is not for an XLIFF file: .*a\.xlf holds its own source text/);
  });

  it('refuses a file without a target language, and checks it with --lang', async () => {
    const file = path.join(dir, 'a.xlf');
    writeFileSync(file, V12.replace(' target-language="de"', ''));
    const without = await run(['check', file, '--no-reports']);
    // (As for a single file that cannot be read: no input could be.)
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/line 3, column 3: no target language \(the <file> element's target-language\); give --lang/);
    const given = await run(['check', file, '--no-reports', '--lang', 'de', '--fail-on', 'none']);
    expect(given.code).toBe(0);
    expect(given.stderr).toMatch(/glossary\/tiktok/);
  }, 60_000);

  it('shows the units on the review page of a result read back from the cache, in a process that never read the file', () => {
    const HOOKS = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
    const TS = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`)}`;
    writeFileSync(path.join(dir, 'a.xlf'), V12);
    const args = ['--import', TS, path.join(ROOT, 'src/cli/main.ts'), 'check', 'a.xlf', '--out', 'out', '--cache', '--cache-location', 'cache', '--model', 'none', '--no-config', '--fail-on', 'none', '--glossary', path.join(ROOT, 'glossary')];
    for (const round of ['first', 'cached']) {
      // (The report removed: the cached run writes it again, from the result it reads back.)
      if (round === 'cached') writeFileSync(path.join(dir, 'out', 'a.xlf.html'), '');
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const page = readFileSync(path.join(dir, 'out', 'a.xlf.html'), 'utf8');
      expect(page, round).toMatch(/<div class="unit-id">Unit <code>1<\/code><\/div>/);
      expect(page, round).not.toMatch(/&lt;trans-unit/);
    }
  }, 60_000);

  describe('UTF-16 XLIFF (with a byte order mark, as translation tools write it)', () => {
    const utf16 = (text: string, order: 'le' | 'be') => {
      const le = Buffer.from(`\uFEFF${text.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf16le');
      return order === 'le' ? le : Buffer.from(le).swap16();
    };
    for (const order of ['le', 'be'] as const) {
      it(`checks a UTF-16 ${order.toUpperCase()} file and writes the corrected file back in UTF-16 ${order.toUpperCase()} with its mark, byte for byte the same outside the fix`, async () => {
        const file = path.join(dir, 'a.xlf');
        const bytes = utf16(V12, order);
        writeFileSync(file, bytes);
        const out = path.join(dir, 'out');
        const { code, stdout, stderr } = await run(['check', file, '--out', out, '--format', 'json', '--fail-on', 'none']);
        expect(code, stderr).toBe(0);
        const [doc] = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ ruleId: string; start: { line: number; column: number } }>; units: unknown }> }).files;
        // The same findings, at the same lines and columns, as in the UTF-8 file (the mark is no column).
        expect(doc.findings.filter((f) => f.ruleId === 'glossary/tiktok').map((f) => f.start)).toEqual([{ line: 10, column: 36, offset: expect.any(Number) }]);
        expect(doc.units).toEqual({ checked: 2, notTranslatable: 1, empty: 1, missing: 1 });
        const fixed = utf16(V12.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>'), order);
        expect(readFileSync(path.join(out, 'a.xlf')).equals(fixed)).toBe(true);
        // The review page's download is UTF-16 too: the panel is told the file's encoding.
        expect(readFileSync(path.join(out, 'a.xlf.html'), 'utf8')).toContain(`"encoding":"utf-16${order}"`);
        // --write: the input itself, the same way.
        const w = await run(['check', file, '--no-reports', '--write', '--fail-on', 'none']);
        expect(w.code, w.stderr).toBe(0);
        expect(readFileSync(file).equals(fixed)).toBe(true);
      }, 60_000);
    }

    it('writes the reports again, in the file\'s encoding, where --cache knows its text from a UTF-8 file (the same text, saved as UTF-16 since, or back)', async () => {
      const file = path.join(dir, 'a.xlf');
      const out = path.join(dir, 'out');
      const args = ['check', file, '--out', out, '--cache', '--cache-location', path.join(dir, 'cache'), '--fail-on', 'none'];
      const fixedText = `\uFEFF${V12.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>')}`;
      // (A UTF-8 file with a mark: its text, as read, is the UTF-16 file's, mark and all.)
      const utf8 = Buffer.from(`\uFEFF${V12.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, 'utf8');
      writeFileSync(file, utf8);
      expect((await run(args)).code).toBe(0);
      expect(readFileSync(path.join(out, 'a.xlf')).equals(Buffer.from(fixedText, 'utf8'))).toBe(true);
      writeFileSync(file, utf16(V12, 'le'));
      const second = await run(args);
      expect(second.code, second.stderr).toBe(0);
      expect(readFileSync(path.join(out, 'a.xlf')).equals(utf16(V12.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>'), 'le'))).toBe(true);
      expect(readFileSync(path.join(out, 'a.xlf.html'), 'utf8')).toContain('"encoding":"utf-16le"');
      // And back: UTF-8 again.
      writeFileSync(file, utf8);
      expect((await run(args)).code).toBe(0);
      expect(readFileSync(path.join(out, 'a.xlf')).equals(Buffer.from(fixedText, 'utf8'))).toBe(true);
      expect(readFileSync(path.join(out, 'a.xlf.html'), 'utf8')).not.toContain('"encoding":');
    }, 60_000);

    it('with --write never replaces a file saved again while it was checked, also with the same text in another encoding (the bytes written are the read\'s encoding)', async () => {
      const { writeBack } = await import('../../src/cli/check-file.js');
      const { readInput } = await import('../../src/io/files.js');
      const file = path.join(dir, 'r.xlf');
      const fixed = V12.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>');
      const text = `\uFEFF${V12.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`;
      const corrected = `\uFEFF${fixed.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`;
      // Read as UTF-16 LE (the check's read), then saved by another tool as each of these, the same text.
      const resaved: Array<[string, Buffer]> = [
        ['UTF-16 BE', utf16(V12, 'be')],
        ['UTF-8 with a byte order mark', Buffer.from(text, 'utf8')],
      ];
      for (const [name, bytes] of resaved) {
        writeFileSync(file, utf16(V12, 'le'));
        const read = await readInput(file, { keepBom: true, utf16: true });
        expect([read.text, read.encoding]).toEqual([text, 'utf-16le']);
        writeFileSync(file, bytes);
        // (Its text, read again, is the same: a guard by the text had written UTF-16 LE over it.)
        expect((await readInput(file, { keepBom: true, utf16: true })).text, name).toBe(text);
        await expect(writeBack(file, read.text, corrected, read.encoding), name).rejects.toThrow(/changed while it was checked/);
        expect(readFileSync(file).equals(bytes), name).toBe(true);
      }
      // Read as UTF-8, saved as UTF-16 since: the same refusal (it had been refused as a UTF-16 file
      // "not checked: save it as UTF-8").
      writeFileSync(file, V12);
      const utf8 = await readInput(file, { keepBom: true, utf16: true });
      writeFileSync(file, utf16(V12, 'le'));
      await expect(writeBack(file, utf8.text, fixed, utf8.encoding)).rejects.toThrow(/^it changed while it was checked/);
      expect(readFileSync(file).equals(utf16(V12, 'le'))).toBe(true);
      // Unchanged: written, in the read's encoding; no temporary file left beside it.
      writeFileSync(file, utf16(V12, 'be'));
      const be = await readInput(file, { keepBom: true, utf16: true });
      await writeBack(file, be.text, corrected, be.encoding);
      expect(readFileSync(file).equals(utf16(fixed, 'be'))).toBe(true);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('names a UTF-16 XLIFF file without a byte order mark, and one of an odd number of bytes, with the line; other formats stay UTF-8 only', async () => {
      const input = path.join(dir, 'in');
      mkdirSync(input);
      writeFileSync(path.join(input, 'nomark.xlf'), utf16(V12, 'le').subarray(2));
      writeFileSync(path.join(input, 'odd.xlf'), Buffer.concat([utf16(V12, 'le'), Buffer.from([0x0a])]));
      writeFileSync(path.join(input, 'text.txt'), Buffer.from('\uFEFFDie App Tick Tack.\n', 'utf16le'));
      // (Half a surrogate pair alone, on line 2.)
      writeFileSync(path.join(input, 'lone.xlf'), Buffer.from('\uFEFF<?xml version="1.0"?>\n<x>\uD800y</x>\n', 'utf16le'));
      // (And one that is read: the others are named, and the run goes on.)
      writeFileSync(path.join(input, 'good.xlf'), V12);
      const { code, stderr } = await run(['check', input, '--no-reports', '--fail-on', 'none']);
      expect(code).toBe(1);
      expect(stderr).toMatch(/nomark\.xlf[\s\S]*UTF-16 text \(little-endian\) without a byte order mark, not checked: save it with one \(as translation tools do\) or as UTF-8 \(iconv -f UTF-16LE -t UTF-8\)/);
      expect(stderr).toMatch(/odd\.xlf[\s\S]*UTF-16 text of an odd number of bytes \(\d+\): its last byte, at line 34, is half a character; not checked/);
      expect(stderr).toMatch(/lone\.xlf[\s\S]*not valid UTF-16 \(little-endian\): half a surrogate pair at line 2, byte offset 52 in the file; not checked/);
      expect(stderr).toMatch(/text\.txt[\s\S]*UTF-16 text \(little-endian, with a byte order mark\), not checked: save it as UTF-8/);
    }, 60_000);
  });
});
