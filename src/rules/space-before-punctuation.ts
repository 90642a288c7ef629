/**
 * Space before punctuation: whitespace before , . ; : ! ? ) is removed (`Wort ,` → `Wort,`;
 * `Wort ,und` → `Wort, und`), and so is whitespace after an opening bracket (`( DAX )` → `(DAX)`). Where the language spaces a mark (French ; : ! ?, the profile's
 * `spacedPunctuation`), the space must be a no-break one: an ordinary space, or none, becomes
 * the profile's `punctuationSpaces` character (French: U+00A0 before `:`, U+202F narrow
 * no-break space before `; ! ?`); either no-break space is accepted where one is present. An
 * ordinary space there is information (fixed): the mark is spaced, only the space's kind differs;
 * no space at all is a warning.
 *
 * Left alone: punctuation at the start of a line (list bullets, indentation), ellipses
 * (`Er zögerte ... dann`), decimals and names that start with a period (`.5`, `.NET`),
 * scores (`3 : 1`), emoticons (`:-)`), anything inside a URL, e-mail address or inline code, and
 * the spaced marks of a quotation in another language (« copyleft: all rights reversed »).
 *
 * @example
 *   in:  "Hikvision, ein chinesisches Unternehmen , wusste es ."
 *   out: "Hikvision, ein chinesisches Unternehmen, wusste es."
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { isVerbatim, OPAQUE } from '../core/document.js';
import { inSpans } from '../core/spans.js';
import { isKnownWord } from './spelling.js';
import { inForeignQuotation } from '../core/quotations.js';
import { oneSidedQuoteMarks } from '../languages/index.js';
import { closesAt, opensAt, singleAfterFixes } from './quotes.js';

const MARKS = ',.;:!?)';
/** Whether a character code is one of `MARKS`. */
function isMark(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;
}
/** Horizontal whitespace (no line breaks), including the no-break spaces. */
const HSPACE = /[ \t\u00A0\u202F\u2009\u2007]/u;
/** Whether a character code is one of `HSPACE` (asked before every mark of the text). */
function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}
const NO_BREAK = new Set(['\u00A0', '\u202F']);
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
/** A word that may end a sentence before a space and its period ("USA", "États-Unis"; not "Version 2"). */
// (A word, or a number, a percentage or a score: "bei 2,2 % .Die", "endete 2:1 .Die".)
const SENTENCE_END_WORD = /^(?:\p{L}[\p{L}'’-]*|\d[\d.,:]*\s?%?|%)$/u;
/**
 * What may follow an opening bracket's stray space: anything but a space, the closing bracket, a
 * combining mark (a kaomoji's "( ͡°"), or an emoticon's eyes ("( :-) )").
 */
const AFTER_BRACKET = /^[^\s)\p{M}:;]/u;
const EMOTICON = /^[:;][-^']?[()DPp[\]|/\\*3]/u;

export default defineRule(
  {
    id: 'space-before-punctuation',
    description: 'Whitespace before , . ; : ! ? ) is removed, or made a no-break space where the language spaces the mark (French).',
    category: 'spacing',
    severity: 'warning',
    languages: 'all',
    fix: 'safe',
    languageOf: 'document',
    examples: {
      flag: [
        // (A doubled comma is listed for review: a list's item may be missing between the two.)
        { lang: 'de', text: 'Er nutzt das , , und mehr.', output: 'Er nutzt das, , und mehr.' },
        { lang: 'en', text: 'Hikvision accounts for almost 20 % of the market.', output: 'Hikvision accounts for almost 20% of the market.' },
        // A sentence run into the next at a pronoun ("in Leeds .He").
        { lang: 'en', text: 'The match was played in Leeds .He scored twice.', output: 'The match was played in Leeds. He scored twice.' },
        { lang: 'fr', text: 'Le match a eu lieu à Lyon .Il a marqué deux fois.', output: 'Le match a eu lieu à Lyon. Il a marqué deux fois.' },
        { lang: 'de', text: 'Er nutzt das , ,und mehr.', output: 'Er nutzt das, ,und mehr.' },
        { lang: 'fr', text: 'Pourquoi?Parce que personne ne sait.', output: 'Pourquoi\u202F? Parce que personne ne sait.' },
        { lang: 'de', text: 'Ein Unternehmen , das Kameras baut .', output: 'Ein Unternehmen, das Kameras baut.' },
        { lang: 'de', text: 'Warum ? Weil es so ist !', output: 'Warum? Weil es so ist!' },
        { lang: 'de', text: 'Er sagte : Nein (wie immer ).', output: 'Er sagte: Nein (wie immer).' },
        { lang: 'de', text: 'Kameras ,Drohnen und Server.', output: 'Kameras, Drohnen und Server.' },
        // Before an opening quotation mark the space moves too (removed, it glued the mark to the quotation).
        { lang: 'de', text: 'Er sagte :"Das ist gut", und ging. Er sagte ,„Das ist gut“, und ging. Er rief :»Das ist gut«.', output: 'Er sagte: "Das ist gut", und ging. Er sagte, „Das ist gut“, und ging. Er rief: »Das ist gut«.' },
        // A sentence's end before a quotation that opens the next: the space goes after the mark.
        { lang: 'de', text: 'Er hatte sich damit befasst .„Das ist ein Problem“, schrieb er.', output: 'Er hatte sich damit befasst. „Das ist ein Problem“, schrieb er.' },
        // (Not before a straight mark, which may close a quotation there.)
        { lang: 'de', text: 'Er rief "Komm her ."Dann ging er.', output: 'Er rief "Komm her."Dann ging er.' },
        { lang: 'en', text: 'He said :“This is fine,” and left ,(as always).', output: 'He said: “This is fine,” and left, (as always).' },
        { lang: 'de', text: 'Die Daten liegen in den USA .Die Kritiker bleiben skeptisch.', output: 'Die Daten liegen in den USA. Die Kritiker bleiben skeptisch.' },
        { lang: 'de', text: 'Die Inflation lag bei 2,2 % .Die Notenbank wartet. Das Spiel endete 2:1 .Die Fans jubelten.', output: 'Die Inflation lag bei 2,2 %. Die Notenbank wartet. Das Spiel endete 2:1. Die Fans jubelten.' },
        { lang: 'en', text: 'He came and saw !But he left .The end.', output: 'He came and saw! But he left. The end.' },
        { lang: 'fr', text: 'Les données sont stockées aux États-Unis .Les critiques restent sceptiques.', output: 'Les données sont stockées aux États-Unis. Les critiques restent sceptiques.' },
        { lang: 'en', text: 'It monitored the Uyghur minority , according to an investigator.', output: 'It monitored the Uyghur minority, according to an investigator.' },
        { lang: 'es', text: 'Según un portavoz , la compañía quiere proteger a los usuarios.', output: 'Según un portavoz, la compañía quiere proteger a los usuarios.' },
        { lang: 'es', text: '¿ Qué pasa ? ¡ Basta !', output: '¿Qué pasa? ¡Basta!' },
        { lang: 'de', text: 'Der Deutsche Aktienindex ( DAX ) stieg ( minus 6,2 Prozent ).', output: 'Der Deutsche Aktienindex (DAX) stieg (minus 6,2 Prozent).' },
        { lang: 'de', text: 'Der Index ( „DAX“ ) fiel ( -5 % ).', output: 'Der Index („DAX“) fiel (-5 %).' },
        { lang: 'fr', text: 'Une entreprise de caméras de surveillance , savait-elle ?', output: 'Une entreprise de caméras de surveillance, savait-elle\u202F?' },
        { lang: 'fr', text: 'Attention: il le savait!', output: 'Attention\u00A0: il le savait\u202F!' },
        // A colon glued to the quotation it opens takes a space after it too (the quotes rule
        // writes the mark's inner space in the same run): "dit\u00A0:«" was a new error.
        { lang: 'fr', text: 'Le ministre a dit:"Bonjour à tous" devant la presse.', output: 'Le ministre a dit\u00A0: "Bonjour à tous" devant la presse.' },
        { lang: 'fr', text: 'Le ministre a dit:«\u00A0Bonjour à tous\u00A0» devant la presse.', output: 'Le ministre a dit\u00A0: «\u00A0Bonjour à tous\u00A0» devant la presse.' },
        { lang: 'fr', text: 'Le ministre a dit\u00A0:«\u00A0Bonjour à tous\u00A0» devant la presse.', output: 'Le ministre a dit\u00A0: «\u00A0Bonjour à tous\u00A0» devant la presse.' },
        { lang: 'fr', text: 'Il a dit « oui » ; puis il est parti.', output: 'Il a dit « oui »\u202F; puis il est parti.' },
        // (A quotation in French spaces its marks as French does.)
        { lang: 'fr', text: 'Il écrivit : « tous droits renversés: rien ne reste ».', output: 'Il écrivit\u00A0: « tous droits renversés\u00A0: rien ne reste ».' },
      ],
      pass: [
        { lang: 'en', text: 'In the formula 17 % 5 equals 2.' },
        { lang: 'en', text: 'Spanish firms prefer the country code .Es for local customers.' },
        { lang: 'de', text: 'Hikvision hat fast 20 % des Marktes.' },
        { lang: 'fr', text: 'Yahoo! a fermé son service, et Jeopardy! revient.' },
        { lang: 'fr', text: 'Voir bit.ly/abc?Ref=2 ici et x.fr/page?Id=4 là, le mot a?B.' },
        { lang: 'de', text: 'Er zögerte ... dann ging er.' },
        { lang: 'de', text: '... und dann ging er.' },
        { lang: 'de', text: 'Die Quote lag bei .5 Prozent, das Programm läuft unter .NET und der Rest auf example .de nicht.' },
        { lang: 'en', text: 'The app runs on .Net and on .NET Core, and the file ends in .Docx here.' },
        { lang: 'en', text: 'Read it from the .Length property, or call .Split on it; set the flag when !Visible is true.' },
        { lang: 'en', text: 'Open the .In folder.' },
        { lang: 'de', text: 'Die Domain-Endung .Berlin kam, später .Hamburg und .Bayern; Version 2 .Beta folgt.' },
        { lang: 'fr', text: 'Le nom de domaine .Paris et Mme .Durand.' },
        { lang: 'de', text: 'Bayern gewann 3 : 1 gegen Dortmund.' },
        { lang: 'en', text: 'The test checks that x != y and a := b.' },
        { lang: 'de', text: 'Das war lustig :-) und gut ;) oder nicht :( … ( ͡° ͜ʖ ͡°)' },
        { lang: 'de', text: 'Das ist traurig :( aber wahr, ;-( und =( auch.' },
        { lang: 'de', text: 'Bitte ankreuzen: ( ) Ja und ( ) Nein.' },
        { lang: 'de', text: 'Siehe https://example.com/a?b=1 oder www.example.com/x;y für mehr.' },
        { lang: 'de', text: 'Die Liste:\n. erster Punkt\n, zweiter Punkt' },
        { lang: 'de', text: 'Laut Hikvision ist dies der Fall, aber Prospers Prüfung behauptet es: „Gruppen zu betrachten“.' },
        { lang: 'fr', text: 'Attention\u00A0: il le savait\u202F! Vraiment\u00A0?' },
        { lang: 'fr', text: 'Le ministre a dit\u00A0: «\u00A0Bonjour à tous\u00A0» et « Attention\u00A0» devant la presse.' },
        // A doubled colon: a scope in code, no punctuation.
        { lang: 'fr', text: 'Ajoutez une ligne Acquire::http::Proxy ou la directive APT::Default-Release.' },
        // A quotation in English spaces its marks as English does.
        { lang: 'fr', text: 'Il écrivit sur une enveloppe\u00A0: «\u00A0copyleft: all rights reversed\u00A0».' },
        { lang: 'fr', text: 'Le site https://www.ipvm.com et la réunion à 12:30, le score 3:1, quoi\u202F?!' },
        { lang: 'fr', text: 'Une entreprise, selon IPVM.' },
        // (A mark quoted on its own, inside the spaced guillemets.)
        { lang: 'fr', text: 'Inclure les entrées débutant par «\u00A0.\u00A0», séparées par «\u00A0,\u00A0».' },
        { lang: 'en', text: 'The ratio was 3 : 2 at the time, see https://x.org/a?q=1.' },
        { lang: 'en', text: 'He called it “a mess . . . and a disgrace.”' },
      ],
    },
  },
  (ctx) => {
    const { text } = ctx;
    const spacedMarks = ctx.profile?.spacedPunctuation ?? '';
    const runs = protectedRuns(ctx);
    for (let i = 0; i < text.length; i++) {
      // (By the character's code: every character of the text is asked, few are marks.)
      if (!isMark(text.charCodeAt(i)) || inSpans(runs, i)) continue;
      const mark = text[i];
      let s = i;
      while (s > 0 && isHorizontalSpace(text.charCodeAt(s - 1))) s--;
      const lineStart = s === 0 || text[s - 1] === '\n' || text[s - 1] === '\r';
      if (lineStart) continue;
      if (spacedMarks.includes(mark)) spaced(ctx, mark, s, i);
      else if (s < i) unspaced(ctx, mark, s, i);
    }
    // English writes a percentage close to its number ("20 %" → "20%").
    if (ctx.profile?.percentClose && text.includes('%')) {
      // (Not a remainder in a formula: "17 % 5".)
      for (const m of text.matchAll(/(?<=\d)[ \u00A0\u202F]+%(?![ \u00A0\u202F]*\d)/gu)) {
        const s = m.index;
        const end = s + m[0].length;
        if (inSpans(runs, end - 1) || !isVerbatim(ctx.block, s, end)) continue;
        ctx.report({ start: s, end, message: 'Unexpected space before `%`', fix: '%' });
      }
    }
    // An opening bracket takes no space after it ("( DAX )" → "(DAX)", with the space before its
    // closing bracket above), nor do Spanish opening marks ("¿ Qué pasa?").
    const inverted = ctx.profile?.invertedMarks === true && (text.includes('¿') || text.includes('¡'));
    if (inverted || text.includes('( ') || text.includes('(\u00A0') || text.includes('(\t')) {
      for (let i = 0; i < text.length; i++) {
        if (text[i] !== '(' && !(inverted && (text[i] === '¿' || text[i] === '¡'))) continue;
        let e = i + 1;
        while (e < text.length && HSPACE.test(text[e])) e++;
        // (After a bracket, whatever follows but a line's end or the closing bracket: "( „DAX“ )",
        // "( -5 % )", a placeholder for inline code. Not an emoticon's mouth: ":( aber", ";-( und".)
        const bracket = text[i] === '(';
        if (bracket && /[:;=][-^']?$/u.test(text.slice(Math.max(0, i - 2), i))) continue;
        if (e === i + 1 || !(ALNUM.test(text[e] ?? '') || (bracket && AFTER_BRACKET.test(text[e] ?? ''))) || inSpans(runs, i) || !isVerbatim(ctx.block, i, e)) continue;
        ctx.report({ start: i, end: e, message: `Unexpected space after \`${text[i]}\``, fix: text[i] });
      }
    }
  },
);

/** An opening quotation mark or bracket, right before a word: what follows a mark after its space. */
const OPENS_AFTER = /^["'„‚“‘»«(\[¿¡][\p{L}\p{N}]/u;

/** A mark that takes no space before it: remove the whitespace (or move it after the mark). */
function unspaced(ctx: RuleContext, mark: string, s: number, i: number) {
  const { text } = ctx;
  // An empty pair of brackets is a checkbox or a placeholder ("( ) Ja", "( ) Nein"): as written.
  if (mark === ')' && text[s - 1] === '(') return;
  const next = text[i + 1] ?? '';
  // Two commas before a word open a quotation, as a typewriter writes „ (",,Die Zeit''"): the
  // quotes rule replaces them, and the space before them stays.
  if (mark === ',' && next === ',' && ALNUM.test(text[i + 2] ?? '')) return;
  const after = text.slice(i + 1);
  // "in den USA .Die Kritiker", "siegte !Und dann": a sentence run into the next, the space on
  // the wrong side of its mark, when the next word is a function word of the language ("Die",
  // "The", "Les", "Und") and the one before is none: a name, an extension or a property that
  // starts with a period (".NET", ".Berlin", "the .Length property", "call .Split") or a
  // negation in code ("when !Visible") is left alone.
  const runIn =
    (mark === '.' || mark === '!' || mark === '?') &&
    LETTER.test(next) &&
    runIntoSentence(text, s, i, SENTENCE_END_WORD) &&
    (functionWordAt(ctx, after) || ctx.profile?.pronouns?.has(/^\p{L}+/u.exec(after)?.[0]?.toLowerCase() ?? '') === true) &&
    !functionWordAt(ctx, lastWordBefore(text, s));
  // Ellipsis ("zögerte ... dann"), decimals and names (".5", ".NET", ",5"), emoticons (":-)").
  if (mark === '.' && !runIn && (next === '.' || ALNUM.test(next))) return;
  // A spaced ellipsis (". . ."), as some style guides write it.
  if (mark === '.' && /^[ \u00A0\u202F]\.[ \u00A0\u202F]?\./u.test(after)) return;
  if (mark === ',' && /\p{N}/u.test(next)) return;
  if ((mark === ':' || mark === ';') && EMOTICON.test(text.slice(i))) return;
  if ((mark === ':' || mark === '!' || mark === '?') && !runIn && ALNUM.test(next)) return;
  // A mark quoted on its own inside marks spaced on their inner side (French « . », « , »): the
  // space before it is the quotation's.
  const quotes = ctx.profile?.quotes;
  if (quotes?.innerSpace && text[s - 1] === quotes.primary[0] && s < i && after.replace(/^[ \u00A0\u202F]+/u, '').startsWith(quotes.primary[1])) return;
  // Operators in prose about code: "x != y", "a := b".
  if (/[=<>]/.test(next)) return;
  // A score or ratio: "3 : 1".
  if (mark === ':' && /\p{N}/u.test(text[s - 1]) && /^\s*\p{N}/u.test(after)) return;
  if (text[s - 1] === '.' && mark === '.') return;
  // "Wort ,und": the space belongs after the comma. So before an opening quotation mark or
  // bracket ("sagte :"Das", "sagte ,„Das", "rief :»Das", "Wort ,(und"): removing the space
  // alone glued the mark to the quotation. So after a sentence's end, before a mark that only
  // opens a quotation and its capital ("hatte .„Das", "wahr ?„Nein"): the space removed alone,
  // "hatte.„Das" waited for missing-space's fix in a second run.
  const moveSpace =
    runIn ||
    ((mark === ',' || mark === ';') && LETTER.test(next)) ||
    ((mark === ',' || mark === ';' || mark === ':') && (OPENS_AFTER.test(after) || opensAt(ctx, i + 1))) ||
    ((mark === '.' || mark === '!' || mark === '?') && sentenceIntoQuotation(ctx, s, next, text[i + 2] ?? ''));
  const end = i + 1;
  // The same comma or semicolon twice ("das , , und"): the second goes with its space, else
  // the fix wrote "das,, und".
  const doubled = (mark === ',' || mark === ';') && text[s - 1] === mark;
  // (Before a word the space stays: "das , ,und" → "das, und".)
  // (Before an opening quotation mark of the language too: English “, German „ and ».)
  // (Asked for a doubled mark only: the list of the language's marks is made for it, not for each mark.)
  const fix = doubled ? (next !== '' && (opensQuotation(ctx, next) || !/[\s,.;:!?)\]»”“’]/u.test(next)) ? ' ' : '') : moveSpace ? `${mark} ` : mark;
  if (!isVerbatim(ctx.block, s, end)) return;
  if (doubled) {
    // Listed for review, not fixed: two commas with nothing between them mostly stand where
    // machine translation dropped a list's item ("beschädigten die Kreuzer , , und schwer"),
    // which deleting one would hide.
    ctx.report({
      start: s,
      end,
      message: `\`${text.slice(s, end)}\`: the mark is repeated; something may be missing between the two (a list's item), else keep one`,
      expected: [fix],
      severity: 'warning',
    });
    return;
  }
  ctx.report({
    start: s,
    end,
    message: `Unexpected space before \`${mark}\`${moveSpace ? ', expected one after it' : ''}`,
    fix,
  });
}

/** Whether a character opens a quotation in one of the language's pairs of marks. */
function opensQuotation(ctx: RuleContext, next: string): boolean {
  const quotes = ctx.profile?.quotes;
  return quotes !== undefined && [quotes.primary, quotes.secondary, ...(quotes.alternatives ?? [])].some((p) => p[0] === next);
}

/** A mark the language spaces (French ; : ! ?): exactly one no-break space before it. */
function spaced(ctx: RuleContext, mark: string, s: number, i: number) {
  const { text } = ctx;
  // A mark of a quotation in another language, which spaces it as that language does (English
  // « copyleft: all rights reversed » in a French text): as quoted.
  if (inForeignQuotation(ctx, s, i + 1)) return;
  const space = ctx.profile?.punctuationSpaces?.[mark] ?? '\u00A0';
  const present = text.slice(s, i);
  // (A straight single mark as the quotes rule writes it in this run: 'oui' inside guillemets
  // becomes “oui”, after which a second run spaced the mark.)
  // (And a double mark the quotes rule pairs as closing: "»le rapport«;" becomes "« le rapport »",
  // whose « had read as opening, after which no space goes, and a second run spaced the mark.)
  const before = text[s - 1] === "'" ? singleAfterFixes(ctx, s - 1) : s > 0 && closesAt(ctx, s - 1) ? '»' : text[s - 1];
  const next = text[i + 1];
  // A mark glued to the quotation it opens ("dit:«Bonjour", "dit:"Bonjour"): a space after it
  // too (the quotes rule writes the mark's inner space). Written with the space before, "dit :«"
  // was left, which no later run changed.
  // (So before a mark of another style that the quotes rule pairs as opening and rewrites as «,
  // "chinoises :„controversées", "n'a:”Tick", and before « with more than one space after it.)
  const quoted =
    next !== undefined &&
    (((opensQuotation(ctx, next) || next === '"') && /^[ \u00A0\u202F]*\p{L}/u.test(text.slice(i + 2, i + 8)) && (next !== '"' || /^\p{L}/u.test(text[i + 2]))) || opensAt(ctx, i + 1));
  if (present.length === 1 && NO_BREAK.has(present)) {
    if (quoted && /[\p{L}\p{N}»”"’)\]]/u.test(before ?? '') && isVerbatim(ctx.block, i, i + 1)) {
      ctx.report({ start: i, end: i + 1, message: `Missing space after \`${mark}\` before the quotation`, fix: `${mark} ` });
    }
    return;
  }
  // "Pourquoi?Parce que": a question or exclamation run into the next sentence, which needs
  // a space after the mark too.
  let after = '';
  if (present === '') {
    // "?!", "...?", "12:30", "http:", ":-)", after inline code: not a missing space.
    if (!/[\p{L}\p{N}»”"’)\]]/u.test(before)) return;
    // A doubled colon is a scope in code ("Acquire::http::Proxy", "APT::Default-Release"), no mark.
    if (mark === ':' && next === ':') return;
    if (((mark === '?' || mark === '!') && runIntoSentence(text, s, i)) || quoted) after = ' ';
    else if (next !== undefined && !/[\s»”"’;:!?]/u.test(next)) return;
    // A "!" or "?" glued to a word that the sentence goes on after in lower case is part of a
    // name or title ("Yahoo! a fermé", "Jeopardy! revient"), not a sentence's mark.
    if ((mark === '!' || mark === '?') && after === '' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return;
  } else {
    if (before === OPAQUE) return;
    // "réunion ?Personne": the space is there, the one after the mark is missing.
    if (((mark === '?' || mark === '!') && runIntoSentence(text, s, i)) || quoted) after = ' ';
    if (mark === ':' && /\p{N}/u.test(before) && /^\s*\p{N}/u.test(text.slice(i + 1))) return;
    if ((mark === ':' || mark === ';') && EMOTICON.test(text.slice(i))) return;
  }
  if (!isVerbatim(ctx.block, s, i + 1)) return;
  // Glued to a capitalized word the dictionary does not know, and the sentence goes on in
  // capitals: as likely a name ("Yahoo! Japan", "Mamma Mia! Here We Go Again") as a sentence
  // end; suggested, not fixed.
  const glued = present === '' && (mark === '!' || mark === '?') && /^ \p{Lu}/u.test(text.slice(i + 1, i + 3)) ? lastWordBefore(text, s) : '';
  const name = /^\p{Lu}/u.test(glued) && !isKnownWord(ctx, glued);
  ctx.report({
    start: s,
    end: i + 1,
    message:
      present === ''
        ? `Missing no-break space before \`${mark}\`${after ? ' and a space after it' : ''}${name ? ', unless it is part of a name' : ''}`
        : `Unexpected ordinary space before \`${mark}\`, expected a no-break space`,
    // (An ordinary space where a no-break one belongs is information, fixed still: the mark is
    // spaced as the language spaces it, only the kind of space differs, which shows at a line's
    // end alone. Typed text, human or translated, mostly has the ordinary one: on the French
    // Debian handbook, 58 warnings in 6,000 words, every one of them this.)
    ...(name ? { expected: [space + mark + after], severity: 'info' as const } : { fix: space + mark + after, ...(present !== '' && after === '' ? { severity: 'info' as const } : {}) }),
  });
}

/**
 * Whether a sentence's end before `s` runs into a quotation: after a word of letters, the next
 * character a mark that only opens a quotation in the language (German „ and », English “), and
 * a capital after it.
 */
function sentenceIntoQuotation(ctx: RuleContext, s: number, next: string, afterNext: string): boolean {
  const profile = ctx.profile;
  return profile !== undefined && oneSidedQuoteMarks(profile).opening.has(next) && /\p{Lu}/u.test(afterNext) && /^\p{L}{2,}$/u.test(lastWordBefore(ctx.text, s));
}

/** Whether the text starts with a function word or article of the paragraph's language ("Die", "the"). */
function functionWordAt(ctx: RuleContext, text: string): boolean {
  const word = /^\p{L}+/u.exec(text)?.[0]?.toLowerCase();
  const profile = ctx.own ? ctx.own.profile : ctx.profile;
  return word !== undefined && (profile?.functionWords.has(word) === true || profile?.articles?.has(word) === true);
}

/** The word that ends `text[0, end)`, after trailing spaces (what precedes a mark). */
function lastWordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && /[\p{L}\p{N}'’-]/u.test(text[s - 1])) s--;
  return text.slice(s, end);
}

/**
 * Whether the mark at `i` ends a sentence run into the next ("Pourquoi?Parce que"): a word of
 * letters only before it, from the last space, and a capitalized word after it; not a path
 * or query ("bit.ly/abc?Ref=2", "page?Id=4") nor letters ("a?B").
 */
function runIntoSentence(text: string, s: number, i: number, before = /^\p{L}{2,}$/u): boolean {
  let k = s;
  while (k > 0 && !/\s/u.test(text[k - 1])) k--;
  // The word is what follows a sentence run into it ("parti.Où?Personne") and an opening
  // comma or quote (",warum ?Die"): their own fixes come in the same run.
  const word = text.slice(k, s).replace(/^\p{L}{2,}[.!?](?=\p{Lu})/u, '').replace(/^[^,;]*[,;](?=\p{L})/u, '').replace(/^[,;„“"«‚‘(]+/u, '');
  if (!before.test(word)) return false;
  const rest = /^\S*/u.exec(text.slice(i + 1, i + 40))![0];
  return /^\p{Lu}\p{Ll}+(?:[\s,.;:!?…]|$)/u.test(rest) || /^\p{Lu}\p{Ll}+$/u.test(rest.replace(/[,.;:!?…»”"’)]+$/u, ''));
}

/**
 * The runs without whitespace that hold an opaque word (a URL, an e-mail address, an
 * @handle, inline code): punctuation inside them is not prose. Computed once per block,
 * in one pass over the text and the words, so a long run costs linear time.
 */
function protectedRuns(ctx: RuleContext): Array<[number, number]> {
  const { text, words } = ctx;
  const opaque = words.filter((w) => w.opaque);
  const runs: Array<[number, number]> = [];
  if (opaque.length === 0) return runs;
  let k = 0;
  let i = 0;
  while (i < text.length && k < opaque.length) {
    while (i < text.length && /\s/u.test(text[i])) i++;
    const a = i;
    while (i < text.length && !/\s/u.test(text[i])) i++;
    const b = i;
    while (k < opaque.length && opaque[k].end <= a) k++;
    if (k < opaque.length && opaque[k].start < b) {
      // (From a quotation's opening mark before the address on: the words before it are prose,
      // "site:“<https://…>", whose colon is spaced as the run that writes « with its space splits it.)
      let from = a;
      for (let j = opaque[k].start - 1; j > a && from === a; j--) if (opensAt(ctx, j)) from = j;
      runs.push([from, b]);
    }
  }
  return runs;
}
