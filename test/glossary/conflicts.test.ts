/**
 * Conflicts between entries (a variant of two terms, a variant that is another entry's term, an
 * entry's variant that is its own term) are every one of them said, as the loader's errors of
 * a file are: `glossary validate` had named the first and stopped, so a newsroom that had
 * merged two glossaries fixed them one run at a time (gloss31).
 */
import { describe, it, expect } from 'vitest';
import { parseGlossary, compileGlossary, GlossaryError } from '../../src/glossary/index.js';

function conflicts(yaml: string): readonly string[] {
  try {
    compileGlossary(parseGlossary(yaml, 'g.yaml'));
  } catch (error) {
    if (error instanceof GlossaryError) return error.problems;
    throw error;
  }
  return [];
}

describe('conflicts between entries', () => {
  it('are all said, each at its entry, in the order of the file', () => {
    const yaml =
      'languages: [de, en]\nentries:\n' +
      '  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n' + // 3
      '  - term: Huawei\n    type: brand\n    wrong: [Tick Tack]\n' + // 6
      '  - term: Hua\n    type: brand\n    wrong: [Huawei]\n' + // 9
      '  - term: Yahoo\n    type: brand\n    wrong: [Yahoo]\n'; // 12
    expect(conflicts(yaml)).toEqual([
      'g.yaml:6: entry "Huawei": "Tick Tack" is also a variant of entry "TikTok" (g.yaml:3)',
      'g.yaml:9: entry "Hua": variant "Huawei" is the term of entry "Huawei" (g.yaml:6); a replacement must not lead to another entry',
      'g.yaml:12: entry "Yahoo": variant "Yahoo" is the term itself (separators do not matter)',
    ]);
  });

  it('are said once where the entries are of several languages', () => {
    const yaml =
      'entries:\n' +
      '  - term: TikTok\n    languages: [de, en, fr]\n    type: brand\n    wrong: [Tick Tack]\n' + // 2
      '  - term: Huawei\n    languages: [de, en]\n    type: brand\n    wrong: [Tick Tack]\n' + // 6
      '  - term: Hua\n    languages: [en, fr]\n    type: brand\n    wrong: [Huawei]\n'; // 10
    expect(conflicts(yaml)).toEqual([
      'g.yaml:6: entry "Huawei": "Tick Tack" is also a variant of entry "TikTok" (g.yaml:2)',
      'g.yaml:10: entry "Hua": variant "Huawei" is the term of entry "Huawei" (g.yaml:6); a replacement must not lead to another entry',
    ]);
  });

  it('leave a glossary without them compiling as before', () => {
    expect(conflicts('languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n')).toEqual([]);
  });
});
