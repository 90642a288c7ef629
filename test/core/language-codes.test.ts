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
