/** The small per-language tables the candidate generators read (src/model/candidates/<lang>.ts). */
export interface CandidateTables {
  /**
   * Finite verbs (auxiliaries, modals, frequent full verbs) that German-style subordinate
   * clauses put last. Empty for languages without verb-final clauses.
   */
  finiteVerbs: ReadonlySet<string>;
  /** Words that open a verb-final subordinate clause (besides the profile's subordinators). */
  clauseOpeners: ReadonlySet<string>;
  /** Relative pronouns that open a verb-final clause right after a comma. */
  relativePronouns: ReadonlySet<string>;
  /** The infinitive particle that goes right before its verb, after the verb's object ("zu"). */
  infinitiveParticle?: string;
  /** Words that open an infinitive clause ("um", "ohne", "statt"): a zu-infinitive's object ends before one. */
  infinitiveOpeners?: ReadonlySet<string>;
  /** How every infinitive after the particle ends (German "-n": "zu überwachen", "zu ändern", "zu tun"); not "zu oft". */
  infinitiveEnding?: RegExp;
  /** Phrases before the particle that make it no infinitive's ("ab und" zu: now and then). */
  particleIdioms?: ReadonlyArray<readonly string[]>;
  /** Families of articles and determiners that differ by gender, number or case. */
  articleFamilies: ReadonlyArray<readonly string[]>;
}

export function set(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
