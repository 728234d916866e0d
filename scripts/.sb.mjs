import { parquetMetadata } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { snappyUncompress } from 'hyparquet/src/snappy.js';
import { compressors } from 'hyparquet-compressors';
import { readFileSync } from 'node:fs';
const b = readFileSync('bench/.data/validate-1000000.snappy.parquet');
const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
const m = parquetMetadata(ab);
const pages = [];
for (const g of m.row_groups) for (const c of g.columns) {
  const md = c.meta_data; let pos = Math.min(Number(md.dictionary_page_offset ?? md.data_page_offset), Number(md.data_page_offset));
  const end = pos + Number(md.total_compressed_size);
  while (pos < end) { const r = { view: new DataView(ab, pos), offset: 0 }; const h = parquetHeader(r); pos += r.offset; pages.push([new Uint8Array(ab, pos, h.compressed_page_size), h.uncompressed_page_size]); pos += h.compressed_page_size; }
}
const mode = process.argv[2];
const cpu0 = process.cpuUsage(); const t0 = performance.now(); let s = 0;
for (let rep = 0; rep < 3; rep++) {
  const t = performance.now();
  if (mode === 'wasm') for (const [p, n] of pages) s += compressors.SNAPPY(p, n)[0];
  else for (const [p, n] of pages) { const out = new Uint8Array(n); snappyUncompress(p, out); s += out[0]; }
  console.log(mode, rep, (performance.now() - t).toFixed(0));
}
