import type { AsyncBuffer } from 'hyparquet';
import { inputError, type MlgateError } from '../../../domain/errors.js';

/** A Parquet file: `PAR1`, the pages, the footer (Thrift FileMetaData), its length (uint32 LE), `PAR1`. */
const MAGIC = 'PAR1';
/** The trailing magic of a file whose footer is encrypted (Parquet modular encryption). */
const ENCRYPTED_MAGIC = 'PARE';
/** The header magic, the footer length and the trailing magic. */
const FRAME_BYTES = 12;

export interface FooterFrame {
  /** Where the footer starts, and its length in bytes. */
  offset: number;
  length: number;
}

function shown(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  return /^[\x20-\x7e]*$/.test(text) ? `'${text}'` : `bytes ${Buffer.from(bytes).toString('hex')}`;
}

/**
 * Checks the frame around a Parquet footer (magic numbers, a footer length the file can hold) before the footer is
 * decoded, so a damaged file is named for what is wrong with it rather than for what the decoder tripped over.
 */
export async function readFooterFrame(buffer: AsyncBuffer, file: string): Promise<FooterFrame> {
  const size = buffer.byteLength;
  const fail = (what: string): MlgateError => inputError(`not a readable Parquet file: ${what}`, { file });
  if (size < FRAME_BYTES) throw fail(`${size} bytes, expected at least ${FRAME_BYTES} (the PAR1 header, the footer length and the PAR1 trailer)`);
  const head = new Uint8Array(await buffer.slice(0, 4));
  const tail = new Uint8Array(await buffer.slice(size - 8, size));
  const trailer = Buffer.from(tail.subarray(4)).toString('latin1');
  if (trailer === ENCRYPTED_MAGIC) throw fail('its footer is encrypted (trailing magic PARE); mlgate reads only unencrypted Parquet files');
  if (trailer !== MAGIC) throw fail(`the file does not end with the Parquet magic PAR1 (found ${shown(tail.subarray(4))}); it is truncated or not Parquet`);
  if (Buffer.from(head).toString('latin1') !== MAGIC) throw fail(`the file does not start with the Parquet magic PAR1 (found ${shown(head)}); its first bytes are damaged or it is not Parquet`);
  const length = new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
  if (length === 0) throw fail('the footer length (the 4 bytes before the trailing PAR1) is 0, so the file has no footer (schema, row groups); it is damaged');
  const room = size - FRAME_BYTES;
  if (length > room) throw fail(`the footer length (the 4 bytes before the trailing PAR1) is ${length} bytes, but the file (${size} bytes) has room for at most ${room}; it is truncated or damaged`);
  return { offset: size - 8 - length, length };
}

/** The error for a footer whose frame is sound but whose content does not decode. */
export function undecodableFooter(frame: FooterFrame, file: string, error: unknown): MlgateError {
  // A decoder's TypeError or RangeError says where its code tripped, not what is wrong with the file.
  const reason = error instanceof TypeError ? 'required fields such as the schema are missing' : error instanceof RangeError ? 'it runs past its end' : error instanceof Error ? error.message : String(error);
  return inputError(`not a readable Parquet file: the footer (${frame.length} bytes at byte ${frame.offset}) does not decode as Parquet metadata (${reason}); the file is damaged`, { file }, error);
}
