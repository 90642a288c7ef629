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
  it('are all said, each at its variant’s line and column (gloss32), in the order of the file', () => {
    const yaml =
      'languages: [de, en]\nentries:\n' +
      '  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n' + // 3
      '  - term: Huawei\n    type: brand\n    wrong: [Tick Tack]\n' + // 6
      '  - term: Hua\n    type: brand\n    wrong: [Huawei]\n' + // 9
      '  - term: Yahoo\n    type: brand\n    wrong: [Yahoo]\n'; // 12
    expect(conflicts(yaml)).toEqual([
      'g.yaml:8:13: entry "Huawei": "Tick Tack" is also a variant of entry "TikTok" (g.yaml:3)',
      'g.yaml:11:13: entry "Hua": variant "Huawei" is the term of entry "Huawei" (g.yaml:6); a replacement must not lead to another entry',
      'g.yaml:14:13: entry "Yahoo": variant "Yahoo" is the term itself (separators do not matter)',
    ]);
  });

  it('are said once where the entries are of several languages', () => {
    const yaml =
      'entries:\n' +
      '  - term: TikTok\n    languages: [de, en, fr]\n    type: brand\n    wrong: [Tick Tack]\n' + // 2
      '  - term: Huawei\n    languages: [de, en]\n    type: brand\n    wrong: [Tick Tack]\n' + // 6
      '  - term: Hua\n    languages: [en, fr]\n    type: brand\n    wrong: [Huawei]\n'; // 10
    expect(conflicts(yaml)).toEqual([
      'g.yaml:9:13: entry "Huawei": "Tick Tack" is also a variant of entry "TikTok" (g.yaml:2)',
      'g.yaml:13:13: entry "Hua": variant "Huawei" is the term of entry "Huawei" (g.yaml:6); a replacement must not lead to another entry',
    ]);
  });

  it('leave a glossary without them compiling as before', () => {
    expect(conflicts('languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n')).toEqual([]);
  });
});

describe('a conflict in a long list of variants (gloss32)', () => {
  it('is said at the variant at fault, its line and column, not the entry’s first line', () => {
    const yaml =
      'languages: [de]\nentries:\n' +
      '  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n' + // 3
      '  - term: Huawei\n    type: brand\n    wrong:\n      - Hua Wei\n      - Hu Awei\n      - Tick Tack\n' + // 6; "Tick Tack" on 11
      '  - term: Yahoo\n    type: brand\n    review: [Jahu, Huawei]\n'; // 12; "Huawei" on 14, column 20
    expect(conflicts(yaml)).toEqual([
      'g.yaml:11:9: entry "Huawei": "Tick Tack" is also a variant of entry "TikTok" (g.yaml:3)',
      'g.yaml:14:20: entry "Yahoo": variant "Huawei" is the term of entry "Huawei" (g.yaml:6); a replacement must not lead to another entry',
    ]);
  });
});
