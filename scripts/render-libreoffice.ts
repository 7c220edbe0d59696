/**
 * Renders exported workbooks the way an officer prints them, to look at before a release:
 *   npx tsx scripts/render-libreoffice.ts [outDir]   (default /tmp/parindex-render)
 * Writes the appraised example's score sheet and the province batch ranking with the CLI, converts them to PDF with
 * LibreOffice (headless) and the first pages to PNG with pdftoppm (poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeIo } from '../src/cli/io.js';
import { run } from '../src/cli/program.js';
import { convert, findSoffice } from '../test/support/libreoffice.js';

const out = process.argv[2] ?? '/tmp/parindex-render';
mkdirSync(out, { recursive: true });
const soffice = findSoffice();
if (soffice === undefined) throw new Error('soffice not found: apt-get install libreoffice-calc poppler-utils');

const quiet = { ...nodeIo, out: () => undefined };
const unit = join(out, 'unit.xlsx');
const ranking = join(out, 'ranking.xlsx');
if ((await run(['score', '-c', 'examples/example-department-2025.yaml', 'examples/rounds/so-tu-phap-2025-appraised.yaml', '--as-of', '2026-01-31', '--out', unit], quiet, 'dev')) !== 0) process.exit(1);
if ((await run(['rank', '-c', 'criteria/department-example/criteria.yaml', 'criteria/commune-example/criteria.yaml', 'examples/province-batch', '--out', ranking], quiet, 'dev')) !== 0) process.exit(1);
convert(soffice, [unit, ranking], 'pdf', out, out);
for (const name of ['unit', 'ranking']) {
  const r = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', join(out, `${name}.pdf`), join(out, name)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
}
console.log(`rendered into ${out}: unit.pdf, ranking.pdf and the first pages as PNG`);
