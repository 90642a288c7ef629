import { describe, expect, it } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { directivesIn } from '../../src/core/directives.js';
import { check, repoGlossary } from '../helpers.js';
import { renderDocumentHtml } from '../../src/report/html.js';
import { toJsonDocument } from '../../src/report/json.js';

const md = (text: string) => check(text, { path: 'a.md', language: 'de' });
const rulesAt = (r: { findings: Array<{ ruleId: string; start: { line: number } }> }) => r.findings.map((f) => `${f.start.line}:${f.ruleId}`);

describe('directive comments in Markdown', () => {
  it('are read from block and inline HTML, with the ids they name', () => {
    expect(directivesIn('<!-- lektor-disable spelling, quotes -->', 10)).toEqual([{ kind: 'disable', name: 'disable', rules: ['spelling', 'quotes'], start: 10, end: 50 }]);
    expect(directivesIn('<!--lektor-enable-->', 0)).toEqual([{ kind: 'enable', name: 'enable', rules: [], start: 0, end: 20 }]);
    expect(directivesIn('<!-- lektor-disable-next-line -->', 0)[0].kind).toBe('disable-next-line');
    expect(directivesIn('<!-- lektor-disabled -->', 0)).toMatchObject([{ kind: undefined, name: 'disabled' }]);
    expect(directivesIn('<!-- a comment -->', 0)).toEqual([]);
  });

  it('lektor-disable … lektor-enable silences every rule between them, and their fixes are not applied', async () => {
    const text = 'Das Wetter ist ist schön.\n\n<!-- lektor-disable -->\n\nSie kaufte Tick Tack und und Brot.\n\n<!-- lektor-enable -->\n\nSie mag Tick Tack sehr.\n';
    const r = await md(text);
    expect(rulesAt(r).filter((x) => x.startsWith('5:'))).toEqual([]);
    expect(r.corrected).toContain('Sie kaufte Tick Tack und und Brot.');
    expect(r.corrected).toContain('Sie mag TikTok sehr.');
    expect(r.directives).toEqual([
      { line: 3, directive: 'lektor-disable', rules: [], silenced: expect.any(Number) },
      { line: 7, directive: 'lektor-enable', rules: [], silenced: 0 },
    ]);
    expect(r.directives![0].silenced).toBeGreaterThanOrEqual(2);
  });

  it('naming rules silences only those (a glossary entry by its finding id, or the whole glossary)', async () => {
    const text = '<!-- lektor-disable glossary/tiktok -->\n\nSie kaufte Tick Tack und und Brot.\n';
    const r = await md(text);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('glossary/tiktok');
    expect(r.findings.map((f) => f.ruleId)).toContain('repeated-word');
    expect(r.corrected).toContain('Tick Tack und Brot');
    const whole = await md('<!-- lektor-disable glossary -->\n\nSie kaufte Tick Tack.\n');
    expect(whole.findings.filter((f) => f.ruleId.startsWith('glossary'))).toEqual([]);
  });

  it('lektor-disable-next-line silences the line after the comment only; lektor-disable-line its own', async () => {
    const text = '<!-- lektor-disable-next-line repeated-word -->\nDas Wetter ist ist schön.\nDas Haus ist ist alt.\n';
    const r = await md(text);
    expect(rulesAt(r)).not.toContain('2:repeated-word');
    expect(rulesAt(r)).toContain('3:repeated-word');
    const inline = await md('Das Wetter ist ist schön. <!-- lektor-disable-line -->\nDas Haus ist ist alt.\n');
    expect(rulesAt(inline)).not.toContain('1:repeated-word');
    expect(rulesAt(inline)).toContain('2:repeated-word');
  });

  it('a rule re-enabled by name ends only its own silence', async () => {
    const text = '<!-- lektor-disable repeated-word glossary -->\n\nA ist ist Tick Tack.\n\n<!-- lektor-enable repeated-word -->\n\nB ist ist Tick Tack.\n';
    const r = await md(text);
    expect(rulesAt(r)).toEqual(expect.arrayContaining(['7:repeated-word']));
    expect(rulesAt(r).filter((x) => x.includes('glossary'))).toEqual([]);
    expect(rulesAt(r)).not.toContain('3:repeated-word');
  });

  it('an id that names no rule is reported with its line, and silences nothing', async () => {
    const r = await md('<!-- lektor-disable speling -->\n\nDas Wetter ist ist schön.\n');
    expect(r.directives).toEqual([{ line: 1, directive: 'lektor-disable', rules: ['speling'], silenced: 0, unknown: ['speling'], didYouMean: { speling: 'spelling' } }]);
    // (Silenced rules named by id only: "speling" silences no rule, every other still runs.)
    expect(r.findings.map((f) => f.ruleId)).toContain('repeated-word');
  });

  it('are listed in the JSON and the HTML report, with what each silenced, escaped', async () => {
    const text = '<!-- lektor-disable-next-line <b>x</b> repeated-word -->\nDas Wetter ist ist schön.\n';
    const r = await md(text);
    expect(toJsonDocument(r).directives).toEqual([{ line: 1, directive: 'lektor-disable-next-line', rules: ['<b>x</b>', 'repeated-word'], silenced: 1, unknown: ['<b>x</b>'] }]);
    const html = renderDocumentHtml(r, text);
    expect(html).toContain('line 1: <code>lektor-disable-next-line &lt;b&gt;x&lt;/b&gt;, repeated-word</code>, 1 silenced <strong>(no such rule: &lt;b&gt;x&lt;/b&gt;)</strong>');
    expect(html).not.toContain('<b>x</b>');
  });

  it('the HTML report says the id meant, and ten ids of a long list and how many more', async () => {
    const ids = [...Array.from({ length: 20 }, (_, k) => `nope${k}`), 'speling'].join(',');
    const text = `<!-- lektor-disable ${ids} -->\n\nDas Wetter ist ist schön.\n`;
    const html = renderDocumentHtml(await md(text), text);
    expect(html).toContain('<code>lektor-disable nope0, nope1, nope2, nope3, nope4, nope5, nope6, nope7, nope8, nope9 and 11 more</code>');
    expect(html).toContain('(no such rule: nope0, nope1, nope2, nope3, nope4, nope5, nope6, nope7, nope8, nope9 and 11 more; did you mean spelling for speling?)');
  });

  it('comments in code are text, not directives; plain text has none', async () => {
    const code = await md('```\n<!-- lektor-disable -->\n```\n\nDas Wetter ist ist schön.\n');
    expect(code.directives).toBeUndefined();
    expect(code.findings.map((f) => f.ruleId)).toContain('repeated-word');
    const txt = await check('<!-- lektor-disable -->\nDas Wetter ist ist schön.\n', { path: 'a.txt', language: 'de' });
    expect(txt.findings.map((f) => f.ruleId)).toContain('repeated-word');
  });

  it('keeps its offsets after a byte order mark', async () => {
    const r = await md('\uFEFF<!-- lektor-disable-next-line -->\nDas Wetter ist ist schön.\nDas Haus ist ist alt.\n');
    expect(rulesAt(r)).not.toContain('2:repeated-word');
    expect(rulesAt(r)).toContain('3:repeated-word');
  });
});

describe('directive comments: what the review found', () => {
  it('a mistyped directive is said and silences nothing (it had been read as lektor-disable of every rule after it)', async () => {
    const r = await md('<!-- lektor-disable-nextline repeated-word -->\nDas Wetter ist ist schön.\n\nDas Haus ist ist alt.\n');
    expect(rulesAt(r).filter((x) => x.endsWith('repeated-word'))).toEqual(['2:repeated-word', '4:repeated-word']);
    expect(r.directives![0]).toMatchObject({ directive: 'lektor-disable-nextline', silenced: 0, problem: expect.stringMatching(/is no directive/) });
  });

  it('lektor-enable with ids after a plain lektor-disable runs those rules again, the others stay silenced', async () => {
    const text = '<!-- lektor-disable -->\n\nA ist ist Tick Tack.\n\n<!-- lektor-enable repeated-word -->\n\nB ist ist Tick Tack.\n\n<!-- lektor-disable repeated-word -->\n\nC ist ist Tick Tack.\n';
    const r = await md(text);
    const shown = rulesAt(r).filter((x) => !x.includes('word-quality'));
    expect(shown).toEqual(['7:repeated-word']);
  });

  it('acts on lines ending in CR alone (old Mac files) as Markdown reads them; the lines it reports are git\'s, where a lone CR ends none', async () => {
    const text = 'Das Wetter ist ist schön.\r\rDas Haus ist ist alt. <!-- lektor-disable-line -->\r\r<!-- lektor-disable-next-line -->\rDer Hund ist ist braun.\r\rDie Katze ist ist grau.\r';
    const r = await md(text);
    const repeated = r.findings.filter((f) => f.ruleId === 'repeated-word');
    expect(repeated.map((f) => f.start.offset)).toEqual([text.indexOf('ist ist'), text.indexOf('ist ist grau')]);
    // (One line for git: the file has no LF.)
    expect(repeated.map((f) => f.start.line)).toEqual([1, 1]);
    expect(r.directives!.map((d) => d.line)).toEqual([1, 1]);
  });

  it('places a comment inside a block quote\'s HTML block on its own line', async () => {
    const text = '> <div>\n> x\n> y\n> <!-- lektor-disable-next-line -->\n> </div>\n\nDas Wetter ist ist schön.\n';
    const r = await md(text);
    expect(r.directives![0].line).toBe(4);
  });

  it('a glossary entry id that names no entry is said', async () => {
    const r = await md('<!-- lektor-disable glossary/tiktk -->\n\nSie kaufte Tick Tack.\n');
    expect(r.directives![0].unknown).toEqual(['glossary/tiktk']);
    expect(r.findings.map((f) => f.ruleId)).toContain('glossary/tiktok');
  });
});

describe('directive comments: what the code review found', () => {
  it('finds comments in linear time where one never closes (a regular expression had taken 17 s)', () => {
    const html = '<!-- lektor-a '.repeat(80_000);
    // (No timing assertion: the answer comes back within the test's time, and it is right.)
    expect(directivesIn(html, 0)).toEqual([]);
    expect(directivesIn(`${'<!-- lektor-a '.repeat(1000)}<!-- lektor-disable -->`, 0)).toMatchObject([{ kind: undefined, name: 'a' }]);
  });

  it('reads an empty comment as HTML does, and a directive inside another comment as that comment\'s text', () => {
    expect(directivesIn('<!--> x <!-- lektor-disable -->', 0)).toMatchObject([{ kind: 'disable', start: 8 }]);
    expect(directivesIn('<!---> x <!-- lektor-disable -->', 0)).toMatchObject([{ kind: 'disable', start: 9 }]);
    expect(directivesIn('<!----> x <!-- lektor-enable -->', 0)).toMatchObject([{ kind: 'enable' }]);
    // (A commented-out block: its first comment's body is "<!-- lektor-disable", no directive.)
    expect(directivesIn('<!-- <!-- lektor-disable --> -->', 0)).toEqual([]);
  });

  it('reads at most 1,000 comments of a document, and says so', async () => {
    const text = `${'Das ist gut. <!-- lektor-disable-line x -->\n'.repeat(1001)}\nDas Wetter ist ist schön.\n`;
    const r = await md(text);
    expect(r.directives).toHaveLength(1001);
    expect(r.directives![1000].problem).toMatch(/more than 1,000 directive comments/);
  });

  it('silences nothing when Lektor.create is told directives: false', async () => {
    const lektor = await Lektor.create({ glossary: await repoGlossary(), directives: false });
    const r = await lektor.check('<!-- lektor-disable -->\n\nDas Wetter ist ist schön.\n', { path: 'a.md', language: 'de' });
    expect(r.findings.map((f) => f.ruleId)).toContain('repeated-word');
    expect(r.directives).toBeUndefined();
    await expect(Lektor.create({ directives: 'no' as unknown as boolean })).rejects.toThrow(/`directives` must be true or false/);
  });
});

describe('severity and review per rule (Lektor.create)', () => {
  it('gives every finding of a rule the severity chosen, and lists a rule\'s fixes instead of applying them', async () => {
    // (repeated-word's own severity for "und und" is error: warning shows the setting at work.)
    const lektor = await Lektor.create({ glossary: await repoGlossary(), severity: { 'repeated-word': 'warning', glossary: 'info' }, review: ['glossary'] });
    const r = await lektor.check('Sie kaufte Tick Tack und und Brot.', { language: 'de' });
    const repeated = r.findings.find((f) => f.ruleId === 'repeated-word')!;
    const glossary = r.findings.find((f) => f.ruleId === 'glossary/tiktok')!;
    expect(repeated.severity).toBe('warning');
    expect(repeated.fixed).toBe(true);
    expect(glossary.severity).toBe('info');
    expect(glossary.fixed).toBe(false);
    expect(glossary.expected).toEqual(['TikTok']);
    expect(r.corrected).toBe('Sie kaufte Tick Tack und Brot.');
  });

  it('refuses an unknown rule or severity', async () => {
    await expect(Lektor.create({ severity: { speling: 'info' } })).rejects.toThrow(/unknown rule "speling" \(did you mean "spelling"\?\) in `severity`/);
    await expect(Lektor.create({ severity: { spelling: 'fatal' as 'info' } })).rejects.toThrow(/must be "error", "warning" or "info"/);
    await expect(Lektor.create({ review: ['quote'] })).rejects.toThrow(/unknown rule "quote" \(did you mean "quotes"\?\) in `review`/);
  });

  it('leaves the quality score as the rules’ own severities make it', async () => {
    const text = 'Das Wetter ist ist schön. Er sagte "ja" und  ging.';
    const plain = await (await Lektor.create({ glossary: await repoGlossary() })).check(text, { language: 'de' });
    const strict = await (await Lektor.create({ glossary: await repoGlossary(), severity: { quotes: 'error', 'double-space': 'error', 'repeated-word': 'info' } })).check(text, { language: 'de' });
    expect(strict.findings.find((f) => f.ruleId === 'quotes')!.severity).toBe('error');
    expect(strict.quality!.score).toBe(plain.quality!.score);
    expect(strict.quality!.mqm).toEqual(plain.quality!.mqm);
  });
});

describe('directive comments: case and near misses', () => {
  it('reads the keyword in any case, as markdownlint does (it had been ignored without a word)', async () => {
    expect(directivesIn('<!-- LEKTOR-DISABLE -->', 0)).toMatchObject([{ kind: 'disable', rules: [] }]);
    expect(directivesIn('<!-- Lektor-Disable-Next-Line spelling -->', 0)).toMatchObject([{ kind: 'disable-next-line', rules: ['spelling'] }]);
    const r = await md('<!-- LEKTOR-DISABLE-NEXT-LINE -->\nDas Wetter ist ist schön.\nDas Haus ist ist alt.\n');
    expect(rulesAt(r).filter((x) => x.endsWith('repeated-word'))).toEqual(['3:repeated-word']);
    expect(r.directives).toEqual([{ line: 1, directive: 'lektor-disable-next-line', rules: [], silenced: 1 }]);
  });

  it('reads ids as written, as --disable and the configuration do: one in another case is said with the id meant', async () => {
    const r = await md('<!-- Lektor-Disable Repeated-Word, quotes -->\n\nDas Wetter ist ist schön.\n');
    expect(r.findings.map((f) => f.ruleId)).toContain('repeated-word');
    expect(r.directives).toEqual([{ line: 1, directive: 'lektor-disable', rules: ['Repeated-Word', 'quotes'], silenced: 0, unknown: ['Repeated-Word'], didYouMean: { 'Repeated-Word': 'repeated-word' } }]);
    const entry = await md('<!-- lektor-disable Glossary/TikTok -->\n\nSie kaufte Tick Tack.\n');
    expect(entry.directives![0]).toMatchObject({ unknown: ['Glossary/TikTok'], didYouMean: { 'Glossary/TikTok': 'glossary/tiktok' } });
    expect(entry.findings.map((f) => f.ruleId)).toContain('glossary/tiktok');
    // A typo: the nearest rule id, when one is near enough; none for a word like no id.
    const typo = await md('<!-- lektor-disable Speling, frobnicate -->\n\nDas Wetter ist ist schön.\n');
    expect(typo.directives![0].unknown).toEqual(['Speling', 'frobnicate']);
    expect(typo.directives![0].didYouMean).toEqual({ Speling: 'spelling' });
  });

  it('names each unknown id once', async () => {
    const ids = Array.from({ length: 3000 }, (_, k) => `nope${k % 1500}`).join(',');
    const r = await md(`<!-- lektor-disable ${ids} -->\n\nDas Wetter ist ist schön.\n`);
    expect(r.directives![0].unknown).toHaveLength(1500);
  });

  it('says a comment that misses the hyphen, or mistypes one, with the directive meant', async () => {
    const spaced = await md('<!-- lektor disable-next-line -->\nDas Wetter ist ist schön.\n');
    expect(rulesAt(spaced)).toContain('2:repeated-word');
    expect(spaced.directives).toEqual([{ line: 1, directive: 'lektor disable-next-line', rules: [], silenced: 0, problem: expect.stringMatching(/^lektor disable-next-line is no directive \(did you mean lektor-disable-next-line\? /) }]);
    expect(directivesIn('<!-- LEKTOR_ENABLE -->', 0)).toMatchObject([{ kind: undefined, name: 'enable', written: 'LEKTOR_ENABLE' }]);
    expect(directivesIn('<!-- lektor: disable next line, please -->', 0)).toMatchObject([{ kind: undefined, name: 'disable-next-line' }]);
    const nextline = await md('<!-- Lektor-Disable-Nextline -->\nDas Wetter ist ist schön.\n');
    expect(nextline.directives![0].problem).toMatch(/^lektor-disable-nextline is no directive \(did you mean lektor-disable-next-line\? /);
  });

  it('leaves an editor\'s note alone: "Lektor-Hinweis" is German, no directive (in lower case, lektor-… is said, as before)', () => {
    expect(directivesIn('<!-- Lektor-Hinweis: bitte Zahlen prüfen -->', 0)).toEqual([]);
    expect(directivesIn('<!-- Lektor: Anna, 3. Mai -->', 0)).toEqual([]);
    expect(directivesIn('<!-- Lektorat: disable later -->', 0)).toEqual([]);
    expect(directivesIn('<!-- lektor-hinweis -->', 0)).toMatchObject([{ kind: undefined, name: 'hinweis' }]);
  });
});
