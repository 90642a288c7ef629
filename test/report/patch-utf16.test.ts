/**
 * The `.patch` of a UTF-16 XLIFF file: `git apply` applies it to the file itself (a text diff, in
 * UTF-8, matched none of its bytes), and takes it back with -R; the text's changes are still there
 * to read, above it. Run with the real git, in a repository of its own.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { renderPatch } from '../../src/report/patch.js';
import { encodeText, type TextEncoding } from '../../src/io/files.js';
import { Capture, ROOT } from '../helpers.js';

const V12 = readFileSync(path.join(ROOT, 'test/fixtures/xliff/tiktok-de.xlf'), 'utf8');
const FIXED = V12.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>');
const wide = (text: string) => `\uFEFF${text.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`;

/** git in `cwd`, without the user's or the system's configuration. */
function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: cwd } });
}

function repository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-patch16-'));
  expect(git(dir, 'init', '-q').status).toBe(0);
  return dir;
}

describe('the .patch of a UTF-16 XLIFF file', () => {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    it(`is applied by git apply to the ${encoding.toUpperCase()} file, which then holds the corrected file's bytes; -R gives the file back`, async () => {
      const dir = repository();
      const file = path.join(dir, 'a.xlf');
      const original = encodeText(wide(V12), encoding);
      writeFileSync(file, original);
      const stderr = new Capture();
      const code = await main(['check', file, '--out', path.join(dir, 'reports'), '--glossary', path.join(ROOT, 'glossary'), '--model', 'none', '--no-config', '--fail-on', 'none'], { stdout: new Capture(), stderr });
      expect(code, stderr.text).toBe(0);
      const corrected = readFileSync(path.join(dir, 'reports', 'a.xlf'));
      expect(corrected.equals(encodeText(wide(FIXED), encoding))).toBe(true);
      const patch = readFileSync(path.join(dir, 'reports', 'a.xlf.patch'), 'utf8');
      // The change, to read (as text, in UTF-8), then what git applies.
      expect(patch).toMatch(/^# -\s+<target>Die App <g id="b1">Tick Tack<\/g>/m);
      expect(patch).toMatch(/^# \+\s+<target>Die App <g id="b1">TikTok<\/g>/m);
      expect(patch).toContain('diff --git a/a.xlf b/a.xlf\n');
      expect(patch).toContain('GIT binary patch\n');
      const applied = git(dir, 'apply', path.join('reports', 'a.xlf.patch'));
      expect(applied.status, applied.stderr).toBe(0);
      expect(readFileSync(file).equals(corrected)).toBe(true);
      const back = git(dir, 'apply', '-R', path.join('reports', 'a.xlf.patch'));
      expect(back.status, back.stderr).toBe(0);
      expect(readFileSync(file).equals(original)).toBe(true);
    }, 60_000);
  }

  it('applies changes far apart and lines added or removed, as small deltas; and is refused by git for a file that is not the one checked, which it leaves alone', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `      <trans-unit id="${i}"><source>Line ${i}.</source><target>Zeile ${i} mit Tick Tack.</target></trans-unit>\n`);
    const original = wide(`<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2">\n${lines.join('')}</xliff>\n`);
    const spread = original.replace('Zeile 5 mit Tick Tack', 'Zeile 5 mit TikTok').replace('Zeile 2990 mit Tick Tack', 'Zeile 2990 mit TikTok');
    const moreLines = spread.replace('Zeile 1500 mit Tick Tack.', 'Zeile 1500\nmit\nTikTok.').replace(lines[2000], '');
    for (const [name, corrected] of [
      ['spread', spread],
      ['lines added and removed', moreLines],
    ] as const) {
      for (const encoding of ['utf-16le', 'utf-16be'] as TextEncoding[]) {
        const dir = repository();
        const file = path.join(dir, 'x.xlf');
        writeFileSync(file, encodeText(original, encoding));
        const patch = renderPatch('x.xlf', original, corrected, encoding);
        // (A delta a few hundred bytes long, not the file's 600 KB again.)
        expect(patch.length, name).toBeLessThan(6000);
        writeFileSync(path.join(dir, 'x.patch'), patch);
        const r = git(dir, 'apply', 'x.patch');
        expect(r.status, `${name} ${encoding}: ${r.stderr}`).toBe(0);
        expect(readFileSync(file).equals(encodeText(corrected, encoding)), `${name} ${encoding}`).toBe(true);
        // Another file (here: the corrected one, or the text saved as UTF-8): refused, left as it is.
        const again = git(dir, 'apply', 'x.patch');
        expect(again.status).not.toBe(0);
        expect(again.stderr).toMatch(/does not match the current contents|patch does not apply/);
        expect(readFileSync(file).equals(encodeText(corrected, encoding))).toBe(true);
        writeFileSync(file, original, 'utf8');
        expect(git(dir, 'apply', 'x.patch').status).not.toBe(0);
        expect(readFileSync(file, 'utf8')).toBe(original);
      }
    }
  }, 60_000);

  it('copies what a changed line keeps: a file on one line (as some tools write XLIFF) gets a small delta, not its bytes again', () => {
    // (Words that deflate poorly: a literal of the file would be tens of kilobytes.)
    let seed = 1;
    const word = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed.toString(36);
    };
    const units = Array.from({ length: 3000 }, (_, i) => `<trans-unit id="${i}"><source>${word()} ${word()}.</source><target>${word()} ${i === 1500 ? 'Tick Tack' : word()}.</target></trans-unit>`);
    const original = wide(`<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2">${units.join('')}</xliff>`);
    const corrected = original.replace('Tick Tack', 'TikTok');
    for (const encoding of ['utf-16le', 'utf-16be'] as TextEncoding[]) {
      const dir = repository();
      const file = path.join(dir, 'x.xlf');
      writeFileSync(file, encodeText(original, encoding));
      const patch = renderPatch('x.xlf', original, corrected, encoding);
      const binary = patch.slice(patch.indexOf('GIT binary patch\n'));
      expect(binary.length, encoding).toBeLessThan(1000);
      writeFileSync(path.join(dir, 'x.patch'), patch);
      const r = git(dir, 'apply', 'x.patch');
      expect(r.status, `${encoding}: ${r.stderr}`).toBe(0);
      expect(readFileSync(file).equals(encodeText(corrected, encoding))).toBe(true);
      expect(git(dir, 'apply', '-R', 'x.patch').status).toBe(0);
      expect(readFileSync(file).equals(encodeText(original, encoding))).toBe(true);
    }
  }, 60_000);

  it('stays a text diff for a UTF-8 file', () => {
    const patch = renderPatch('a.xlf', V12, FIXED);
    expect(patch.startsWith('--- a/a.xlf\n+++ b/a.xlf\n')).toBe(true);
    expect(patch).not.toContain('GIT binary patch');
    expect(renderPatch('a.xlf', V12, FIXED, 'utf-8')).toBe(patch);
  });
});
