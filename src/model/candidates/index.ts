import type { CandidateTables } from './types.js';
import { profileFor } from '../../languages/index.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { nl } from './nl.js';

export type { CandidateTables } from './types.js';

const TABLES: Record<string, CandidateTables> = { de, en, fr, es, it, pt, nl };

/** The candidate tables of a language (empty tables for a language without any: only generic edits). */
export function candidateTables(language: string): CandidateTables {
  return (
    TABLES[language.toLowerCase()] ?? {
      finiteVerbs: new Set(),
      clauseOpeners: new Set(),
      relativePronouns: new Set(),
      articleFamilies: [],
    }
  );
}

/**
 * Words that open a subordinate clause in a language (its profile's subordinators and its
 * tables' clause openers), with its relative pronouns when `relative`; built once per language.
 */
export function clauseOpeners(language: string, relative: boolean): ReadonlySet<string> {
  const key = `${language}${relative ? '+relative' : ''}`;
  let set = openerSets.get(key);
  if (!set) {
    const tables = candidateTables(language);
    set = new Set([...(profileFor(language)?.subordinators ?? []), ...tables.clauseOpeners, ...(relative ? tables.relativePronouns : [])]);
    openerSets.set(key, set);
  }
  return set;
}
const openerSets = new Map<string, Set<string>>();
