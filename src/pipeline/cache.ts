import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A content-addressed cache of per-article results. The key hashes the
 * article's bytes, everything else its result depends on, and a fingerprint
 * of the code and data files themselves — so a new version (or a local
 * edit) never reads a stale entry. Unreadable entries are misses.
 */
export class ResultCache {
  private constructor(
    private readonly dir: string,
    private readonly code: string,
  ) {}

  static async open(dir: string): Promise<ResultCache> {
    await mkdir(dir, { recursive: true });
    return new ResultCache(dir, await codeFingerprint());
  }

  key(...parts: unknown[]): string {
    const h = createHash('sha256').update(this.code);
    for (const p of parts) h.update('\u0000').update(typeof p === 'string' ? p : JSON.stringify(p));
    return h.digest('hex');
  }

  async get<T>(key: string): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(this.path(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    const file = this.path(key);
    await mkdir(join(file, '..'), { recursive: true });
    // Write then rename, so a reader never sees half an entry.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, JSON.stringify(value));
    await rename(tmp, file);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** Where the cache lives unless told: $XDG_CACHE_HOME/corpus-diff or ~/.cache/corpus-diff. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'corpus-diff');
}

let fingerprint: Promise<string> | undefined;

/** Hash of the compiled code and the data files (read once per process). */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const h = createHash('sha256');
    for (const dir of ['dist', 'src', 'data']) {
      let files: string[];
      try {
        files = (await readdir(join(root, dir), { recursive: true })) as string[];
      } catch {
        continue;
      }
      for (const f of files.filter((f) => /\.(js|ts|json)$/.test(f)).sort()) {
        h.update(`${dir}/${f}\u0000`).update(await readFile(join(root, dir, f)));
      }
    }
    return h.digest('hex');
  })();
  return fingerprint;
}
