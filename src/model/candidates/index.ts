import type { CandidateTables } from './types.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { es } from './es.js';

export type { CandidateTables } from './types.js';

const TABLES: Record<string, CandidateTables> = { de, en, fr, es };

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
