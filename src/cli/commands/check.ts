import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { check } from '../../check/check.js';
import { DEFAULT_RULES, RULE_IDS, type RuleId } from '../../check/rules.js';
import { renderFindingsGithub } from '../../render/findings-github.js';
import { renderFindingsJson } from '../../render/findings-json.js';
import { renderFindingsJunit } from '../../render/findings-junit.js';
import { renderFindingsText } from '../../render/findings-text.js';
import { renderJson } from '../../render/json.js';
import type { Report } from '../../types.js';
import { applyConfig, PIPELINE_CONFIG_KEYS, printConfig } from '../config-options.js';
import { InputError } from '../errors.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { parseRules } from '../parse.js';
import { addPipelineOptions, analyzePaths, emit, type PipelineFlags } from '../shared.js';

interface CheckFlags extends PipelineFlags {
  baseline?: string;
  writeBaseline?: string;
  failOn?: RuleId[];
  format: 'text' | 'json' | 'github' | 'junit';
  exitCode?: boolean;
  output?: string;
  config?: string;
  printConfig?: boolean;
}

export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  addPipelineOptions(
    program
      .command('check')
      .description('run checks on a batch for CI; exit 1 when a rule finds something')
      .argument('<paths...>', 'article files or folders')
      .option('--baseline <file>', 'an earlier JSON report: report only conflicts it did not have')
      .option('--write-baseline <file>', 'save this run’s JSON report as the next baseline')
      .option('--fail-on <rules>', `rules to run, comma-separated, or "all" (${RULE_IDS.join(', ')}; default ${DEFAULT_RULES.join(', ')})`, parseRules)
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'junit']).default('text'))
      .option('--no-exit-code', 'exit 0 even when there are findings (report only)')
      .option('-o, --output <file>', 'write the findings to a file instead of stdout'),
  )
    .option('--config <file>', 'configuration file')
    .option('--print-config', 'print the configuration in effect and exit')
    .action(async (paths: string[], flags: CheckFlags, command: Command) => {
      const found = await applyConfig(command, paths, flags, io, {
        ...PIPELINE_CONFIG_KEYS,
        failOn: 'check.failOn',
        baseline: 'check.baseline',
        format: 'check.format',
      });
      if (flags.printConfig) return printConfig(found, flags, io);
      const { loaded, report } = await analyzePaths(paths, flags, io);
      const baseline = flags.baseline ? await readBaseline(flags.baseline) : undefined;
      const rules = flags.failOn ?? DEFAULT_RULES;
      const findings = check(report, loaded.documents, { rules, baseline });
      if (flags.writeBaseline) await emit(renderJson(report), flags.writeBaseline, io);
      const text =
        flags.format === 'json'
          ? renderFindingsJson(findings, rules)
          : flags.format === 'github'
            ? renderFindingsGithub(findings)
            : flags.format === 'junit'
              ? renderFindingsJunit(findings, report.sources)
              : renderFindingsText(findings);
      await emit(text, flags.output, io);
      setExit(findings.length > 0 && flags.exitCode !== false ? EXIT_FINDINGS : EXIT_OK);
    });
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
