#!/usr/bin/env node
/**
 * `lektor eval`: run the evaluation on a QE split and report it as a table on the
 * terminal and as JSON (`<out>/<split>.json`).
 *
 *     node dist/eval/cli.js --data ../shared/data/mlqe-pe-en-de/dev [--out reports/eval]
 */
import { parseArgs } from 'node:util';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lektor } from '../core/pipeline.js';
import { createModelStage } from '../model/index.js';
import { defaultRules } from '../rules/index.js';
import { REPO_ROOT, defaultDataDir } from './data.js';
import { runEval, type EvalReport } from './run.js';
import { loadWeights } from '../quality/score.js';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const EVAL_HELP = `Usage: lektor eval [--data DIR] [options]

Runs the whole pipeline on a QE split with post-edits (DIR laid out like
shared/data/mlqe-pe-en-de/dev: src.txt, mt.txt, pe.txt, hter.txt, tags.txt) and
reports word-level MCC/P/R/F1 of BAD tokens, sentence-level Pearson/Spearman of the
predicted HTER, TER of the corrected output against the post-edits next to TER of
the untouched MT, and per-rule figures.

Options:
  --data DIR         the split (default: shared/data/mlqe-pe-en-de/dev)
  --out DIR          where the JSON report goes (default: reports/eval)
  --limit N          only the first N sentences
  --glossary PATH    glossary folder or file (default: glossary/)
  --weights FILE     quality weights (default: quality/qe-weights.json)
  --rules a,b        run only these rules
  --disable a,b      skip these rules
  --format text|json table on stdout (default), or the JSON report on stdout
  --model ID|DIR     also run the on-device model (default none; a folder, or a
                     Hugging Face id from the cache or the Hub)
  --offline          never download a model
  --check-goals      exit 1 when a goal (Pearson > 0.25, TER no worse than the
                     MT, MCC > 0.15) is missed
  --no-sentences     leave the per-sentence rows out of the JSON
  --no-source        do not give src.txt to the pipeline (as when a newsroom has
                     only the translation)
  -h, --help         this help

Exit codes: 0 done; 1 a goal missed (with --check-goals) or the data could not
be read; 2 usage error.
`;

class UsageError extends Error {}

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean);
}

export async function runEvalCommand(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        out: { type: 'string', default: path.join('reports', 'eval') },
        limit: { type: 'string' },
        glossary: { type: 'string' },
        weights: { type: 'string' },
        rules: { type: 'string' },
        disable: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'check-goals': { type: 'boolean', default: false },
        model: { type: 'string', default: 'none' },
        offline: { type: 'boolean', default: false },
        'no-sentences': { type: 'boolean', default: false },
        'no-source': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
    if (values.help) {
      io.stdout.write(EVAL_HELP);
      return 0;
    }
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${JSON.stringify(values.format)}`);
    if (values.limit !== undefined && !/^[1-9]\d*$/.test(values.limit)) throw new UsageError(`--limit must be a positive integer, not ${JSON.stringify(values.limit)}`);
    const ids = new Set(defaultRules.map((r) => r.meta.id));
    for (const id of [...(list(values.rules) ?? []), ...(list(values.disable) ?? [])]) {
      if (!ids.has(id)) throw new UsageError(`unknown rule ${JSON.stringify(id)} (rules: ${[...ids].join(', ')})`);
    }
  } catch (e) {
    io.stderr.write(`lektor eval: ${(e as Error).message}\n\n${EVAL_HELP}`);
    return 2;
  }

  try {
    const dataDir = values.data ?? defaultDataDir('dev');
    const model = await createModelStage({ model: values.model, offline: values.offline, requireModel: values.model !== 'none', warn: (m) => io.stderr.write(`lektor eval: ${m}\n`) });
    const lektor = await Lektor.create({
      glossary: values.glossary ?? path.join(REPO_ROOT, 'glossary'),
      only: list(values.rules),
      disable: list(values.disable),
      model,
    });
    if (model) io.stderr.write(`lektor eval: with the model ${model.modelInfo.id} (${model.modelInfo.path})\n`);
    const weights = values.weights ? loadWeights(values.weights) : undefined;
    const report = await runEval({
      dataDir,
      lektor,
      weights,
      limit: values.limit === undefined ? undefined : Number(values.limit),
      sentences: !values['no-sentences'],
      source: !values['no-source'],
    });
    const out = path.resolve(values.out!);
    await mkdir(out, { recursive: true });
    const file = path.join(out, `${report.data.split}.json`);
    await writeFile(file, JSON.stringify(report, null, 2) + '\n');
    if (values.format === 'json') io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else io.stdout.write(formatReport(report) + `\nJSON report: ${path.relative(process.cwd(), file) || file}\n`);
    if (values['check-goals'] && report.goals.some((g) => !g.met)) return 1;
    return 0;
  } catch (e) {
    io.stderr.write(`lektor eval: ${(e as Error).message}\n`);
    return 1;
  }
}

/** A plain-text table of the report (no colours: it also goes into CI logs). */
export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  const f = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  lines.push(`Lektor evaluation: ${r.data.split} (${r.data.sentences} sentences, ${r.data.tokens} MT tokens, ${r.data.badTokens} BAD = ${pct(r.data.badTokens / Math.max(1, r.data.tokens))}), language ${r.data.language}`);
  lines.push('');
  lines.push('Word level (findings → BAD tokens)');
  lines.push(table(
    ['findings', 'MCC', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN'],
    (
      [
        ['all', r.word.all],
        ['warning+', r.word.warningOrAbove],
        ['error', r.word.errorOnly],
      ] as const
    ).map(([name, s]) => [name, f(s.mcc), f(s.precision), f(s.recall), f(s.f1), String(s.tp), String(s.fp), String(s.fn)]),
  ));
  lines.push('');
  lines.push('Sentence level (predicted HTER → quality score)');
  lines.push(table(
    ['Pearson', 'Spearman', 'mean predicted HTER', 'mean gold HTER', 'mean score'],
    [[f(r.sentence.pearson), f(r.sentence.spearman), f(r.sentence.meanPredictedHter), f(r.sentence.meanGoldHter), f(r.sentence.meanScore, 1)]],
  ));
  lines.push('');
  const c = r.correction;
  lines.push('Correction (TER ×100 against pe.txt; lower is better)');
  lines.push(table(
    ['output', 'TER', 'TER cased', 'edits', 'ref words'],
    [
      ['mt.txt (do nothing)', f(c.terMt, 2), f(c.terMtCased, 2), String(c.editsMt), String(c.refWords)],
      ['Lektor corrected', f(c.terCorrected, 2), f(c.terCorrectedCased, 2), String(c.editsCorrected), String(c.refWords)],
    ],
  ));
  lines.push(`applied edits ${c.applied} (${c.effective} change tokens, ${c.applied - c.effective} spacing only) in ${c.sentencesChanged} sentences; made by the post-editor too: ${c.agreed}/${c.effective} = ${pct(c.agreement)}`);
  lines.push('');
  const k = r.cleanText;
  lines.push('False alarms on the post-edits (pe.txt, corrected by people: warnings and errors there are nearly all false)');
  lines.push(
    `  ${f(k.perThousandWords, 2)} per 1,000 words (${k.warningsAndErrors} in ${k.words} words, ${k.errors} errors): ` +
      Object.entries(k.byRule)
        .sort((a, b) => b[1] - a[1])
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', '),
  );
  lines.push('');
  lines.push('Per rule');
  lines.push(table(
    ['rule', 'findings', 'on BAD', 'tokens', 'BAD tokens', 'token prec.', 'applied', 'agreed', 'ΔTER edits', 'ΔTER'],
    [...r.rules]
      .sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule))
      .map((s) => [
        s.rule,
        String(s.findings),
        String(s.findingsOnBad),
        String(s.tokens),
        String(s.badTokens),
        s.tokens ? f(s.tokenPrecision) : '–',
        String(s.applied),
        s.effective ? `${s.agreed}/${s.effective}` : '–',
        s.applied ? (s.terEditsDelta > 0 ? '+' : '') + String(s.terEditsDelta) : '–',
        s.applied ? (s.terDelta > 0 ? '+' : '') + f(s.terDelta, 2) : '–',
      ]),
  ));
  lines.push('');
  lines.push('Goals');
  lines.push(table(['goal', 'value', 'target', 'met'], r.goals.map((g) => [g.goal, f(g.value, 3), g.target, g.met ? 'yes' : 'NO'])));
  lines.push('');
  lines.push(`runtime ${(r.runtimeMs.total / 1000).toFixed(1)} s (checking ${(r.runtimeMs.check / 1000).toFixed(1)} s)`);
  return lines.join('\n');
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].map((l) => '  ' + l).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runEvalCommand(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
