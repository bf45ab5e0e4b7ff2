import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { loadPaths, type Loaded } from '../corpus/load.js';
import { defaultCacheDir } from '../pipeline/cache.js';
import { defaultWorkers, runPipeline } from '../pipeline/run.js';
import { sanitize } from '../render/sanitize.js';
import type { Report } from '../types.js';
import { InputError, UsageError } from './errors.js';
import type { Io } from './io.js';
import { parseDate, parsePositive } from './parse.js';
import { progressBar } from './progress.js';

/** What the commands that run the pipeline share. */
/** Size limits on the inputs (see corpus/load.ts for the defaults and why). */
export interface InputLimits {
  maxBytes?: number;
  maxArticleChars?: number;
}

/** The options that set InputLimits, on every command that reads articles. */
export function addInputLimitOptions(command: Command): Command {
  return command
    .option('--max-bytes <n>', 'skip files larger than this', parsePositive)
    .option('--max-article-chars <n>', 'skip articles whose text is longer than this', parsePositive);
}

export interface PipelineFlags extends InputLimits {
  referenceDate?: string;
  workers?: number;
  cache?: boolean;
  cacheDir?: string;
  /** From the configuration only. */
  boilerplate?: { id: string; pattern: string; note?: string }[];
  speechVerbs?: string[];
}

export function addPipelineOptions(command: Command): Command {
  return addInputLimitOptions(command)
    .option('--reference-date <YYYY-MM-DD>', 'anchor for relative dates (default: inferred per article)', parseDate)
    .option('--workers <n>', `worker threads for the per-article work (default: ${defaultWorkers()} here)`, parsePositive)
    .option('--cache', 'reuse the results of articles analysed before (content-hash cache)')
    .addOption(new Option('--cache-dir <dir>', 'where the cache lives (implies --cache)'));
}

/** Reads the inputs; a skipped file is a line on stderr, no usable file at all is an input error. */
export async function load(paths: string[], io: Io, limits: InputLimits = {}): Promise<Loaded> {
  if (paths.length === 0) throw new UsageError('no input: give article files or folders (see --help)');
  const loaded = await loadPaths(paths, { stdin: io.stdin, maxBytes: limits.maxBytes, maxArticleChars: limits.maxArticleChars });
  for (const s of loaded.skipped) io.stderr.write(`corpus-diff: skipped ${sanitize(s.path)}: ${s.reason} (${sanitize(s.message)})\n`);
  if (loaded.documents.length === 0) {
    throw new InputError(`no usable article in ${paths.join(', ')}${loaded.skipped.length ? ` (${loaded.skipped.length} skipped)` : ''}`);
  }
  return loaded;
}

/** Loads and analyses, with workers, cache and a progress bar as the flags say. */
export async function analyzePaths(paths: string[], flags: PipelineFlags, io: Io): Promise<{ loaded: Loaded; report: Report }> {
  const loaded = await load(paths, io, flags);
  const bar = progressBar(io, loaded.documents.length);
  try {
    const report = await runPipeline(loaded.documents, {
      inputs: paths,
      skipped: loaded.skipped,
      referenceDate: flags.referenceDate,
      workers: flags.workers,
      cacheDir: flags.cacheDir ?? (flags.cache ? defaultCacheDir(io.env) : undefined),
      onProgress: (done) => bar.tick(done),
      extensions: { boilerplate: flags.boilerplate, speechVerbs: flags.speechVerbs },
    });
    return { loaded, report };
  } finally {
    bar.done();
  }
}

export async function emit(text: string, output: string | undefined, io: Io): Promise<void> {
  if (output === undefined || output === '-') {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(output, text);
  } catch (error) {
    throw new InputError(`cannot write ${output}: ${(error as Error).message}`);
  }
}
