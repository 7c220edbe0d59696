/**
 * Checks an xlsx archive before anything unpacks it: the file size, and the sizes its central directory declares
 * (total unpacked size and compression ratio), so a zip bomb is refused without inflating a byte.
 */
import type { Issue } from '../errors.js';
import { IMPORT_LIMITS } from './template-layout.js';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MB = 1024 * 1024;
/** Entries smaller than this are not judged by their ratio: tiny XML parts compress very well. */
const RATIO_FLOOR = MB;

export type ZipLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };

const issue = (code: string, message: string): Issue => ({ code, severity: 'error', message, path: 'workbook' });

/**
 * Every reason to refuse `bytes` before unpacking: too large, not a zip, too many entries, or unpacking past the limits.
 * @example checkArchive(new Uint8Array(10)) // [{ code: 'XLSX_NOT_ZIP', … }]
 */
export function checkArchive(bytes: Uint8Array, limits: ZipLimits = IMPORT_LIMITS): Issue[] {
  if (bytes.byteLength > limits.bytes) {
    return [issue('XLSX_TOO_LARGE', `the file is ${bytes.byteLength} bytes, over the ${limits.bytes / MB} MB limit; split it or remove what it does not need`)];
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directory(view);
  if (dir === undefined) return [issue('XLSX_NOT_ZIP', 'not an Excel workbook (.xlsx): no zip directory found; save the file as .xlsx')];
  if (dir.entries > limits.entries) return [issue('XLSX_TOO_MANY_ENTRIES', `the archive has ${dir.entries} parts; at most ${limits.entries} are read`)];
  let total = 0;
  let p = dir.offset;
  for (let k = 0; k < dir.entries; k++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) return [issue('XLSX_NOT_ZIP', 'not an Excel workbook (.xlsx): its zip directory is damaged')];
    const sizes = entrySizes(view, p);
    total += sizes.unpacked;
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + view.getUint16(p + 28, true)));
    if (sizes.unpacked >= RATIO_FLOOR && sizes.unpacked > sizes.packed * limits.ratio) {
      return [issue('XLSX_ZIP_BOMB', `part "${name}" unpacks from ${sizes.packed} to ${sizes.unpacked} bytes (ratio over ${limits.ratio}); refused as a possible zip bomb`)];
    }
    if (total > limits.unzipped) {
      return [issue('XLSX_ZIP_BOMB', `the workbook unpacks to over ${limits.unzipped / MB} MB; refused as a possible zip bomb (split it or remove what it does not need)`)];
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return [];
}

/** One part of the archive as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (the only methods xlsx uses). */
  readonly method: number;
  readonly packed: number;
  readonly unpacked: number;
  /** Offset of the part's local header. */
  readonly local: number;
}

/** The parts the central directory lists (after `checkArchive` found it sound), in order. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directory(view);
  const out: ZipEntry[] = [];
  if (dir === undefined) return out;
  let p = dir.offset;
  for (let k = 0; k < dir.entries && p + 46 <= view.byteLength && view.getUint32(p, true) === CENTRAL; k++) {
    const nameLength = view.getUint16(p + 28, true);
    const { packed, unpacked } = entrySizes(view, p);
    out.push({ name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)), method: view.getUint16(p + 10, true), packed, unpacked, local: view.getUint32(p + 42, true) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** The central directory's entry count and offset, from the end record (zip64 when it says so). */
function directory(view: DataView): { entries: number; offset: number } | undefined {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let p = view.byteLength - 22; p >= stop; p--) {
    if (view.getUint32(p, true) !== EOCD) continue;
    let entries = view.getUint16(p + 10, true);
    let offset = view.getUint32(p + 16, true);
    if ((entries === 0xffff || offset === 0xffffffff) && p >= 20 && view.getUint32(p - 20, true) === ZIP64_LOCATOR) {
      const at = Number(view.getBigUint64(p - 12, true));
      if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD) return undefined;
      entries = Number(view.getBigUint64(at + 32, true));
      offset = Number(view.getBigUint64(at + 48, true));
    }
    return offset < view.byteLength ? { entries, offset } : undefined;
  }
  return undefined;
}

/** Packed and unpacked sizes of the entry at `p`, from the zip64 extra field when the 32-bit fields are full. */
function entrySizes(view: DataView, p: number): { packed: number; unpacked: number } {
  let packed = view.getUint32(p + 20, true);
  let unpacked = view.getUint32(p + 24, true);
  if (packed !== 0xffffffff && unpacked !== 0xffffffff) return { packed, unpacked };
  const extraAt = p + 46 + view.getUint16(p + 28, true);
  const extraEnd = Math.min(view.byteLength, extraAt + view.getUint16(p + 30, true));
  for (let q = extraAt; q + 4 <= extraEnd; q += 4 + view.getUint16(q + 2, true)) {
    if (view.getUint16(q, true) !== 1) continue;
    let f = q + 4;
    const next = () => (f + 8 <= extraEnd ? Number(view.getBigUint64((f += 8) - 8, true)) : Number.MAX_SAFE_INTEGER);
    if (unpacked === 0xffffffff) unpacked = next();
    if (packed === 0xffffffff) packed = next();
  }
  return { packed, unpacked };
}
