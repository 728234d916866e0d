import { endianness } from 'node:os';
import type { DataReader, Encoding, SchemaElement } from 'hyparquet';
import { deltaBinaryUnpack, deltaByteArray, deltaLengthByteArray } from 'hyparquet/src/delta.js';
import { byteStreamSplit, readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { gather, joinedByteArrays, plainByteArrays, type Dense } from './dense.js';
import { float32Decimal } from './float32.js';
import { bigIntHalves, clipMs, int64BigInt, int64Number, microsToMs, nanosToMs } from './int64.js';
import type { Repr } from './repr.js';
import type { Arrays } from './scratch.js';

type FastRepr = Exclude<Repr, { kind: 'generic' }>;

const LITTLE_ENDIAN = endianness() === 'LE';

/** Converts physical values to the representation's numbers (see repr.ts). */
class NumberSink {
  readonly values: Float64Array;
  big: Map<number, bigint> | undefined;
  constructor(
    private readonly repr: FastRepr,
    readonly count: number,
    arrays: Arrays,
  ) {
    this.values = arrays.f64('values', count);
  }

  int32(k: number, v: number): void {
    const r = this.repr;
    this.values[k] = r.kind === 'time' ? clipMs(v * 86_400_000) : r.kind === 'number' && r.unsigned ? v >>> 0 : v;
  }

  int64(k: number, hi: number, lo: number): void {
    const r = this.repr;
    if (r.kind === 'time') {
      this.values[k] = r.unit === 'micros' ? microsToMs(hi, lo) : r.unit === 'nanos' ? nanosToMs(hi, lo) : clipMs(int64Number(hi, lo));
      return;
    }
    const unsigned = r.kind === 'int64' && r.unsigned;
    const h = unsigned ? hi >>> 0 : hi;
    const n = int64Number(h, lo);
    this.values[k] = n;
    if (!Number.isSafeInteger(n)) (this.big ??= new Map()).set(k, int64BigInt(h, lo, unsigned));
  }

  dense(): Dense {
    return { kind: 'f64', count: this.count, values: this.values, big: this.big, entry: undefined };
  }
}

function plainNumbers(view: DataView, p: number, count: number, type: SchemaElement['type'], repr: FastRepr, arrays: Arrays): Dense {
  const width = type === 'INT64' || type === 'DOUBLE' ? 8 : 4;
  if (p + count * width > view.byteLength) throw new Error(`${count} ${type} values need ${count * width} bytes, the page has ${view.byteLength - p}`);
  const sink = new NumberSink(repr, count, arrays);
  const v = sink.values;
  switch (type) {
    case 'INT32':
      for (let k = 0; k < count; k++) sink.int32(k, view.getInt32(p + 4 * k, true));
      break;
    case 'INT64':
      for (let k = 0; k < count; k++) sink.int64(k, view.getInt32(p + 8 * k + 4, true), view.getUint32(p + 8 * k, true));
      break;
    case 'FLOAT':
      for (let k = 0; k < count; k++) v[k] = float32Decimal(view.getFloat32(p + 4 * k, true));
      break;
    case 'DOUBLE':
      // Parquet's doubles are little-endian, as this machine's: one copy of the bytes.
      if (LITTLE_ENDIAN) new Uint8Array(v.buffer, v.byteOffset, 8 * count).set(new Uint8Array(view.buffer, view.byteOffset + p, 8 * count));
      else for (let k = 0; k < count; k++) v[k] = view.getFloat64(p + 8 * k, true);
      break;
    default:
      throw new Error(`unexpected physical type ${type}`);
  }
  return sink.dense();
}

/** Numbers decoded by hyparquet into a typed array (DELTA_BINARY_PACKED, BYTE_STREAM_SPLIT). */
function typedNumbers(data: ArrayLike<number | bigint>, count: number, repr: FastRepr, arrays: Arrays): Dense {
  const sink = new NumberSink(repr, count, arrays);
  for (let k = 0; k < count; k++) {
    const x = data[k]!;
    if (typeof x === 'bigint') {
      const [hi, lo] = bigIntHalves(x);
      sink.int64(k, hi, lo);
    } else if (data instanceof Int32Array) sink.int32(k, x);
    else if (data instanceof Float32Array) sink.values[k] = float32Decimal(x);
    else sink.values[k] = x;
  }
  return sink.dense();
}

function plainBooleans(page: Uint8Array, p: number, count: number, arrays: Arrays): Dense {
  if (p + Math.ceil(count / 8) > page.length) throw new Error(`${count} booleans run past the end of their page`);
  const values = arrays.u8('bool', count);
  for (let k = 0; k < count; k++) values[k] = (page[p + (k >> 3)]! >> (k & 7)) & 1;
  return { kind: 'bool', count, values };
}

/** PLAIN values (also the encoding of dictionary pages). */
export function plainValues(page: Uint8Array, p: number, count: number, element: SchemaElement, repr: FastRepr, arrays: Arrays): Dense {
  if (repr.kind === 'string') return plainByteArrays(page, p, count, arrays);
  if (repr.kind === 'boolean') return plainBooleans(page, p, count, arrays);
  return plainNumbers(new DataView(page.buffer, page.byteOffset, page.byteLength), p, count, element.type, repr, arrays);
}

/**
 * Decodes `count` non-null values of a data page starting at page[p], for the encodings parquet-mr,
 * Spark, Arrow and DuckDB write (PLAIN, dictionaries, RLE booleans, BYTE_STREAM_SPLIT, DELTA_*).
 */
export function pageValues(page: Uint8Array, p: number, count: number, encoding: Encoding, element: SchemaElement, repr: FastRepr, dictionary: Dense | undefined, arrays: Arrays): Dense {
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const reader: DataReader = { view, offset: p };
  switch (encoding) {
    case 'PLAIN':
      return plainValues(page, p, count, element, repr, arrays);
    case 'PLAIN_DICTIONARY':
    case 'RLE_DICTIONARY': {
      if (!dictionary) throw new Error(`${encoding} page without a dictionary page before it`);
      const indices = arrays.i32('index', count).fill(0);
      if (count > 0) {
        const width = view.getUint8(reader.offset++);
        if (width > 31) throw new Error(`dictionary index bit width ${width}`);
        if (width > 0) readRleBitPackedHybrid(reader, width, indices, page.length - reader.offset);
      }
      return gather(dictionary, indices, count, arrays);
    }
    case 'RLE': {
      if (repr.kind !== 'boolean') throw new Error(`RLE encoding for ${element.type} values (only BOOLEAN values are RLE-encoded)`);
      const values = arrays.u8('bool', count);
      if (count > 0) readRleBitPackedHybrid(reader, 1, values);
      return { kind: 'bool', count, values };
    }
    case 'BYTE_STREAM_SPLIT':
      if (repr.kind === 'string' || repr.kind === 'boolean') throw new Error(`BYTE_STREAM_SPLIT encoding for ${element.type} values`);
      return typedNumbers(byteStreamSplit(reader, count, element.type!, element.type_length) as ArrayLike<number | bigint>, count, repr, arrays);
    case 'DELTA_BINARY_PACKED': {
      if (element.type !== 'INT32' && element.type !== 'INT64') throw new Error(`DELTA_BINARY_PACKED encoding for ${element.type} values`);
      const out = element.type === 'INT32' ? new Int32Array(count) : new BigInt64Array(count);
      deltaBinaryUnpack(reader, count, out);
      return typedNumbers(out, count, repr, arrays);
    }
    case 'DELTA_LENGTH_BYTE_ARRAY':
    case 'DELTA_BYTE_ARRAY': {
      if (repr.kind !== 'string') throw new Error(`${encoding} encoding for ${element.type} values`);
      const out = new Array<Uint8Array>(count);
      if (encoding === 'DELTA_LENGTH_BYTE_ARRAY') deltaLengthByteArray(reader, count, out);
      else deltaByteArray(reader, count, out);
      return joinedByteArrays(out);
    }
    default:
      throw new Error(`unsupported encoding ${encoding}`);
  }
}
