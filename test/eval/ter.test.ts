import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusTer, sentenceTer } from '../../src/eval/ter.js';
import { sharedDir } from '../helpers.js';

describe('TER', () => {
  // sacreBLEU's test cases (test/test_ter.py), which reproduce tercom.
  it('is 0 for a perfect match', () => {
    expect(sentenceTer('aaaa bbbb cccc dddd', 'aaaa bbbb cccc dddd').score).toBe(0);
  });
  it('is 1 without any overlap', () => {
    expect(sentenceTer('dddd eeee ffff', 'aaaa bbbb cccc').score).toBe(1);
  });
  it('is 1 for an empty hypothesis', () => {
    expect(sentenceTer('', 'a').score).toBe(1);
  });
  it('counts a single shift of a block as one edit', () => {
    const r = sentenceTer('d e f g h a b c', 'a b c d e f g h');
    expect(r.edits).toBe(1);
    expect(r.shifts).toBe(1);
    expect(r.score).toBeCloseTo(1 / 8, 10);
  });
  it('reproduces the realistic WMT example (0.136)', () => {
    const hyp = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie Werte für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " ein .',
      'Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .',
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    const ref = [
      'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .',
      'wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
      'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " niedrigere Werte ein .',
      'Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .',
      'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
    ];
    expect(corpusTer(hyp, ref).score).toBeCloseTo(0.136, 3);
    expect(corpusTer(hyp, ref, { caseSensitive: true }).score).toBeCloseTo(0.136, 3);
  });
  it('reproduces the example of Snover et al. (2006): 4 edits over 13 words', () => {
    const r = sentenceTer(
      'THIS WEEK THE SAUDIS denied information published in the new york times',
      'SAUDI ARABIA denied THIS WEEK information published in the AMERICAN new york times',
    );
    expect(r.edits).toBe(4);
    expect(r.shifts).toBe(1);
    expect(r.score).toBeCloseTo(4 / 13, 10);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(sentenceTer('a b c', 'a b c d').edits).toBe(1);
    expect(sentenceTer('a b c d', 'a b c').edits).toBe(1);
    expect(sentenceTer('a x c', 'a b c').edits).toBe(1);
  });
  it('ignores case by default (as tercom and sacreBLEU), and not when asked', () => {
    expect(sentenceTer('Das ist gut', 'das ist gut').edits).toBe(0);
    expect(sentenceTer('Das ist gut', 'das ist gut', { caseSensitive: true }).edits).toBe(1);
  });
  it('handles empty references and whitespace', () => {
    expect(sentenceTer('', '').score).toBe(0);
    expect(sentenceTer('a b', '').edits).toBe(2);
    expect(sentenceTer('  a   b ', 'a b').edits).toBe(0);
  });
  it('pools corpus TER as total edits over total reference words', () => {
    const r = corpusTer(['a b', 'x y z'], ['a c', 'x y z w']);
    expect(r.edits).toBe(2);
    expect(r.refLength).toBe(6);
    expect(r.score).toBeCloseTo(2 / 6, 10);
  });
  it('stays fast and bounded on long, scrambled sentences', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i % 37}`);
    const scrambled = [...words.slice(60), ...words.slice(0, 60)].reverse();
    const t0 = Date.now();
    const r = sentenceTer(scrambled.join(' '), words.join(' '));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.edits).toBeGreaterThan(0);
    expect(r.edits).toBeLessThanOrEqual(120);
  });

  // The gold HTER was computed with tercom: every one of these sentences must agree.
  it('reproduces the gold HTER of the MLQE-PE dev set (mt against pe)', () => {
    const dir = path.join(sharedDir(), 'data/mlqe-pe-en-de/dev');
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8').split('\n').slice(0, 300);
    const mt = read('mt.txt');
    const pe = read('pe.txt');
    const hter = read('hter.txt').map(Number);
    const differing = mt.flatMap((m, i) => (Math.abs(sentenceTer(m, pe[i]).score - hter[i]) < 1e-5 ? [] : [i]));
    expect(differing).toEqual([]);
  });
});
