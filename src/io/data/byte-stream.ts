import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { inputError } from '../../domain/errors.js';

let rawBytes = 0;

/** Bytes of data files read from disk so far by this thread, every format that streams bytes alike (progress). */
export function rawBytesRead(): number {
  return rawBytes;
}

/** For a reader that reads a data file's bytes other than through `fileChunks` (the CSV chunk pipeline's positioned reads). */
export function countRawBytes(n: number): void {
  rawBytes += n;
}

/** Reads a file as Buffers of ~1 MiB, gunzipping when `gzip`; errors name the file. */
export async function* fileChunks(file: string, displayName: string, gzip: boolean, chunkBytes = 1 << 20): AsyncGenerator<Buffer> {
  const raw = createReadStream(file, { highWaterMark: chunkBytes });
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: chunkBytes })) : raw;
  if (gzip) raw.on('error', (e) => stream.destroy(e));
  let counted = 0;
  try {
    for await (const chunk of stream) {
      // Compressed input counts the compressed bytes: what the file's size is measured in.
      const read = gzip ? raw.bytesRead : counted + (chunk as Buffer).length;
      rawBytes += read - counted;
      counted = read;
      yield chunk as Buffer;
    }
  } catch (error) {
    throw describeReadError(error, displayName, gzip);
  } finally {
    raw.destroy();
    if (stream !== raw) stream.destroy();
  }
}

export function describeReadError(error: unknown, displayName: string, gzip = false): Error {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return inputError(`file not found`, { file: displayName }, error);
  if (e.code === 'EISDIR') return inputError(`is a directory, expected a data file`, { file: displayName }, error);
  if (e.code === 'EACCES') return inputError(`permission denied`, { file: displayName }, error);
  if (gzip && typeof e.code === 'string' && e.code.startsWith('Z_')) return inputError(`not valid gzip data (${e.message}); expected a gzip-compressed file because the name ends in .gz`, { file: displayName }, error);
  return inputError(`cannot read: ${e.message}`, { file: displayName }, error);
}
