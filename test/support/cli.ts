/** Runs the built CLI as a user would, from the repository root (`npm run build` first). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = 'dist/src/cli/main.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Fails loudly when the CLI has not been built. */
export function requireBuild(): void {
  if (!existsSync(`${ROOT}${BIN}`)) throw new Error(`${BIN} is missing: run \`npm run build\` before the e2e tests`);
}
