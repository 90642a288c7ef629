import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { check, ROOT, Capture } from '../helpers.js';
import { main } from '../../src/cli/main.js';

const TEXT = 'Die Regierung hat heute die réforme des retraites vorgestellt, sagte der Minister in Paris.';

describe('the language a text was translated from, without its source text', () => {
  it('makes its words left in the translation untranslated words (default: English)', async () => {
    const fromFrench = await check(TEXT, { path: 'a.txt', language: 'de', sourceLanguage: 'fr', only: ['untranslated', 'spelling'] });
    // (One finding for the French words and the small word both languages have between them, "des".)
    expect(fromFrench.findings.map((f) => `${f.ruleId}:${f.actual}`)).toEqual(['untranslated:réforme des retraites']);
    const fromEnglish = await check(TEXT, { path: 'a.txt', language: 'de', only: ['untranslated', 'spelling'] });
    expect(fromEnglish.findings.map((f) => `${f.ruleId}:${f.actual}`)).toEqual(['spelling:réforme', 'spelling:retraites']);
  });

  it('is --source-lang on the command line, no longer refused without --source', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-from-'));
    writeFileSync(path.join(dir, 'a.txt'), `${TEXT}\n`);
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['check', path.join(dir, 'a.txt'), '--source-lang', 'fr', '--lang', 'de', '--format', 'json', '--no-reports', '--quiet', '--fail-on', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr });
    expect(code, stderr.text).toBe(0);
    const findings = (JSON.parse(stdout.text) as { files: Array<{ findings: Array<{ ruleId: string; actual: string }> }> }).files[0].findings;
    expect(findings.filter((f) => f.ruleId === 'untranslated').map((f) => f.actual)).toEqual(['réforme des retraites']);
  });

  it('says when the language given has no dictionary to tell its words by', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-from-'));
    writeFileSync(path.join(dir, 'a.txt'), `${TEXT}\n`);
    const stderr = new Capture();
    await main(['check', path.join(dir, 'a.txt'), '--source-lang', 'sv', '--lang', 'de', '--no-reports', '--fail-on', 'none', '--no-config', '--model', 'none'], { stdout: new Capture(), stderr });
    expect(stderr.text).toMatch(/no dictionary for sv: words left untranslated are looked for in English/);
  });
});
