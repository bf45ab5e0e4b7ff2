import { Option, type Command } from 'commander';
import { CONFIG_FILE } from '../../config/config.js';
import { SECTION_KEYS } from '../../render/view.js';
import type { Report } from '../../types.js';
import { applyConfig, PIPELINE_CONFIG_KEYS, printConfig } from '../config-options.js';
import { UsageError } from '../errors.js';
import { EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { parsePositive, parseSections } from '../parse.js';
import { FORMATS, renderReport, type Format, type ViewFlags } from '../render-report.js';
import { addPipelineOptions, analyzePaths, emit, type PipelineFlags } from '../shared.js';
import { reduceFrom } from './from.js';

interface CompareFlags extends PipelineFlags, ViewFlags {
  format: Format;
  json?: boolean;
  from?: string[];
  config?: string;
  printConfig?: boolean;
}

/** Options of the compare view, for the default command and `compare`. */
export function compareOptions(command: Command, root: boolean): Command {
  addPipelineOptions(
    command
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
      .option('--json', 'same as --format json')
      .option('-o, --output <file>', 'write the output to a file instead of stdout')
      .option('--color', 'force colour')
      .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
      .option('--width <n>', 'terminal width for the side-by-side view', parsePositive)
      .option('--provenance', 'show the line each cell comes from')
      .option('--only <sections>', `show only these sections (comma-separated: ${SECTION_KEYS.join(', ')})`, parseSections),
  );
  if (!root) command.option('--from <files...>', 'reduce the JSON lines of `corpus-diff extract` runs (shards) instead of reading articles');
  return command
    .option('--verbose', 'show stack traces of internal errors')
    .option('--config <file>', `configuration file (default: ${CONFIG_FILE} or package.json "corpus-diff", found walking up from the input)`)
    .option('--print-config', 'print the configuration in effect and exit');
}

export function compareAction(io: Io, setExit: (code: number) => void) {
  return async (paths: string[], flags: CompareFlags, command: Command): Promise<void> => {
    const found = await applyConfig(command, flags.from ?? paths, flags, io, {
      ...PIPELINE_CONFIG_KEYS,
      format: 'format',
      width: 'width',
      color: 'color',
      provenance: 'provenance',
      only: 'only',
    });
    if (flags.printConfig) return printConfig(found, flags, io);
    let report: Report;
    if (flags.from) {
      if (paths.length) throw new UsageError('give either article paths or --from files, not both');
      report = await reduceFrom(flags.from, io, { referenceDate: flags.referenceDate });
    } else {
      report = (await analyzePaths(paths, flags, io)).report;
    }
    await emit(renderReport(report, flags.json ? 'json' : flags.format, flags, io), flags.output, io);
    setExit(EXIT_OK);
  };
}
