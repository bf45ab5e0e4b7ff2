import { readFileSync } from 'node:fs';

// Read from package.json (one level above src/ and dist/ alike) so the
// version is never written twice.
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
