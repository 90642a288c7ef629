/**
 * Japanese corner brackets 「…」 and 『…』 (and Chinese as Taiwan and Hong Kong write it) are
 * quotation marks wherever quotations are recognised: an English quotation in them, a title
 * in them, read as the quotation it is, as one in „…“ is (they were read as text: its English
 * words untranslated one by one, "in 1969" of a title a calque).
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const found = async (text: string) => (await check(text + '\n', { path: 'a.txt', language: 'de' })).findings.filter((f) => f.source !== 'qe').map((f) => [f.ruleId, f.severity, f.actual]);

describe('Japanese corner brackets are quotation marks', () => {
  for (const [open, close] of [['„', '“'], ['「', '」'], ['『', '』']]) {
    it(`an English quotation and a title in ${open}…${close} in a German text`, async () => {
      const text = `Auf dem Plakat der Fans stand auf Englisch ${open}Thanks for everything, we will never forget you${close}, daneben ein Foto der Band. Das Album ${open}Live in 1969${close} erschien erst später.`;
      expect(await found(text)).toEqual([['untranslated', 'info', `${open}Thanks for everything, we will never forget you${close}`]]);
    });
  }

  it('a Japanese quotation in a German article does not make it Japanese, nor its quotation a Japanese paragraph', async () => {
    const quote = 'この映画は私の家族の物語であり、同時に戦後の日本の物語でもあります。撮影には三年かかりましたが、後悔はまったくありません';
    const text = `Der Regisseur sagte am Montag in Tokio: 「${quote}」.\n\nDer Film läuft im Herbst auch in deutschen Kinos, sagte der Verleih.`;
    const r = await check(text + '\n', { path: 'a.txt' });
    expect(r.language).toBe('de');
    expect(r.findings.filter((f) => f.ruleId === 'paragraph-language').map((f) => f.severity)).toEqual(['info']);
  });
});
