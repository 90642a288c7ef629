/**
 * `lektor models …`: managing the model cache.
 *
 *   lektor models pull <id> [--full] [--cache DIR]   download a Hub model ahead of time
 *   lektor models list [--format json] [--cache DIR] the models in the cache
 *   lektor models path [<id>] [--cache DIR]          where a model is (or would be) kept
 *   lektor models calibrate <id|dir> --data DIR [--sentences N] [--lang de] [--offline]
 *                                                    fit P(error) on MLQE-PE tags (calibrate.ts)
 *
 * Exit codes: 0 done, 1 the model could not be fetched, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL, hubModelDir, isLocalSpec, listModels, pullModel } from './hub.js';
import { cachePaths, defaultCacheRoot } from './paths.js';

export interface ModelsIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

const HELP = `Usage: lektor models pull <id> [--full] [--cache DIR]
       lektor models list [--format json] [--cache DIR]
       lektor models path [<id>] [--cache DIR]
       lektor models calibrate <id|folder> --data DIR [--sentences N] [--lang CODE] [--offline]

Models are Hugging Face ids (default ${DEFAULT_MODEL}) in the transformers.js layout,
kept in the cache folder ($LEKTOR_CACHE, else $XDG_CACHE_HOME/lektor, else ~/.cache/lektor),
which survives reinstalling Lektor. \`lektor check --model <id|folder|none>\` uses them;
--offline never downloads.

  --full      fetch onnx/model.onnx (float) instead of onnx/model_quantized.onnx
  --cache DIR the cache folder
  --data DIR  (calibrate) MLQE-PE style mt.txt + tags.txt; the fitted P(error) is written
              to lektor-calibration.json in the model's folder (--out FILE elsewhere)
`;

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export async function runModelsCommand(argv: string[], io: ModelsIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        full: { type: 'boolean', default: false },
        cache: { type: 'string' },
        format: { type: 'string', default: 'text' },
        data: { type: 'string' },
        sentences: { type: 'string' },
        lang: { type: 'string', default: 'de' },
        out: { type: 'string' },
        offline: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`lektor models: ${(error as Error).message}\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    (values.help ? io.stdout : io.stderr).write(HELP);
    return values.help ? 0 : 2;
  }
  const cacheRoot = values.cache ?? defaultCacheRoot();

  if (sub === 'pull') {
    if (rest.length !== 1) {
      io.stderr.write(`lektor models pull: give one model id\n${HELP}`);
      return 2;
    }
    const id = rest[0];
    if (isLocalSpec(id)) {
      io.stderr.write(`lektor models pull: ${id} is a path; pull takes a Hugging Face id such as ${DEFAULT_MODEL}\n`);
      return 2;
    }
    if (values.offline) {
      io.stderr.write(`lektor models pull: --offline never downloads, and pull only downloads; leave --offline out\n`);
      return 2;
    }
    let lastPercent = -1;
    try {
      const model = await pullModel(id, {
        cacheRoot,
        quantized: !values.full,
        onProgress: (e) => {
          if (e.status === 'download') io.stderr.write(`downloading ${id}/${e.file}\n`);
          if (e.status === 'progress' && e.total) {
            const percent = Math.floor(((e.loaded ?? 0) / e.total) * 10) * 10;
            if (percent !== lastPercent) {
              lastPercent = percent;
              io.stderr.write(`  ${e.file}: ${percent}% of ${mb(e.total)}\n`);
            }
          }
        },
      });
      io.stdout.write(`${model.id}: ${model.dir} (${mb(model.bytes)} ${model.quantized ? 'quantized' : 'float'})\n`);
      return 0;
    } catch (error) {
      io.stderr.write(`lektor models pull: ${(error as Error).message}\n`);
      return 1;
    }
  }

  if (sub === 'list') {
    const models = await listModels(cacheRoot);
    if (values.format === 'json') {
      io.stdout.write(JSON.stringify({ cache: cachePaths(cacheRoot).models, models }, null, 2) + '\n');
      return 0;
    }
    if (models.length === 0) {
      io.stdout.write(`no models in ${cachePaths(cacheRoot).models} (lektor models pull ${DEFAULT_MODEL})\n`);
      return 0;
    }
    for (const m of models) {
      const size = m.files.reduce((a, f) => a + f.bytes, 0);
      const onnx = m.files.filter((f) => f.name.startsWith('onnx/')).map((f) => f.name.slice(5)).join(', ');
      io.stdout.write(`${m.id}  ${mb(size)}  ${onnx || 'no onnx file'}${m.complete ? '' : '  (incomplete)'}\n`);
    }
    return 0;
  }

  if (sub === 'path') {
    const id = rest[0] ?? DEFAULT_MODEL;
    io.stdout.write((isLocalSpec(id) ? id : hubModelDir(cacheRoot, id)) + '\n');
    return 0;
  }

  if (sub === 'calibrate') {
    if (rest.length !== 1 || !values.data) {
      io.stderr.write(`lektor models calibrate: give one model and --data DIR\n${HELP}`);
      return 2;
    }
    const limit = values.sentences === undefined ? undefined : Number(values.sentences);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
      io.stderr.write('lektor models calibrate: --sentences must be a whole number > 0\n');
      return 2;
    }
    try {
      const { resolveModel } = await import('./hub.js');
      const { calibrateAndStore } = await import('./calibrate.js');
      const model = await resolveModel(rest[0], { cacheRoot, offline: values.offline });
      const r = await calibrateAndStore(model, values.data, { cacheRoot, language: values.lang, limit, out: values.out });
      io.stdout.write(
        `${r.file}: a=${r.calibration.flag.a.toFixed(3)} b=${r.calibration.flag.b.toFixed(3)} c=${r.calibration.flag.c.toFixed(3)} ` +
          `from ${r.samples} words (${r.bad} BAD); log loss ${r.logLossBefore.toFixed(3)} → ${r.logLossAfter.toFixed(3)}\n`,
      );
      return 0;
    } catch (error) {
      io.stderr.write(`lektor models calibrate: ${(error as Error).message}\n`);
      return 1;
    }
  }

  io.stderr.write(`lektor models: unknown subcommand ${sub}\n${HELP}`);
  return 2;
}
