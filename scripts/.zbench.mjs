import { parquetMetadata } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { ZSTDDecoder } from 'zstddec';
import { zstdDecompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const b = readFileSync(process.argv[2]);
const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
const m = parquetMetadata(ab);
const pages = [];
for (const g of m.row_groups) for (const c of g.columns) {
  const md = c.meta_data; let pos = Number(md.dictionary_page_offset ?? md.data_page_offset); if (md.dictionary_page_offset && Number(md.dictionary_page_offset) > Number(md.data_page_offset)) pos = Number(md.data_page_offset);
  const end = pos + Number(md.total_compressed_size);
  while (pos < end) { const r = { view: new DataView(ab, pos), offset: 0 }; const h = parquetHeader(r); pos += r.offset; pages.push([new Uint8Array(ab, pos, h.compressed_page_size), h.uncompressed_page_size]); pos += h.compressed_page_size; }
}
console.log('pages', pages.length, 'bytes', pages.reduce((s, p) => s + p[1], 0));
const d = new ZSTDDecoder(); await d.init();
for (let k = 0; k < 3; k++) {
  let t = performance.now(); let sum = 0;
  for (const [p, n] of pages) sum += d.decode(p, n)[0];
  console.log('zstddec', (performance.now() - t).toFixed(0), 'ms');
}

const src = readFileSync('node_modules/zstddec/dist/zstddec.mjs','utf8');
const wasmB64 = /"([A-Za-z0-9+/=]{1000,})"/.exec(src)[1];
let inst; let heap;
const env = { emscripten_notify_memory_growth: () => { heap = new Uint8Array(inst.exports.memory.buffer); } };
inst = (await WebAssembly.instantiate(Buffer.from(wasmB64, 'base64'), { env })).instance; heap = new Uint8Array(inst.exports.memory.buffer);
const maxIn = Math.max(...pages.map(p => p[0].length)), maxOut = Math.max(...pages.map(p => p[1]));
const inPtr = inst.exports.malloc(maxIn), outPtr = inst.exports.malloc(maxOut);
for (let k = 0; k < 3; k++) {
  let tDec = 0, tCopy = 0; let sum = 0; const out = new Uint8Array(maxOut);
  for (const [p, n] of pages) { let t = performance.now(); heap.set(p, inPtr); const got = inst.exports.ZSTD_decompress(outPtr, n, inPtr, p.length); tDec += performance.now() - t; t = performance.now(); out.set(heap.subarray(outPtr, outPtr + got)); sum += out[0]; tCopy += performance.now() - t; }
  console.log('raw decompress', tDec.toFixed(0), 'copy into reused', tCopy.toFixed(0));
}
for (let k = 0; k < 2; k++) { let t = performance.now(); let sum = 0; for (const [p, n] of pages) { sum += heap.slice(0, n)[0]; } console.log('slice only (fresh alloc+copy)', (performance.now() - t).toFixed(0)); }
if (zstdDecompressSync) for (let k = 0; k < 2; k++) { let t = performance.now(); let sum=0; for (const [p, n] of pages) sum += zstdDecompressSync(p, { maxOutputLength: n, chunkSize: Math.max(n, 64) })[0]; console.log('native zstd chunkSize=n', (performance.now() - t).toFixed(0)); }
