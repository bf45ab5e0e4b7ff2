import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { findConfig, type FoundConfig } from '../config/config.js';
import type { Io } from './io.js';
import { jsonText } from '../render/json-text.js';

/** Options every command that runs the pipeline takes from the configuration (option → config path). */
export const PIPELINE_CONFIG_KEYS: Record<string, string> = {
  referenceDate: 'referenceDate',
  maxBytes: 'maxBytes',
  maxArticleChars: 'maxArticleChars',
  workers: 'workers',
  cacheDir: 'cache.dir',
  cache: 'cache.enabled',
  boilerplate: 'boilerplate',
  speechVerbs: 'speechVerbs',
};

/**
 * Finds the configuration (see config/config.ts) and fills every option the
 * user did not give on the command line from it. `keys` maps option names
 * to config paths ("check.failOn"). Flags always win.
 */
export async function applyConfig(command: Command, paths: string[], options: object, io: Io, keys: Record<string, string>): Promise<FoundConfig> {
  const opts = options as Record<string, unknown> & { config?: string };
  const first = paths.find((p) => p !== '-');
  const start = first ? (existsSync(first) && statSync(first).isDirectory() ? first : dirname(first)) : io.cwd;
  const found = await findConfig(start, opts.config);
  for (const [option, path] of Object.entries(keys)) {
    if (command.getOptionValueSource(option) === 'cli') continue;
    let value: unknown = found.config;
    for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    if (value === undefined) continue;
    // Paths in a config file are relative to the file.
    const isPath = (option === 'baseline' || option === 'cacheDir') && found.path && typeof value === 'string';
    opts[option] = isPath ? resolve(dirname(found.path!), value as string) : value;
  }
  return found;
}

export function printConfig(found: FoundConfig, options: object, io: Io): void {
  const { printConfig: _p, config: _c, ...effective } = options as Record<string, unknown>;
  io.stdout.write(`${jsonText({ configFile: found.path, config: found.config, effective }, 2)}\n`);
}
