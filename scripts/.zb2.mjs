import { parquetMetadata } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { ZSTDDecoder } from 'zstddec';
import { readFileSync } from 'node:fs';
const b = readFileSync('bench/.data/validate-1000000.zstd.parquet');
const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
const m = parquetMetadata(ab);
const pages = [];
for (const g of m.row_groups) for (const c of g.columns) {
  const md = c.meta_data; let pos = Math.min(Number(md.dictionary_page_offset ?? md.data_page_offset), Number(md.data_page_offset));
  const end = pos + Number(md.total_compressed_size);
  while (pos < end) { const r = { view: new DataView(ab, pos), offset: 0 }; const h = parquetHeader(r); pos += r.offset; pages.push([new Uint8Array(ab, pos, h.compressed_page_size), h.uncompressed_page_size]); pos += h.compressed_page_size; }
}
const mode = process.argv[2];
const cpu0 = process.cpuUsage(); const t0 = performance.now();
if (mode === 'zstddec') { const d = new ZSTDDecoder(); await d.init(); for (const [p, n] of pages) d.decode(p, n); }
else if (mode === 'raw') {
  const src = readFileSync('node_modules/zstddec/dist/zstddec.mjs', 'utf8');
  const wasmB64 = /"([A-Za-z0-9+/=]{1000,})"/.exec(src)[1];
  let inst, heap;
  const env = { emscripten_notify_memory_growth: () => { heap = new Uint8Array(inst.exports.memory.buffer); } };
  inst = (await WebAssembly.instantiate(Buffer.from(wasmB64, 'base64'), { env })).instance; heap = new Uint8Array(inst.exports.memory.buffer);
  let inCap = 0, outCap = 0, inPtr = 0, outPtr = 0;
  for (const [p, n] of pages) {
    if (p.length > inCap) { if (inPtr) inst.exports.free(inPtr); inCap = p.length * 2; inPtr = inst.exports.malloc(inCap); }
    if (n > outCap) { if (outPtr) inst.exports.free(outPtr); outCap = n * 2; outPtr = inst.exports.malloc(outCap); }
    heap.set(p, inPtr); const got = inst.exports.ZSTD_decompress(outPtr, n, inPtr, p.length); heap.slice(outPtr, outPtr + got);
  }
} else if (mode === 'native') { const { zstdDecompressSync } = await import('node:zlib'); for (const [p, n] of pages) zstdDecompressSync(p, { maxOutputLength: Math.max(n, 1), chunkSize: Math.max(n, 64) }); }
const c = process.cpuUsage(cpu0);
console.log(mode, 'wall', (performance.now() - t0).toFixed(0), 'cpu', ((c.user + c.system) / 1000).toFixed(0));
