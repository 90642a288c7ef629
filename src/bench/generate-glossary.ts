/** Deterministic synthetic glossaries for benchmarks and tests. */

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'zu', 'mo', 'ri', 'tex', 'vor', 'lin', 'qua', 'sen', 'dor', 'pix', 'ul', 'ban', 'ne', 'tro', 'wy'];

/** Made-up brand names that do not occur in real text, so the two runs check the same findings. */
function name(random: () => number, syllables: number): string {
  let s = '';
  for (let i = 0; i < syllables; i++) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

export function generateGlossaryYaml(count: number, seed = 1, languages: readonly string[] = ['de']): string {
  const random = rng(seed);
  const seen = new Set<string>();
  const lines = ['# Generated for the glossary benchmark.', `languages: [${languages.join(', ')}]`, 'entries:'];
  while (seen.size < count) {
    const term = `${name(random, 3)}${seen.size}`;
    const a = `${name(random, 2)} ${name(random, 2)}${seen.size}`;
    const b = `${name(random, 2)}x${seen.size}`;
    if (seen.has(term)) continue;
    seen.add(term);
    lines.push(
      `  - term: ${term}`,
      `    type: brand`,
      `    wrong: [${a}, ${b}]`,
      `    examples:`,
      `      flag: [{ text: "Die App ${a} wächst.", fixed: "Die App ${term} wächst." }]`,
      `      pass: ["Die App ${term} wächst."]`,
    );
  }
  return lines.join('\n') + '\n';
}

