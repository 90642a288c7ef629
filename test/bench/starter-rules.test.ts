/**
 * The bench's starter pass (`--pass starter`) runs the starter checks by id: each id
 * must name a shipped rule (`Lektor.create` refuses an unknown one), and together they must
 * still find what the issue names for them, without the rules outside the list.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { Lektor } from '../../src/core/pipeline.js';
import { defaultRules } from '../../src/rules/index.js';
import { STARTER_RULES } from '../../src/bench/starter-rules.js';
import { ROOT } from '../helpers.js';

describe("the bench's starter checks", () => {
  it('are shipped rules, each once', () => {
    const ids = new Set(defaultRules.map((r) => r.meta.id));
    for (const id of STARTER_RULES) expect(ids.has(id), id).toBe(true);
    expect(new Set(STARTER_RULES).size).toBe(STARTER_RULES.length);
  });

  it('find the starter errors, and nothing of the other rules', async () => {
    const lektor = await Lektor.create({ glossary: path.join(ROOT, 'glossary'), only: [...STARTER_RULES], quality: false, model: undefined });
    const text = 'Hikvision ist so bekannt wie Tick Tack , aber die die Überwachung und Überwachung  wächst.\nEr sagte "Nein".\n';
    const r = await lektor.check(text, { path: 'a.txt', format: 'text' });
    const rules = new Set(r.findings.map((f) => f.ruleId.split('/')[0]));
    for (const id of ['glossary', 'repeated-word', 'coordinated-duplicate', 'space-before-punctuation', 'double-space', 'quotes']) expect(rules.has(id), id).toBe(true);
    for (const id of rules) expect(STARTER_RULES as readonly string[]).toContain(id);
    expect(r.corrected).toContain('TikTok');
  });
});
