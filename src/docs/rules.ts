/**
 * The rules' reference pages (`docs/rules/<id>.md`) and the README's table of rules, written
 * from each rule's metadata: its description, languages, category, severity, kind of fix,
 * and the examples the test suite runs (`test/rules/examples.test.ts`). What a page says in
 * its own words, how the rule decides and what it leaves alone, is written by hand between
 * two markers and kept as it is. `npm run docs` rewrites the pages and the table;
 * `test/docs/rule-docs.test.ts` fails when one of them is not what this writes, so that the
 * documentation cannot drift from the rules.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule, RuleExample, RuleMeta } from '../core/rule.js';
import { writeAtomic } from '../io/files.js';

export const DETAILS_BEGIN = '<!-- written by hand: begin -->';
export const DETAILS_END = '<!-- written by hand: end -->';
export const TABLE_BEGIN = '<!-- rules table: written by `npm run docs` from the rules, do not edit -->';
export const TABLE_END = '<!-- rules table: end -->';

const FIX_WORDS: Record<RuleMeta['fix'], string> = { safe: 'automatic', review: 'review', none: 'none' };

/** A rule's fix in the words of the documentation: what an editor gets. */
export function fixWord(meta: RuleMeta): string {
  return meta.category === 'quality' ? 'hint only' : FIX_WORDS[meta.fix];
}

function languagesWord(meta: RuleMeta): string {
  return meta.languages === 'all' ? 'all' : meta.languages.length === 0 ? 'none installed' : meta.languages.join(', ');
}

/** What an example's invisible characters are shown as (a cell is one line, and a reader must see them). */
export const SHOWN: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\r\n/g, '␍⏎', 'a line break written CR LF'],
  [/\r/g, '␍', 'a carriage return'],
  [/\n/g, '⏎', 'a line break'],
  [/\t/g, '→', 'a tab'],
  [/\u00a0/g, '⍽', 'a no-break space'],
  [/\u202f/g, '⎵', 'a narrow no-break space'],
  [/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '¤', 'an invisible character (a soft hyphen, a zero-width space or joiner)'],
];

/**
 * Text as a Markdown code span inside a table cell: the fence is one backtick longer than
 * the longest run inside, `|` is escaped (GFM splits cells on it even in code), and line
 * breaks, tabs and invisible spaces are shown as `SHOWN` says.
 */
export function codeCell(text: string): string {
  let shown = text;
  for (const [re, sign] of SHOWN) shown = shown.replace(re, sign);
  shown = shown.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') || /^ .* $/.test(shown) ? ' ' : '';
  return shown === '' ? '(empty)' : `${fence}${pad}${shown}${pad}${fence}`;
}

function exampleRows(examples: RuleExample[], withOutput: boolean, withSource: boolean): string[] {
  return examples.map((ex) => {
    const cells = [ex.lang, ...(withSource ? [codeCell(ex.source ?? '')] : []), codeCell(ex.text), ...(withOutput ? [ex.output === undefined ? (ex.severity === undefined ? '(flagged)' : `(flagged: ${ex.severity})`) : codeCell(ex.output)] : [])];
    return `| ${cells.join(' | ')} |`;
  });
}

/** The hand-written part of an existing page, or a placeholder for a new rule's. */
export function handWritten(page: string | undefined): string {
  if (page === undefined) return 'What the rule finds, what it leaves alone and why, with the figures it was measured by.';
  const a = page.indexOf(DETAILS_BEGIN);
  const b = page.indexOf(DETAILS_END);
  if (a < 0 || b < a) throw new Error(`the page has no part written by hand between "${DETAILS_BEGIN}" and "${DETAILS_END}"`);
  return page.slice(a + DETAILS_BEGIN.length, b).trim();
}

/** A rule's reference page, its hand-written part taken from `details`. */
export function rulePage(meta: RuleMeta, details: string): string {
  const fix = fixWord(meta);
  const lines = [
    `<!-- Written by \`npm run docs\` from src/rules/${meta.id}.ts, except the part between the markers below. -->`,
    `# \`${meta.id}\``,
    '',
    meta.description,
    '',
    '| languages | category | severity | fix |',
    '| --- | --- | --- | --- |',
    `| ${languagesWord(meta)} | ${meta.category} | ${meta.severity} | ${fix} |`,
    '',
    `The rule's code: [src/rules/${meta.id}.ts](../../src/rules/${meta.id}.ts). ` +
      (fix === 'automatic'
        ? 'Its fixes are applied automatically where the rule judges them safe; the rest of its findings are listed for review.'
        : fix === 'review'
          ? 'Its suggestions are listed for an editor to review; none is applied automatically.'
          : fix === 'hint only'
            ? 'Its findings are review hints: counted, shown in the report, never applied.'
            : 'Its findings carry no suggestion.') +
      (meta.languageOf === 'document' ? " It follows the document's language in every paragraph (a publication's conventions)." : '') +
      (meta.needsSource ? ' It runs only when the source text is given (`--source`).' : ''),
    '',
    '## What it finds',
    '',
    DETAILS_BEGIN,
    details,
    DETAILS_END,
    '',
    '## Examples',
    '',
    "The rule's own examples, which the test suite runs (`test/rules/examples.test.ts`): each flagged text must get a finding of this rule, and each text left alone none. *after* is the flagged text with the rule's automatic fixes where it made any, else with the first suggestion of its first finding only (other findings in the same text are not applied, and a suggestion is not written by Lektor: the rule's fix column above says which it does).",
    '',
  ];
  // (Replaced in order, as `codeCell` does: a CR LF is no lone CR.)
  let all = [...meta.examples.flag.flatMap((e) => [e.source ?? '', e.text, e.output ?? '']), ...meta.examples.pass.flatMap((e) => [e.source ?? '', e.text])].join('');
  const signs: string[] = [];
  for (const [re, sign, what] of SHOWN) {
    const next = all.replace(re, '');
    if (next !== all) signs.push(`${sign} ${what}`);
    all = next;
  }
  if (signs.length > 0) lines.push(`In the texts, ${signs.join(', ')}.`, '');
  if (meta.examples.flag.some((e) => e.severity !== undefined)) lines.push('*flagged: info* (or *error*): the severity its first finding must have.', '');
  // (A rule that compares with the source: each example's, read as English, in a column before the text.)
  const src = meta.needsSource === true;
  const head = (names: string[]) => [`| ${names.join(' | ')} |`, `|${names.map(() => ' --- |').join('')}`];
  if (meta.examples.flag.length > 0) lines.push('Flagged:', '', ...head(['language', ...(src ? ['source (English)'] : []), 'text', 'after']), ...exampleRows(meta.examples.flag, true, src), '');
  if (meta.examples.pass.length > 0) lines.push('Left alone:', '', ...head(['language', ...(src ? ['source (English)'] : []), 'text']), ...exampleRows(meta.examples.pass, false, src), '');
  if (meta.examples.flag.length + meta.examples.pass.length === 0) lines.push('This rule needs more than one text (a source, a whole document); its tests are in `test/rules/`.', '');
  return lines.join('\n');
}

/** The README's table of rules, in the order they run. */
export function rulesTable(rules: readonly Rule[]): string {
  return [
    TABLE_BEGIN,
    '| rule | finds | languages | fix |',
    '| --- | --- | --- | --- |',
    ...rules.map(({ meta }) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.description.replace(/\|/g, '\\|')} | ${languagesWord(meta)} | ${fixWord(meta)} |`),
    TABLE_END,
  ].join('\n');
}

/** The README with its table of rules rewritten. */
export function withRulesTable(readme: string, rules: readonly Rule[]): string {
  const a = readme.indexOf(TABLE_BEGIN);
  const b = readme.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error(`README.md has no rules table between "${TABLE_BEGIN}" and "${TABLE_END}"`);
  return readme.slice(0, a) + rulesTable(rules) + readme.slice(b + TABLE_END.length);
}

/** Each file the documentation should hold, with the content this writes. */
export function expectedDocs(root: string, rules: readonly Rule[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { meta } of rules) {
    const path = join(root, 'docs', 'rules', `${meta.id}.md`);
    const page = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    let details: string;
    try {
      details = handWritten(page);
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}`);
    }
    out.set(path, rulePage(meta, details));
  }
  const readme = join(root, 'README.md');
  out.set(readme, withRulesTable(readFileSync(readme, 'utf8'), rules));
  return out;
}

/** Pages in `docs/rules/` that name no rule (a rule renamed or removed). */
function orphanPages(root: string, rules: readonly Rule[]): string[] {
  const ids = new Set(rules.map((r) => r.meta.id));
  const dir = join(root, 'docs', 'rules');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && !ids.has(f.slice(0, -3))).map((f) => join(dir, f)) : [];
}

/** The files that differ from what `expectedDocs` writes, and pages of rules that no longer exist. */
export function staleDocs(root: string, rules: readonly Rule[]): string[] {
  const stale: string[] = [];
  for (const [path, content] of expectedDocs(root, rules)) if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(path);
  return [...stale, ...orphanPages(root, rules)];
}

async function main(): Promise<void> {
  const { defaultRules } = await import('../rules/index.js');
  const root = resolve(process.argv[2] ?? '.');
  if (process.argv.includes('--check')) {
    const stale = staleDocs(root, defaultRules);
    for (const p of stale) process.stderr.write(`${p}: not as the rules say; run \`npm run docs\`\n`);
    process.exitCode = stale.length > 0 ? 1 : 0;
    return;
  }
  let written = 0;
  for (const [path, content] of expectedDocs(root, defaultRules)) {
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    await writeAtomic(path, content);
    written++;
  }
  process.stderr.write(`docs: ${written} file(s) written\n`);
  for (const page of orphanPages(root, defaultRules)) process.stderr.write(`docs: ${page} names no rule; remove it\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    process.stderr.write(`docs: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
}
