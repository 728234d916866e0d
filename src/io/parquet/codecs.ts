import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { CompressionCodec, Compressors } from 'hyparquet';
import { compressors as jsCompressors } from 'hyparquet-compressors';
import { ZSTDDecoder } from 'zstddec';

/** A page claiming more than this uncompressed is taken for corrupt (writers cut pages at ~1 MiB; DuckDB at some MiB). */
const MAX_PAGE_BYTES = 256 << 20;

let zstd: ZSTDDecoder | undefined;

function checked(name: string, decode: (input: Uint8Array, outputLength: number) => Uint8Array) {
  return (input: Uint8Array, outputLength: number): Uint8Array => {
    if (!(outputLength >= 0 && outputLength <= MAX_PAGE_BYTES)) throw new Error(`${name} page claims ${outputLength} uncompressed bytes`);
    return decode(input, outputLength);
  };
}

/**
 * Decompressors for the codecs `codecs` uses: zlib's native gzip and brotli, zstd through a WebAssembly
 * build of the reference decoder (about 3x faster than hyparquet-compressors' JavaScript one), and
 * hyparquet-compressors for snappy and LZ4.
 */
export async function parquetCompressors(codecs: ReadonlySet<CompressionCodec>): Promise<Compressors> {
  const out: Compressors = {
    GZIP: checked('GZIP', (input) => gunzipSync(input)),
    BROTLI: checked('BROTLI', (input) => brotliDecompressSync(input)),
  };
  for (const codec of ['SNAPPY', 'LZ4', 'LZ4_RAW'] as const) {
    const decode = jsCompressors[codec];
    if (decode) out[codec] = checked(codec, decode);
  }
  if (codecs.has('ZSTD')) {
    if (!zstd) {
      const decoder = new ZSTDDecoder();
      await decoder.init();
      zstd = decoder;
    }
    const ready = zstd;
    out.ZSTD = checked('ZSTD', (input, outputLength) => ready.decode(input, outputLength));
  }
  return out;
}
