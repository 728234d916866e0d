import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MlgateError } from '../../../src/domain/errors.js';
import { openTable } from '../../../src/io/data/open.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');
const out = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-footer-'));

async function errorReading(bytes: Buffer, name: string): Promise<MlgateError> {
  const file = path.join(out, name);
  writeFileSync(file, bytes);
  const error = await (async () => {
    for await (const batch of openTable(file, { displayName: name }).batches({})) void batch;
  })().then(() => undefined, (e: unknown) => e);
  expect(error, `${name} was read`).toBeInstanceOf(MlgateError);
  return error as MlgateError;
}

const footerLength = (b: Buffer): number => b.readUInt32LE(b.length - 8);

/** Damage to the frame around the footer, each with what the message must say. */
const damages: Array<{ name: string; damage: (b: Buffer) => Buffer; says: RegExp }> = [
  { name: 'footer length 0', damage: (b) => (b.writeUInt32LE(0, b.length - 8), b), says: /the footer length \(the 4 bytes before the trailing PAR1\) is 0, so the file has no footer/ },
  { name: 'footer length past the start of the file', damage: (b) => (b.writeUInt32LE(b.length + 100, b.length - 8), b), says: /the footer length .* is \d+ bytes, but the file \(\d+ bytes\) has room for at most \d+; it is truncated or damaged/ },
  { name: 'footer length reaching into the header magic', damage: (b) => (b.writeUInt32LE(b.length - 8, b.length - 8), b), says: /has room for at most/ },
  { name: 'footer length too short for the metadata', damage: (b) => (b.writeUInt32LE(3, b.length - 8), b), says: /the footer \(3 bytes at byte \d+\) does not decode as Parquet metadata \(required fields such as the schema are missing\)/ },
  { name: 'footer zeroed', damage: (b) => b.fill(0, b.length - 8 - footerLength(b), b.length - 8), says: /the footer \(\d+ bytes at byte \d+\) does not decode as Parquet metadata/ },
  { name: 'wrong trailing magic', damage: (b) => (b.write('PARX', b.length - 4), b), says: /does not end with the Parquet magic PAR1 \(found 'PARX'\)/ },
  { name: 'binary trailing magic', damage: (b) => (b.writeUInt32LE(0xdeadbeef, b.length - 4), b), says: /does not end with the Parquet magic PAR1 \(found bytes efbeadde\)/ },
  { name: 'wrong header magic', damage: (b) => (b.write('XXXX', 0), b), says: /does not start with the Parquet magic PAR1 \(found 'XXXX'\)/ },
  { name: 'encrypted footer', damage: (b) => (b.write('PARE', b.length - 4), b), says: /footer is encrypted \(trailing magic PARE\)/ },
  { name: 'shorter than the frame', damage: (b) => b.subarray(b.length - 10), says: /10 bytes, expected at least 12/ },
];

describe('a Parquet file with a malformed footer', () => {
  for (const fixture of ['duckdb-snappy.parquet', 'parquet-mr-1.8.1-userdata1.parquet', 'hyparquet-writer-encodings.parquet']) {
    it.each(damages)(`${fixture}: $name is named, with the file`, async ({ name, damage, says }) => {
      const bytes = damage(Buffer.from(readFileSync(path.join(fixtures, fixture))));
      const fileName = `${fixture.replace('.parquet', '')}-${name.replace(/\W+/g, '-')}.parquet`;
      const error = await errorReading(bytes, fileName);
      expect(error.kind).toBe('input');
      expect(error.oneLine()).toMatch(new RegExp(`^${fileName.replace(/\./g, '\\.')}: not a readable Parquet file: `));
      expect(error.message).toMatch(says);
      expect(error.message).not.toMatch(/undefined|Cannot read properties/);
    });
  }
});
