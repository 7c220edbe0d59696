/** Runs LibreOffice headless (its own profile, formulas always recalculated on load) to convert workbooks. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The soffice binary on PATH, or undefined. */
export function findSoffice(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = r.stdout.trim().split('\n')[0];
  return r.status === 0 && path ? path : undefined;
}

// OOXMLRecalcMode 0 = always recalculate on load (the default asks, which headless means never).
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `files` to `format` (e.g. "xlsx", "pdf") into `outDir`, with a throwaway profile under `work`. */
export function convert(soffice: string, files: readonly string[], format: string, outDir: string, work: string): void {
  const profile = join(work, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), PROFILE);
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}${r.stdout}`);
}
