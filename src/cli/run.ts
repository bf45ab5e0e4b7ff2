import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyze } from '../analyze.js';
import { CONFIG_FILE, findConfig, type FoundConfig } from '../config/config.js';
import { check } from '../check/check.js';
import { DEFAULT_RULES, RULE_IDS, type RuleId } from '../check/rules.js';
import { renderFindingsGithub } from '../render/findings-github.js';
import { renderFindingsJson } from '../render/findings-json.js';
import { renderFindingsJunit } from '../render/findings-junit.js';
import { renderFindingsText } from '../render/findings-text.js';
import { cleanCorpus } from '../clean/clean.js';
import { loadPaths, type Loaded } from '../corpus/load.js';
import { renderClean } from '../render/clean.js';
import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderNdjson } from '../render/ndjson.js';
import { sanitize } from '../render/sanitize.js';
import { renderText } from '../render/text.js';
import { SECTION_KEYS, type SectionKey } from '../render/view.js';
import type { Report } from '../types.js';
import { VERSION } from '../version.js';
import { extractLines } from './extract-lines.js';
import { wantColor } from './color.js';
import { InputError, UsageError } from './errors.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import type { Io } from './io.js';

const FORMATS = ['text', 'json', 'ndjson', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface CompareOptions {
  format: Format;
  json?: boolean;
  output?: string;
  referenceDate?: string;
  color?: boolean;
  width?: number;
  provenance?: boolean;
  only?: SectionKey[];
  maxBytes?: number;
  verbose?: boolean;
  config?: string;
  printConfig?: boolean;
}

/** The whole CLI: parses argv, runs a command, returns the exit code. Never calls process.exit. */
export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return fail(error, io, argv.includes('--verbose'));
  }
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('corpus-diff')
    .description('Compare how news sources report the same event: figures, dates, quotes and people, side by side.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Errors are printed once, as one line, by fail().
      outputError: () => undefined,
    })
    .showSuggestionAfterError(true)
    // Subcommands have options of the same name (--format): the root's apply before the subcommand only.
    .enablePositionalOptions();

  program
    .argument('[paths...]', 'article files or folders (recursive); - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--json', 'same as --format json')
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('--reference-date <YYYY-MM-DD>', 'anchor for relative dates (default: inferred per article)', parseDate)
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--width <n>', 'terminal width for the side-by-side view', parsePositive)
    .option('--provenance', 'show the line each cell comes from')
    .option('--only <sections>', `show only these sections (comma-separated: ${SECTION_KEYS.join(', ')})`, parseSections)
    .option('--max-bytes <n>', 'skip files larger than this', parsePositive)
    .option('--verbose', 'show stack traces of internal errors')
    .option('--config <file>', `configuration file (default: ${CONFIG_FILE} or package.json "corpus-diff", found walking up from the input)`)
    .option('--print-config', 'print the configuration in effect and exit')
    .action(async (paths: string[], options: CompareOptions, command: Command) => {
      const found = await applyConfig(command, paths, options, io, {
        format: 'format',
        referenceDate: 'referenceDate',
        width: 'width',
        color: 'color',
        provenance: 'provenance',
        only: 'only',
        maxBytes: 'maxBytes',
      });
      if (options.printConfig) return printConfig(found, options, io);
      const loaded = await load(paths, io, options.maxBytes);
      const report = analyze(loaded.documents, { inputs: paths, skipped: loaded.skipped, referenceDate: options.referenceDate });
      const format: Format = options.json ? 'json' : options.format;
      await emit(render(report, format, options, io), options.output, io);
      setExit(EXIT_OK);
    });

  program
    .command('clean')
    .description('print the cleaned text of each article; --explain lists every removed line and why')
    .argument('<paths...>', 'article files or folders')
    .option('--explain', 'list removed lines with their rule and evidence, and a count per rule')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('--max-bytes <n>', 'skip files larger than this', parsePositive)
    .action(async (paths: string[], options: { explain?: boolean; format: 'text' | 'json'; output?: string; maxBytes?: number }) => {
      const loaded = await load(paths, io, options.maxBytes);
      const cleaned = cleanCorpus(loaded.documents);
      await emit(renderClean(cleaned, { explain: options.explain === true, format: options.format }), options.output, io);
    });

  program
    .command('extract')
    .description('one JSON line per article: its claims and people (the per-article half of the pipeline)')
    .argument('<paths...>', 'article files or folders')
    .option('--reference-date <YYYY-MM-DD>', 'anchor for relative dates', parseDate)
    .option('-o, --output <file>', 'write the output to a file instead of stdout')
    .option('--max-bytes <n>', 'skip files larger than this', parsePositive)
    .action(async (paths: string[], options: { referenceDate?: string; output?: string; maxBytes?: number }) => {
      const loaded = await load(paths, io, options.maxBytes);
      await emit(extractLines(loaded, options.referenceDate), options.output, io);
    });

  program
    .command('check')
    .description('run checks on a batch for CI; exit 1 when a rule finds something')
    .argument('<paths...>', 'article files or folders')
    .option('--baseline <file>', 'an earlier JSON report: report only conflicts it did not have')
    .option('--write-baseline <file>', 'save this run’s JSON report as the next baseline')
    .option('--fail-on <rules>', `rules to run, comma-separated, or "all" (${RULE_IDS.join(', ')}; default ${DEFAULT_RULES.join(', ')})`, parseRules)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'junit']).default('text'))
    .option('--no-exit-code', 'exit 0 even when there are findings (report only)')
    .option('--reference-date <YYYY-MM-DD>', 'anchor for relative dates', parseDate)
    .option('-o, --output <file>', 'write the findings to a file instead of stdout')
    .option('--max-bytes <n>', 'skip files larger than this', parsePositive)
    .option('--config <file>', 'configuration file')
    .option('--print-config', 'print the configuration in effect and exit')
    .action(async (paths: string[], options: CheckCliOptions, command: Command) => {
      const found = await applyConfig(command, paths, options, io, {
        referenceDate: 'referenceDate',
        maxBytes: 'maxBytes',
        failOn: 'check.failOn',
        baseline: 'check.baseline',
        format: 'check.format',
      });
      if (options.printConfig) return printConfig(found, options, io);
      const loaded = await load(paths, io, options.maxBytes);
      const report = analyze(loaded.documents, { inputs: paths, skipped: loaded.skipped, referenceDate: options.referenceDate });
      const baseline = options.baseline ? await readBaseline(options.baseline) : undefined;
      const rules = options.failOn ?? DEFAULT_RULES;
      const findings = check(report, loaded.documents, { rules, baseline });
      if (options.writeBaseline) await emit(renderJson(report), options.writeBaseline, io);
      const text =
        options.format === 'json'
          ? renderFindingsJson(findings, rules)
          : options.format === 'github'
            ? renderFindingsGithub(findings)
            : options.format === 'junit'
              ? renderFindingsJunit(findings, report.sources)
              : renderFindingsText(findings);
      await emit(text, options.output, io);
      setExit(findings.length > 0 && options.exitCode !== false ? EXIT_FINDINGS : EXIT_OK);
    });

  return program;
}

interface CheckCliOptions {
  baseline?: string;
  writeBaseline?: string;
  failOn?: RuleId[];
  format: 'text' | 'json' | 'github' | 'junit';
  exitCode?: boolean;
  referenceDate?: string;
  output?: string;
  maxBytes?: number;
  config?: string;
  printConfig?: boolean;
}

/**
 * Finds the configuration (see config/config.ts) and fills every option the
 * user did not give on the command line from it. `keys` maps option names
 * to config paths ("check.failOn").
 */
async function applyConfig(command: Command, paths: string[], options: object, io: Io, keys: Record<string, string>): Promise<FoundConfig> {
  const opts = options as Record<string, unknown> & { config?: string };
  const first = paths.find((p) => p !== '-');
  const start = first ? (existsSync(first) && statSync(first).isDirectory() ? first : dirname(first)) : io.cwd;
  const found = await findConfig(start, opts.config);
  for (const [option, path] of Object.entries(keys)) {
    if (command.getOptionValueSource(option) === 'cli') continue;
    let value: unknown = found.config;
    for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    if (value === undefined) continue;
    // A relative baseline path is relative to the config file that names it.
    opts[option] = option === 'baseline' && found.path && typeof value === 'string' ? resolvePath(dirname(found.path), value) : value;
  }
  return found;
}

function printConfig(found: FoundConfig, options: object, io: Io): void {
  const { printConfig: _p, config: _c, ...effective } = options as Record<string, unknown>;
  io.stdout.write(`${JSON.stringify({ configFile: found.path, config: found.config, effective }, null, 2)}\n`);
}

async function readBaseline(path: string): Promise<Report> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  const report = data as Partial<Report> | null;
  if (!report || report.schemaVersion !== 1 || !Array.isArray(report.sources) || !Array.isArray(report.comparison?.facts)) {
    throw new InputError(`baseline ${path} is not a corpus-diff JSON report (schemaVersion 1)`);
  }
  return report as Report;
}

function parseRules(value: string): RuleId[] {
  if (value.trim() === 'all') return [...RULE_IDS];
  const ids = value.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = ids.filter((r) => !(RULE_IDS as string[]).includes(r));
  if (bad.length || ids.length === 0) throw new InvalidArgumentError(`unknown rule ${bad.join(', ') || '(none)'}; expected "all" or some of ${RULE_IDS.join(', ')}`);
  return ids as RuleId[];
}

async function load(paths: string[], io: Io, maxBytes?: number): Promise<Loaded> {
  if (paths.length === 0) throw new UsageError('no input: give article files or folders (see --help)');
  const loaded = await loadPaths(paths, { stdin: io.stdin, maxBytes });
  for (const s of loaded.skipped) io.stderr.write(`corpus-diff: skipped ${sanitize(s.path)}: ${s.reason} (${sanitize(s.message)})\n`);
  if (loaded.documents.length === 0) {
    throw new InputError(`no usable article in ${paths.join(', ')}${loaded.skipped.length ? ` (${loaded.skipped.length} skipped)` : ''}`);
  }
  return loaded;
}

function render(report: Report, format: Format, options: CompareOptions, io: Io): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'ndjson':
      return renderNdjson(report);
    case 'markdown':
      return renderMarkdown(report, options.only);
    case 'html':
      return renderHtml(report, options.only);
    case 'text':
      return renderText(report, {
        width: options.width ?? (io.stdout.isTTY ? io.stdout.columns : undefined) ?? 120,
        color: wantColor(options.color, io, options.output !== undefined),
        provenance: options.provenance,
        only: options.only,
      });
  }
}

async function emit(text: string, output: string | undefined, io: Io): Promise<void> {
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

function fail(error: unknown, io: Io, verbose: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT_OK;
    }
    io.stderr.write(`corpus-diff: ${error.message.replace(/^error: /, '').split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`corpus-diff: ${sanitize(error.message)}\n`);
    return error.exitCode;
  }
  const e = error as Error;
  io.stderr.write(`corpus-diff: internal error: ${sanitize(e?.message ?? String(error))}${verbose ? '' : ' (run with --verbose for details)'}\n`);
  if (verbose && e?.stack) io.stderr.write(`${sanitize(e.stack)}\n`);
  return EXIT_USAGE;
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD');
  return value;
}

function parseSections(value: string): SectionKey[] {
  const keys = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = keys.filter((k) => !(SECTION_KEYS as readonly string[]).includes(k));
  if (bad.length || keys.length === 0) throw new InvalidArgumentError(`expected some of ${SECTION_KEYS.join(', ')}`);
  return keys as SectionKey[];
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
