/**
 * The compiled glossary: every forbidden variant of every entry, per language, in one
 * token trie keyed by lower-cased words. Matching walks the trie from each word, so
 * the cost per word does not grow with the number of entries. Variants match across
 * any whitespace or a hyphen between their words ("Tick Tack", "Tick\nTack",
 * "Tick-Tack-Videos"), never inside a word, and the last word may carry one of the
 * language's inflectional endings ("Tick Tacks" → "TikToks"), which the replacement keeps.
 */
import type { Segmented } from '../core/segment.js';
import { profileFor } from '../languages/index.js';
import { GlossaryError, type GlossaryEntry } from './types.js';

interface Variant {
  entry: GlossaryEntry;
  /** The variant's words as written. */
  words: string[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  variants: Variant[];
}

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** Block-text offsets of the matched variant (ending included). */
  start: number;
  end: number;
  /** The canonical term with the matched ending, capitalized like the match where needed. */
  replacement: string;
  ending: string;
}

interface SubToken {
  value: string;
  lower: string;
  start: number;
  end: number;
  /** How it is joined to the previous sub-token: inside one word by a hyphen, by whitespace, or otherwise. */
  joint: 'hyphen' | 'space' | 'other';
  sentenceStart: boolean;
}

const newNode = (): TrieNode => ({ children: new Map(), variants: [] });

/** Split a phrase into its words: on whitespace and hyphens. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/[\s\-‐‑]+/u).filter(Boolean);
}

export class LanguageMatcher {
  readonly language: string;
  private readonly root = newNode();
  private readonly endings: readonly string[];
  /** Words of canonical terms, accepted by the spelling check. */
  readonly termWords = new Set<string>();

  constructor(language: string, entries: GlossaryEntry[]) {
    this.language = language;
    this.endings = profileFor(language)?.nounEndings ?? [];
    const owner = new Map<string, GlossaryEntry>();
    for (const entry of entries) {
      for (const w of phraseWords(entry.term)) this.termWords.add(w);
      owner.set(phraseWords(entry.term).join(' ').toLowerCase(), entry);
    }
    for (const entry of entries) {
      for (const wrong of entry.wrong) {
        const words = phraseWords(wrong);
        const key = words.join(' ').toLowerCase();
        const other = owner.get(key);
        if (other && other !== entry) {
          throw new GlossaryError(
            entry.origin.file,
            entry.origin.line,
            `entry "${entry.term}": variant "${wrong}" is the term of entry "${other.term}" (${other.origin.file}:${other.origin.line}); a replacement must not lead to another entry`,
          );
        }
        if (other === entry && (!entry.caseSensitive || wrong === entry.term)) {
          throw new GlossaryError(entry.origin.file, entry.origin.line, `entry "${entry.term}": variant "${wrong}" is the term itself`);
        }
        let node = this.root;
        for (const w of words) {
          const k = w.toLowerCase();
          let next = node.children.get(k);
          if (!next) node.children.set(k, (next = newNode()));
          node = next;
        }
        const clash = node.variants.find((v) => v.entry !== entry && v.words.join(' ') === words.join(' '));
        if (clash) {
          throw new GlossaryError(
            entry.origin.file,
            entry.origin.line,
            `entry "${entry.term}": variant "${wrong}" is also a variant of "${clash.entry.term}" (${clash.entry.origin.file}:${clash.entry.origin.line})`,
          );
        }
        node.variants.push({ entry, words });
      }
    }
  }

  /** Find every forbidden variant in a segmented block, left to right, longest first. */
  match(seg: Segmented, text: string): GlossaryMatch[] {
    const toks = subTokens(seg, text);
    const out: GlossaryMatch[] = [];
    for (let i = 0; i < toks.length; i++) {
      const m = this.matchAt(toks, i);
      if (m) {
        out.push(m.match);
        i = m.last;
      }
    }
    return out;
  }

  private matchAt(toks: SubToken[], i: number): { match: GlossaryMatch; last: number } | undefined {
    let node = this.root.children.get(toks[i].lower);
    let best: { match: GlossaryMatch; last: number } | undefined;
    let j = i;
    // Inflected single-word variant ("Tacks").
    best = this.tryEnding(this.root, toks, i, i) ?? best;
    while (node) {
      const hit = this.accept(node, toks, i, j, '');
      if (hit) best = { match: hit, last: j };
      const next = toks[j + 1];
      if (!next || next.joint === 'other') break;
      const ending = this.tryEnding(node, toks, i, j + 1);
      if (ending) best = ending;
      node = node.children.get(next.lower);
      j++;
    }
    return best;
  }

  /** Try token `j` with an inflectional ending stripped, as the last word of a variant under `node`. */
  private tryEnding(node: TrieNode, toks: SubToken[], i: number, j: number) {
    const tok = toks[j];
    for (const ending of this.endings) {
      if (tok.lower.length <= ending.length + 1 || !tok.lower.endsWith(ending)) continue;
      const child = node.children.get(tok.lower.slice(0, -ending.length));
      if (!child) continue;
      const hit = this.accept(child, toks, i, j, tok.value.slice(tok.value.length - ending.length));
      if (hit) return { match: hit, last: j };
    }
    return undefined;
  }

  private accept(node: TrieNode, toks: SubToken[], i: number, j: number, ending: string): GlossaryMatch | undefined {
    for (const v of node.variants) {
      if (v.entry.caseSensitive && !sameCase(v.words, toks, i, j, ending)) continue;
      let replacement = v.entry.term + ending;
      if (toks[i].sentenceStart && /^\p{Ll}/u.test(replacement) && /^\p{Lu}/u.test(toks[i].value)) {
        replacement = replacement[0].toUpperCase() + replacement.slice(1);
      }
      return { entry: v.entry, start: toks[i].start, end: toks[j].end, replacement, ending };
    }
    return undefined;
  }
}

function sameCase(words: string[], toks: SubToken[], i: number, j: number, ending: string): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    let value = k === words.length - 1 && ending ? t.value.slice(0, t.value.length - ending.length) : t.value;
    let want = words[k];
    if (k === 0 && t.sentenceStart) {
      // Sentence-initial capitalization: compare the first letter case-insensitively only.
      value = value.slice(0, 1).toLowerCase() + value.slice(1);
      want = want.slice(0, 1).toLowerCase() + want.slice(1);
    }
    if (value !== want) return false;
  }
  return i + words.length - 1 === j;
}

/** The block's words split at hyphens, each knowing how it joins its predecessor. */
function subTokens(seg: Segmented, text: string): SubToken[] {
  const out: SubToken[] = [];
  let prevEnd = -1;
  let prevSentence = -1;
  for (const w of seg.words) {
    if (w.opaque) {
      prevEnd = -1;
      continue;
    }
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, w.start);
    let joint: SubToken['joint'] = prevEnd >= 0 && w.sentence === prevSentence && /^\s+$/.test(gap) ? 'space' : 'other';
    const sentenceStart = w.sentence !== prevSentence && seg.sentences[w.sentence].firstWord >= 0 && seg.words[seg.sentences[w.sentence].firstWord] === w;
    let first = true;
    for (const m of w.value.matchAll(/[^\-‐‑]+/gu)) {
      const start = w.start + m.index;
      out.push({ value: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, joint, sentenceStart: first && sentenceStart });
      joint = 'hyphen';
      first = false;
    }
    prevEnd = w.end;
    prevSentence = w.sentence;
  }
  return out;
}

/** All entries compiled, one matcher per language, built on first use. */
export class CompiledGlossary {
  readonly entries: readonly GlossaryEntry[];
  private readonly matchers = new Map<string, LanguageMatcher>();

  constructor(entries: readonly GlossaryEntry[]) {
    this.entries = entries;
  }

  languages(): string[] {
    return [...new Set(this.entries.flatMap((e) => e.languages))].sort();
  }

  matcher(language: string): LanguageMatcher {
    let m = this.matchers.get(language);
    if (!m) {
      m = new LanguageMatcher(language, this.entries.filter((e) => e.languages.includes(language)));
      this.matchers.set(language, m);
    }
    return m;
  }
}
