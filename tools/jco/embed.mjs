// embed.mjs: `node embed.mjs CORE.wasm WIT WORLD ENCODING OUT.wasm` embeds the WIT world into a
// core module and makes it a component (wasm-tools `component embed` + `component new`, through
// jco's API; the `jco embed` command cannot read paths outside its sandbox).
import { readFile, writeFile } from "node:fs/promises";
import { componentEmbed, componentNew } from "@bytecodealliance/jco-transpile/wasm-tools";

const [core, wit, world, encoding, out] = process.argv.slice(2);
const binary = await readFile(core);
const witSource = (await readFile(wit)).toString();
const embedded = await componentEmbed({ binary, witSource, world, stringEncoding: encoding });
const component = await componentNew(embedded, []);
await writeFile(out, component);
