import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv';
import { UsageError } from '../cli/errors.js';

/** What a configuration file may set; flags on the command line win over it. */
export interface Config {
  format?: 'text' | 'json' | 'ndjson' | 'markdown' | 'html';
  referenceDate?: string;
  width?: number;
  color?: boolean;
  provenance?: boolean;
  only?: string[];
  maxBytes?: number;
  maxArticleChars?: number;
  workers?: number;
  cache?: { enabled?: boolean; dir?: string };
  check?: { failOn?: string[]; baseline?: string; format?: 'text' | 'json' | 'github' | 'junit' };
  boilerplate?: { id: string; pattern: string; note?: string }[];
  speechVerbs?: string[];
}

export interface FoundConfig {
  config: Config;
  /** Where it came from, or null when none was found. */
  path: string | null;
}

export const CONFIG_FILE = '.corpus-diffrc.json';
const PACKAGE_FIELD = 'corpus-diff';

const schema = JSON.parse(readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv.default({ allErrors: false, strict: false }).compile(schema);

/**
 * The configuration for a run: the explicit --config file, else the first
 * `.corpus-diffrc.json` or package.json with a "corpus-diff" field found
 * walking up from `start`. Invalid configuration is a usage error.
 */
export async function findConfig(start: string, explicit?: string): Promise<FoundConfig> {
  if (explicit) return { config: await readConfig(explicit), path: explicit };
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const rc = join(dir, CONFIG_FILE);
    const fromRc = await tryRead(rc);
    if (fromRc !== null) return { config: checked(parseJson(fromRc, rc), rc), path: rc };
    const pkg = join(dir, 'package.json');
    const fromPkg = await tryRead(pkg);
    if (fromPkg !== null) {
      const field = parseJson(fromPkg, pkg) as Record<string, unknown> | null;
      if (field && typeof field === 'object' && Object.hasOwn(field, PACKAGE_FIELD)) {
        return { config: checked(field[PACKAGE_FIELD], `${pkg} ("${PACKAGE_FIELD}" field)`), path: pkg };
      }
    }
    if (dirname(dir) === dir) return { config: {}, path: null };
  }
}

async function readConfig(path: string): Promise<Config> {
  const text = await tryRead(path);
  if (text === null) throw new UsageError(`cannot read config ${path}`);
  return checked(parseJson(text, path), path);
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`invalid JSON in ${path}: ${(error as Error).message}`);
  }
}

/** Validates against schema/config.schema.json and compiles the patterns, so mistakes surface before the run. */
export function checked(data: unknown, where: string): Config {
  if (!validate(data)) {
    const e = validate.errors?.[0];
    const at = e?.instancePath || '(top level)';
    const extra = e?.params && 'additionalProperty' in e.params ? ` "${String(e.params.additionalProperty)}"` : '';
    throw new UsageError(`invalid config ${where}: ${at} ${e?.message ?? 'is invalid'}${extra}`);
  }
  const config = data as Config;
  for (const p of config.boilerplate ?? []) {
    try {
      new RegExp(p.pattern, 'iu');
    } catch (error) {
      throw new UsageError(`invalid config ${where}: boilerplate "${p.id}": ${(error as Error).message}`);
    }
  }
  return config;
}

async function tryRead(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
