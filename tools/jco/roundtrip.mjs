// roundtrip.mjs: the reference values of hearth's every-WIT-type guest (guests/component/all-*.wasm,
// one per string encoding) from `jco transpile` on node. Every case of CASES (a function of world
// `all` in guests/component/wit/world.wit and its arguments in WAVE) is called on the transpiled
// component; the result is written back in WAVE. tests/test_component.c jco_roundtrip calls the
// same functions under hearth and compares (both sides parsed and formatted by hearth).
//
// usage: node tools/jco/roundtrip.mjs OUT.txt   (lines: ENCODING \t FUNC \t ARGS \t RESULT)
// A result of `trap` means the call threw a trap (not an err of a result); `err(...)` is a result's
// error case (jco throws it as a ComponentError with the payload).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const jco = join(here, "node_modules/@bytecodealliance/jco/dist/jco.js");

// ---- WIT types of the functions called (world `all`)
const P = (k) => ({ k });
const bool = P("bool"), s8 = P("s8"), u8 = P("u8"), s16 = P("s16"), u16 = P("u16"), s32 = P("s32"),
  u32 = P("u32"), s64 = P("s64"), u64 = P("u64"), f32 = P("f32"), f64 = P("f64"), char = P("char"),
  string = P("string");
const list = (e) => ({ k: "list", e });
const tuple = (...es) => ({ k: "tuple", es });
const record = (fs) => ({ k: "record", fs });
const variant = (cs) => ({ k: "variant", cs });
const enm = (ns) => ({ k: "enum", ns });
const flags = (ns) => ({ k: "flags", ns });
const option = (e) => ({ k: "option", e });
const result = (ok, err) => ({ k: "result", ok, err });

const point = record([["x", s32], ["y", s32]]);
const person = record([["name", string], ["age", u8], ["tags", list(string)], ["home", option(point)]]);
const shape = variant([["circle", f32], ["rect", point], ["dot", null], ["big", u64]]);
const color = enm(["red", "green", "blue"]);
const perms = flags(["read", "write", "exec"]);
const wide = flags(Array.from({ length: 20 }, (_, i) => `f${i}`));
const full = flags(Array.from({ length: 32 }, (_, i) => `b${i}`));
const cell = record([["label", string], ["words", list(string)], ["score", option(result(u32, string))]]);
const ev = variant([["nothing", null], ["num", s64], ["text", string], ["at", point], ["many", list(option(u8))]]);
const deep = record([["id", u16], ["tag", option(result(option(string), list(u8)))], ["pairs", list(tuple(string, ev))]]);
// handles of the guest resource hearth:test/api counter: written `own<$hN>` / `borrow<$hN>`, where
// $hN is the N-th handle a scenario received (numbered in the order results show them)
const own = P("own"), borrow = P("borrow");
const named = record([["name", string], ["c", own]]);
const API = "hearth:test/api#";

const FUNCS = {
  "echo-bool": [[bool], bool], "echo-s8": [[s8], s8], "echo-u8": [[u8], u8],
  "echo-s16": [[s16], s16], "echo-u16": [[u16], u16], "echo-s32": [[s32], s32],
  "echo-u32": [[u32], u32], "echo-s64": [[s64], s64], "echo-u64": [[u64], u64],
  "echo-f32": [[f32], f32], "echo-f64": [[f64], f64], "echo-char": [[char], char],
  "echo-string": [[string], string], "echo-list": [[list(u32)], list(u32)],
  "echo-strings": [[list(string)], list(string)],
  "echo-tuple": [[tuple(u8, string, f64)], tuple(u8, string, f64)],
  "echo-option": [[option(u16)], option(u16)],
  "echo-result": [[result(string, u32)], result(string, u32)],
  "echo-flags": [[perms], perms], "echo-wide": [[wide], wide], "echo-enum": [[color], color],
  "echo-variant": [[shape], shape], "echo-record": [[person], person],
  "echo-people": [[list(person)], list(person)],
  "sum17": [Array(17).fill(u32), u64], "string-len": [[string], u32],
  "call-add": [[u32, u32], u32], "call-greet": [[string], string],
  "call-mirror": [[s32, s32], s32], "call-numbers": [[u32], u32],
  "hearth:test/api#reverse": [[list(u8)], list(u8)],
  "echo-full": [[full], full], "echo-grid": [[list(list(cell))], list(list(cell))],
  "grid-words": [[list(list(cell))], u32],
  "echo-evs": [[tuple(ev, ev, list(ev))], tuple(ev, ev, list(ev))],
  "echo-deep": [[list(deep)], list(deep)],
  [API + "[constructor]counter"]: [[u32], own], [API + "[method]counter.inc"]: [[borrow], u32],
  [API + "[method]counter.get"]: [[borrow], u32], [API + "[method]counter.add"]: [[borrow, u32], null],
  [API + "[method]counter.merge"]: [[borrow, own], u32],
  [API + "[method]counter.peek"]: [[borrow, borrow], u32],
  [API + "[static]counter.make"]: [[u32], own], [API + "[static]counter.total"]: [[borrow, borrow], u32],
  [API + "make-and-drop"]: [[u32], u32], [API + "dropped"]: [[], u32], [API + "take"]: [[own], u32],
  [API + "make-many"]: [[u32], list(own)], [API + "sum-all"]: [[list(borrow)], u32],
  [API + "maybe"]: [[option(u32)], option(own)], [API + "wrap"]: [[string, u32], named],
  [API + "unwrap"]: [[named], u32], [API + "dtor-log"]: [[], list(u32)],
  "[drop]": [[own], null], // the host drops its own handle (jco: Symbol.dispose)
};

// ---- the cases: function and WAVE arguments
const CASES = [
  ["echo-bool", "true"], ["echo-bool", "false"], ["echo-s8", "-128"], ["echo-s8", "127"],
  ["echo-u8", "255"], ["echo-s16", "-32768"], ["echo-u16", "65535"], ["echo-s32", "-2147483648"],
  ["echo-u32", "4294967295"], ["echo-s64", "-9223372036854775808"],
  ["echo-u64", "18446744073709551615"], ["echo-f32", "1.5"], ["echo-f32", "-inf"],
  ["echo-f32", "nan"], ["echo-f32", "3.4028234663852886e38"], ["echo-f32", "1e-45"],
  ["echo-f64", "3.141592653589793"], ["echo-f64", "1e300"], ["echo-f64", "-0"],
  ["echo-f64", "5e-324"], ["echo-char", "'\u{1F30D}'"], ["echo-char", "'\\n'"],
  ["echo-char", "'\u{10FFFF}'"], ["echo-string", '""'],
  ["echo-string", '"h\u00e9llo \\"q\\" \u2603 \u{1F30D}"'],
  ["echo-string", '"caf\u00e9 \u00ff only latin-1"'], ["echo-string", '"nul\\u{0}byte"'],
  ["echo-list", "[]"], ["echo-list", "[1, 2, 3, 4294967295]"],
  ["echo-strings", '["a", "\u00e9", "\u2603", ""]'], ["echo-tuple", '(7, "x", -2.5)'],
  ["echo-option", "some(9)"], ["echo-option", "none"], ["echo-option", "some(0)"],
  ["echo-result", 'ok("fine")'], ["echo-result", "err(3)"], ["echo-flags", "{}"],
  ["echo-flags", "{exec, read}"], ["echo-flags", "{read, write, exec}"],
  ["echo-wide", "{f0, f7, f8, f15, f16, f19}"], ["echo-wide", "{}"], ["echo-enum", "green"],
  ["echo-enum", "blue"], ["echo-variant", "circle(2.5)"], ["echo-variant", "rect({x: -3, y: 4})"],
  ["echo-variant", "dot"], ["echo-variant", "big(18446744073709551615)"],
  ["echo-record", '{name: "bob", age: 7, tags: ["a", "\u2603"], home: some({x: 1, y: -2})}'],
  ["echo-record", '{name: "n", age: 1, tags: [], home: none}'],
  ["echo-people", '[{name: "a", age: 1, tags: [], home: none}, {name: "b", age: 2, tags: ["t", "u"], home: some({x: 5, y: 6})}]'],
  ["sum17", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 4294967295"],
  ["string-len", '"\u2603\u{1F30D}"'], ["call-add", "2, 40"], ["call-greet", '"w\u00f6rld"'],
  ["call-mirror", "3, -4"], ["call-numbers", "5"],
  ["hearth:test/api#reverse", "[1, 2, 3, 4]"], ["hearth:test/api#reverse", "[]"],
  ["echo-full", "{}"], ["echo-full", "{b0, b31}"], ["echo-full", "{b31}"],
  ["echo-full", "{" + Array.from({ length: 32 }, (_, i) => `b${i}`).join(", ") + "}"],
  ["echo-full", "{b1, b7, b8, b15, b16, b23, b24, b30}"],
  ["echo-grid", "[]"], ["echo-grid", "[[], []]"],
  ["echo-grid", '[[{label: "a", words: ["x", "\u2603y"], score: some(ok(3))}], [], [{label: "", words: [], score: some(err("bad \u{1F30D}"))}, {label: "c", words: ["", "z"], score: none}]]'],
  ["grid-words", '[[{label: "a", words: ["x", "y"], score: none}], [{label: "b", words: ["p", "q", "r"], score: some(ok(4294967295))}, {label: "c", words: [], score: none}]]'],
  ["echo-evs", "(nothing, num(-9223372036854775808), [])"],
  ["echo-evs", '(text("t\u00e9xt"), at({x: -1, y: 2147483647}), [many([some(1), none, some(255)]), num(42), nothing, text(""), many([])])'],
  ["echo-deep", "[]"],
  ["echo-deep", '[{id: 65535, tag: some(ok(some("s\u2603"))), pairs: [("k", num(9)), ("", text("v")), ("m", many([none]))]}, {id: 0, tag: some(ok(none)), pairs: []}, {id: 7, tag: some(err([0, 255])), pairs: [("p", at({x: 3, y: -3}))]}, {id: 1, tag: none, pairs: []}]'],
  // resources: each scenario runs on one instance, in order
  ["#scenario", "counter-life", [
    [API + "[constructor]counter", "10"], [API + "[method]counter.inc", "borrow<$h1>"],
    [API + "[method]counter.add", "borrow<$h1>, 5"], [API + "[method]counter.get", "borrow<$h1>"],
    [API + "[static]counter.make", "7"], [API + "[static]counter.total", "borrow<$h1>, borrow<$h2>"],
    [API + "[method]counter.peek", "borrow<$h1>, borrow<$h2>"],
    [API + "[method]counter.merge", "borrow<$h1>, own<$h2>"], [API + "dtor-log", ""],
    [API + "[method]counter.inc", "borrow<$h1>"], ["[drop]", "own<$h1>"], [API + "dtor-log", ""],
    [API + "dropped", ""]]],
  ["#scenario", "handles-in-values", [
    [API + "make-many", "3"], [API + "sum-all", "[borrow<$h1>, borrow<$h2>, borrow<$h3>]"],
    [API + "sum-all", "[]"], [API + "take", "own<$h2>"], [API + "maybe", "some(4)"], [API + "maybe", "none"],
    [API + "wrap", '"w", 9'], [API + "unwrap", '{name: "v", c: own<$h4>}'],
    // jco 1.35 cannot dispose handles it lifted inside a list (the dispose closures of the
    // lifting loop share one `var`: each drops the list's last handle), so those go back to the
    // guest through take
    [API + "[method]counter.get", "borrow<$h5>"], [API + "take", "own<$h1>"],
    [API + "take", "own<$h3>"], ["[drop]", "own<$h5>"], [API + "make-and-drop", "6"], [API + "dtor-log", ""],
    [API + "dropped", ""]]],
];

// ---- WAVE text <-> jco's JavaScript values
function lexer(text) {
  let i = 0;
  const ws = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  return {
    peek() { ws(); return text[i]; },
    eat(c) { ws(); if (text[i] !== c) throw new Error(`expected ${c} at ${i} in ${text}`); i++; },
    tryEat(c) { ws(); if (text[i] === c) { i++; return true; } return false; },
    word() { ws(); const m = /^[A-Za-z0-9_.+\-]+/.exec(text.slice(i)); if (!m) throw new Error(`word at ${i} in ${text}`); i += m[0].length; return m[0]; },
    quoted(q) {
      this.eat(q);
      let s = "";
      while (text[i] !== q) {
        if (text[i] === "\\") {
          const e = text[++i];
          i++;
          if (e === "n") s += "\n"; else if (e === "t") s += "\t"; else if (e === "r") s += "\r";
          else if (e === "u") { const j = text.indexOf("}", i); s += String.fromCodePoint(parseInt(text.slice(i + 1, j), 16)); i = j + 1; }
          else s += e;
        } else { const cp = text.codePointAt(i); s += String.fromCodePoint(cp); i += cp > 0xffff ? 2 : 1; }
      }
      i++;
      return s;
    },
    done() { ws(); return i >= text.length; },
  };
}
const camel = (s) => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function parse(t, L, top = true) {
  switch (t.k) {
    case "bool": return L.word() === "true";
    case "s8": case "u8": case "s16": case "u16": case "s32": case "u32": return Number(L.word());
    case "s64": case "u64": return BigInt(L.word());
    case "f32": case "f64": { const w = L.word(); return w === "nan" ? NaN : w === "inf" ? Infinity : w === "-inf" ? -Infinity : Number(w); }
    case "char": return L.quoted("'");
    case "string": return L.quoted('"');
    case "list": { L.eat("["); const a = []; while (!L.tryEat("]")) { a.push(parse(t.e, L, false)); L.tryEat(","); } return a; }
    case "tuple": { L.eat("("); const a = t.es.map((e) => { const v = parse(e, L, false); L.tryEat(","); return v; }); L.eat(")"); return a; }
    case "record": {
      L.eat("{"); const o = {};
      for (const [n, ft] of t.fs) if (ft.k === "option") o[camel(n)] = undefined;
      while (!L.tryEat("}")) { const n = L.word(); L.eat(":"); const ft = t.fs.find((f) => f[0] === n)[1]; o[camel(n)] = parse(ft, L, false); L.tryEat(","); }
      return o;
    }
    case "variant": { const n = L.word(); const c = t.cs.find((x) => x[0] === n); let val; if (c[1]) { L.eat("("); val = parse(c[1], L, false); L.eat(")"); } return c[1] ? { tag: n, val } : { tag: n }; }
    case "enum": return L.word();
    case "flags": { L.eat("{"); const o = Object.fromEntries(t.ns.map((n) => [camel(n), false])); while (!L.tryEat("}")) { o[camel(L.word())] = true; L.tryEat(","); } return o; }
    case "option": {
      const w = L.word();
      if (w === "none") return top || t.e.k !== "option" ? undefined : { tag: "none" };
      L.eat("("); const v = parse(t.e, L, false); L.eat(")");
      return v;
    }
    case "result": { const w = L.word(); L.eat("("); const v = parse(w === "ok" ? t.ok : t.err, L, false); L.eat(")"); return { tag: w === "ok" ? "ok" : "err", val: v }; }
    case "own": case "borrow": {
      const w = L.word();
      if (w !== t.k) throw new Error(`expected ${t.k}<...>, got ${w}`);
      L.eat("<"); L.eat("$"); const n = L.word(); L.eat(">");
      if (!(n in handles)) throw new Error(`no handle $${n}`);
      return handles[n];
    }
    default: throw new Error(`type ${t.k}`);
  }
}

// the handles a scenario holds, by name (h1, h2, ...: numbered as results show them)
let handles = {}, nhandles = 0;

function quote(s, q) {
  let o = q;
  for (const ch of s) {
    if (ch === q || ch === "\\") o += "\\" + ch;
    else if (ch === "\n") o += "\\n"; else if (ch === "\t") o += "\\t"; else if (ch === "\r") o += "\\r";
    else if (ch.codePointAt(0) < 0x20) o += `\\u{${ch.codePointAt(0).toString(16)}}`;
    else o += ch;
  }
  return o + q;
}
function num(x) {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (Object.is(x, -0)) return "-0";
  return String(x);
}
function format(t, v) {
  switch (t.k) {
    case "bool": return v ? "true" : "false";
    case "s8": case "u8": case "s16": case "u16": case "s32": case "u32": case "s64": case "u64": return String(v);
    case "f32": case "f64": return num(v);
    case "char": return quote(v, "'");
    case "string": return quote(v, '"');
    case "list": return "[" + Array.from(v, (x) => format(t.e, x)).join(", ") + "]";
    case "tuple": return "(" + t.es.map((e, i) => format(e, v[i])).join(", ") + ")";
    case "record": return "{" + t.fs.map(([n, ft]) => `${n}: ${format(ft, v[camel(n)])}`).join(", ") + "}";
    case "variant": { const c = t.cs.find((x) => x[0] === v.tag); return c[1] ? `${v.tag}(${format(c[1], v.val)})` : v.tag; }
    case "enum": return v;
    case "flags": return "{" + t.ns.filter((n) => v[camel(n)]).join(", ") + "}";
    case "option": return v === undefined || v === null ? "none" : `some(${format(t.e, v)})`;
    case "result": return v.tag === "ok" ? `ok(${format(t.ok, v.val)})` : `err(${format(t.err, v.val)})`;
    case "own": { const n = `h${++nhandles}`; handles[n] = v; return `own<$${n}>`; }
    default: throw new Error(`type ${t.k}`);
  }
}

// ---- the host side of world `all` (as tests/test_component.c make_linker)
class Blob {
  constructor(n) { this.rep = n * 10; }
  size() { return this.rep / 10; }
}
const host = {
  Blob,
  add: (a, b) => (a + b) >>> 0,
  log: () => {},
  greet: (n) => `hello, ${n}!`,
  mirror: (p) => ({ x: p.y, y: p.x }),
  numbers: (n) => Uint32Array.from({ length: n }, (_, i) => i + 1),
};

const out = process.argv[2];
if (!out) { console.error("usage: node roundtrip.mjs OUT.txt"); process.exit(2); }
const tmp = mkdtempSync(join(tmpdir(), "hearth-jco-"));
const lines = [];
try {
  for (const enc of ["utf8", "utf16", "compact-utf16"]) {
    const wasm = join(root, `guests/component/all-${enc}.wasm`);
    const dir = join(tmp, enc);
    try {
      execFileSync(process.execPath, [jco, "transpile", wasm, "-o", dir, "--instantiation", "async", "--no-typescript", "--quiet"], { stdio: "pipe" });
    } catch (e) {
      // jco 1.35 cannot transpile latin1+utf16 (js-component-bindgen asserts UTF8 | UTF16)
      const why = String(e.stderr || e.message).split("\n").find((l) => /assert|Error/.test(l)) || "failed";
      lines.push(`# ${enc}: jco transpile failed: ${why.trim()}`);
      console.error(`${enc}: jco transpile failed: ${why.trim()}`);
      continue;
    }
    const mod = await import(pathToFileURL(join(dir, `all-${enc}.js`)).href);
    const fresh = () => mod.instantiate((p) => WebAssembly.compile(readFileSync(join(dir, p))), { "hearth:test/host": host });
    // one call on inst: the result in WAVE ("()" without one, "trap" when it threw)
    const call = (inst, fn, args) => {
      const [pts, rt] = FUNCS[fn];
      const L = lexer(args);
      const vals = pts.map((pt) => { const v = parse(pt, L); L.tryEat(","); return v; });
      const name = fn.includes("#") ? fn.split("#")[1] : fn;
      // resources: [constructor]R is `new R`, [method]R.m a method of the first argument,
      // [static]R.m a static function of the class, [drop] disposes the handle
      const cls = (r) => inst.api[camel(r).replace(/^./, (c) => c.toUpperCase())];
      let f;
      let m;
      if ((m = /^\[constructor\](.*)$/.exec(name))) f = (...a) => new (cls(m[1]))(...a);
      else if ((m = /^\[method\][^.]*\.(.*)$/.exec(name))) f = (self, ...a) => self[camel(m[1])](...a);
      else if ((m = /^\[static\]([^.]*)\.(.*)$/.exec(name))) f = (...a) => cls(m[1])[camel(m[2])](...a);
      else if (name === "[drop]") f = (h) => h[Symbol.dispose || Symbol.for("dispose")]();
      else f = fn.includes("#") ? inst.api[camel(name)] : inst[camel(fn)];
      try {
        const r = f(...vals);
        if (!rt) return "()";
        return rt.k === "result" ? format(rt, { tag: "ok", val: r }) : format(rt, r);
      } catch (e) {
        if (rt && rt.k === "result" && e && "payload" in e) return format(rt, { tag: "err", val: e.payload });
        return "trap";
      }
    };
    for (const c of CASES) {
      if (c[0] === "#scenario") {
        // a scenario: its steps on one instance (hearth's test starts a new one at this line)
        const inst = await fresh();
        handles = {};
        nhandles = 0;
        lines.push([enc, "[scenario]", c[1], "-"].join("\t"));
        for (const [fn, args] of c[2]) lines.push([enc, fn, args, call(inst, fn, args)].join("\t"));
        continue;
      }
      // every other call gets a fresh instance, as a trap poisons one
      const [fn, args] = c;
      lines.push([enc, fn, args, call(await fresh(), fn, args)].join("\t"));
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
writeFileSync(out, "# jco transpile results of guests/component/all-*.wasm (tools/jco/roundtrip.mjs)\n" + lines.join("\n") + "\n");
console.log(`${lines.length} results written to ${out}`);
