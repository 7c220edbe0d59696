/** The README and examples/ stay true: their code is the examples' code, and it runs. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

function blocks(lang: string): string[] {
  return [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

function run(cmd: string, args: string[]) {
  return spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

const tsx = `${root}node_modules/.bin/tsx`;

describe('README', () => {
  it('opens with the two commands a newcomer runs', () => {
    const first = blocks('sh')[0]!;
    expect(first).toContain('npm ci && npm start');
    expect(first).toContain('npm ci && npm test');
    expect(readme.indexOf('npm ci && npm start')).toBeLessThan(600);
  });

  it('shows examples/score-from-code.ts verbatim, and prints what it says', () => {
    const code = readFileSync(`${root}examples/score-from-code.ts`, 'utf8');
    expect(blocks('ts')).toContain(code);
    const out = run(tsx, ['examples/score-from-code.ts']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(blocks('text')[0]).toBe(out.stdout);
  });

  it('runs the custom rule example', () => {
    const out = run(tsx, ['examples/custom-rule.ts']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('index 100: 2 ≥ 1\n');
  });

  it('every CLI line in the README runs and exits 0, in order, with nothing on stderr but "wrote <file>"', () => {
    const lines = blocks('sh')
      .flatMap((b) => b.split('\n'))
      .filter((l) => l.startsWith('npx parindex '));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    // Lines that write files (template, import) run in a scratch folder that sees the repository's examples.
    const cwd = mkdtempSync(join(tmpdir(), 'parindex-readme-'));
    try {
      for (const name of ['examples', 'criteria', 'schema']) symlinkSync(join(root, name), join(cwd, name));
      for (const line of lines) {
        const args = line.replace(/^npx parindex /, '').split(/\s+/).filter(Boolean);
        const out = spawnSync(process.execPath, [`${root}dist/src/cli/main.js`, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        const stderr = out.stderr.split('\n').filter((l) => l !== '' && !/^wrote \S+$/.test(l)).join('\n');
        expect({ line, status: out.status, stderr }).toEqual({ line, status: 0, stderr: '' });
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('documents every built-in rule kind', async () => {
    const { RuleRegistry } = await import('../../src/index.js');
    for (const kind of RuleRegistry.builtIn().kinds()) expect(readme).toContain(`| \`${kind}\` |`);
  });
});
