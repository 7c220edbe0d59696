/**
 * The second line against zip bombs: `checkArchive` trusts the sizes the zip
 * directory declares; this inflates every part (streaming, with the platform's
 * DecompressionStream, in Node and in browsers) and stops as soon as a part
 * unpacks past its declared size, before exceljs unpacks anything.
 */
import type { Issue } from '../errors.js';
import { zipEntries, type ZipEntry } from './import-zip.js';

const LOCAL = 0x04034b50;

const refuse = (message: string): Issue => ({ code: 'XLSX_ZIP_BOMB', severity: 'error', message, path: 'workbook' });

/** Whether this platform can inflate raw deflate streams (Node ≥ 20.12, current browsers). */
function canInflate(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** Bytes a deflated part unpacks to, counting no further than `limit + 1`. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  const source = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(data);
      c.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) return size;
    }
  } catch {
    // A damaged stream is for exceljs to report as not a workbook; only size matters here.
    return size;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function dataOf(bytes: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.local + 30 > bytes.byteLength || view.getUint32(e.local, true) !== LOCAL) return undefined;
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
  return start + e.packed <= bytes.byteLength ? bytes.subarray(start, start + e.packed) : undefined;
}

/**
 * A part that unpacks to more than its directory entry says is refused (XLSX_ZIP_BOMB); none when every part
 * keeps to its declared size, or when the platform has no raw-deflate DecompressionStream (then only the directory is checked).
 * @example await checkInflated(bytes) // []
 */
export async function checkInflated(bytes: Uint8Array): Promise<Issue[]> {
  if (!canInflate()) return [];
  for (const e of zipEntries(bytes)) {
    const data = e.method === 8 ? dataOf(bytes, e) : undefined;
    if (data === undefined) continue;
    const size = await inflatedSize(data, e.unpacked);
    if (size > e.unpacked) return [refuse(`part "${e.name}" unpacks to more than the ${e.unpacked} bytes its zip directory declares; refused as a possible zip bomb`)];
  }
  return [];
}
