/**
 * `lektor models …`: managing the model cache.
 *
 *   lektor models pull <id> [--full] [--cache DIR]   download a Hub model ahead of time
 *   lektor models list [--format json] [--cache DIR] the models in the cache
 *   lektor models path [<id>] [--cache DIR]          where a model is (or would be) kept
 *
 * Exit codes: 0 done, 1 the model could not be fetched, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL, hubModelDir, isLocalSpec, listModels, ModelUnavailableError, pullModel } from './hub.js';
import { cachePaths, defaultCacheRoot } from './paths.js';

export interface ModelsIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

const HELP = `Usage: lektor models pull <id> [--full] [--cache DIR]
       lektor models list [--format json] [--cache DIR]
       lektor models path [<id>] [--cache DIR]

Models are Hugging Face ids (default ${DEFAULT_MODEL}) in the transformers.js layout,
kept in the cache folder ($LEKTOR_CACHE, else $XDG_CACHE_HOME/lektor, else ~/.cache/lektor),
which survives reinstalling Lektor. \`lektor check --model <id|folder|none>\` uses them;
--offline never downloads.

  --full      fetch onnx/model.onnx (float) instead of onnx/model_quantized.onnx
  --cache DIR the cache folder
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
      return error instanceof ModelUnavailableError ? 1 : 1;
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

  io.stderr.write(`lektor models: unknown subcommand ${sub}\n${HELP}`);
  return 2;
}
