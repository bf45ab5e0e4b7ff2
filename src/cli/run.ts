import { Command, CommanderError } from 'commander';
import { sanitize } from '../render/sanitize.js';
import { VERSION } from '../version.js';
import { registerCheck } from './commands/check.js';
import { compareAction, compareOptions } from './commands/compare.js';
import { registerArticleCommands } from './commands/misc.js';
import { UsageError } from './errors.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import type { Io } from './io.js';

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

  compareOptions(program.argument('[paths...]', 'article files or folders (recursive); - for standard input'), true).action(compareAction(io, setExit));
  compareOptions(
    program.command('compare').description('compare the articles (the default command); --from reduces `extract` output').argument('[paths...]', 'article files or folders'),
    false,
  ).action(compareAction(io, setExit));
  registerArticleCommands(program, io);
  registerCheck(program, io, setExit);
  return program;
}

function fail(error: unknown, io: Io, verbose: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT_OK;
    }
    io.stderr.write(`corpus-diff: ${sanitize(error.message.replace(/^error: /, '').split('\n')[0] ?? '')}\n`);
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
