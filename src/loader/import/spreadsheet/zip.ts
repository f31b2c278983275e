// Reads the few entries a workbook needs from a zip archive, with a guard against zip
// bombs: the central directory is read by hand (no trust in the sizes it declares),
// and each entry is inflated in small steps with the total output counted, so reading
// stops as soon as it passes the limit rather than after memory is gone.
import { Inflate } from 'fflate';
import { joinBytes } from '../../../lib/join-bytes';
import { formatBytes } from '../../limits';
import type { LoaderMessage } from '../../problems';
import { SHEET_LIMITS } from './sheet';

/** Why a workbook's zip cannot be read, as a message of the `loader` catalogue. */
export class ZipError extends Error {
  constructor(readonly text: LoaderMessage) {
    super(text.message);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes fed to the inflater per step: at most ~1,000 times that comes out. */
const STEP = 4096;

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = Math.max(0, view.byteLength - 22 - 65_535);
  for (let at = view.byteLength - 22; at >= last; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new ZipError(
    /*i18n*/ {
      id: 'zip.no-directory',
      message: 'it is not a zip archive (no central directory was found)',
    },
  );
}

interface Budget {
  left: number;
  readonly limit: number;
}

const tooBig = (budget: Budget) =>
  new ZipError(
    /*i18n*/ {
      id: 'zip.too-big',
      message: 'it unpacks to more than {size}, far more than a debate needs (a zip bomb?)',
      values: { size: formatBytes(budget.limit) },
    },
  );

function inflateCapped(compressed: Uint8Array, budget: Budget): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    budget.left -= chunk.length;
    if (budget.left < 0) throw tooBig(budget);
    chunks.push(chunk);
  });
  for (let at = 0; at < compressed.length; at += STEP)
    inflater.push(compressed.subarray(at, at + STEP), at + STEP >= compressed.length);
  return joinBytes(chunks, size);
}

/** The entries whose names `wanted` accepts, unpacked; throws ZipError with a reason. */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxUnzippedBytes: number,
): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22)
    throw new ZipError(
      /*i18n*/ { id: 'zip.too-short', message: 'it is not a zip archive (too short)' },
    );
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count > SHEET_LIMITS.maxEntries)
    throw new ZipError(
      /*i18n*/ {
        id: 'zip.too-many-files',
        message: 'it holds {count, number} files; a workbook needs far fewer',
        values: { count },
      },
    );
  const decoder = new TextDecoder();
  const entries = new Map<string, Uint8Array>();
  const budget: Budget = { left: maxUnzippedBytes, limit: maxUnzippedBytes };
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new ZipError(
        /*i18n*/ { id: 'zip.damaged-directory', message: 'its table of contents is damaged' },
      );
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name) || entries.has(name)) continue;
    if (localAt + 30 > bytes.byteLength || view.getUint32(localAt, true) !== LOCAL_HEADER)
      throw new ZipError(
        /*i18n*/ {
          id: 'zip.damaged-entry',
          message: 'its entry {name} is damaged',
          values: { name },
        },
      );
    const start =
      localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (start + compressedSize > bytes.byteLength)
      throw new ZipError(
        /*i18n*/ {
          id: 'zip.cut-short',
          message: 'its entry {name} is cut short',
          values: { name },
        },
      );
    const data = bytes.subarray(start, start + compressedSize);
    if (method === 0) {
      budget.left -= data.length;
      if (budget.left < 0) throw tooBig(budget);
      entries.set(name, data);
    } else if (method === 8) {
      try {
        entries.set(name, inflateCapped(data, budget));
      } catch (error) {
        if (error instanceof ZipError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new ZipError(
          /*i18n*/ {
            id: 'zip.unpack-failed',
            message: 'its entry {name} could not be unpacked ({reason})',
            values: { name, reason },
          },
        );
      }
    } else
      throw new ZipError(
        /*i18n*/ {
          id: 'zip.unknown-method',
          message: 'its entry {name} is packed in a way Stancemap does not read (method {method})',
          values: { name, method: String(method) },
        },
      );
  }
  return entries;
}
