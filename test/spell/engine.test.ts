/**
 * Engines restored from a snapshot of their instance's memory (src/spell/engine.ts) must be
 * the engines they were taken from: the same verdict on every word of MLQE-PE's dev set, the
 * same suggestions, in German and English; a damaged snapshot is not used, and a folder that
 * cannot be written costs only the snapshot. Each kit gets a folder of its own.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, utimesSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineKit, kitOptions, snapshotDir } from '../../src/spell/engine.js';
import { suggestionAff } from '../../src/spell/hunspell.js';
import { profileFor } from '../../src/languages/index.js';
import { sharedDir } from '../helpers.js';

const require = createRequire(import.meta.url);
const gluePath = kitOptions().gluePath;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lektor-engine-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function dictionary(code: string) {
  const profile = profileFor(code)!;
  const dir = path.dirname(require.resolve(profile.dictionary));
  return { aff: suggestionAff(readFileSync(path.join(dir, 'index.aff')), profile.suggestionTryWithout), dic: readFileSync(path.join(dir, 'index.dic')) };
}

const text = readFileSync(path.join(sharedDir(), 'data/mlqe-pe-en-de/dev/mt.txt'), 'utf8') + readFileSync(path.join(sharedDir(), 'data/mlqe-pe-en-de/dev/src.txt'), 'utf8');
const WORDS = [...new Set(text.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean))];

/** hunspell-asm's own engine, built as the library builds it: the reference. */
async function reference(aff: Buffer, dic: Buffer) {
  const factory = await (require('hunspell-asm') as { loadModule(): Promise<any> }).loadModule();
  return factory.create(factory.mountBuffer(aff, `ref-${Math.random()}.aff`), factory.mountBuffer(dic, `ref-${Math.random()}.dic`)) as { spell(w: string): boolean; suggest(w: string): string[] };
}

describe('Hunspell engines and their snapshots', () => {
  for (const code of ['de', 'en']) {
    it(`${code}: a restored engine gives every verdict and suggestion of a built one and of hunspell-asm's`, async () => {
      const dir = path.join(tmp, `same-${code}`);
      const { aff, dic } = dictionary(code);
      const first = engineKit(require, { gluePath, snapshotDir: dir });
      const built = first.build(code, aff, dic);
      expect(first.stats).toMatchObject({ built: 1, restored: 0, written: 1 });
      expect(readdirSync(dir).filter((f) => f.endsWith('.snap'))).toHaveLength(1);
      const second = engineKit(require, { gluePath, snapshotDir: dir });
      const restored = second.build(code, aff, dic);
      expect(second.stats).toMatchObject({ built: 0, restored: 1, written: 0, rejected: 0 });
      const ref = await reference(aff, dic);
      const verdicts = WORDS.map((w) => ref.spell(w));
      expect(WORDS.map((w) => built.spell(w))).toEqual(verdicts);
      expect(WORDS.map((w) => restored.spell(w))).toEqual(verdicts);
      // Both kinds of words are there in numbers.
      expect(verdicts.filter(Boolean).length).toBeGreaterThan(1500);
      expect(verdicts.filter((v) => !v).length).toBeGreaterThan(1500);
      // (Every 20th of them: the first are the source's English.)
      const typos = code === 'de' ? ['regirung', 'überwachnug', 'verwendetet', 'kamra'] : ['governmnet', 'survelance', 'recieve', 'teh'];
      const rejected = [...typos, ...WORDS.filter((w, i) => !verdicts[i] && /^\p{Ll}{4,}$/u.test(w)).filter((_, i) => i % 20 === 0).slice(0, 30)];
      const suggestions = rejected.map((w) => ref.suggest(w));
      expect(suggestions.flat().length).toBeGreaterThan(20);
      expect(rejected.map((w) => restored.suggest(w))).toEqual(suggestions);
      expect(rejected.map((w) => built.suggest(w))).toEqual(suggestions);
      // A word longer than the buffer words are written into, and one with a decomposed umlaut.
      expect(restored.spell('a'.repeat(600))).toBe(false);
      if (code === 'de') expect(restored.spell('U\u0308berwachung')).toBe(true);
      restored.dispose();
      built.dispose();
      // A second dispose does nothing; a disposed engine says so rather than trapping.
      expect(() => restored.dispose()).not.toThrow();
      expect(() => restored.spell('government')).toThrow(/disposed/);
      expect(() => built.suggest('governmnet')).toThrow(/disposed/);
    }, 120_000);
  }

  it('keeps in a snapshot only the static data, the live stack and the heap below the break', () => {
    // Reading a page never written brings it into memory on some kernels: a snapshot that
    // held the whole 16 MB, or a restore that looked at every page, made every engine wholly
    // resident. The glue's layout (static data below STACK_MAX, the stack down from
    // STACK_BASE, the heap up to the break) bounds what is read.
    const glue = readFileSync(gluePath, 'latin1');
    const stackMax = Number(/STACK_MAX=(\d+)/.exec(glue)![1]);
    const stackBase = Number(/STACK_BASE=(\d+)/.exec(glue)![1]);
    const dir = path.join(tmp, 'bounded');
    const { aff, dic } = dictionary('de');
    const kit = engineKit(require, { gluePath, snapshotDir: dir });
    kit.build('de', aff, dic);
    const file = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.snap'))!);
    const snap = readFileSync(file);
    const [size, , sp, count, probeLen] = [8, 12, 16, 20, 24].map((i) => snap.readUInt32LE(i));
    const runsAt = 32 + Math.ceil(probeLen / 4) * 4;
    const runs = Array.from({ length: count }, (_, i) => [snap.readUInt32LE(runsAt + 8 * i), snap.readUInt32LE(runsAt + 8 * i + 4)]);
    const bytes = runs.reduce((n, [, l]) => n + l, 0);
    expect(size).toBe(16 * 1024 * 1024);
    // German's tables: megabytes, but not the whole memory.
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(bytes).toBeLessThan(size - 4_000_000);
    const top = Math.max(...runs.map(([o, l]) => o + l));
    for (const [o, l] of runs) {
      // Each run is static data, or lies from the stack pointer's page up.
      expect(o + l <= Math.ceil(stackMax / 4096) * 4096 || o >= Math.floor(sp / 4096) * 4096).toBe(true);
    }
    expect(sp).toBeLessThanOrEqual(stackBase);
    expect(top).toBeGreaterThan(stackBase);
    // A restore of it is the same engine.
    const again = engineKit(require, { gluePath, snapshotDir: dir });
    const restored = again.build('de', aff, dic);
    expect(again.stats).toMatchObject({ restored: 1, built: 0 });
    expect(['Regierung', 'Überwachung', 'regirung'].map((w) => restored.spell(w))).toEqual([true, true, false]);
  }, 60_000);

  it('does not use a damaged snapshot: it builds the engine again and rewrites the snapshot', () => {
    const dir = path.join(tmp, 'damaged');
    const { aff, dic } = dictionary('en');
    engineKit(require, { gluePath, snapshotDir: dir }).build('en', aff, dic);
    const [name] = readdirSync(dir);
    const file = path.join(dir, name);
    const good = readFileSync(file);
    const damages: Array<[string, (b: Buffer) => Buffer]> = [
      ['cut short', (b) => b.subarray(0, b.length - 4096)],
      ['another format', (b) => { const c = Buffer.from(b); c.writeUInt32LE(99, 4); return c; }],
      ['a probe word changed', (b) => { const c = Buffer.from(b); c[28] ^= 0x20; return c; }],
      ['the engine moved', (b) => { const c = Buffer.from(b); c.writeUInt32LE(c.readUInt32LE(12) + 64, 12); return c; }],
      ['empty', () => Buffer.alloc(0)],
      // (No check but the checksum sees a changed byte of a page: the probes still pass.)
      ['a bit of a page changed', (b) => { const c = Buffer.from(b); c[c.length - 5000] ^= 0x01; return c; }],
      ['a bit of the run table changed', (b) => { const c = Buffer.from(b); c[b.readUInt32LE(24) + 36] ^= 0x01; return c; }],
    ];
    for (const [what, damage] of damages) {
      writeFileSync(file, damage(good));
      const kit = engineKit(require, { gluePath, snapshotDir: dir });
      const engine = kit.build('en', aff, dic);
      expect({ what, ...kit.stats }).toMatchObject({ what, built: 1, restored: 0, rejected: 1, written: 1 });
      expect(engine.spell('government')).toBe(true);
      expect(engine.spell('governmnet')).toBe(false);
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  }, 120_000);

  it('builds the engine when the folder cannot be written, and when there is none', () => {
    const { aff, dic } = dictionary('en');
    const blocked = path.join(tmp, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const kit = engineKit(require, { gluePath, snapshotDir: path.join(blocked, 'spelling') });
    expect(kit.build('en', aff, dic).spell('surveillance')).toBe(true);
    expect(kit.stats).toMatchObject({ built: 1, written: 0, writeErrors: 1 });
    const none = engineKit(require, { gluePath });
    expect(none.build('en', aff, dic).spell('surveillance')).toBe(true);
    expect(none.stats).toMatchObject({ built: 1, written: 0, writeErrors: 0 });
  }, 60_000);

  it("deletes a language's snapshots of other dictionaries once they are a week old, and no other", () => {
    const dir = path.join(tmp, 'prune');
    const { aff, dic } = dictionary('en');
    engineKit(require, { gluePath, snapshotDir: dir }).build('en', aff, dic);
    const old = path.join(dir, `en-${'a'.repeat(24)}.snap`);
    const recent = path.join(dir, `en-${'b'.repeat(24)}.snap`);
    const otherLanguage = path.join(dir, `de-${'c'.repeat(24)}.snap`);
    const notOurs = path.join(dir, 'en-notes.txt');
    for (const f of [old, recent, otherLanguage, notOurs]) writeFileSync(f, 'x');
    const weeks = (Date.now() - 8 * 24 * 3600 * 1000) / 1000;
    for (const f of [old, otherLanguage, notOurs]) utimesSync(f, weeks, weeks);
    // Another .aff: another snapshot, written beside.
    const kit = engineKit(require, { gluePath, snapshotDir: dir });
    kit.build('en', Buffer.concat([aff, Buffer.from('\n# another\n')]), dic);
    expect(kit.stats.written).toBe(1);
    const left = readdirSync(dir).sort();
    expect(left).not.toContain(path.basename(old));
    expect(left).toContain(path.basename(recent));
    expect(left).toContain(path.basename(otherLanguage));
    expect(left).toContain(path.basename(notOurs));
    expect(left.filter((f) => /^en-[0-9a-f]{24}\.snap$/.test(f) && statSync(path.join(dir, f)).size > 1000)).toHaveLength(2);
  }, 60_000);

  // A restored snapshot is never written again: its time stayed that of its first build, and an
  // installation beside with another dictionary of the language deleted it a week later while it
  // was restored on every start (and the two rebuilt each other's every week).
  it('keeps a week-old snapshot that is still restored when one of another dictionary is written', () => {
    const dir = path.join(tmp, 'in-use');
    const { aff, dic } = dictionary('en');
    engineKit(require, { gluePath, snapshotDir: dir }).build('en', aff, dic);
    const [used] = readdirSync(dir);
    const weeks = (Date.now() - 8 * 24 * 3600 * 1000) / 1000;
    utimesSync(path.join(dir, used), weeks, weeks);
    const restoring = engineKit(require, { gluePath, snapshotDir: dir });
    restoring.build('en', aff, dic);
    expect(restoring.stats).toMatchObject({ restored: 1, built: 0 });
    const other = engineKit(require, { gluePath, snapshotDir: dir });
    other.build('en', Buffer.concat([aff, Buffer.from('\n# another installation\n')]), dic);
    expect(other.stats.written).toBe(1);
    expect(readdirSync(dir)).toContain(used);
  }, 60_000);

  it('keeps snapshots in the cache folder, unless LEKTOR_SNAPSHOTS is off', () => {
    expect(snapshotDir({ LEKTOR_CACHE: '/tmp/x' })).toBe(path.resolve('/tmp/x/spelling'));
    expect(snapshotDir({ LEKTOR_CACHE: '/tmp/x', LEKTOR_SNAPSHOTS: 'off' })).toBeUndefined();
    expect(snapshotDir({ LEKTOR_CACHE: '/tmp/x', LEKTOR_SNAPSHOTS: '0' })).toBeUndefined();
    expect(snapshotDir({ LEKTOR_CACHE: '/tmp/x', LEKTOR_SNAPSHOTS: '1' })).toBe(path.resolve('/tmp/x/spelling'));
  });
});
