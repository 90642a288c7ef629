/**
 * One code per language, whoever wrote it: franc names languages by ISO 639-3 ("ita"), people
 * by ISO 639-1 ("it"). A glossary entry for Italian written "it" was accepted and never applied.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languageCode } from '../../src/languages/index.js';
import { Lektor } from '../../src/core/pipeline.js';
import { GlossaryWorkspace } from '../../src/glossary/edit.js';
import { loadGlossaryPath } from '../../src/glossary/index.js';

const ITALIAN = 'La casa è molto bella e la città è grande. Il governo ha deciso di cambiare la legge sulla sorveglianza, ha detto il portavoce di Tic Toc a Roma.\n';

describe('languageCode', () => {
  it('names a language by its profile, else by ISO 639-1 where it has a code there, else as given', () => {
    expect(['deu', 'DE', 'de-AT', 'de'].map(languageCode)).toEqual(['de', 'de', 'de', 'de']);
    expect(['ita', 'it', 'IT-it', 'nld', 'pol'].map(languageCode)).toEqual(['it', 'it', 'it', 'nl', 'pl']);
    // Scots has no 639-1 code.
    expect(languageCode('sco')).toBe('sco');
    // Franc names some languages by a member of their macrolanguage (Standard Estonian, Standard Arabic, Mandarin).
    expect(['ekk', 'arb', 'cmn', 'lvs', 'pes'].map(languageCode)).toEqual(['et', 'ar', 'zh', 'lv', 'fa']);
    // Bibliographic codes.
    expect(['ger', 'fre', 'dut', 'chi'].map(languageCode)).toEqual(['de', 'fr', 'nl', 'zh']);
  });
});

describe('a short text in another script than the supported languages\'', () => {
  it('is not one of them by chance: franc names it, or it is undetermined (a script is written in several languages)', async () => {
    const { check } = await import('../helpers.js');
    const { detectDocumentLanguage, mostlyInScripts } = await import('../../src/language/detect.js');
    const { SUPPORTED_LANGUAGES } = await import('../../src/languages/index.js');
    // Mostly Arabic letters, a Latin name among them: Spanish and German had been guessed. (Franc
    // may still guess among the languages written in Arabic script: Malay's Jawi for the first.)
    for (const text of ['TikTok: تيك توك', 'Apple و Google تعلنان اليوم', 'TikTok: تيك توك الآن']) {
      expect(mostlyInScripts(text), text).toBe(false);
      expect(SUPPORTED_LANGUAGES, text).not.toContain((await check(`${text}\n`, { path: 'ar.txt' })).language);
      expect(SUPPORTED_LANGUAGES, text).not.toContain(detectDocumentLanguage(text));
    }
    // Too short for franc: undetermined, not a supported language's; long enough, Arabic and Hebrew.
    expect(detectDocumentLanguage('مرحبا بالعالم')).toBe('und');
    expect((await check('قالت الشركة إنها ستفعل المزيد.\n', { path: 'ar.txt' })).language).toBe('ar');
    expect((await check('שלום עולם, זה טקסט קצר על החברה.\n', { path: 'he.txt' })).language).toBe('he');
    // Latin text as before: a short one by its dictionaries.
    expect(mostlyInScripts('Er nutzt TikTok: تيك توك')).toBe(true);
    expect((await check('Der Tick Tack Konzern.\n', { path: 'de.txt' })).language).toBe('de');
  });
});

describe('the scripts the supported languages are written in', () => {
  it('are their profiles\': a text in a script a profile writes is mostly in theirs, whatever that script is', async () => {
    const { hasScriptLetter, mostlyInScripts, otherScriptLanguage, SUPPORTED_SCRIPTS } = await import('../../src/language/detect.js');
    const { PROFILES } = await import('../../src/languages/index.js');
    expect(SUPPORTED_SCRIPTS).toEqual([...new Set(PROFILES.flatMap((p) => p.scripts))]);
    const arabic = 'TikTok: تيك توك الآن';
    const russian = 'Президент заявил сегодня, что правительство изменит закон.';
    // The scripts given are what counts: with a profile written in Arabic or Cyrillic (a Russian
    // one, later), such a text is of the supported scripts, and a paragraph in it of its document's.
    expect([mostlyInScripts(arabic, ['Latn']), mostlyInScripts(arabic, ['Latn', 'Arab'])]).toEqual([false, true]);
    expect([mostlyInScripts(russian, ['Latn']), mostlyInScripts(russian, ['Cyrl']), mostlyInScripts('Der Präsident sagte heute.', ['Cyrl'])]).toEqual([false, true, false]);
    expect(otherScriptLanguage(russian, ['Latn'])).toBe('und-Cyrl');
    expect(otherScriptLanguage(russian, ['Cyrl'])).toBeUndefined();
    // (A sentence of German in a Cyrillic-script document: German, or Latin script where franc's
    // trigrams of German and its neighbours come close.)
    expect(otherScriptLanguage('Die Präsidentin sagte heute, das Gesetz werde geändert.', ['Cyrl'])).toMatch(/^(?:de|und-Latn)$/);
    // Too few words in the other script: a name.
    expect(otherScriptLanguage('Пётр Иванов', ['Latn'])).toBeUndefined();
    // The spelling check judges a word with a letter of its language's scripts ("λόγος" in German is quoted Greek).
    expect([hasScriptLetter('λόγος', ['Latn']), hasScriptLetter('λόγος', ['Latn', 'Grek']), hasScriptLetter('Lóγος', ['Latn'])]).toEqual([false, true, true]);
  });
});

describe('a language without rules', () => {
  it('is detected under its 639-1 code, and its glossary entries apply, written either way', async () => {
    for (const written of ['it', 'ita']) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-codes-'));
      writeFileSync(path.join(dir, 'brands.yaml'), `languages: [${written}]\nentries:\n  - term: TikTok\n    wrong: [Tic Toc]\n`);
      const lektor = await Lektor.create({ glossary: dir });
      const r = await lektor.check(ITALIAN, { path: 'it.txt' });
      expect(r.language).toBe('it');
      expect(r.corrected, written).toBe(ITALIAN.replace('Tic Toc', 'TikTok'));
      // The glossary commands write the same code.
      const ws = await GlossaryWorkspace.open(dir);
      ws.add({ term: 'Huawei', languages: ['ita'], wrong: ['Hua Wei'] }, { file: 'brands.yaml' });
      await ws.save();
      const entries = await loadGlossaryPath(dir);
      expect(entries.map((e) => [e.term, e.languages])).toEqual([
        ['TikTok', ['it']],
        ['Huawei', ['it']],
      ]);
    }
  });
});

describe('the glossary commands', () => {
  it('take any code of a language for --lang: list, remove and export find what add wrote', async () => {
    const { main } = await import('../../src/cli/main.js');
    const { Capture } = await import('../helpers.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-codes-cli-'));
    const run = async (...args: string[]) => {
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(['glossary', ...args, '--glossary', dir], { stdout, stderr });
      return { code, stdout: stdout.text, stderr: stderr.text };
    };
    expect((await run('add', 'Sergio Mattarella', '--lang', 'ita', '--type', 'person', '--wrong', 'Sergio Matarella')).code).toBe(0);
    expect((await run('list', '--lang', 'ita')).stdout).toMatch(/^Sergio Mattarella \(person; it\)/);
    expect((await run('export', '--format', 'csv', '--lang', 'it')).stdout.split('\n')[1]).toMatch(/^Sergio Mattarella,it,/);
    expect((await run('remove', 'Sergio Mattarella', '--lang', 'ita')).code).toBe(0);
  });
});
