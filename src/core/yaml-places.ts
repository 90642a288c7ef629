/**
 * Where a value of a YAML data file is written, for the errors of the files Lektor validates at
 * load (a glossary, a language pair's calques). The files are parsed with js-yaml, which is fast
 * but keeps no places; the `yaml` package's node ranges are read here only when a file has an
 * error, so that a valid file never loads it.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/** A place in a file: its line and column, from 1. */
export interface Place {
  line: number;
  column: number;
}

/**
 * The place of a field of an entry (`at`: its key, then an item's index or a key inside it): the
 * 1-based line and column of the value of the deepest part of `at` found (of its key where it has
 * no value), or undefined; with `at` empty, the entry's own place. The entry is given by its index
 * in the list, or by the line it begins on. `topLevel`: the file is the list; else its `entries`.
 */
export function fieldLines(text: string, topLevel: boolean): (index: number | { line: number }, at: ReadonlyArray<string | number>) => Place | undefined {
  let parsed: { list: unknown; lines: Yaml.LineCounter; yaml: typeof Yaml } | undefined;
  return (index, at) => {
    if (!parsed) {
      const y = createRequire(import.meta.url)('yaml') as typeof Yaml;
      const lines = new y.LineCounter();
      const doc = y.parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
      parsed = { list: topLevel ? doc.contents : doc.get('entries', true), lines, yaml: y };
    }
    const { list, lines, yaml: { isMap, isScalar, isSeq } } = parsed;
    if (!isSeq(list)) return undefined;
    const startOf = (n: unknown) => (n as { range?: [number, number, number] } | null)?.range?.[0];
    let node: unknown =
      typeof index === 'number' ? list.items[index] : list.items.find((item) => { const s = startOf(item); return s !== undefined && lines.linePos(s).line === index.line; });
    if (node === undefined) return undefined;
    let place: Place | undefined;
    const placeOf = (n: unknown) => {
      const s = startOf(n);
      if (s !== undefined) {
        const { line, col } = lines.linePos(s);
        place = { line, column: col };
      }
    };
    if (at.length === 0) {
      placeOf(node);
      return place;
    }
    for (const key of at) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        placeOf(pair.key);
        node = pair.value;
        // (A scalar value's own place: the error is about it. A list or mapping is named by its key.)
        if (isScalar(node)) placeOf(node);
      } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
        node = node.items[key];
        placeOf(node);
      } else break;
    }
    return place;
  };
}
