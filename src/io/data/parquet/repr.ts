import type { SchemaElement } from 'hyparquet';

/**
 * How the values of a flat column are held, chosen to give exactly the values hyparquet's `convert`
 * gives (src/convert.js, the same order of tests), without a JS object per value:
 * - `number`: INT32 (UINT_32 as unsigned), FLOAT, DOUBLE: JS numbers;
 * - `int64`: INT64 (UINT_64 as unsigned): numbers when safe, else the exact bigint;
 * - `time`: DATE, TIMESTAMP_* and TIMESTAMP(unit): epoch ms as a Date would hold it (NaN when invalid);
 * - `boolean`; `string`: UTF-8 bytes of BYTE_ARRAY columns;
 * - `generic`: everything else (DECIMAL, INT96, FIXED_LEN_BYTE_ARRAY, JSON, UUID, FLOAT16, ...): hyparquet's values
 *   (decimals scaled and times floored as values.ts says).
 */
export type Repr =
  | { kind: 'number'; unsigned: boolean }
  | { kind: 'int64'; unsigned: boolean }
  | { kind: 'time'; unit: 'days' | 'millis' | 'micros' | 'nanos' }
  | { kind: 'boolean' }
  | { kind: 'string' }
  | { kind: 'generic' };

const GENERIC: Repr = { kind: 'generic' };

export function reprOf(e: SchemaElement): Repr {
  const { type, converted_type: ctype, logical_type: ltype } = e;
  if (ctype === 'DECIMAL' || ltype?.type === 'DECIMAL') return GENERIC;
  if (!ctype && type === 'INT96') return GENERIC;
  if (ctype === 'DATE') return type === 'INT32' ? { kind: 'time', unit: 'days' } : GENERIC;
  if (ctype === 'TIMESTAMP_MILLIS') return type === 'INT64' ? { kind: 'time', unit: 'millis' } : GENERIC;
  if (ctype === 'TIMESTAMP_MICROS') return type === 'INT64' ? { kind: 'time', unit: 'micros' } : GENERIC;
  if (ctype === 'JSON' || ctype === 'BSON' || ctype === 'INTERVAL') return GENERIC;
  if (ltype?.type === 'GEOMETRY' || ltype?.type === 'GEOGRAPHY' || ltype?.type === 'UUID') return GENERIC;
  if (ctype === 'UTF8' || ltype?.type === 'STRING' || type === 'BYTE_ARRAY') return type === 'BYTE_ARRAY' ? { kind: 'string' } : GENERIC;
  if (ctype === 'UINT_64' || (ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned)) return type === 'INT64' ? { kind: 'int64', unsigned: true } : GENERIC;
  if (ctype === 'UINT_32' || (ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned)) return type === 'INT32' ? { kind: 'number', unsigned: true } : GENERIC;
  if (ltype?.type === 'FLOAT16') return GENERIC;
  if (ltype?.type === 'TIMESTAMP') {
    if (type !== 'INT64') return GENERIC;
    return { kind: 'time', unit: ltype.unit === 'NANOS' ? 'nanos' : ltype.unit === 'MICROS' ? 'micros' : 'millis' };
  }
  switch (type) {
    case 'BOOLEAN':
      return { kind: 'boolean' };
    case 'INT32':
    case 'FLOAT':
    case 'DOUBLE':
      return { kind: 'number', unsigned: false };
    case 'INT64':
      return { kind: 'int64', unsigned: false };
    default:
      return GENERIC;
  }
}
