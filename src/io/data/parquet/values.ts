import type { DecodedArray, ParquetParsers, SchemaElement } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { float32Decimal } from './float32.js';

/** a / b rounded toward minus infinity (BigInt division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/**
 * hyparquet's value parsers, except that a timestamp before 1970 with a fraction of a millisecond is
 * floored to its millisecond (as DuckDB, Arrow and Java do), not truncated toward 1970.
 */
export const PARSERS: ParquetParsers = {
  ...DEFAULT_PARSERS,
  timestampFromMicroseconds: (micros: bigint) => new Date(Number(floorDiv(micros, 1000n))),
  timestampFromNanoseconds: (nanos: bigint) => new Date(Number(floorDiv(nanos, 1_000_000n))),
};

/** The scale of a DECIMAL column (converted or logical type); undefined for other columns. */
export function decimalScale(e: SchemaElement): number | undefined {
  if (e.logical_type?.type === 'DECIMAL') return e.logical_type.scale;
  if (e.converted_type === 'DECIMAL') return e.scale ?? 0;
  return undefined;
}

/** A big-endian two's complement integer (FIXED_LEN_BYTE_ARRAY and BYTE_ARRAY decimals). */
function signedBytes(b: Uint8Array): number {
  if (b.length <= 6) {
    let v = 0;
    for (const x of b) v = v * 256 + x;
    return b.length > 0 && b[0]! >= 128 ? v - 2 ** (8 * b.length) : v;
  }
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return Number(BigInt.asIntN(8 * b.length, v));
}

/**
 * The number a DECIMAL value stands for: the unscaled integer divided by 10^scale, the double nearest
 * the decimal (hyparquet multiplies by 10^-scale, which gives 0.5700000000000001 for 0.57).
 */
function decimalValue(v: unknown, scale: number): unknown {
  const unscaled = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v instanceof Uint8Array ? signedBytes(v) : undefined;
  return unscaled === undefined ? v : unscaled / 10 ** scale;
}

/** The element hyparquet decodes (decimals as their unscaled integers: `convertValues` scales them). */
export function decodedElement(e: SchemaElement): SchemaElement {
  return decimalScale(e) === undefined ? e : { ...e, converted_type: undefined, logical_type: undefined };
}

/** Values hyparquet decoded with `decodedElement(e)`, as JS values (decimals scaled, FLOATs as their shortest decimals); nulls stay. */
export function jsValues(values: DecodedArray, e: SchemaElement): ArrayLike<unknown> {
  if (e.type === 'FLOAT') return Array.from(values as ArrayLike<unknown>, (v) => (typeof v === 'number' ? float32Decimal(v) : v));
  const scale = decimalScale(e);
  if (scale === undefined) return values as ArrayLike<unknown>;
  return Array.from(values as ArrayLike<unknown>, (v) => (v === null || v === undefined ? v : decimalValue(v, scale)));
}
