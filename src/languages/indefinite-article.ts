/**
 * Which indefinite article a word takes, by the sound it begins with (English "a" before a
 * consonant sound, "an" before a vowel sound): read by the indefinite-article check and by the
 * glossary, whose term may begin with another sound than the variant it replaces.
 *
 * retext-indefinite-article (wooorm) knows the words whose spelling misleads ("an hour", "an
 * honest", "a European", "a one-off", "a unique", "an FBI agent", "an MRI", "a UN summit") and
 * reads a number by its words ("an 8-hour shift", "an 11", "a 100"). Its lists are asked through
 * its plugin, as a word with a capital, so that only a word they hold gets an answer. Beyond
 * them it guesses by the first letter of a word in small letters ("an unicorn", "an unilateral"),
 * and leaves a name or an acronym it does not list alone ("a Instagram post", "an NHS
 * hospital"): here the letters decide, and where they may be read two ways the answer is not
 * `sure`, for an editor.
 *
 * - a word in small letters or a name: a, e, i, o begin a vowel ("an apple", "an Instagram
 *   post"); b, c, d… a consonant; u is "un-" before a vowel or a word ("an unusual", "an
 *   unexpected", "an unidentified"),
 *   or a vowel before two consonants ("an umbrella", "an ultra"), and otherwise "yoo", not
 *   sure ("a unicorn", "a unilateral"); h and x, not sure ("a hand", "a xylophone").
 * - an acronym in capitals: by its first letter's name where it has no vowel ("an NHS
 *   hospital", "a BBC report") or English cannot say it as a word (consonants no English word
 *   begins or ends with: "an HBO show", "an LAPD unit"), a, e, i, o an, u a; one that may be
 *   said as a word ("NATO", "NASA", "LED", "REPL"), a word in capitals ("A NIGHT") and a Roman
 *   numeral are left unless the lists have them. Never sure, but for the lists.
 * - a letter before a hyphen, or an abbreviation with periods, by its name ("an X-ray", "a
 *   U-turn", "an e-mail", "a T-shirt", "a U.S. senator").
 * - a year of the 1100s or 1800s is left ("an 1800s house" said "eighteen hundreds", "a 1800-page"
 *   said "one thousand eight hundred").
 */
import retextIndefiniteArticle from 'retext-indefinite-article';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import type { IndefiniteArticle } from './types.js';

/** The sound a word begins with, and whether the letters leave no doubt about it. */
export interface Sound {
  vowel: boolean;
  sure: boolean;
  /** An acronym with a vowel read by its letters because English cannot say it as a word ("HBO"): in a headline in capitals it may be a name ("A SRI LANKAN"). */
  unsayable?: true;
}

const plugin = retextIndefiniteArticle();

/** The article the library's lists (or its reading of a number) ask before `word`, if any. */
function listed(word: string): 'a' | 'an' | undefined {
  let answer = LISTED.get(word);
  if (answer !== undefined) return answer || undefined;
  answer = '';
  for (const article of ['a', 'an'] as const) {
    const tree: Root = {
      type: 'RootNode',
      children: [
        {
          type: 'ParagraphNode',
          children: [
            {
              type: 'SentenceNode',
              children: [
                { type: 'WordNode', children: [{ type: 'TextNode', value: article }] },
                { type: 'WhiteSpaceNode', value: ' ' },
                { type: 'WordNode', children: [{ type: 'TextNode', value: word }] },
              ],
            },
          ],
        },
      ],
    };
    const file = new VFile();
    plugin(tree, file);
    if (file.messages.length > 0) {
      answer = article === 'a' ? 'an' : 'a';
      break;
    }
  }
  if (LISTED.size > 20_000) LISTED.clear();
  LISTED.set(word, answer);
  return answer || undefined;
}
/** The library's answers by word ('' for none), kept: a document asks about the same words again and again. */
const LISTED = new Map<string, 'a' | 'an' | ''>();

/** Whether one of `either`'s entries (lower case, `*` a beginning) is `lower`. */
function eitherWay(data: IndefiniteArticle, lower: string): boolean {
  return data.either.some((e) => (e.endsWith('*') ? lower.startsWith(e.slice(0, -1)) : lower === e));
}

/**
 * Whether the text before `start`, past its whitespace, is the text's beginning or a mark that
 * opens a quotation or a bracket, a dash or a colon: where a capital "A" is the article ("He
 * wrote: “A …", "(A …"), as at a sentence's start, and not a letter or a label ("Plan A").
 */
export function afterOpeningMark(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /\s/u.test(text[k])) k--;
  return k < 0 || /["«“‘(\[—–:]/u.test(text[k]);
}

/** Consonant letters (upper case) that begin English words: "STR", "SCH", "PH", "KN"; "SQ" before its u; "SCHW", "SHL" of loanwords and names ("schwa", "Schwarzenegger"). */
const ONSETS = new Set(
  'B C D F G H J K L M N P Q R S T V W X Z BL BR CH CL CR DR DW FL FR GH GL GN GR GW KL KN KR KW PH PL PR PS PT SC SH SK SL SM SN SP SQ ST SW TH TR TW WH WR SCH SCR SHR SPH SPL SPR STR THR CHR PHR SKR SCHL SCHM SCHN SCHW SHL SHM SHN SHW'.split(' '),
);
/**
 * Consonant letters that end English words ("NG", "RST", "GHT"; an h only after a consonant:
 * "SH", "TH"; an l said as a syllable, "REPL" said "repple"), before an s too ("NTS").
 */
const CODAS = new Set(
  'B C D F G J K L M N P Q R S T V W X Z BB CC CH CK CT DD FF FT GG GH GN LB LC LD LF LK LL LM LN LP LT LV MB MM MN MP NC ND NG NK NN NT NX NZ PH PP PT RB RC RD RF RG RK RL RM RN RP RR RT RV SH SK SM SP SS ST TH TT TZ WD WK WL WN XT ZZ BL CL DL FL GL KL PL SL TL ZL CHT GHT LCH LTH MPT NCH NCT NGTH NTH RCH RST RTH SCH TCH'.split(' '),
);

/**
 * Whether English could say an acronym (capitals with a vowel) as a word, as "NATO", "NASA",
 * "UNESCO", "NASDAQ" are said: its consonants before the first vowel begin an English word, those
 * after the last end one, and those between end one and begin the next. "HBO", "NSA", "LAPD",
 * "NIH" cannot be said so, and are said by their letters. (Y is a vowel after the first letter:
 * "NYPD", "NYT".)
 */
function sayable(acronym: string): boolean {
  // (A Roman numeral is said as its number: "Super Bowl XLII", "MCMXCIX".)
  if (/^[MDCLXVI]+$/u.test(acronym)) return true;
  const groups = acronym.split(/(?<=.)[AEIOUY]+|^[AEIOU]+/u);
  const onset = groups[0];
  const coda = groups.length > 1 ? groups[groups.length - 1] : '';
  const codaOk = (c: string) => c === '' || CODAS.has(c) || (c.endsWith('S') && (c.length === 1 || CODAS.has(c.slice(0, -1))));
  if (groups.length === 1) return false;
  if (onset !== '' && !ONSETS.has(onset)) return false;
  if (!codaOk(coda)) return false;
  for (const inner of groups.slice(1, -1)) {
    let ok = false;
    for (let k = 0; k <= inner.length && !ok; k++) ok = codaOk(inner.slice(0, k)) && (k === inner.length || ONSETS.has(inner.slice(k)));
    if (!ok) return false;
  }
  return true;
}

/**
 * The sound `word` begins with, or undefined where it may be either or cannot be told. `known`
 * says whether the language's dictionary (or the glossary) knows a word: a word in small letters
 * it does not know is left (a word of another language, "an der"), and a name it does not know
 * is not sure.
 */
export function soundOf(word: string, data: IndefiniteArticle, known: (word: string) => boolean): Sound | undefined {
  const head = word.split(/[-–'’/]/u)[0];
  if (head === '') return undefined;
  const lower = head.toLowerCase();
  if (eitherWay(data, lower)) return undefined;
  if (/^\p{N}/u.test(head)) {
    if (!/^\d/.test(head) || /^1[18]\d\d(?!\d)/.test(head)) return undefined;
    const article = listed(head);
    return article === undefined ? undefined : { vowel: article === 'an', sure: true };
  }
  if (!/^\p{L}/u.test(head)) return undefined;
  // An abbreviation with periods, said by its letters ("a U.S. senator", "an F.B.I. agent"; "a
  // B.A ." whose last period the tokenizer cut off, as the sentence's).
  if (/^(?:\p{L}\.){2,}|^(?:\p{L}\.)+\p{L}$/u.test(head)) return /^[a-z]/iu.test(head) ? { vowel: data.vowelLetters.includes(head[0].toUpperCase()), sure: true } : undefined;
  // A letter said by its name: before a hyphen ("an X-ray", "a U-turn", "an e-mail").
  if ([...head].length === 1) {
    if (head === word || !/^[a-z]$/iu.test(head)) return undefined;
    return { vowel: data.vowelLetters.includes(head.toUpperCase()), sure: true };
  }
  const capitals = /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(head);
  // (As a name, the lists answer only for a word they hold: "an hour", "a European", "an FBI".)
  const asName = capitals ? head : head[0].toUpperCase() + head.slice(1).toLowerCase();
  const fromList = listed(asName);
  if (fromList !== undefined) return { vowel: fromList === 'an', sure: true };
  // (In small letters the library answers every word but one both its lists hold: "a historic", "an historic".)
  if (/^\p{Ll}+$/u.test(lower) && listed(lower) === undefined) return undefined;
  if (capitals) {
    const first = head[0];
    if ('AEIO'.includes(first)) return { vowel: true, sure: false };
    if (first === 'U') return { vowel: false, sure: false };
    // An acronym without a vowel is said by its letters ("an NHS", "a BBC"); one with may be a
    // word ("NATO"), unless English cannot say it as one ("an HBO", "an LAPD"), or a word it is
    // ("A NIGHT" in a headline).
    const vowels = /[AEIOUY]/u.test(head);
    if (vowels && (/\p{N}|&/u.test(head) || sayable(head) || known(lower))) return undefined;
    return { vowel: data.vowelLetters.includes(first), sure: false, ...(vowels ? { unsayable: true as const } : {}) };
  }
  const isKnown = known(word) || known(head);
  // A word in small letters the dictionary does not know may be another language's ("an der").
  if (head === lower && !isKnown) return undefined;
  const sure = isKnown;
  const first = lower[0];
  if (/^eu|^ewe/u.test(lower)) return { vowel: false, sure };
  if ('aeioàâéèêíóô'.includes(first)) return { vowel: true, sure };
  if (first === 'u') {
    // "un-" before a vowel or a word: "an unusual", "an unexpectedly", "an unidentified" (not
    // "unicorn": no "icorn"; the lists hold "a unanimous", "a unary").
    if (/^un[aeou]/u.test(lower) || (lower.startsWith('un') && lower.length >= 5 && known(lower.slice(2)))) return { vowel: true, sure };
    if (/^u[^aeiou][^aeiou]/u.test(lower)) return { vowel: true, sure };
    if (/^u[^aeiou][aeiou]/u.test(lower)) return { vowel: false, sure: false };
    return undefined;
  }
  if (first === 'h' || first === 'x') return { vowel: false, sure: false };
  if (/^[bcdfgjklmnpqrstvwyz]/u.test(first)) return { vowel: false, sure };
  return undefined;
}
