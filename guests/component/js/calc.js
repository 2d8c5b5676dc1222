export const calc = {
  add(a, b) { return (a + b) | 0; },
  greet(name) { return `hello, ${name}!`; },
  sum(items) { let s = 0n; for (const v of items) s += BigInt(v); return s; },
  mid(a, b) { return { x: ((a.x + b.x) / 2) | 0, y: ((a.y + b.y) / 2) | 0 }; },
};
