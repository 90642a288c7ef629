/**
 * The indefinite article that does not agree with the sound after it: English "a Instagram
 * post", "an video", "an European", "a hour" ("an Instagram post", "a video", "a European",
 * "an hour"). Machine translation writes the article for the source's word, and the word it
 * chose begins otherwise. Which sound a word begins with is told by retext-indefinite-article's
 * lists and the word's letters (src/languages/indefinite-article.ts), with the profile's
 * `indefiniteArticle` (English; no other profile has it, and French "à", Italian and Spanish "a"
 * are never read). The glossary writes the article before a term it puts in (glossary.ts).
 *
 * The fix is written where the word's sound leaves no doubt: a word of the dictionary or the
 * glossary, a word the lists hold ("an FBI agent", "a one-off", "a European"), a number ("an
 * 8-hour shift"). Listed for review: a name the dictionary does not know ("a Instagram" without a
 * glossary), an acronym the lists lack, said by its letters ("a NHS hospital", "a HBO show": no
 * English word begins with "hb"), a word with u said "yoo" ("an
 * unicorn"), h or x ("an hand"). Left alone: an acronym that may be said as a word ("a NATO
 * summit", "an NATO"; in a headline in capitals, one with a vowel that English cannot say, which
 * may be a name there, "A SRI LANKAN SOLDIER"), words said either way ("a URL", "an URL", "an
 * historic", "a herb", "a FTSE 100 company"), a
 * year of the 1100s or 1800s, a word in small letters the dictionary does not know (another
 * language's, "an der"), a capital "A" inside a sentence or before a function word, a letter or
 * a label ("Plan A", "Type A", "A and B", "point a to point b"), a lone letter, a quoted word, code,
 * and a word the glossary took.
 *
 * Measured on the English sources of MLQE-PE (human-written, 8,000 sentences of train and dev):
 * see docs/rules/indefinite-article.md.
 *
 * @example
 *   in:  "She filed an report after a hour."
 *   out: "She filed a report after an hour."
 */
import { defineRule, type WordToken } from '../core/rule.js';
import { isVerbatim } from '../core/document.js';
import { PROFILES } from '../languages/index.js';
import { afterOpeningMark, soundOf } from '../languages/indefinite-article.js';
import { casedLike } from './article-form.js';

/** A word in small letters, a sentence's mark and a capitalized word of two letters or more, read as one word ("dove.An"). */
const GLUED_ARTICLE = /^(\p{Ll}{2,})[.!?](\p{Lu}\p{Ll}+)$/u;

export default defineRule(
  {
    id: 'indefinite-article',
    description: 'An indefinite article that does not agree with the sound after it ("a hour" → "an hour", "an video" → "a video").',
    category: 'grammar',
    severity: 'warning',
    languages: PROFILES.filter((p) => p.indefiniteArticle).map((p) => p.code),
    fix: 'safe',
    examples: {
      flag: [
        { lang: 'en', text: 'She filed an report after a hour.', output: 'She filed a report after an hour.' },
        { lang: 'en', text: 'It was a honest mistake by an European official.', output: 'It was an honest mistake by a European official.' },
        { lang: 'en', text: 'A FBI agent asked for a MRI scan.', output: 'An FBI agent asked for an MRI scan.' },
        { lang: 'en', text: 'He worked a 8-hour shift for a 11-year-old boy.', output: 'He worked an 8-hour shift for an 11-year-old boy.' },
        { lang: 'en', text: 'It was an one-off deal with an unique clause.', output: 'It was a one-off deal with a unique clause.' },
        { lang: 'en', text: 'It was a unusual day and an useful lesson.', output: 'It was an unusual day and a useful lesson.' },
        { lang: 'en', text: 'A apple a day, he said, with a ironic smile.', output: 'An apple a day, he said, with an ironic smile.' },
        { lang: 'en', text: 'The doctor ordered a X-ray after an U-turn.', output: 'The doctor ordered an X-ray after a U-turn.' },
        // A headline in capitals: "AN", not "An".
        { lang: 'en', text: 'A HOUR LATER, THE POLICE ARRIVED.', output: 'AN HOUR LATER, THE POLICE ARRIVED.' },
        // For review: a name the dictionary does not know, and an acronym the lists lack.
        { lang: 'en', text: 'I saw a Ozblax post.', output: 'I saw an Ozblax post.' },
        { lang: 'en', text: 'He works in a NHS hospital.', output: 'He works in an NHS hospital.' },
        // An acronym with a vowel, said by its letters: no English word begins with "HB", or ends with "PD".
        { lang: 'en', text: 'She watched a HBO show.', output: 'She watched an HBO show.' },
        { lang: 'en', text: 'He joined a LAPD unit.', output: 'He joined an LAPD unit.' },
        { lang: 'en', text: 'She rode an unicorn.', output: 'She rode a unicorn.' },
        // The article twice: one fix, which repeated-word's would overlap.
        { lang: 'en', text: 'He saw a a apple and an an video.', output: 'He saw an apple and a video.' },
      ],
      pass: [
        { lang: 'en', text: 'An FBI agent attended a NATO summit and an NATO dinner.' },
        { lang: 'en', text: 'A FIFA official met a NASA engineer, a SWAT team and a FEMA agent at a NASCAR race.' },
        { lang: 'en', text: 'A SCHOOL NIGHT: A STRONG SHOW FOR A NEW HBO SERIES.' },
        // (A name in a headline in capitals, whose letters English reads as another language's: "Sri", "Rwandan", "Lloyds", "Nguyen".)
        { lang: 'en', text: 'A SRI LANKAN SOLDIER AND A RWANDAN SURVIVOR MET AT A LLOYDS BRANCH AND A NGUYEN FAMILY HOME.' },
        // (Acronyms said as words whose letters no English word begins with: "footsie", "scuzzy", "mersa".)
        { lang: 'en', text: 'A FTSE 100 company bought a SCSI disk after a MRSA outbreak.' },
        { lang: 'en', text: 'Paste a URL or an URL, an SQL or a SQL query, an LED or a LED lamp.' },
        { lang: 'en', text: 'It was a one-off, an hour, a European, an honest man, a unicorn and an MRI.' },
        { lang: 'en', text: 'He worked an 8-hour shift in a 1990s office, a 100-day plan.' },
        { lang: 'en', text: 'An 1800s house and a 1800-page book.' },
        { lang: 'en', text: 'A historic day at a hotel and an herb garden.' },
        { lang: 'en', text: 'We chose Plan A over Type A, and Vitamin A is next.' },
        { lang: 'en', text: 'A and B are sides; a or b, from point a to point b.' },
        { lang: 'en', text: 'A is for apple.' },
        { lang: 'en', text: 'He said a "umbrella" was a ‘orange’ and ran a example() there.' },
        { lang: 'en', text: 'A user, a utility, a ukulele, an umbrella, an ultra-fast car, an unidentified man.' },
        { lang: 'en', text: 'He spoke of an der Elbe and a posteriori reasons.' },
        // (A slip of another word: found in a package's readme.)
        { lang: 'en', text: 'Returns all mappings corresponding to a either the line we are searching for or the next.' },
        { lang: 'en', text: 'The UN sent a UN envoy and an EU official to a US base.' },
        { lang: 'en', text: 'He read an e-mail in a T-shirt.' },
        // Another language's phrase in an English sentence.
        { lang: 'en', text: 'The banner read "Vamos a Argentina" and "Alle an Deck".' },
        { lang: 'en', text: 'Beethoven set the Ode an die Freude to music.' },
        { lang: 'en', text: 'AN HOUR LATER, AN FBI AGENT ARRIVED IN A UNIFORM.' },
        // Not English: Italian, Spanish and French "a", German "an".
        { lang: 'it', text: 'Siamo andati a Instagram e a Roma.' },
        { lang: 'es', text: 'Fueron a Italia y a Europa.' },
        { lang: 'de', text: 'Er schrieb an Anna und an Instagram.' },
        { lang: 'fr', text: 'Il a envoyé a Anne une lettre.' },
      ],
    },
  },
  (ctx) => {
    const data = ctx.profile?.indefiniteArticle;
    if (!data) return;
    const { words, text } = ctx;
    const speller = ctx.doc.resources.speller(ctx.language);
    const terms = ctx.doc.resources.glossary.matcher(ctx.language).termWords;
    const known = (word: string) => terms.has(word) || speller === undefined || speller.correct(word);
    const profile = ctx.profile!;
    const notNouns = (lower: string) =>
      profile.functionWords.has(lower) || profile.finiteAuxiliaries?.has(lower) === true || profile.pronouns?.has(lower) === true || profile.articles?.has(lower) === true;
    /** Whether word `i` begins its sentence, or a quotation or bracket in it. */
    const opens = (i: number) => ctx.sentences[words[i].sentence].firstWord === i || afterOpeningMark(text, words[i].start);
    /** Whether sentence `s` is written in capitals, a headline ("A HOUR LATER"): two words of capitals, none with a small letter. */
    // (Read once per sentence: a long headline with many articles is not read again for each.)
    const shouted = new Map<number, boolean>();
    const shouting = (s: number) => {
      let answer = shouted.get(s);
      if (answer !== undefined) return answer;
      const { firstWord, lastWord } = ctx.sentences[s];
      let capitals = 0;
      answer = true;
      for (let k = firstWord; k >= 0 && k <= lastWord; k++) {
        if (/\p{Ll}/u.test(words[k].value)) {
          answer = false;
          break;
        }
        if (/\p{Lu}\p{M}*\p{Lu}/u.test(words[k].value)) capitals++;
      }
      answer &&= capitals >= 2;
      shouted.set(s, answer);
      return answer;
    };
    /** The article as `written` writes its letters: "An", or "AN" in a headline in capitals. */
    const cased = (form: string, written: string, sentence: number) =>
      written.length === 1 && written !== written.toLowerCase() && shouting(sentence) ? form.toUpperCase() : casedLike(form, written);
    const articles = new Set([data.consonant, data.vowel]);
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i];
      const lower = w.value.toLowerCase();
      if (!articles.has(lower) || w.opaque) continue;
      // In small letters, or with a capital where the sentence begins ("A apple a day"): not "Plan A".
      if (w.value !== lower && !(w.value === lower[0].toUpperCase() + lower.slice(1) && opens(i))) continue;
      // A word of its own: not part of one ("vitamin-a", "l'a") nor code. (After a comma or a
      // sentence's mark with the space on its wrong side, "generally ,a affine", "dove .An": a word
      // of its own too, as space-before-punctuation writes it in the same run.)
      const glued = /[,;:.!?]/u.test(text[w.start - 1] ?? '') && /\p{L}[ \t]+[,;:.!?]$/u.test(text.slice(Math.max(0, w.start - 12), w.start));
      if (w.start > 0 && !/[\s"“‘(\[—–]/u.test(text[w.start - 1]) && !glued) continue;
      const n: WordToken = words[i + 1];
      if (n.sentence !== w.sentence || n.opaque || !/^[ \t\n\u00a0]+$/u.test(text.slice(w.end, n.start))) continue;
      // Code after it ("a example()", "a/b").
      if (/^[(=_/\\<>[{]/u.test(text[n.end] ?? '')) continue;
      const next = n.value.toLowerCase();
      // A letter or a label: "A and B", "A is for apple", "from point a to point b".
      if (notNouns(next) || data.notBefore.has(next)) continue;
      // German's "an die Freude", "an den Vater" inside English (not "an den of thieves").
      const after = words[i + 2];
      if (lower === data.vowel && data.foreignArticles.has(next) && after && after.sentence === w.sentence && /^\p{Lu}/u.test(after.value)) continue;
      // Between two names, another language's preposition ("Sant'Angelo a Nilo", "Ponte a Ema").
      if (i > 0 && words[i - 1].sentence === w.sentence && /^\p{Lu}/u.test(words[i - 1].value) && !opens(i - 1) && /^\p{Lu}/u.test(n.value) && w.value === lower) continue;
      if (ctx.isClaimed(w.start, n.end)) continue;
      const sound = soundOf(n.value, data, known);
      if (!sound) continue;
      // An acronym with a vowel that English cannot say as a word, in a headline in capitals: a
      // name there as likely, written in the letters of another language ("A SRI LANKAN SOLDIER",
      // "A RWANDAN SURVIVOR", "A NGUYEN FAMILY").
      if (sound.unsayable && shouting(w.sentence)) continue;
      const wanted = sound.vowel ? data.vowel : data.consonant;
      if (wanted === lower || !isVerbatim(ctx.block, w.start, w.end)) continue;
      // After a word the dictionary does not know that opens the sentence or a quotation, or
      // before a name: another language's phrase, whose "a" or "an" is its own ("Vamos a
      // Argentina", "Gracias a Obama", "Alle an Deck"). (Not after a name inside a sentence:
      // "called Zelenskyy a hero"; nor after a word in small letters before one: "marginalised an
      // chapel", spelt as en-GB spells it; nor after an acronym in capitals: "PSA a hour-long outage".)
      const p = words[i - 1];
      if (
        p && p.sentence === w.sentence && p.alpha && /\p{Ll}/u.test(p.value) && /^\s+$/u.test(text.slice(p.end, w.start)) &&
        (opens(i - 1) || (p.value === p.value.toLowerCase() && /^\p{Lu}/u.test(n.value))) && !known(p.value) && !known(p.value.toLowerCase())
      ) continue;
      let expected = cased(wanted, w.value, w.sentence);
      const oneSpace = n.start === w.end + 1;
      // A doubled article ("a a apple"), which repeated-word would make one: the two become the
      // right one here, in one fix (two fixes of the same words would overlap, and a second run
      // find the article).
      const before = words[i - 1];
      if (sound.sure && oneSpace && before && before.sentence === w.sentence && before.value.toLowerCase() === lower && text.slice(before.end, w.start) === ' ' && !ctx.isClaimed(before.start, w.end)) {
        expected = cased(wanted, before.value, w.sentence);
        ctx.report({ start: before.start, end: w.end, message: `Unexpected \`${text.slice(before.start, w.end)}\` before \`${n.value}\`, expected \`${expected}\`: the article twice, and \`${n.value}\` begins with a ${sound.vowel ? 'vowel' : 'consonant'} sound`, fix: expected });
        ctx.claim(before.start, w.end);
        continue;
      }
      const message = `Unexpected \`${w.value}\` before \`${n.value}\`, expected \`${expected}\`: ${sound.vowel ? '`' + n.value + '` begins with a vowel sound' : '`' + n.value + '` begins with a consonant sound'}${sound.sure ? '' : ' (as it is most often said; check how it is read)'}`;
      // (Only the article is written: across a line break too.)
      ctx.report({ start: w.start, end: w.end, message, ...(sound.sure ? { fix: expected } : { expected: [expected] }) });
    }
    // A sentence run into the next that begins with the article, glued ("dove.An comparable"): the
    // parser reads one word, which missing-space splits in the same run ("dove. An", a known word
    // in small letters before the mark, as it asks); the article is read here too, so that a
    // second run does not write it ("dove. A comparable"). Only a sure sound, and only the
    // two-letter form: missing-space leaves a one-letter word glued ("over.A").
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i];
      const m = w.opaque ? null : GLUED_ARTICLE.exec(w.value);
      if (!m || !articles.has(m[2].toLowerCase()) || !known(m[1])) continue;
      const written = m[2];
      const lower = written.toLowerCase();
      const start = w.start + m[1].length + 1;
      const n: WordToken = words[i + 1];
      if (n.sentence !== w.sentence || n.opaque || !/^[ \t\u00a0]+$/u.test(text.slice(w.end, n.start))) continue;
      const next = n.value.toLowerCase();
      if (notNouns(next) || data.notBefore.has(next) || /^[(=_/\\<>[{]/u.test(text[n.end] ?? '')) continue;
      const sound = soundOf(n.value, data, known);
      if (!sound?.sure) continue;
      const wanted = sound.vowel ? data.vowel : data.consonant;
      if (wanted === lower || !isVerbatim(ctx.block, start, w.end) || ctx.isClaimed(start, w.end)) continue;
      const expected = casedLike(wanted, written);
      ctx.report({ start, end: w.end, message: `Unexpected \`${written}\` before \`${n.value}\`, expected \`${expected}\`: \`${n.value}\` begins with a ${sound.vowel ? 'vowel' : 'consonant'} sound`, fix: expected });
    }
  },
);
