// wast2hearth.mjs: converts the component model's reference tests (.wast, component text format)
// into scripts tests/test_component.c runs: every component is turned into a binary with
// wasm-tools `parse` (through jco), every invoke's arguments and results into WAVE text.
//
// usage: node wast2hearth.mjs OUT_DIR FILE.wast...   (OUT_DIR/<dir>-<name>.script + .N.wasm)
// Script lines (fields separated by tabs):
//   module  LINE FILE            decode + instantiate; the current instance
//   define  LINE NAME FILE       decode only (component definition $NAME)
//   instance LINE NAME           instantiate definition NAME; the current instance
//   invalid LINE FILE MESSAGE    decoding must fail (assert_invalid / assert_malformed)
//   return  LINE FUNC ARGS RESULT   invoke FUNC with WAVE ARGS, WAVE RESULT ("" = no result)
//   trap    LINE FUNC ARGS MESSAGE  invoke must trap
//   skip    LINE REASON          a command that cannot be converted (stated reason)
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { parse } from "@bytecodealliance/jco-transpile/wasm-tools";

function tokenize(src) {
  const toks = [];
  let i = 0, line = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith(";;", i)) { while (i < src.length && src[i] !== "\n") i++; continue; }
    if (src.startsWith("(;", i)) {
      let depth = 0;
      do {
        if (src.startsWith("(;", i)) { depth++; i += 2; }
        else if (src.startsWith(";)", i)) { depth--; i += 2; }
        else { if (src[i] === "\n") line++; i++; }
      } while (depth > 0 && i < src.length);
      continue;
    }
    if (c === "(" || c === ")") { toks.push({ t: c, at: i, line }); i++; continue; }
    if (c === '"') {
      const st = i++;
      while (i < src.length && src[i] !== '"') { if (src[i] === "\\") i++; i++; }
      i++;
      toks.push({ t: "str", v: src.slice(st + 1, i - 1), at: st, line });
      continue;
    }
    const st = i;
    while (i < src.length && !/[\s()"]/.test(src[i])) i++;
    toks.push({ t: "atom", v: src.slice(st, i), at: st, line });
  }
  return toks;
}

function tree(toks) {
  let k = 0;
  function node() {
    const tk = toks[k++];
    if (tk.t !== "(") return tk;
    const list = { t: "list", items: [], at: tk.at, line: tk.line };
    while (toks[k].t !== ")") list.items.push(node());
    list.end = toks[k++].at + 1;
    return list;
  }
  const out = [];
  while (k < toks.length) out.push(node());
  return out;
}

// The bytes of a wast string literal (\xx hex, \n \t \r \" \' \\, \u{...}).
function strBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = String.fromCodePoint(s.codePointAt(i)); /* a whole code point, not a UTF-16 half */
    if (c.length === 2) { out.push(...Buffer.from(c, "utf8")); i++; continue; }
    if (c !== "\\") { out.push(...Buffer.from(c, "utf8")); continue; }
    const e = s[++i];
    if (/[0-9a-fA-F]/.test(e)) { out.push(parseInt(s.substr(i, 2), 16)); i++; }
    else if (e === "n") out.push(10);
    else if (e === "t") out.push(9);
    else if (e === "r") out.push(13);
    else if (e === "u") {
      const close = s.indexOf("}", i);
      out.push(...Buffer.from(String.fromCodePoint(parseInt(s.slice(i + 2, close), 16)), "utf8"));
      i = close;
    } else out.push(e.charCodeAt(0));
  }
  return Buffer.from(out);
}

const KEYWORDS = new Set(["true", "false", "some", "none", "ok", "err", "inf", "nan"]);
const label = (l) => (KEYWORDS.has(l) ? "%" + l : l);

function waveString(bytes, quote) {
  let o = quote;
  for (const ch of bytes.toString("utf8")) {
    const cp = ch.codePointAt(0);
    if (ch === "\\") o += "\\\\";
    else if (ch === quote) o += "\\" + quote;
    else if (ch === "\n") o += "\\n";
    else if (ch === "\t") o += "\\t";
    else if (ch === "\r") o += "\\r";
    else if (cp < 0x20 || cp === 0x7f) o += "\\u{" + cp.toString(16) + "}";
    else o += ch;
  }
  return o + quote;
}

// A wast value form -> WAVE text.
function wave(v) {
  if (v.t !== "list") throw new Error("value expected");
  const [head, ...rest] = v.items;
  const kind = head.v;
  const num = (x) => x.v.replace(/_/g, "");
  switch (kind) {
    case "bool.const": return rest[0].v;
    case "u8.const": case "s8.const": case "u16.const": case "s16.const": case "u32.const":
    case "s32.const": case "u64.const": case "s64.const": {
      const t = num(rest[0]);
      return /^-?0x/.test(t) ? BigInt.asUintN(64, BigInt(t.replace("-", ""))).toString() : t;
    }
    case "f32.const": case "f64.const": {
      const t = num(rest[0]);
      if (t.startsWith("nan")) return "nan";
      return t;
    }
    case "char.const": return waveString(strBytes(rest[0].v), "'");
    case "str.const": return waveString(strBytes(rest[0].v), '"');
    case "list.const": return "[" + rest.map(wave).join(", ") + "]";
    case "tuple.const": return "(" + rest.map(wave).join(", ") + ")";
    case "record.const":
      return "{" + rest.map((f) => label(f.items[1].v) + ": " + wave({ t: "list", items: f.items.slice(2) })).join(", ") + "}";
    case "variant.const":
      return label(rest[0].v) + (rest[1] ? "(" + wave(rest[1]) + ")" : "");
    case "enum.const": return label(rest[0].v);
    case "option.some": return "some(" + wave(rest[0]) + ")";
    case "option.none": return "none";
    case "result.ok": return rest[0] ? "ok(" + wave(rest[0]) + ")" : "ok";
    case "result.err": return rest[0] ? "err(" + wave(rest[0]) + ")" : "err";
    case "flags.const": return "{" + rest.map((x) => label(x.v)).join(", ") + "}";
    default: throw new Error("unsupported value " + kind);
  }
}

async function main() {
  const [outDir, ...files] = process.argv.slice(2);
  await mkdir(outDir, { recursive: true });
  for (const file of files) {
    const src = await readFile(file, "utf8");
    const stem = basename(dirname(file)) + "-" + basename(file, ".wast");
    const lines = [];
    let n = 0;
    const emit = (...f) => lines.push(f.join("\t"));
    // the bytes of a (component ...) form: binary, quote or text
    async function bytesOf(form) {
      const it = form.items;
      let k = 1;
      while (k < it.length && it[k].t === "atom" && (it[k].v.startsWith("$") || it[k].v === "definition")) k++;
      if (it[k] && it[k].t === "atom" && it[k].v === "binary")
        return Buffer.concat(it.slice(k + 1).map((s) => strBytes(s.v)));
      let text;
      if (it[k] && it[k].t === "atom" && it[k].v === "quote")
        text = "(component " + it.slice(k + 1).map((s) => strBytes(s.v).toString("utf8")).join(" ") + ")";
      else text = src.slice(form.at, form.end).replace(/^\(component\s+definition/, "(component");
      return Buffer.from(await parse(text));
    }
    async function save(bytes) {
      const name = `${stem}.${n++}.wasm`;
      await writeFile(`${outDir}/${name}`, bytes);
      return name;
    }
    for (const form of tree(tokenize(src))) {
      const head = form.items[0].v;
      const line = form.line;
      try {
        if (head === "component") {
          const isDef = form.items[1] && form.items[1].v === "definition";
          if (form.items[1] && form.items[1].v === "instance") {
            emit("instance", line, form.items[3].v);
            continue;
          }
          const f = await save(await bytesOf(form));
          if (isDef) emit("define", line, form.items[2].v, f);
          else emit("module", line, f);
        } else if (head === "assert_invalid" || head === "assert_malformed") {
          let bytes;
          try {
            bytes = await bytesOf(form.items[1]);
          } catch (e) {
            emit("skip", line, "rejected by the text parser (wasm-tools parse), never reaches a binary");
            continue;
          }
          emit("invalid", line, await save(bytes), form.items[2] ? strBytes(form.items[2].v).toString() : "");
        } else if (head === "assert_return" || head === "assert_trap" || head === "invoke") {
          const inv = head === "invoke" ? form : form.items[1];
          if (inv.items[0].v !== "invoke") { emit("skip", line, "not an invoke"); continue; }
          let k = 1;
          if (inv.items[k].t === "atom") { emit("skip", line, "invoke of a named instance"); continue; }
          const fn = strBytes(inv.items[k++].v).toString();
          const args = inv.items.slice(k).map(wave).join(", ");
          if (head === "assert_trap") emit("trap", line, fn, args, strBytes(form.items[2].v).toString());
          else if (head === "invoke") emit("return", line, fn, args, "*");
          else emit("return", line, fn, args, form.items[2] ? wave(form.items[2]) : "");
        } else {
          emit("skip", line, `command ${head} is not run`);
        }
      } catch (e) {
        emit("skip", line, ("cannot convert: " + e.message).replace(/[\t\n]/g, " ").slice(0, 200));
      }
    }
    await writeFile(`${outDir}/${stem}.script`, lines.join("\n") + "\n");
  }
}

await main();
