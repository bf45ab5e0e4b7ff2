import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { cleanCorpus } from '../../clean/clean.js';
import { setExtensions, type Extensions } from '../../extensions.js';
import { applyConfig } from '../config-options.js';
import type { LineStats } from '../../pipeline/stages.js';
import { renderClean } from '../../render/clean.js';
import { InputError } from '../errors.js';
import { lineStatsJson } from '../line-stats.js';
import { streamExtract } from '../extract-stream.js';
import type { Io } from '../io.js';
import { addInputLimitOptions, emit, load, type InputLimits } from '../shared.js';

/** The configuration keys of InputLimits (option → config path). */
const LIMIT_KEYS = { maxBytes: 'maxBytes', maxArticleChars: 'maxArticleChars' };

/** `clean`, `extract` and `line-stats`: the per-article views of the pipeline. */
export function registerArticleCommands(program: Command, io: Io): void {
  addInputLimitOptions(
    program
      .command('clean')
      .description('print the cleaned text of each article; --explain lists every removed line and why')
      .argument('<paths...>', 'article files or folders'),
  )
    .option('--explain', 'list removed lines with their rule and evidence, and a count per rule')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('--config <file>', 'configuration file (its extra boilerplate patterns apply)')
    .action(async (paths: string[], options: { explain?: boolean; format: 'text' | 'json'; output?: string; boilerplate?: Extensions['boilerplate'] } & InputLimits, command: Command) => {
      await applyConfig(command, paths, options, io, { ...LIMIT_KEYS, boilerplate: 'boilerplate' });
      setExtensions({ boilerplate: options.boilerplate });
      const loaded = await load(paths, io, options);
      await emit(renderClean(cleanCorpus(loaded.documents), { explain: options.explain === true, format: options.format }), options.output, io);
    });

  addInputLimitOptions(
    program
      .command('extract')
      .description('one JSON line per article (the per-article half of the pipeline); `compare --from` reduces them')
      .argument('<paths...>', 'article files or folders'),
  )
    .option('--line-stats <file>', 'the batch’s line statistics from `corpus-diff line-stats`, so shards clean as one batch')
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('--config <file>', 'configuration file (its extra patterns and speech verbs apply)')
    .action(async (paths: string[], options: { lineStats?: string; output?: string } & InputLimits & Extensions, command: Command) => {
      await applyConfig(command, paths, options, io, { ...LIMIT_KEYS, boilerplate: 'boilerplate', speechVerbs: 'speechVerbs' });
      setExtensions({ boilerplate: options.boilerplate, speechVerbs: options.speechVerbs });
      const stats = options.lineStats ? await readLineStats(options.lineStats) : undefined;
      await streamExtract(paths, io, { stats, limits: options, output: options.output });
    });

  addInputLimitOptions(
    program
      .command('line-stats')
      .description('the template-line statistics of a whole batch, for `extract --line-stats` on shards')
      .argument('<paths...>', 'article files or folders'),
  )
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .action(async (paths: string[], options: { output?: string } & InputLimits) => {
      const loaded = await load(paths, io, options);
      await emit(lineStatsJson(loaded), options.output, io);
    });
}

async function readLineStats(path: string): Promise<LineStats> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read line statistics ${path}: ${(error as Error).message}`);
  }
  const stats = data as Partial<LineStats> & { type?: unknown };
  const valid =
    stats && stats.type === 'line-stats' && Number.isInteger(stats.documents) && stats.df && typeof stats.df === 'object' && Object.values(stats.df).every((n) => Number.isInteger(n));
  if (!valid) throw new InputError(`${path} is not the output of \`corpus-diff line-stats\``);
  return { documents: stats.documents!, df: stats.df! };
}
