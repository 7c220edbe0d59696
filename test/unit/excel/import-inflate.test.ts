/** Zip bombs whose directory lies about sizes: refused by inflating, before exceljs unpacks anything. */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/index.js';
import { checkInflated } from '../../../src/excel/import-inflate.js';
import { checkArchive, zipEntries } from '../../../src/excel/import-zip.js';
import { importFilled } from '../../../src/excel/import-filled.js';
import { loadSet } from './support.js';

/** A one-part zip whose directory declares `declared` unpacked bytes for `content`. */
function zipWith(name: string, content: Buffer, declared: number): Uint8Array {
  const data = deflateRawSync(content);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(n.length, 26);
  const dir = Buffer.alloc(46);
  dir.writeUInt32LE(0x02014b50, 0);
  dir.writeUInt16LE(8, 10);
  dir.writeUInt32LE(data.length, 20);
  dir.writeUInt32LE(declared, 24);
  dir.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dir.length + n.length, 12);
  end.writeUInt32LE(local.length + n.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, n, data, dir, n, end]));
}

describe('checkInflated', () => {
  it('refuses a part that unpacks past the size its directory declares (the directory alone looks harmless)', async () => {
    const bomb = zipWith('xl/worksheets/sheet1.xml', Buffer.alloc(8 * 1024 * 1024), 1000);
    expect(checkArchive(bomb)).toEqual([]);
    expect((await checkInflated(bomb)).map(formatIssue)).toEqual([
      'workbook: part "xl/worksheets/sheet1.xml" unpacks to more than the 1000 bytes its zip directory declares; refused as a possible zip bomb [XLSX_ZIP_BOMB]',
    ]);
    const r = await importFilled(bomb, { set: loadSet('examples/example-department-2025.yaml'), file: 'bomb.xlsx' });
    expect(r.issues.map((i) => [i.code, i.file])).toEqual([['XLSX_ZIP_BOMB', 'bomb.xlsx']]);
  });

  it('accepts parts that keep to their declared size, and lists them', async () => {
    const ok = zipWith('xl/a.xml', Buffer.from('<a/>'.repeat(100)), 400);
    expect(await checkInflated(ok)).toEqual([]);
    expect(zipEntries(ok)).toEqual([{ name: 'xl/a.xml', method: 8, packed: expect.any(Number) as number, unpacked: 400, local: 0 }]);
  });
});
