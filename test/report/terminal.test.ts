import { describe, it, expect } from 'vitest';
import { terminalReport, terminalSafe, terminalBlock } from '../../src/report/terminal.js';
import type { Finding, Severity } from '../../src/core/types.js';

function finding(line: number, column: number, length: number, severity: Severity, message: string, ruleId = 'spelling', category: Finding['category'] = 'spelling'): Finding {
  return {
    ruleId,
    source: 'lektor',
    category,
    severity,
    message,
    start: { line, column, offset: 0 },
    end: { line, column: column + length, offset: length },
    actual: 'x',
    expected: [],
    fixed: false,
  };
}

describe('terminalReport', () => {
  it('lists each file’s findings (position, severity, message, rule) and the totals', () => {
    const { text, hints } = terminalReport([
      { path: 'a.txt', findings: [finding(2, 5, 9, 'error', 'Unexpected `Tick Tack`, expected `TikTok` (brand)', 'glossary/tiktok', 'glossary'), finding(10, 1, 4, 'warning', 'Unknown word `Feler`')] },
      { path: 'b.txt', findings: [] },
      { path: 'c.txt', error: 'binary file' },
    ]);
    expect(text.split('\n')).toEqual([
      'a.txt',
      '  2:5-2:14   error    Unexpected `Tick Tack`, expected `TikTok` (brand)  glossary/tiktok',
      '  10:1-10:5  warning  Unknown word `Feler`  spelling',
      '',
      'b.txt',
      '  no issues found',
      '',
      'c.txt',
      '  error  binary file',
      '',
      '✖ 2 errors, ⚠ 1 warning in 3 files',
    ]);
    expect(hints).toBe(0);
  });

  it('counts review hints instead of listing them, and --quiet leaves out clean files', () => {
    const hint = finding(1, 1, 3, 'info', 'An editor would likely change „Wort“', 'word-quality', 'quality');
    const { text, hints } = terminalReport([{ path: 'a.txt', findings: [hint, hint] }, { path: 'b.txt', findings: [] }], { quiet: true });
    expect(hints).toBe(2);
    expect(text).not.toContain('word-quality');
    expect(text).not.toContain('b.txt');
    expect(text).toContain('no issues found in 2 files');
  });

  it('shows control characters from the article as escapes, never as terminal commands', () => {
    expect(terminalSafe('a\x1b[2Jb\r\nc\u009bd\te')).toBe('a\\x1b[2Jb\\r\\nc\\x9bd\\te');
    // Bidirectional overrides reorder a displayed line; the line separator breaks it.
    expect(terminalSafe('abc\u202edcb\u2028x\u2066y')).toBe('abc\\u202edcb\\u2028x\\u2066y');
    // So do the directional marks: "a\u200f(b)" shows its brackets reversed.
    expect(terminalSafe('a\u200e(b)\u200f[c]\u061cd')).toBe('a\\u200e(b)\\u200f[c]\\u061cd');
    const { text } = terminalReport([{ path: 'x\x1b]0;pwned\x07.txt', findings: [finding(1, 1, 1, 'warning', 'Unknown word `\x1b[31mrot`')] }]);
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(text).toContain('Unknown word `\\x1b[31mrot`');
  });

  it('colours severities only when asked', () => {
    const f = [{ path: 'a.txt', findings: [finding(1, 1, 1, 'error', 'm')] }];
    expect(terminalReport(f).text).not.toContain('\x1b[');
    expect(terminalReport(f, { color: true }).text).toContain('\x1b[31merror');
  });
});

describe('terminalBlock with countOnly (--quiet)', () => {
  it('counts as the full block does, without its lines, except for a file that failed', () => {
    const findings = [finding(1, 1, 2, 'error', 'a'), finding(2, 1, 2, 'warning', 'b'), finding(3, 1, 2, 'warning', 'c'), finding(4, 1, 2, 'info', 'hint', 'word-quality', 'quality')];
    const full = terminalBlock({ path: 'a.txt', findings });
    const counted = terminalBlock({ path: 'a.txt', findings }, { countOnly: true });
    expect(full.text).not.toBe('');
    expect(counted.text).toBe('');
    expect(counted.totals).toEqual(full.totals);
    expect(counted.totals).toEqual({ error: 1, warning: 2, info: 0 });
    expect(counted.hints).toBe(1);
    expect(terminalBlock({ path: 'b.txt', error: 'binary file' }, { countOnly: true }).text).toContain('binary file');
  });
});
