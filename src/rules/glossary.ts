/**
 * Glossary: forbidden variants of names, brands and bodies are replaced by the
 * canonical term (a safe fix), inflection and hyphenation kept; a person's given
 * names in another order are caught without listing them; the term written with
 * other separators ("Pierre Richard Prosper") is corrected; the term repeated in a row
 * ("Tick Tack Tick Tack") becomes one term; and a term with a first-mention form must be
 * introduced with it.
 *
 * @example
 *   in:  "Hikvision ist weniger bekannt als Huawei oder Tick Tack."
 *   out: "Hikvision ist weniger bekannt als Huawei oder TikTok."
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { isVerbatim, toSource, type Block } from '../core/document.js';
import { onlyWhitespace } from '../core/segment.js';
import type { GlossaryEntry, GlossaryMatch } from '../glossary/index.js';
import type { GlossaryEntryRef } from '../core/types.js';
import { profileFor } from '../languages/index.js';
import { escapeRegExp } from '../core/regexp.js';
import { keepLineBreaksInBlock } from '../fix/line-breaks.js';

/** A glossary match in source offsets, for document-level checks. */
export interface Occurrence {
  match: GlossaryMatch;
  start: number;
  end: number;
}

const OCCURRENCES = 'glossary.occurrences';
const BLOCK_MATCHES = 'glossary.blockMatches';

/** The glossary matches of a block (computed once per block, shared with other rules). */
export function blockMatches(ctx: RuleContext): GlossaryMatch[] {
  let cache = ctx.doc.state.get(BLOCK_MATCHES) as Map<Block, GlossaryMatch[]> | undefined;
  if (!cache) ctx.doc.state.set(BLOCK_MATCHES, (cache = new Map()));
  let matches = cache.get(ctx.block);
  if (!matches) {
    const speller = ctx.doc.resources.speller(ctx.language);
    // (With the dictionary: a variant that begins a closed compound, "Komissionsmitglieder", is found too.)
    matches = ctx.doc.resources.glossary.matcher(ctx.language).match(ctx, ctx.text, speller);
    // The article before a term, written with it, only where the source has the two as the text
    // does: in Markdown, "a [Pinstagram](url)" has the link's mark between them, which one
    // replacement of both would drop (and so was not applied: the variant stayed). The term
    // then, and the article (with the space after it) in a fix of its own.
    for (const m of matches) {
      const bare = m.withoutArticle;
      if (bare === undefined || isVerbatim(ctx.block, m.start, m.end)) continue;
      const article = { start: m.start, end: bare.start, text: m.replacement.slice(0, m.replacement.length - bare.replacement.length) };
      // (The article alone where the space after it stays: "a" → "an"; with it, "du " → "de l’".)
      const gap = /\s+$/u.exec(ctx.text.slice(article.start, article.end))?.[0] ?? '';
      if (gap !== '' && article.text.endsWith(gap)) {
        article.end -= gap.length;
        article.text = article.text.slice(0, -gap.length);
      }
      if (isVerbatim(ctx.block, article.start, article.end)) m.articleFix = article;
      m.start = bare.start;
      m.replacement = bare.replacement;
      m.withoutArticle = undefined;
    }
    // A variant's adjectives written in another form than listed only where each is an adjective:
    // a word the dictionary knows in small letters, or one with the language's productive
    // adjective ending ("Föderalen" of "Föderales", "Mormonischen"; not "Werden" of "Werder Bremen").
    if (speller && matches.some((m) => m.adjectiveForms)) {
      const productive = ctx.profile?.productiveEnding;
      const adjective = (w: string) => speller.correct(w.toLowerCase()) || (productive?.test(w.toLowerCase()) ?? false);
      matches = matches.filter((m) => m.adjectiveForms === undefined || m.adjectiveForms.every(adjective));
    }
    // A declined term only where each adjective given an ending is one the dictionary knows in
    // small letters ("europäischen"); else the term's own form, for review ("Kirchen" is a noun).
    for (const m of matches) {
      if (m.declined === undefined) continue;
      if (speller && m.declined.adjectives.every((w) => speller.correct(w.toLowerCase()))) continue;
      m.replacement = m.declined.term;
      m.review ??= 'form';
    }
    // The term in another letter case only where that spelling is no word of the language's
    // or English ("Whatsapp", "iphone"; not "dos" for "DoS", "mod" for "MoD").
    if (matches.some((m) => m.recased)) {
      const spellers = [ctx.doc.resources.speller(ctx.language), ctx.doc.resources.speller('en')];
      matches = matches.filter((m) => {
        if (!m.recased) return true;
        const written = ctx.text.slice(m.start, m.end);
        return !spellers.some((sp) => sp !== undefined && written.split(/[\s\-‐‑]+/u).every((w) => sp.correct(w) || sp.correct(w.toLowerCase())));
      });
    }
    cache.set(ctx.block, matches);
  }
  return matches;
}

/** Every glossary match of the document so far, in source offsets. */
export function occurrences(state: Map<string, unknown>): Occurrence[] {
  let list = state.get(OCCURRENCES) as Occurrence[] | undefined;
  if (!list) state.set(OCCURRENCES, (list = []));
  return list;
}

export default defineRule(
  {
    id: 'glossary',
    description: 'Forbidden variants of glossary terms (names, brands, bodies) are replaced by the canonical term.',
    category: 'glossary',
    severity: 'error',
    languages: 'all',
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'de', text: 'Weniger bekannt als Huawei oder Tick Tack.', output: 'Weniger bekannt als Huawei oder TikTok.' },
        { lang: 'de', text: 'Die Tick-Tack-Videos sind kurz.', output: 'Die TikTok-Videos sind kurz.' },
        { lang: 'de', text: 'Der Erfolg von Tick Tacks Videos.', output: 'Der Erfolg von TikToks Videos.' },
        { lang: 'de', text: 'Tick Tack ist beliebt.', output: 'TikTok ist beliebt.' },
        { lang: 'de', text: 'Das sagte Richard-Pierre Prosper.', output: 'Das sagte Pierre-Richard Prosper.' },
        { lang: 'de', text: 'Das sagte Richard Pierre Prosper.', output: 'Das sagte Pierre-Richard Prosper.' },
        { lang: 'de', text: 'Das sagte Pierre Richard Prosper.', output: 'Das sagte Pierre-Richard Prosper.' },
        // Hard-wrapped text (paragraphs separated by blank lines): a line break inside the variant
        // is kept. Words joined into one move it to the space before (or after) the term, whichever
        // keeps the lines closer to their widths; a term of several words keeps it between words.
        { lang: 'de', text: 'Das sagte Tick\nTack gestern.\n\nNeuer Absatz.', output: 'Das sagte\nTikTok gestern.\n\nNeuer Absatz.' },
        { lang: 'de', text: 'Das sagte Tick\r\nTack gestern.\r\n\r\nNeuer Absatz.', output: 'Das sagte\r\nTikTok gestern.\r\n\r\nNeuer Absatz.' },
        { lang: 'de', text: 'Er baut die eigene Tick\nTack-Präsenz aus.\n\nNeuer Absatz.', output: 'Er baut die eigene\nTikTok-Präsenz aus.\n\nNeuer Absatz.' },
        { lang: 'de', text: 'Das sagte Richard Pierre\nProsper gestern.\n\nNeuer Absatz.', output: 'Das sagte Pierre-Richard\nProsper gestern.\n\nNeuer Absatz.' },
        // On a paragraph's first line (after the term: before it, "viele" would end a line short of
        // the width before a capital, which the reader takes for a title over the paragraph), after
        // it where before it a line would end a sentence short of the width ("Montag.⏎TikTok"), and
        // at its end; after a bracket, where there is no space before it.
        { lang: 'de', text: 'Laut einer Studie nutzen viele Tick\nTack jeden Tag, sagten die Forscher\nam Montag in Berlin.\n\nNeuer Absatz.', output: 'Laut einer Studie nutzen viele TikTok\njeden Tag, sagten die Forscher\nam Montag in Berlin.\n\nNeuer Absatz.' },
        { lang: 'de', text: 'Das sagten die Forscher am Montag. Tick\nTack wächst seit Jahren weiter, auch in\nDeutschland.\n\nNeuer Absatz.', output: 'Das sagten die Forscher am Montag. TikTok\nwächst seit Jahren weiter, auch in\nDeutschland.\n\nNeuer Absatz.' },
        { lang: 'de', text: 'Viele nutzen jeden Tag Tick\nTack.\n\nNeuer Absatz.', output: 'Viele nutzen jeden Tag\nTikTok.\n\nNeuer Absatz.' },
        { lang: 'de', text: 'Die App (Tick\nTack) wächst.\n\nNeuer Absatz.', output: 'Die App (TikTok)\nwächst.\n\nNeuer Absatz.' },
        { lang: 'en', text: 'Apps such as Tik Tok are popular.', output: 'Apps such as TikTok are popular.' },
        { lang: 'en', text: "Tik Tok's owner.", output: "TikTok's owner." },
        // One hyphenated word that is no word of the language: the brand.
        { lang: 'fr', text: 'Les vidéos Tick-Tack de la campagne.', output: 'Les vidéos TikTok de la campagne.' },
        // An English possessive left in German: the German genitive.
        { lang: 'de', text: "Tick Tack's Nutzer sind empört.", output: 'TikToks Nutzer sind empört.' },
        // The term repeated: one canonical term, in one pass.
        { lang: 'de', text: 'Der Tick Tack Tick Tack Konzern.', output: 'Der TikTok Konzern.' },
        { lang: 'de', text: 'Der TikTok Tick Tack Konzern.', output: 'Der TikTok Konzern.' },
        // A headline in capitals: matched and replaced in capitals.
        { lang: 'de', text: 'TICK TACK KAUFT EINE FIRMA.', output: 'TIKTOK KAUFT EINE FIRMA.' },
        // In capitals inside a sentence in small letters: the term as the glossary writes it.
        { lang: 'de', text: 'Die App TICK TACK ist bei Jugendlichen beliebt.', output: 'Die App TikTok ist bei Jugendlichen beliebt.' },
        { lang: 'en', text: 'Users of TICK TACK complained on Monday.', output: 'Users of TikTok complained on Monday.' },
        // A term of several words inside a hyphenated compound: hyphens throughout.
        { lang: 'de', text: 'Die Richard-Pierre-Prosper-Rede lief.', output: 'Die Pierre-Richard-Prosper-Rede lief.' },
      ],
      pass: [
        { lang: 'de', text: 'Die Uhr macht Tick, dann Stille.' },
        { lang: 'de', text: 'Die Pierre-Richard-Prosper-Rede lief.' },
        { lang: 'de', text: 'TikTok und Huawei sind bekannt.' },
        { lang: 'de', text: 'Das sagte Pierre-Richard Prosper.' },
        { lang: 'de', text: 'Der Ticktack der Uhr.' },
      ],
      // (Listed for review, not replaced: "Man hörte das Tick-Tack der Wanduhr", a German word
      // written like the variant; Kesha's song “Tik Tok”, a quoted title. See test/glossary/newsroom.test.ts.)
    },
  },
  (ctx) => {
    const list = occurrences(ctx.doc.state);
    const matches = blockMatches(ctx);
    for (const m of matches) list.push({ match: m, start: toSource(ctx.block, m.start), end: toSource(ctx.block, m.end, true) });
    // The end of a run cut at MAX_RUN copies: the copies right after it belong to the same run.
    let cut: GlossaryMatch | undefined;
    // (Where the last fix ended: a line break moved takes in a space, never one of another fix's.)
    let fixed = 0;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i];
      const last = repeatedRun(ctx.text, matches, i, ctx.block);
      const goesOn = cut !== undefined && m.entry === cut.entry && m.start >= cut.end && onlyWhitespace(ctx.text, cut.end, m.start);
      cut = last - i + 1 >= MAX_RUN || (goesOn && (last > i || m.kind !== 'term')) ? matches[last] : undefined;
      if (last > i || goesOn) {
        if (m.kind === 'term' && last === i) continue;
        // The same term written twice or more in a row ("Tick Tack Tick Tack", "TikTok Tick Tack"):
        // one finding that keeps one canonical term, so that one pass leaves nothing to fix.
        const end = matches[last].end;
        const replacement = matches[last].replacement;
        ctx.claim(m.start, end);
        // (A variant for review anywhere in the run: the run is a suggestion too. So is a run of
        // three or more: a stutter doubles a term, a longer run may be meant, "Tick Tack Tick Tack
        // Tick Tack" a clock, and one fix would delete all of it.)
        const review = last - i > 1 || goesOn || matches.slice(i, last + 1).some((x) => x.review);
        const fix = review ? undefined : layoutFix(ctx, m.start, end, replacement, fixed, matches[last + 1]?.start ?? ctx.text.length);
        if (fix) fixed = fix.end;
        ctx.report({
          start: fix?.start ?? m.start,
          end: fix?.end ?? end,
          message: `Unexpected \`${ctx.text.slice(m.start, end)}\`, expected \`${replacement}\` (${m.entry.type}): the term is repeated`,
          ...(fix === undefined ? { expected: [replacement], severity: 'warning' as const } : { fix: fix.text, acrossLines: true }),
          ruleId: `glossary/${slug(m.entry.term)}`,
          source: 'glossary',
          note: m.entry.note,
          glossaryEntry: entryRef(m.entry),
        });
        i = last;
        continue;
      }
      if (m.kind === 'term') continue;
      ctx.claim(m.start, m.end);
      const actual = ctx.text.slice(m.start, m.end);
      const fix = m.review ? undefined : layoutFix(ctx, m.start, m.end, m.replacement, fixed, matches[i + 1]?.start ?? ctx.text.length);
      if (fix) fixed = fix.end;
      ctx.report({
        start: fix?.start ?? m.start,
        end: fix?.end ?? m.end,
        message:
          m.kind === 'form' && m.recased
            ? `Unexpected \`${actual}\`, expected \`${m.replacement}\`: ${m.entry.type} written in other letter case`
            : m.kind === 'form'
            ? `Unexpected \`${actual}\`, expected \`${m.replacement}\`: ${m.entry.type} written with other hyphens or spaces`
            : m.why === 'elided'
              ? `Unexpected \`${actual}\`, expected ${(m.alternatives ?? [m.replacement]).map((a) => `\`${a}\``).join(' or ')} (${m.entry.type}): \`${m.article?.written ?? ''}\` is elided before a vowel only, and before the term it is written in full, as the term's gender asks (the glossary gives none for it in ${ctx.language}: \`gender:\`)`
            : m.why === 'article' && m.article?.agreement === 'disagrees'
              ? `Unexpected \`${actual}\`, expected \`${m.replacement}\` (${m.entry.type}): \`${m.article.written}\` does not agree with the term (${grammarOf(m, ctx.language)}); write the article that does`
              : m.why === 'article'
                ? `Unexpected \`${actual}\`, expected \`${m.replacement}\` (${m.entry.type}): check that \`${m.article?.written ?? ''}\` before it agrees with the term (the glossary gives no gender or number for it in ${ctx.language}: \`gender:\`, \`plural:\`)`
            : m.why === 'hyphenated'
              ? `\`${actual}\` may stand for \`${m.replacement}\` (${m.entry.type}); written as one hyphenated word, it may be a word of its own: check which is meant`
              : m.why === 'compound'
                ? `\`${actual}\` may stand for \`${m.replacement}\` (${m.entry.type}): it begins with \`${actual.slice(0, actual.length - (m.compound ?? '').length)}\`, a variant of the term; check how the compound is written with it`
              : m.why === 'named'
                ? `\`${actual}\` may stand for \`${m.replacement}\` (${m.entry.type}); the sentence may name it as an old or other name: check which is meant`
              : m.why === 'quoted'
                ? `\`${actual}\` may stand for \`${m.replacement}\` (${m.entry.type}); in quotation marks, it may be a title or a quotation that keeps its words: check which is meant`
                : m.why === 'near'
                  ? `\`${actual}\` may stand for \`${m.replacement}\` (${m.entry.type}); beside \`${m.titledBy ?? ''}\` in this sentence, it may mean something else: check which is meant`
                : m.why === 'titled'
                  ? `\`${actual}\` may stand for \`${m.replacement}\` (${m.entry.type}); after \`${m.titledBy ?? ''}\`, it may be the title of a work: check which is meant`
                : m.review === 'ambiguous'
                  ? `\`${actual}\` may stand for \`${m.replacement}\` (${m.entry.type}); it is also right in other contexts: check which is meant`
              : m.why === 'punctuation'
                ? m.ending !== ''
                  ? `Unexpected \`${actual}\`, expected a form of \`${m.replacement}\` (${m.entry.type}): the ending \`${m.ending}\` cannot follow the term's last mark as written; write the form by hand`
                  : `Unexpected \`${actual}\`, expected \`${m.replacement}\` (${m.entry.type}) in the compound: its marks stay as the term writes them; check how the compound reads`
              : m.review
                ? `Unexpected \`${actual}\`, expected a form of \`${m.replacement}\` (${m.entry.type}): inflect it by hand`
                : `Unexpected \`${actual}\`, expected \`${m.replacement}\` (${m.entry.type})`,
        ...(fix === undefined ? { expected: m.alternatives ?? [m.replacement] } : { fix: fix.text, acrossLines: true }),
        ...(m.review === 'ambiguous' ? { severity: 'warning' as const } : {}),
        ruleId: `glossary/${slug(m.entry.term)}`,
        source: 'glossary',
        note: m.entry.note,
        glossaryEntry: entryRef(m.entry),
      });
      const a = m.articleFix;
      if (fix && a && !ctx.isClaimed(a.start, a.end)) {
        ctx.claim(a.start, a.end);
        ctx.report({
          start: a.start,
          end: a.end,
          message: `Unexpected \`${ctx.text.slice(a.start, a.end).trim()}\` before \`${m.replacement}\`, expected \`${a.text.trim()}\`: the article agrees with the term put in (${m.entry.type})`,
          fix: a.text,
          ruleId: `glossary/${slug(m.entry.term)}`,
          source: 'glossary',
          glossaryEntry: entryRef(m.entry),
        });
      }
    }
  },
  (ctx) => {
    // First mention: a term with a first-mention form must be introduced with it.
    const seen = new Set<unknown>();
    for (const o of occurrences(ctx.doc.state)) {
      const { entry } = o.match;
      // A variant for review may be another word altogether ("Apfel", the fruit): not a mention.
      if (!entry.firstMention || seen.has(entry) || o.match.review === 'ambiguous') continue;
      seen.add(entry);
      const intro = firstMentionAt(ctx.doc.source, entry.firstMention, profileFor(ctx.doc.language)?.nounEndings ?? []);
      if (intro >= 0 && intro <= o.start) continue;
      ctx.report({
        start: o.start,
        end: o.end,
        message: `First mention of \`${entry.term}\`: expected \`${entry.firstMention}\``,
        expected: [entry.firstMention],
        severity: 'warning',
        ruleId: `glossary/${slug(entry.term)}`,
        source: 'glossary',
        note: entry.note,
        glossaryEntry: entryRef(entry),
      });
    }
  },
);

const ENTRY_REFS = new WeakMap<GlossaryEntry, GlossaryEntryRef>();

/**
 * Where a finding's glossary entry is written (its file, as the glossary path was given, and the
 * entry's line), for the reports: an editor sees which rule made the change. One object per
 * entry, shared by its findings.
 */
export function entryRef(entry: GlossaryEntry): GlossaryEntryRef {
  let ref = ENTRY_REFS.get(entry);
  if (!ref) ENTRY_REFS.set(entry, (ref = { file: entry.origin.file, line: entry.origin.line }));
  return ref;
}

/**
 * The fix that writes `replacement` over `[start, end)` of the block, its line breaks kept (see
 * fix/line-breaks.ts): a term of several words keeps the break between its words, one word
 * moves it to the space before or after it. Its range may take in that space, within `[lo, hi)`
 * (between the fixes before and after it).
 */
function layoutFix(ctx: RuleContext, start: number, end: number, replacement: string, lo: number, hi: number): { start: number; end: number; text: string } {
  return keepLineBreaksInBlock(ctx.doc.source, ctx.block, start, end, replacement, lo, hi);
}

/**
 * The last of the matches from `i` on that repeat match `i`'s entry, separated only by
 * whitespace, when at least one of them is a finding (a variant or another form); `i`
 * when there is no such run. Only the last may carry an ending ("Tick Tack Tick Tacks").
 * A run of the canonical term alone ("TikTok TikTok") is left to `repeated-word`.
 */
const MAX_RUN = 8;

function repeatedRun(text: string, matches: readonly GlossaryMatch[], i: number, block?: Block): number {
  // (A variant for review may be another word altogether, "Tic Tac" the mints: never part of a run.)
  if (matches[i].review === 'ambiguous') return i;
  let last = i;
  let finding = matches[i].kind !== 'term';
  // (At most MAX_RUN copies in one finding: a paragraph of 20,000 "Tick Tick" is not one message.)
  while (last + 1 < matches.length && last - i + 1 < MAX_RUN) {
    const a = matches[last];
    const b = matches[last + 1];
    if (b.entry !== a.entry || a.ending || b.review === 'ambiguous' || b.start <= a.end || !onlyWhitespace(text, a.end, b.start)) break;
    // (Only where the source has the two as the text does: in Markdown, "**Tick Tack** ~~Tick
    // Tack~~" is two terms with markup between, which one replacement would drop.)
    if (block !== undefined && !isVerbatim(block, a.start, b.end)) break;
    last++;
    if (b.kind !== 'term') finding = true;
  }
  return finding ? last : i;
}

const mentionPatterns = new Map<string, RegExp>();

/**
 * Where the first-mention form first occurs in the text: its words in order, across any
 * whitespace (a line break in hard-wrapped text), each with or without one of the language's
 * endings ("des Bundesamtes für Sicherheit …"). -1 when it does not. (Escaped words and
 * optional endings only: the pattern runs in linear time.)
 */
function firstMentionAt(source: string, mention: string, endings: readonly string[]): number {
  const key = `${endings.join('|')}\u0000${mention}`;
  let re = mentionPatterns.get(key);
  if (!re) {
    const ending = endings.length > 0 ? `(?:${endings.map(escapeRegExp).join('|')})?` : '';
    // (Each letter with a mark also as the text may write it, decomposed: "u" and U+0308 for "ü".)
    const either = (w: string) => [...w].map((c) => (c.normalize('NFD') === c ? escapeRegExp(c) : `(?:${escapeRegExp(c)}|${escapeRegExp(c.normalize('NFD'))})`)).join('');
    const words = mention.trim().split(/\s+/u).map((w) => either(w) + (/[\p{L}]$/u.test(w) ? ending : ''));
    // Whole words only ("der" is no part of "oder"), and the first letter in either case (a sentence start).
    const first = words[0].charAt(0);
    if (first !== '(' && first.toLowerCase() !== first.toUpperCase()) words[0] = `[${first.toLowerCase()}${first.toUpperCase()}]${words[0].slice(1)}`;
    re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
    if (mentionPatterns.size > 1000) mentionPatterns.clear();
    mentionPatterns.set(key, re);
  }
  return re.exec(source)?.index ?? -1;
}

/** The term's gender and number in a language, as the glossary gives them ("feminine singular"). */
function grammarOf(m: GlossaryMatch, language: string): string {
  const gender = m.entry.gender?.[language];
  const plural = m.entry.plural?.[language] ?? false;
  const name = gender === 'm' ? 'masculine ' : gender === 'f' ? 'feminine ' : gender === 'n' ? 'neuter ' : '';
  return `${name}${plural ? 'plural' : 'singular'}`;
}

export function slug(term: string): string {
  // (Accents dropped, not turned into hyphens: "Europäische Kommission" → europaische-kommission.)
  // Signs that tell terms apart are spelt out ("C++" → c-plus-plus, "C#" → c-sharp, "AT&T" → at-and-t).
  const spelt = term.replace(/\+/g, ' plus ').replace(/#/g, ' sharp ').replace(/&/g, ' and ');
  return spelt.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
