/** Zip bombs whose directory lies about sizes: refused by inflating, before exceljs unpacks anything. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/index.js';
import { checkInflated } from '../../../src/excel/import-inflate.js';
import { checkArchive, zipEntries } from '../../../src/excel/import-zip.js';
import { importFilled } from '../../../src/excel/import-filled.js';
import { loadSet } from './support.js';
import { zipOf } from './zip-support.js';

describe('checkInflated', () => {
  it('refuses a part that unpacks past the size its directory declares (the directory alone looks harmless)', async () => {
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(8 * 1024 * 1024), declared: 1000 }]);
    expect(checkArchive(bomb)).toEqual([]);
    expect((await checkInflated(bomb)).map(formatIssue)).toEqual([
      'workbook: part "xl/worksheets/sheet1.xml" unpacks to more than the 1000 bytes its zip directory declares; refused as a possible zip bomb [XLSX_ZIP_BOMB]',
    ]);
    const r = await importFilled(bomb, { set: loadSet('examples/example-department-2025.yaml'), file: 'bomb.xlsx' });
    expect(r.issues.map((i) => [i.code, i.file])).toEqual([['XLSX_ZIP_BOMB', 'bomb.xlsx']]);
  });

  it('accepts parts that keep to their declared size, and lists them', async () => {
    const ok = zipOf([{ name: 'xl/a.xml', content: Buffer.from('<a/>'.repeat(100)), declared: 400 }]);
    expect(await checkInflated(ok)).toEqual([]);
    expect(zipEntries(ok)).toEqual([{ name: 'xl/a.xml', method: 8, packed: expect.any(Number) as number, unpacked: 400, local: 0 }]);
  });
});
