// An .xlsx is a zip: a few hundred kilobytes can unpack to gigabytes (a "zip bomb"). Before any parser
// inflates it, its central directory is read (entry count, declared sizes, compression ratios) and refused
// with 413 past the limits; then, inside the parse worker, every entry is inflated once as a stream that
// stops as soon as it passes its declared size, so a directory that lies is caught before ExcelJS
// allocates a whole part.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../../platform/errors.ts';

export interface ZipLimits {
  /** total uncompressed bytes of all entries */
  maxUnpackedBytes: number;
}

/** A member list's workbook has a dozen parts; thousands only cost a parser objects. */
export const MAX_ZIP_ENTRIES = 2000;
/**
 * Spreadsheet XML deflates 5–30 times (a sheet of identical formatted rows up to about 100); a bomb's parts
 * deflate about 1000 times. Judged only on parts big enough to matter.
 */
export const MAX_ZIP_RATIO = 200;
const RATIO_FROM_BYTES = 8 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

function open(buffer: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength),
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error || !zip ? reject(new AppError(400, 'IMPORT_FILE_UNREADABLE')) : resolve(zip)),
    );
  });
}

/** Calls `each` on every entry of the directory in order (it may throw to stop), reading no data. */
async function walk(zip: yauzl.ZipFile, each: (entry: yauzl.Entry) => Promise<void> | void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      Promise.resolve()
        .then(() => each(entry))
        .then(
          () => zip.readEntry(),
          (error: unknown) => {
            zip.close();
            reject(error);
          },
        );
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(new AppError(400, 'IMPORT_FILE_UNREADABLE')));
    zip.readEntry();
  });
}

/**
 * Reads the central directory only (no entry is inflated) and refuses the workbook with 413 when it has
 * too many entries, unpacks past `maxUnpackedBytes`, or holds a part compressed like a bomb.
 * Cheap enough for the main thread: the directory is a few dozen bytes per entry, and the entry count is
 * checked from the end record before any is read.
 */
export async function checkZipDirectory(buffer: Uint8Array, limits: ZipLimits): Promise<void> {
  const zip = await open(buffer);
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw new AppError(413, 'IMPORT_ZIP_TOO_MANY_ENTRIES', { count: zip.entryCount, max: MAX_ZIP_ENTRIES });
  }
  let unpacked = 0;
  await walk(zip, (entry) => {
    unpacked += entry.uncompressedSize;
    if (unpacked > limits.maxUnpackedBytes) {
      throw new AppError(413, 'IMPORT_ZIP_TOO_LARGE', { max: megabytes(limits.maxUnpackedBytes) });
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= RATIO_FROM_BYTES && ratio > MAX_ZIP_RATIO) {
      throw new AppError(413, 'IMPORT_ZIP_RATIO', { ratio: Math.round(ratio), max: MAX_ZIP_RATIO });
    }
  });
}

/** Counts a stream's bytes and drops them. */
const discard = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

/**
 * Inflates every entry as a stream, keeping nothing: yauzl stops an entry the moment it passes its declared
 * size, so a workbook whose directory understates its parts is refused (413) having used one stream
 * buffer of memory. Run in the parse worker, after checkZipDirectory: it costs a pass of inflating.
 */
export async function verifyZipSizes(buffer: Uint8Array): Promise<void> {
  const zip = await open(buffer);
  await walk(zip, async (entry) => {
    if (!entry.canDecodeFileData()) throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(entry, (error, readable) =>
        error || !readable ? reject(new AppError(400, 'IMPORT_FILE_UNREADABLE')) : resolve(readable),
      ),
    );
    try {
      await pipeline(stream, discard());
    } catch (error) {
      // yauzl's words for an entry that inflates past, or short of, the size its directory declares
      if (/too many bytes|not enough bytes|uncompressedSize/iu.test(String((error as Error).message))) {
        throw new AppError(413, 'IMPORT_ZIP_SIZE_MISMATCH');
      }
      throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
    }
  });
}
