/**
 * `lektor glossary …`: the newsroom's glossary workflow. Changes go through
 * `GlossaryWorkspace` (src/glossary/edit.ts): made in memory, the whole glossary
 * validated with them, then written atomically, or refused with nothing written.
 *
 * Exit codes: 0 done; 1 an example fails (`test`) or there is nothing to remove;
 * 2 usage error, invalid glossary, or a refused change.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { Io } from './check.js';
import { compileGlossary, declinedDuplicates, loadAcceptedWords, loadGlossaryPath, runGlossaryExamples, glossaryExampleFailures, GlossaryError, TERM_TYPES, ACCEPT_FILE, type GlossaryEntry, type CompiledGlossary } from '../glossary/index.js';
import type { TermType } from '../glossary/types.js';
import { GlossaryEditError, GlossaryWorkspace, withGlossaryLock, type EditResult } from '../glossary/edit.js';
import { csvToEntries, csvVariantLine, entriesToCsv } from '../glossary/csv.js';
import { tbxToEntries, entriesToTbx } from '../glossary/tbx.js';
import { InputError, readInput, realPathOf, writeAtomic } from '../io/files.js';
import { builtinAcceptedWords, importedFormatError } from '../glossary/load.js';
import { languageCode, profileFor } from '../languages/index.js';
import type { LanguageProfile } from '../languages/types.js';

export const GLOSSARY_HELP = `Usage: lektor glossary <command> [options]

Commands:
  add TERM --lang de [--wrong VARIANT]… [--review VARIANT]… [--review-near WORD]… [--type person] [--note TEXT]
      [--source TEXT] [--first-mention TEXT] [--concept ID] [--gender m|f|n] [--plural]
      [--case-insensitive] [--do-not-translate] [--file F]
                       add an entry (or merge new variants into the existing
                       entry for that term and language)
  remove TERM [--lang de]
                       remove an entry (with --lang: only that language)
  list [--lang de] [--type brand] [--format text|json]
  validate             load and compile the whole glossary
  test                 run every entry's examples
  test "TEXT" [--lang de]
                       show what the glossary finds and writes in TEXT
  import FILE.csv|FILE.tbx [--file F]
                       add or merge the entries of a CSV or TBX file
  export [--format csv|tbx] [--lang de] [--out FILE]
                       write the glossary as CSV or TBX (default: stdout)

Options:
  --glossary DIR       the glossary folder (default: glossary/)
  --lang CODE          repeatable, or comma-separated (de,en)
  --wrong VARIANT      a forbidden variant; repeat for several
  --review VARIANT     a variant to flag with the term as the suggestion, never
                       replaced automatically (it is right in other contexts)
  --review-near WORD   a word that, in a variant's sentence, makes it a suggestion
                       ("Wecker" beside "Tick Tack": a clock's tick); repeatable
  --concept ID         the concept the entry names, shared with its entries in
                       other languages (a source term must be in the translation
                       in the target language's entry of the same concept)
  --gender m|f|n       the term's grammatical gender, for the entry's languages whose
                       articles show it (an article before a variant must agree)
  --plural             the term is a plural ("Vereinte Nationen")
  --file F             the YAML file to add to (a name in the glossary folder);
                       default: <topic>[-<languages>].yaml by type and language

Every change is validated with the whole glossary before anything is written;
a conflicting or invalid entry is refused and no file changes.
Exit codes: 0 done; 1 a failing example (test) or nothing to remove;
2 usage error, invalid glossary, or a refused change.
`;

class UsageError extends Error {}

function languagesOf(values: string[] | undefined): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  // (A regional tag of a language Lektor has names it, as in the YAML: "de-DE" is de.)
  const out = values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => profileFor(s)?.code ?? s.toLowerCase());
  for (const l of out) if (!/^[a-z]{2,3}$/.test(l)) throw new UsageError(`--lang must be a language code such as de or en, not "${l}"`);
  // ("ita" and "it", "deu" and "de" are one language: the code the glossary writes.)
  return [...new Set(out.map(languageCode))];
}

function oneLanguage(values: string[] | undefined): string | undefined {
  const langs = languagesOf(values);
  if (langs && langs.length > 1) throw new UsageError('give one --lang here');
  return langs?.[0];
}

function printResults(io: Io, results: EditResult[]): void {
  for (const r of results) for (const m of r.messages) io.stdout.write(`${m}\n`);
}

/** Run `lektor glossary <args>`; resolves to the exit code. */
export async function runGlossary(args: string[], io: Io, options: { glossaryDir: string }): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        glossary: { type: 'string' },
        lang: { type: 'string', multiple: true },
        wrong: { type: 'string', multiple: true },
        review: { type: 'string', multiple: true },
        'review-near': { type: 'string', multiple: true },
        gender: { type: 'string' },
        plural: { type: 'boolean', default: false },
        type: { type: 'string' },
        note: { type: 'string' },
        source: { type: 'string' },
        'first-mention': { type: 'string' },
        concept: { type: 'string' },
        'case-insensitive': { type: 'boolean', default: false },
        'do-not-translate': { type: 'boolean', default: false },
        file: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout.write(GLOSSARY_HELP);
      return command === undefined && !values.help ? 2 : 0;
    }
    const dir = values.glossary ?? options.glossaryDir;
    // (A CSV or TBX file given as the glossary: to be imported, not edited as YAML.)
    const other = existsSync(dir) && !statSync(dir).isDirectory() ? importedFormatError(dir) : undefined;
    if (other) throw new RefusedError(other.message);
    const usedOnlyBy = (names: string[], allowed: string[]) => {
      for (const n of names) {
        const v = (values as Record<string, unknown>)[n];
        if (v !== undefined && v !== false && !allowed.includes(command)) throw new UsageError(`--${n} does not apply to "glossary ${command}"`);
      }
    };
    usedOnlyBy(['wrong', 'review', 'review-near', 'note', 'source', 'first-mention', 'concept', 'gender', 'plural', 'case-insensitive', 'do-not-translate'], ['add']);
    usedOnlyBy(['type'], ['add', 'list']);
    usedOnlyBy(['lang'], ['add', 'remove', 'list', 'export', 'test']);
    usedOnlyBy(['file'], ['add', 'import']);
    usedOnlyBy(['out'], ['export']);
    usedOnlyBy(['format'], ['list', 'export']);
    const expectArgs = (n: number, what: string) => {
      if (rest.length !== n) throw new UsageError(rest.length < n ? `missing ${what}` : `too many arguments: ${rest.slice(n).join(' ')} (quote a term of several words)`);
    };

    switch (command) {
      case 'add': {
        expectArgs(1, 'the term');
        const type = values.type ?? undefined;
        if (type !== undefined && !TERM_TYPES.includes(type as TermType)) throw new UsageError(`--type must be one of ${TERM_TYPES.join(', ')}, not "${type}"`);
        // "--wrong 'Tick Tack, Tik Tok'" meant two variants: a comma splits the text's words, so
        // as one variant it could never match.
        for (const v of [...(values.wrong ?? []), ...(values.review ?? [])]) {
          if (v.includes(',')) throw new UsageError(`the variant "${v}" has a comma in it, which splits words, so it could never match; for several variants, repeat --wrong (or --review)`);
        }
        const result = await withGlossaryLock(dir, async () => {
          const ws = await GlossaryWorkspace.open(dir);
          const added = ws.add(
            {
              term: rest[0],
              languages: languagesOf(values.lang),
              type: type as TermType | undefined,
              wrong: values.wrong,
              review: values.review,
              ...(values['review-near'] ? { reviewNear: values['review-near'] } : {}),
              note: values.note,
              source: values.source,
              firstMention: values['first-mention'],
              concept: values.concept,
              ...(values.gender !== undefined ? { gender: values.gender } : {}),
              ...(values.plural ? { plural: true } : {}),
              caseSensitive: values['case-insensitive'] ? false : undefined,
              doNotTranslate: values['do-not-translate'] ? true : undefined,
            },
            { file: values.file },
          );
          await saveOrRefuse(ws);
          return { added, entry: ws.entries().find((e) => e.term === rest[0].trim().normalize('NFC')) };
        });
        printResults(io, [result.added]);
        if (result.entry) {
          await noteCommonWords(result.entry, values.wrong ?? [], io, dir);
          const added = new Set([...(values.wrong ?? []), ...(values.review ?? [])].map((v) => v.trim().normalize('NFC')));
          warnDeclined([result.entry], io, (d) => added.has(d.variant) || added.has(d.covers));
        }
        return 0;
      }
      case 'remove': {
        expectArgs(1, 'the term');
        const results = await withGlossaryLock(dir, async () => {
          const ws = await GlossaryWorkspace.open(dir);
          const removed = ws.remove(rest[0], { lang: oneLanguage(values.lang) });
          await saveOrRefuse(ws);
          return removed;
        });
        printResults(io, results);
        return 0;
      }
      case 'list': {
        expectArgs(0, '');
        const format = values.format ?? 'text';
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
        const lang = oneLanguage(values.lang);
        if (values.type !== undefined && !TERM_TYPES.includes(values.type as TermType)) throw new UsageError(`--type must be one of ${TERM_TYPES.join(', ')}`);
        const entries = (await loadGlossaryPath(dir)).filter((e) => (!lang || e.languages.includes(lang)) && (!values.type || e.type === values.type));
        if (format === 'json') io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        else for (const e of entries) io.stdout.write(`${listLine(e)}\n`);
        return 0;
      }
      case 'validate': {
        expectArgs(0, '');
        // (Every file's errors, each at its line: a newsroom fixes them in one go.)
        const entries = await loadGlossaryPath(dir, { everyFile: true });
        const accepted = await loadAcceptedWords(dir);
        const glossary = compileGlossary(entries, { runExamples: false, accepted });
        const examples = runGlossaryExamples(glossary);
        const files = new Set(entries.map((e) => e.origin.file)).size;
        const variants = entries.reduce((n, e) => n + e.wrong.length, 0);
        const reviewed = entries.reduce((n, e) => n + (e.review?.length ?? 0), 0);
        const words = [...accepted.values()].reduce((n, set) => n + set.size, 0);
        const acceptedNote = words > 0 ? `, ${words} accepted word${words === 1 ? '' : 's'} (${[...accepted.keys()].map((l) => l || 'all languages').join(', ')})` : '';
        warnDeclined(entries, io);
        io.stdout.write(`OK: ${entries.length} entries in ${files} file${files === 1 ? '' : 's'} (${glossary.languages().join(', ') || 'no languages'}), ${variants} forbidden variants${reviewed > 0 ? ` and ${reviewed} for review` : ''}, ${examples} examples passed${acceptedNote}\n`);
        return 0;
      }
      case 'test': {
        if (rest.length > 1) throw new UsageError(`give the text to try as one argument, in quotes: lektor glossary test "${rest.join(' ')}"`);
        const glossary = compileGlossary(await loadGlossaryPath(dir), { runExamples: false, accepted: await loadAcceptedWords(dir) });
        if (rest.length === 1) return tryText(glossary, rest[0], oneLanguage(values.lang), io);
        if (values.lang !== undefined) throw new UsageError('--lang applies to "glossary test" with a text to try');
        return runExamples(glossary, io);
      }
      case 'import': {
        expectArgs(1, 'the file to import (.csv or .tbx)');
        return await withGlossaryLock(dir, () => runImport(rest[0], dir, values.file, io));
      }
      case 'export': {
        expectArgs(0, '');
        const format = values.format ?? (values.out && /\.(tbx|xml)$/i.test(values.out) ? 'tbx' : 'csv');
        if (format !== 'csv' && format !== 'tbx') throw new UsageError(`--format must be csv or tbx, not "${format}"`);
        const lang = oneLanguage(values.lang);
        const entries = await loadGlossaryPath(dir);
        const text = format === 'csv' ? entriesToCsv(entries, { lang }) : entriesToTbx(entries, { lang });
        if (values.out) {
          await refuseGlossaryFile(values.out, dir, format);
          await writeAtomic(values.out, text);
          const count = entries.filter((e) => !lang || e.languages.includes(lang)).length;
          io.stderr.write(`wrote ${count} entries to ${values.out}\n`);
        } else io.stdout.write(text);
        return 0;
      }
      default:
        throw new UsageError(`unknown glossary command "${command}" (add, remove, list, validate, test, import, export)`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`lektor glossary: ${(error as Error).message}\nRun "lektor glossary --help" for usage.\n`);
      return 2;
    }
    if (error instanceof RefusedError) {
      io.stderr.write(`lektor glossary: ${error.message}\n`);
      return 2;
    }
    if (error instanceof GlossaryEditError) {
      io.stderr.write(`lektor glossary: ${error.message}${error.code === 'invalid' ? '; nothing was written' : ''}\n`);
      return error.code === 'not-found' ? 1 : 2;
    }
    if (error instanceof GlossaryError) {
      for (const problem of error.problems) io.stderr.write(`lektor glossary: ${problem}\n`);
      if (error.problems.length > 1) io.stderr.write(`lektor glossary: ${error.problems.length} errors\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr.write(`lektor glossary: ${error.message}\n`);
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path) {
      io.stderr.write(`lektor glossary: ${(error as NodeJS.ErrnoException).path}: no such file or folder\n`);
      return 2;
    }
    // A file that cannot be written ("--out" a folder, a read-only file, a full disk): said plainly
    // (what was written before it, the message says).
    if (/^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code ?? ''))) {
      io.stderr.write(`lektor glossary: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

class RefusedError extends Error {}

/**
 * An export never replaces what the glossary is read from, nor writes a file it would read:
 * no YAML name (the export is CSV or TBX), no accepted-words file in its folder, not the
 * glossary file itself.
 */
async function refuseGlossaryFile(out: string, glossary: string, format: string): Promise<void> {
  const name = path.basename(out);
  if (/\.ya?ml$/i.test(name)) throw new RefusedError(`refused, nothing was written: --out ${out} has a YAML name, but the export is ${format.toUpperCase()} (name it .${format})`);
  const target = await realPathOf(out);
  const folder = await realPathOf(glossary);
  const inside = target === folder || target.startsWith(folder + path.sep);
  if (!inside) return;
  if (target === folder || ACCEPT_FILE.test(name)) throw new RefusedError(`refused, nothing was written: --out ${out} ${target === folder ? 'is' : 'would be read as part of'} the glossary ${glossary}; export to another file`);
}

/** Validate and write; a change that breaks the glossary is refused with the loader's message. */
async function saveOrRefuse(ws: GlossaryWorkspace): Promise<string[]> {
  try {
    return await ws.save();
  } catch (error) {
    if (error instanceof GlossaryError) {
      // An entry's own example that the change breaks ("… becomes …, expected …") is to be edited by hand.
      const hint = /: example "/.test(error.message) ? ' (the entry\'s examples must still hold after the change: edit them in the file)' : '';
      throw new RefusedError(`refused, nothing was written: ${error.message}${hint}`);
    }
    throw error;
  }
}

function listLine(e: GlossaryEntry): string {
  const flags = [e.caseSensitive ? '' : 'case-insensitive', e.doNotTranslate ? 'do not translate' : ''].filter(Boolean);
  const wrong =
    (e.wrong.length > 0 ? `  ← ${e.wrong.join(', ')}` : '') +
    (e.review?.length ? `  ?← ${e.review.join(', ')} (review)` : '') +
    (e.reviewNear?.length ? `  (review near ${e.reviewNear.join(', ')})` : '');
  const concept = e.concept !== undefined ? `; concept ${e.concept}` : '';
  // ("gender f", "plural", or per language: "gender de n, es m".)
  const perLanguage = (values: Readonly<Record<string, unknown>> | undefined, show: (v: unknown) => string) => {
    if (values === undefined) return '';
    const codes = Object.keys(values);
    return new Set(codes.map((c) => values[c])).size === 1 ? show(values[codes[0]]) : codes.map((c) => `${c} ${show(values[c])}`).join(', ');
  };
  const grammar = [
    e.gender ? `gender ${perLanguage(e.gender, String)}` : '',
    e.plural ? perLanguage(e.plural, (v) => (v ? 'plural' : 'singular')) : '',
  ].filter(Boolean);
  return `${e.term} (${e.type}; ${e.languages.join(', ')}${concept}${grammar.length ? `; ${grammar.join(', ')}` : ''}${flags.length ? `; ${flags.join(', ')}` : ''})${wrong}  [${e.origin.file}:${e.origin.line}]`;
}

/**
 * Run every entry's examples and list every failing entry: after a failure, that
 * entry's examples are set aside and the rest run again.
 */
function runExamples(glossary: CompiledGlossary, io: Io): number {
  // Every failing example, not only each entry's first: a journalist fixes them in one go.
  const { passed, failures } = glossaryExampleFailures(glossary);
  if (failures.length === 0) {
    io.stdout.write(`${passed} examples passed\n`);
    return 0;
  }
  const total = passed + failures.length;
  const entries = new Set(failures.map((f) => `${f.file}:${f.entryLine ?? f.line}`)).size;
  io.stdout.write(`${passed} of ${total} examples passed; ${failures.length} failed, in ${entries} ${entries === 1 ? 'entry' : 'entries'}:\n`);
  for (const f of failures) io.stdout.write(`  ${f.message}\n`);
  return 1;
}

/**
 * A variant that another variant of the entry covers already, where the language declines
 * adjectives ("Europäischen Zentralen Bank" beside "Europäische Zentrale Bank"): a warning, on
 * stderr; the glossary is valid and works as it is.
 */
function warnDeclined(entries: readonly GlossaryEntry[], io: Io, which: (d: ReturnType<typeof declinedDuplicates>[number]) => boolean = () => true): void {
  for (const d of declinedDuplicates(entries)) {
    if (!which(d)) continue;
    io.stderr.write(
      `lektor glossary: warning: ${d.entry.origin.file}:${d.entry.origin.line}: entry "${d.entry.term}": variant "${d.variant}" is a declined form of "${d.covers}" (${d.language}), ` +
        `which matches it already in every case, and the fix declines the term as the text declines the variant; "${d.variant}" can be removed\n`,
    );
  }
}

/**
 * After `add`: a variant to replace that is ordinary prose of one of the entry's languages
 * ("Zeit" for "Die Zeit", "Was App" for "WhatsApp") would be replaced wherever the text writes
 * those words ("die Zeit verging"): said, with the command that moves it to review. Names are
 * not ("Tick Tack", "Peter-Hans Müller", "Bundesnetz Agentur": a note on each had taught editors
 * to skip the one that matters); see `ordinaryProse`.
 */
async function noteCommonWords(entry: GlossaryEntry, wrong: readonly string[], io: Io, dir: string): Promise<void> {
  if (wrong.length === 0) return;
  // (Accepted words are words of the language too: Lektor's, "App" in wordlists/accept-de.txt, and the glossary's.)
  const accepted = await loadAcceptedWords(dir).catch(() => new Map<string, Set<string>>());
  for (const line of await commonWordNotes(entry, wrong, accepted)) io.stdout.write(`${line}\n`);
}

/** The notes `noteCommonWords` prints, one per variant (exported for tests and measurement). */
export async function commonWordNotes(entry: GlossaryEntry, wrong: readonly string[], accepted: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Promise<string[]> {
  if (wrong.length === 0) return [];
  const { loadSpeller } = await import('../spell/hunspell.js');
  const ordinaryIn = new Map<string, LanguageProfile[]>();
  for (const code of entry.languages) {
    const profile = profileFor(code);
    if (!profile) continue;
    const dictionary = await loadSpeller(profile);
    const words = [...builtinAcceptedWords(code), ...(accepted.get('') ?? []), ...(accepted.get(code) ?? [])];
    const known = new Set(words);
    const speller = {
      correct: (w: string) => known.has(w) || dictionary.correct(w),
      isName: (w: string) => !known.has(w) && dictionary.isName(w),
      // (A capitalized accepted word, where nouns are capitalized, is a noun: "App".)
      isCommonNoun: (w: string, flags: string) => (known.has(w) && w[0] !== w[0].toLowerCase()) || dictionary.isCommonNoun(w, flags),
    };
    for (const variant of wrong) {
      if (!ordinaryProse(variant, speller, profile)) continue;
      const list = ordinaryIn.get(variant) ?? [];
      list.push(profile);
      ordinaryIn.set(variant, list);
    }
  }
  const notes: string[] = [];
  for (const [variant, profiles] of ordinaryIn) {
    const words = variant.split(/[\s\-‐‑]+/u).filter(Boolean);
    const names = profiles.map((p) => p.name);
    const what = `${words.length === 1 ? 'a word' : 'made of ordinary words'} of ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}`;
    // A variant is the whole entry's: `--review` moves it to review in every language of the
    // entry. Suggested only where that is what is wanted; else said how (the note had suggested
    // "--lang en --review …" for a five-language entry, which moved it for all five).
    const fine = entry.languages.filter((code) => !profiles.some((p) => p.code === code));
    const codes = profiles.map((p) => p.code);
    const how =
      fine.length === 0
        ? `list it for review instead: lektor glossary add ${shellQuoted(entry.term)} --lang ${entry.languages.join(',')} --review ${shellQuoted(variant)}`
        : `list it for review in ${names.length === 1 ? names[0] : 'those languages'} only, in an entry of ${names.length === 1 ? 'its' : 'their'} own (--review on this entry would move it for ${fine.join(', ')} too): ` +
          `${codes.map((code) => `lektor glossary remove ${shellQuoted(entry.term)} --lang ${code} && `).join('')}${addCommand(entry, codes, variant)}`;
    notes.push(`note: "${variant}" is ${what}: it will be replaced wherever it is written, in any sense; if it is right in other contexts, ${how}`);
  }
  return notes;
}

/** The `glossary add` that makes `entry` again for `codes`, with `variant` for review instead of replaced (its examples stay with the other languages' entry). */
function addCommand(entry: GlossaryEntry, codes: readonly string[], variant: string): string {
  const args = [`lektor glossary add ${shellQuoted(entry.term)} --lang ${codes.join(',')} --type ${entry.type}`];
  for (const w of entry.wrong) if (w !== variant) args.push(`--wrong ${shellQuoted(w)}`);
  for (const w of [...(entry.review ?? []), variant]) args.push(`--review ${shellQuoted(w)}`);
  for (const w of entry.reviewNear ?? []) args.push(`--review-near ${shellQuoted(w)}`);
  const text: Array<[string, string | undefined]> = [['note', entry.note], ['source', entry.source], ['first-mention', entry.firstMention], ['concept', entry.concept]];
  for (const [flag, value] of text) if (value !== undefined) args.push(`--${flag} ${shellQuoted(value)}`);
  const genders = new Set(codes.map((c) => entry.gender?.[c]).filter((g) => g !== undefined));
  if (genders.size === 1) args.push(`--gender ${[...genders][0]}`);
  if (codes.some((c) => entry.plural?.[c])) args.push('--plural');
  if (!entry.caseSensitive) args.push('--case-insensitive');
  if (entry.doNotTranslate) args.push('--do-not-translate');
  return args.join(' ');
}

/** A word for a POSIX shell: in double quotes, or single ones where double quotes would expand something. */
function shellQuoted(s: string): string {
  return /["$`\\!]/.test(s) ? `'${s.replace(/'/g, `'\\''`)}'` : `"${s}"`;
}

/**
 * Whether a variant, as written, is likely ordinary prose of the language, which a text may
 * write in another sense: each word a form that running text writes, a word the dictionary
 * knows in lower case ("die", "zeit" for "Zeit" at a sentence's start) or, in a language that
 * capitalizes its nouns, a common noun of the dictionary ("Zeit", "Welt", "Spiegel": a noun's
 * endings or a compound's part; not "Tick", "Merkels", a name-like stem without either). Not: a word the dictionary lists as a name
 * ("Peter", "Apple"), a capitalized word after the first unknown in lower case ("Tick Tack" in
 * English, where running text writes "tick tack"), a word the dictionary does not know. A
 * single word is also ordinary where the dictionary knows it and lists no name of it (a German
 * compound, "Bundesagentur").
 */
export function ordinaryProse(variant: string, speller: { correct(w: string): boolean; isName(w: string): boolean; isCommonNoun(w: string, flags: string): boolean }, profile: LanguageProfile): boolean {
  const words = variant.split(/[\s\-‐‑]+/u).filter(Boolean);
  if (words.length === 0) return false;
  // (A noun's plural or feminine flags, or the flags of a compound's part, which "Spiegel" has without the others: see `compoundFlags`.)
  const flags = (profile.nounFlags ?? '') + (profile.compoundFlags ?? '');
  const noun = (w: string) => profile.capitalizesNouns && flags !== '' && speller.isCommonNoun(w, flags);
  // (In a language that capitalizes nouns every noun is a "name" of the .dic: a name there is one that is no noun.)
  const name = (w: string) => speller.isName(w) && !noun(w);
  return words.every((w, i) => {
    const lower = w.toLowerCase();
    if (w === lower) return speller.correct(w);
    if (name(w)) return false;
    // Capitalized (not "TikTok", "AfD", "ZEIT"): a noun where nouns are, a sentence's first word otherwise.
    if (w !== w[0] + w.slice(1).toLowerCase()) return false;
    if (noun(w)) return true;
    if (i === 0 && speller.correct(lower)) return true;
    return words.length === 1 && profile.capitalizesNouns && speller.correct(w);
  });
}

/**
 * `glossary test "TEXT"`: what the glossary finds in a text and what it writes, so that a
 * journalist sees what a new entry will match before a run over the articles.
 */
async function tryText(glossary: CompiledGlossary, text: string, lang: string | undefined, io: Io): Promise<number> {
  const { Lektor } = await import('../core/pipeline.js');
  const { terminalSafe } = await import('../report/terminal.js');
  const lektor = await Lektor.create({ glossary, only: ['glossary', 'name-compound'], quality: false });
  const result = await lektor.check(text, { path: 'test.txt', format: 'text', ...(lang ? { language: lang } : {}) });
  const found = result.findings.filter((f) => f.source === 'glossary' || f.ruleId === 'name-compound');
  if (found.length === 0) {
    io.stdout.write(`no glossary entry matches (read as ${result.language})\n`);
    return 0;
  }
  for (const f of found) {
    const what = f.fixed ? `→ "${terminalSafe(f.expected[0] ?? '')}" (fixed)` : f.expected.length > 0 ? `→ "${terminalSafe(f.expected[0])}"? (suggested)` : '(noted)';
    io.stdout.write(`"${terminalSafe(f.actual)}" ${what}  ${f.ruleId}: ${terminalSafe(f.message)}\n`);
  }
  io.stdout.write(`corrected (${result.language}): ${terminalSafe(result.corrected)}\n`);
  return 0;
}

/**
 * The imported rows or concepts (file:line) behind a refused entry: those of the entries the
 * error names (its own, and the one it clashes with, "(file:line)" in its message), narrowed to
 * the rows that write the word in question ("Tick Tack" is also a variant of …) where some do.
 */
export function importedRows(error: GlossaryError, entries: readonly GlossaryEntry[], imported: readonly GlossaryEntry[]): string[] {
  const places = [[error.file, error.entryLine ?? error.line], ...[...error.message.matchAll(/\(([^()]+?):(\d+)\)/g)].map((m) => [m[1], Number(m[2])])];
  const terms = new Set(entries.filter((e) => places.some(([file, line]) => e.origin.file === file && e.origin.line === line)).map((e) => e.term));
  const rows = imported.filter((e) => terms.has(e.term));
  const word = /"([^"]+)" is (?:also|the term)/.exec(error.message)?.[1];
  const writing = word === undefined ? [] : rows.filter((e) => [e.term, ...e.wrong, ...(e.review ?? [])].includes(word));
  // (A CSV import's variant names its own row.)
  return [...new Set((writing.length > 0 ? writing : rows).map((e) => `${e.origin.file}:${(word !== undefined ? csvVariantLine(e, word) : undefined) ?? e.origin.line}`))];
}

async function runImport(file: string, dir: string, target: string | undefined, io: Io): Promise<number> {
  const ext = path.extname(file).toLowerCase();
  if (!['.csv', '.tbx', '.xml'].includes(ext)) throw new UsageError(`cannot tell the format of ${file}: name a .csv or .tbx file`);
  const { text } = await readInput(file);
  let imported: GlossaryEntry[];
  if (ext === '.csv') imported = csvToEntries(text, file);
  else {
    const { entries, warnings } = tbxToEntries(text, file);
    for (const w of warnings) io.stderr.write(`lektor glossary: warning: ${w}\n`);
    imported = entries;
  }
  const ws = await GlossaryWorkspace.open(dir);
  const results: EditResult[] = ws.mergeAll(imported, { file: target }, (error, entry) =>
    error instanceof GlossaryEditError ? new GlossaryError(entry.origin.file, entry.origin.line, `${error.message}; nothing was written`) : error,
  );
  let written: string[];
  try {
    written = await ws.save();
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    const from = importedRows(error, ws.entries(), imported);
    io.stderr.write(`lektor glossary: import refused, nothing was written: ${error.message}${from.length > 0 ? ` (imported from ${from.join(', ')})` : ''}\n`);
    return 2;
  }
  printResults(io, results.filter((r) => r.action !== 'unchanged'));
  const count = (a: EditResult['action']) => results.filter((r) => r.action === a).length;
  io.stdout.write(
    `imported ${file}: ${imported.length} entries, ${count('added')} added, ${count('merged')} merged, ${count('unchanged')} unchanged${written.length ? `; wrote ${written.join(', ')}` : '; no file changed'}\n`,
  );
  return 0;
}
