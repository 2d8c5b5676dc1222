// node_wasi.mjs: runs a WASI preview1 command module under node (node:wasi), like `hearth run`.
// Usage: node node_wasi.mjs MODULE.wasm [args...]   (stdin/stdout/stderr are the process's own)
// With NODE_WASI_TIMING=1, prints compile and instantiate times (ms) to stderr.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import process from 'node:process';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node node_wasi.mjs MODULE.wasm [args...]\n');
  process.exit(2);
}
const timing = process.env.NODE_WASI_TIMING === '1';
const wasi = new WASI({ version: 'preview1', args: [file, ...args], env: {}, preopens: { '.': '.' }, returnOnExit: true });
const bytes = await readFile(file);
const t0 = performance.now();
const mod = await WebAssembly.compile(bytes);
const t1 = performance.now();
const inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
const t2 = performance.now();
if (timing) process.stderr.write(`node: compile ${(t1 - t0).toFixed(2)} ms, instantiate ${(t2 - t1).toFixed(2)} ms\n`);
const code = wasi.start(inst);
// Exit right away (node 20 can still segfault in teardown after a module with a large grown memory;
// run.sh accepts such a run when its output is complete). WASI output was written synchronously.
process.exit(code);
