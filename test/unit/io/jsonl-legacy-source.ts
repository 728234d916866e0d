import { isUtf8 } from 'node:buffer';
import { inputError } from '../../../src/domain/errors.js';
import { fileChunks } from '../../../src/io/data/byte-stream.js';
import { ValueColumn } from '../../../src/io/data/columns.js';
import type { Column, ColumnKind, ReadOptions, RecordBatch, RowIssue, TableSource } from '../../../src/domain/table/record-batch.js';
import { parseExactJson } from '../../../src/io/data/jsonl/exact-json.js';
import { countRowMembers, memberBound } from '../../../src/io/data/jsonl/line-scan.js';

const DEFAULT_BATCH_ROWS = 16_384;

/**
 * The line-by-line JSON Lines reader (`JSON.parse` of every line), kept as the oracle the byte-level
 * reader (`src/io/data/jsonl/source.ts`) is tested against (it was the production reader until then). JSON Lines: one object per line (a UTF-8 BOM before the
 * first is skipped); blank lines skipped; missing keys are null; nested values stay objects. Integers beyond 2^53 are bigints with their exact value (a
 * number with a fraction or exponent is a double, as `JSON.parse` reads it); a key repeated in one object
 * is a `RowIssue` of the batch (the last value is kept, as `JSON.parse` does).
 */
export class LegacyJsonlSource implements TableSource {
  readonly format = 'jsonl' as const;
  private names: string[] | undefined;

  constructor(
    private readonly path: string,
    readonly file: string,
    private readonly gzip: boolean,
  ) {}

  async columnNames(): Promise<readonly string[]> {
    if (!this.names) {
      const order: string[] = [];
      // Keys can appear on any line: one streaming pass over the file collects them all.
      for await (const _ of this.objects(DEFAULT_BATCH_ROWS, new Set(), order));
      this.names = order;
    }
    return this.names;
  }

  knownRowCount(): Promise<number | undefined> {
    return Promise.resolve(undefined);
  }

  /** The objects of the file, batch by batch; keys not in `known` are added to it and to `order` as they first appear. */
  private async *objects(batchRows: number, known: Set<string>, order: string[]): AsyncGenerator<{ rows: Record<string, unknown>[]; lines: number[]; issues: RowIssue[] }> {
    let pending: Buffer | undefined;
    let line = 1;
    let rows: Record<string, unknown>[] = [];
    let lines: number[] = [];
    let issues: RowIssue[] = [];
    let any = false;
    const parseLine = (chunk: string, s: number, e: number): void => {
      if (line === 1 && s === 0 && chunk.charCodeAt(0) === 0xfeff) s = 1;
      if (e > s && chunk.charCodeAt(e - 1) === 13) e--;
      let blank = true;
      for (let p = s; p < e; p++) {
        const c = chunk.charCodeAt(p);
        if (c !== 32 && c !== 9) {
          blank = false;
          break;
        }
      }
      if (!blank) {
        const text = chunk.slice(s, e);
        let v: unknown;
        try {
          v = JSON.parse(text);
        } catch (error) {
          throw inputError(`invalid JSON: ${(error as Error).message}`, { file: this.file, line }, error);
        }
        if (v === null || typeof v !== 'object' || Array.isArray(v)) throw inputError(`expected a JSON object on each line, found ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 40)}`, { file: this.file, line });
        // Fewer keys than members on the line (maybe a key was repeated) or a number JSON.parse may have rounded.
        if (countRowMembers(v as Record<string, unknown>, known, order) !== memberBound(text)) {
          const exact = parseExactJson(text);
          v = exact.value;
          // countRowMembers stops at the first number beyond 2^53: the keys after it are the file's too
          // (they were lost when no other line had them; fixed here as in line-object.ts).
          for (const k in v as Record<string, unknown>) {
            if (known.has(k)) continue;
            known.add(k);
            order.push(k);
          }
          if (exact.duplicateKeys.length > 0) issues.push({ check: 'duplicate_keys', line, value: exact.duplicateKeys.join(', ') });
        }
        rows.push(v as Record<string, unknown>);
        lines.push(line);
        any = true;
      }
      line++;
    };
    // Whole lines are checked and decoded a chunk at a time (a character never spans a newline).
    const decode = (buf: Buffer, end: number): string => {
      if (!isUtf8(buf.subarray(0, end))) throw inputError('invalid UTF-8 (expected UTF-8 text)', { file: this.file, line: line + badUtf8Line(buf, end) });
      return buf.toString('utf8', 0, end);
    };
    for await (const chunk of fileChunks(this.path, this.file, this.gzip)) {
      const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
      const last = buf.lastIndexOf(10);
      if (last >= 0) {
        const text = decode(buf, last);
        for (let p = 0; ; ) {
          const q = text.indexOf('\n', p);
          parseLine(text, p, q < 0 ? text.length : q);
          if (rows.length >= batchRows) {
            yield { rows, lines, issues };
            rows = [];
            lines = [];
            issues = [];
          }
          if (q < 0) break;
          p = q + 1;
        }
      }
      pending = last + 1 < buf.length ? Buffer.from(buf.subarray(last + 1)) : undefined;
    }
    if (pending && pending.length > 0) {
      const text = decode(pending, pending.length);
      parseLine(text, 0, text.length);
    }
    if (!any) throw inputError('empty file: expected JSON objects, one per line', { file: this.file, line: 1 });
    if (rows.length > 0) yield { rows, lines, issues };
  }

  async *batches(options: ReadOptions = {}): AsyncGenerator<RecordBatch> {
    const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
    let rowOffset = 0;
    const known = new Set<string>(this.names ?? []);
    const order: string[] = [...known];
    for await (const { rows, lines, issues } of this.objects(batchRows, known, order)) {
      if (!this.names || this.names.length < order.length) this.names = [...order];
      const wanted = options.columns ? options.columns.filter((c) => known.has(c)) : order;
      const columns: Column[] = wanted.map((name) => {
        const values = rows.map((o) => o[name]);
        return new ValueColumn(name, kindOf(values), values, 0, rows.length);
      });
      const byName = new Map(columns.map((c) => [c.name, c]));
      yield { file: this.file, length: rows.length, rowOffset, columns, column: (n) => byName.get(n), line: (i) => lines[i], ...(issues.length > 0 ? { issues } : {}) };
      rowOffset += rows.length;
    }
  }
}

/** Lines before the first one in buf[0, end) that is not valid UTF-8. */
function badUtf8Line(buf: Buffer, end: number): number {
  let skipped = 0;
  for (let p = 0; p < end; skipped++) {
    const q = buf.indexOf(10, p);
    const e = q < 0 || q > end ? end : q;
    if (!isUtf8(buf.subarray(p, e))) return skipped;
    p = e + 1;
  }
  return skipped;
}

function kindOf(values: readonly unknown[]): ColumnKind {
  let kind: ColumnKind | undefined;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const k: ColumnKind = typeof v === 'bigint' ? 'integer' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : 'json';
    if (kind === undefined) kind = k;
    else if (kind !== k) {
      if ((kind === 'integer' && k === 'number') || (kind === 'number' && k === 'integer')) kind = 'number';
      else return 'json';
    }
  }
  return kind ?? 'json';
}
