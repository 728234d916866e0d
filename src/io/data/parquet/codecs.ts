import * as zlib from 'node:zlib';
import type { CompressionCodec, Compressors, FileMetaData } from 'hyparquet';
import { compressors as jsCompressors } from 'hyparquet-compressors';
import { ZSTDDecoder } from 'zstddec';

/** A page claiming more than this uncompressed is taken for corrupt (writers cut pages at ~1 MiB; DuckDB at some MiB). */
const MAX_PAGE_BYTES = 256 << 20;

let zstd: ZSTDDecoder | undefined;

type ZstdDecompress = (input: Uint8Array, options: { maxOutputLength: number; chunkSize: number }) => Buffer;
/**
 * Node's own zstd (Node 22.15+ and 23.8+, so the action's node24): about twice the speed of the WebAssembly
 * build, which older Node (the CLI on Node 20) still uses. The output is one chunk of the page's size.
 */
const nativeZstd = (zlib as { zstdDecompressSync?: ZstdDecompress }).zstdDecompressSync;

/**
 * Runs `start` with the global `fetch` hidden. zstddec's `init` fetches its WebAssembly from a data: URL when `fetch`
 * exists, which on Node 20 first loads Node's HTTP client (undici): 30-70 ms of CPU on each thread that decodes
 * zstd. Without `fetch` it instantiates the same bytes from a Buffer. The check is synchronous: `fetch` is back
 * before anything else runs.
 */
function withoutFetch<T>(start: () => T): T {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!fetchProperty?.configurable) return start();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return start();
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetchProperty);
  }
}

/** The codecs `parquetCompressors` decodes, and no compression. */
const READABLE = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'LZ4_RAW', 'LZ4'];

/** What the file asks for that mlgate does not do (as opposed to a damaged file); src/io/data/parquet/source.ts tells it by name. */
export class UnsupportedParquetError extends Error {
  override readonly name = 'UnsupportedParquetError';
}

/** Throws for a codec of the chunks of the `wanted` top-level columns that `compressors` cannot decode (LZO, or one newer than this reader). */
export function checkCodecs(metadata: FileMetaData, wanted: readonly string[], compressors: Compressors): void {
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (!meta || meta.codec === 'UNCOMPRESSED' || compressors[meta.codec] || !wanted.includes(meta.path_in_schema[0]!)) continue;
      throw new UnsupportedParquetError(`column "${meta.path_in_schema.join('.')}" is compressed with ${String(meta.codec)}, which mlgate cannot read (it reads ${READABLE.join(', ')}); write the file with one of those`);
    }
  }
}

function checked(name: string, decode: (input: Uint8Array, outputLength: number) => Uint8Array) {
  return (input: Uint8Array, outputLength: number): Uint8Array => {
    if (!(outputLength >= 0 && outputLength <= MAX_PAGE_BYTES)) throw new Error(`${name} page claims ${outputLength} uncompressed bytes`);
    return decode(input, outputLength);
  };
}

/**
 * Decompressors for the codecs `codecs` uses: zlib's native gzip, brotli and (where Node has it) zstd, else zstd
 * through a WebAssembly build of the reference decoder (about 3x faster than hyparquet-compressors' JavaScript one), and
 * hyparquet-compressors for snappy and LZ4.
 */
export async function parquetCompressors(codecs: ReadonlySet<CompressionCodec>): Promise<Compressors> {
  const out: Compressors = {
    GZIP: checked('GZIP', (input) => zlib.gunzipSync(input)),
    BROTLI: checked('BROTLI', (input) => zlib.brotliDecompressSync(input)),
  };
  for (const codec of ['SNAPPY', 'LZ4', 'LZ4_RAW'] as const) {
    const decode = jsCompressors[codec];
    if (decode) out[codec] = checked(codec, decode);
  }
  if (codecs.has('ZSTD') && nativeZstd) {
    const decompress = nativeZstd;
    out.ZSTD = checked('ZSTD', (input, outputLength) => decompress(input, { maxOutputLength: Math.max(outputLength, 1), chunkSize: Math.max(outputLength, 64) }));
  } else if (codecs.has('ZSTD')) {
    if (!zstd) {
      const decoder = new ZSTDDecoder();
      await withoutFetch(() => decoder.init());
      zstd = decoder;
    }
    const ready = zstd;
    out.ZSTD = checked('ZSTD', (input, outputLength) => ready.decode(input, outputLength));
  }
  return out;
}
