/** The library runs in a browser: outside src/cli nothing imports Node built-ins, reads the clock or prints. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const library = files(src).filter((f) => !relative(src, f).startsWith('cli'));

describe('library code (everything but src/cli)', () => {
  it.each(library.map((f) => [relative(src, f), f]))('%s has no I/O, clock or console', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/from ['"](node:|fs|path|os|child_process|process)['"/]/);
    expect(text).not.toMatch(/\bprocess\.|\bconsole\.|Date\.now\(|new Date\(\)/);
  });
});
