// node_run.mjs: runs a WASI command under node:wasi with hearth's --dir/--env options, so tests
// can compare hearth's output with node's on the same .wasm.
// usage: node --no-warnings guests/node_run.mjs [--dir HOST[::GUEST]]... [--env NAME=VALUE]... MODULE [ARGS...]
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import process from 'node:process';

const argv = process.argv.slice(2);
const preopens = {};
const env = {};
let i = 0;
for (; i < argv.length && argv[i].startsWith('--'); i++) {
  const opt = argv[i], val = argv[++i];
  if (opt === '--dir') {
    const [host, guest] = val.split('::');
    preopens[guest ?? host] = host;
  } else if (opt === '--env') {
    const eq = val.indexOf('=');
    env[val.slice(0, eq)] = val.slice(eq + 1);
  } else {
    process.stderr.write(`node_run: unknown option ${opt}\n`);
    process.exit(2);
  }
}
const module = argv[i];
const wasi = new WASI({ version: 'preview1', args: [module, ...argv.slice(i + 1)], env, preopens,
                        returnOnExit: true });
const mod = await WebAssembly.compile(readFileSync(module));
const inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
process.exitCode = wasi.start(inst);
