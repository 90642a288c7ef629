import type { LanguageProfile } from './types.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { es } from './es.js';

export type { LanguageProfile } from './types.js';

/** The languages Lektor has profiles for. A new language is a new file plus one line here. */
export const PROFILES: readonly LanguageProfile[] = [de, en, fr, es];

const byCode = new Map<string, LanguageProfile>();
for (const p of PROFILES) {
  byCode.set(p.code, p);
  byCode.set(p.franc, p);
}

/** The profile for an ISO 639-1 or 639-3 code or a tag of one ("de", "DE", "deu", "de-DE"), or undefined when Lektor has none. */
export function profileFor(code: string): LanguageProfile | undefined {
  const lower = code.trim().toLowerCase();
  return byCode.get(lower) ?? byCode.get(lower.split(/[-_]/)[0]);
}

export const SUPPORTED_LANGUAGES = PROFILES.map((p) => p.code);
