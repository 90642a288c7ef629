/**
 * `lektor check` of an XLIFF file with reports reads the file once: the check, its review page,
 * the batch page's key of that page's review (`reviewKey`) and the line report's suggestions had
 * each parsed it again (four reads of a file with CDATA sections and a suggestion holding `&`).
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { Lektor } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { Capture } from '../helpers.js';
import * as parser from '../../src/formats/xliff.js';

vi.mock('../../src/formats/xliff.js', async (original) => {
  const actual = await original<typeof import('../../src/formats/xliff.js')>();
  return { ...actual, readXliff: vi.fn(actual.readXliff) };
});

describe('lektor check of an XLIFF file', () => {
  it('parses the file once for the check and all its reports', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-xliff-reads-'));
    writeFileSync(path.join(dir, 'g.yaml'), 'languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    review: [Tick Tack]\n  - term: AT&T\n    type: brand\n    review: [ATundT]\n');
    const xml = '<xliff version="1.2"><file source-language="en" target-language="de"><body>\n<trans-unit id="1"><source>a</source><target>Die eigene Tick\nTack-App von ATundT.</target></trans-unit>\n<trans-unit id="2"><source>b</source><target><![CDATA[Die Tick Tack-App.]]></target></trans-unit>\n</body></file></xliff>\n';
    const file = path.join(dir, 'a.xlf');
    writeFileSync(file, xml);
    const out = path.join(dir, 'out');
    const read = vi.mocked(parser.readXliff);
    const run = async () => {
      read.mockClear();
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(['check', file, '--out', out, '--format', 'line', '--cache', '--cache-location', path.join(dir, 'cache'), '--glossary', path.join(dir, 'g.yaml'), '--rules', 'glossary', '--model', 'none', '--no-config', '--fail-on', 'none'], { stdout, stderr });
      expect(code, stderr.text).toBe(0);
      return stdout.text;
    };
    const stdout = await run();
    // (What each read is for is there: the units, a change in CDATA, a layout over the line break,
    // the batch page's key of the review, a suggestion read as its characters.)
    const page = readFileSync(path.join(out, 'a.xlf.html'), 'utf8');
    expect(page).toContain('<h2>Units</h2>');
    expect(page).toMatch(/"r":1/);
    expect(page).toMatch(/"l":\[\[/);
    const fingerprint = /"fingerprint":"([0-9a-f]+)"/.exec(page)![1];
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(`a.xlf:${fingerprint}`);
    expect(stdout).toContain('AT&T');
    expect(stdout).not.toContain('AT&amp;T');
    expect(read).toHaveBeenCalledTimes(1);
    // A result read back from the cache, its page written again: the reports read it once, the same.
    writeFileSync(path.join(out, 'a.xlf.html'), '');
    expect(await run()).toBe(stdout);
    expect(readFileSync(path.join(out, 'a.xlf.html'), 'utf8')).toBe(page);
    expect(read).toHaveBeenCalledTimes(1);
  }, 60_000);

  it('checks with the read given, and reads a text again whose read it is not', async () => {
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const unit = (target: string) => `<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>a</source><target>${target}</target></trans-unit></body></file></xliff>`;
    const xml = unit('Die Tick Tack-App.');
    const other = unit('Die App.');
    const read = vi.mocked(parser.readXliff);
    const given = parser.readXliff(xml);
    read.mockClear();
    expect((await lektor.check(xml, { path: 'a.xlf', xliff: given })).corrected).toBe(unit('Die TikTok-App.'));
    expect(read).not.toHaveBeenCalled();
    const another = parser.readXliff(other);
    read.mockClear();
    expect((await lektor.check(xml, { path: 'a.xlf', xliff: another })).corrected).toBe(unit('Die TikTok-App.'));
    expect(read).toHaveBeenCalledTimes(1);
  }, 60_000);
});
