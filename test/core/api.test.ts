/** The library's options: a wrong one is an error that says what is wrong, not a run that quietly checks less. */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { check } from '../helpers.js';

describe('Lektor.create options', () => {
  it('refuses an unknown rule id in only/disable, naming it', async () => {
    await expect(Lektor.create({ only: ['nope'] })).rejects.toThrow(/unknown rule "nope" in `only`/);
    await expect(Lektor.create({ disable: ['spelling', 'nope2'] })).rejects.toThrow(/unknown rule "nope2" in `disable`/);
    await expect(Lektor.create({ disable: ['capitalisation'] })).rejects.toThrow(/unknown rule "capitalisation" \(did you mean "capitalization"\?\) in `disable`/);
    // Ids given as `rules`, which takes rules: said, not "Cannot read properties of undefined".
    await expect(Lektor.create({ rules: ['spelling'] as never })).rejects.toThrow(/`rules` takes rules made with defineRule, not "spelling"; to run some of the rules by id, give `only` \(only: \['spelling'\]\)/);
  });

  it('refuses a glossary that is neither a path nor a compiled glossary', async () => {
    await expect(Lektor.create({ glossary: 42 as never })).rejects.toThrow(TypeError);
    await expect(Lektor.create({ glossary: {} as never })).rejects.toThrow(/`glossary` must be a path/);
  });

  it('refuses a model that is not a model stage (a model id belongs to createModelStage)', async () => {
    await expect(Lektor.create({ model: 'none' as never })).rejects.toThrow(/`model` must be a model stage/);
  });

  it('refuses a negative suggestion budget', async () => {
    await expect(Lektor.create({ suggestions: -1 })).rejects.toThrow(RangeError);
    // (A string had been taken: "5" as five, and `quality: 'false'`, from an environment
    // variable, as true, the quality estimate running where it was turned off.)
    await expect(Lektor.create({ suggestions: '5' as never })).rejects.toThrow(/`suggestions` must be a number/);
    await expect(Lektor.create({ quality: 'false' as never })).rejects.toThrow(/`quality` must be true or false/);
    await expect(Lektor.create({ quality: false, suggestions: Infinity })).resolves.toBeDefined();
  });
});

describe('Lektor.check options', () => {
  it('takes "DE", "deu" and "de-DE" for German', async () => {
    for (const language of ['DE', 'deu', 'de-DE']) {
      const result = await check('Das Video auf Tick Tack ist ist gut.\n', { path: 'a.txt', language });
      expect(result.language).toBe('de');
      expect(result.corrected).toBe('Das Video auf TikTok ist gut.\n');
    }
  });

  it('refuses a text that is not a string, and an unknown format', async () => {
    const lektor = await Lektor.create();
    await expect(lektor.check(42 as never)).rejects.toThrow(/the text must be a string, not number/);
    await expect(lektor.check('Text.', { format: 'pdf' as never })).rejects.toThrow(/`format` must be "text", "markdown", "xliff", "html" or "docx", not "pdf"/);
    // (A Word document is its bytes, read by readDocx: not a text alone.)
    await expect(lektor.check('Text.', { format: 'docx' })).rejects.toThrow(/a Word document is given as `docx` \(readDocx of its bytes\)/);
  });

  it('refuses a language that is no code (a language\'s name had switched its rules off without a word), and keeps a code it has no rules for', async () => {
    const lektor = await Lektor.create({ quality: false });
    await expect(lektor.check('Der Minister hat hat gesagt.', { language: 'german' })).rejects.toThrow(/`language` must be a language code .*not "german": did you mean "de" \(German\)\?/);
    await expect(lektor.check('Der Minister hat gesagt.', { sourceLanguage: 'english' })).rejects.toThrow(/`sourceLanguage` must be a language code .*did you mean "en"/);
    await expect(lektor.check('Text.', { language: 'de DE' })).rejects.toThrow(/must be a language code/);
    for (const language of ['DE', 'deu', 'de_DE', 'de-CH']) expect((await lektor.check('Der Minister hat hat gesagt.', { language })).corrected, language).toBe('Der Minister hat gesagt.');
    expect((await lektor.check('De minister heeft gezegd.', { language: 'nl' })).language).toBe('nl');
  });
});

describe('Lektor.preload', () => {
  it('loads the dictionaries of the languages given (default: all), in the Lektor’s locales', async () => {
    const lektor = await Lektor.create({ quality: false, locales: ['en-GB'] });
    expect(lektor.resources.speller('fr')).toBeUndefined();
    await lektor.preload(['fr']);
    expect(lektor.resources.speller('fr')?.language).toBe('fr');
    expect(lektor.resources.speller('es')).toBeUndefined();
    await lektor.preload();
    expect(['de', 'en', 'fr', 'es'].map((l) => lektor.resources.speller(l)?.language)).toEqual(['de', 'en-GB', 'fr', 'es']);
    await expect(lektor.preload(['xx'])).rejects.toThrow('Lektor.preload: "xx" is no language Lektor has rules for');
    await expect(lektor.preload(['de-CH'])).rejects.toThrow('Lektor.preload: "de-CH": give language codes');
  });
});
