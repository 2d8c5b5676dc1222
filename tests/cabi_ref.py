#!/usr/bin/env python3
# cabi_ref.py: expected canonical ABI results from the executable reference
# (component-model/design/mvp/canonical-abi/definitions.py), for tests/test_component.c.
#
# usage: cabi_ref.py DEFINITIONS_DIR
# Prints one line per case (tokens separated by spaces, fields by " | "):
#   L ENC TYPE | VALUE | FLAT | MEMHEX        lower VALUE (lower_flat_values, MAX_FLAT_PARAMS):
#                                             the flat core values and the memory written
#   R ENC TYPE | FLAT | MEMHEX | VALUE|TRAP   lift FLAT from memory MEMHEX (lift_flat_values)
# Memory is 1024 bytes; realloc is a bump allocator starting at 16 (the same on the C side).
# Notation: types in prefix form (bool s8 .. string, list T, listn N T, record N (label T)*,
# tuple N T*, variant N (label 0|1 T?)*, enum N label*, option T, result 0|1 T? 0|1 T?,
# flags N label*); values in prefix form (ints decimal, floats as their bits, chars as code
# points, strings "s"+hex of UTF-8, lists N items, records/tuples items, variants index payload?,
# flags bitmask). Floats round-trip through the deterministic profile (canonical NaNs).
import struct
import sys

sys.path.insert(0, sys.argv[1])
import definitions as d  # noqa: E402
from definitions import *  # noqa: E402,F401,F403

d.DETERMINISTIC_PROFILE = True
MEM = 1024


class Heap:
    def __init__(self, mem):
        self.mem = mem
        self.last = 16

    def realloc(self, old, old_size, align, new_size):
        if old != 0 and new_size < old_size:
            return d.align_to(old, align)
        ret = d.align_to(self.last, align)
        self.last = ret + new_size
        if self.last > len(self.mem):
            d.trap()
        self.mem[ret:ret + old_size] = self.mem[old:old + old_size]
        return ret


class Cx(d.LiftLowerContext):
    def __init__(self, opts, inst, heap):
        super().__init__(opts, inst)
        self.heap = heap

    def reallocate(self, old, old_len, align, new_len):
        return self.heap.realloc(old, old_len, align, new_len)


def mk_cx(enc, mem=None):
    b = bytearray(MEM) if mem is None else mem
    opts = d.CanonicalOptions()
    opts.memory = d.MemInst(b, 'i32')
    opts.string_encoding = enc
    opts.realloc = True
    opts.post_return = None
    opts.async_ = False
    opts.callback = None
    heap = Heap(b)
    return Cx(opts, d.ComponentInstance(d.Store()), heap), b, heap


# ---- types: (python type object, token list)
PRIMS = {'bool': d.BoolType, 's8': d.S8Type, 'u8': d.U8Type, 's16': d.S16Type, 'u16': d.U16Type,
         's32': d.S32Type, 'u32': d.U32Type, 's64': d.S64Type, 'u64': d.U64Type, 'f32': d.F32Type,
         'f64': d.F64Type, 'char': d.CharType, 'string': d.StringType}


def P(n): return (PRIMS[n](), [n])
def List(t): return (d.ListType(t[0]), ['list'] + t[1])
def ListN(n, t): return (d.ListType(t[0], n), ['listn', str(n)] + t[1])


def Record(*fs):
    toks = ['record', str(len(fs))]
    for l, t in fs:
        toks += [l] + t[1]
    return (d.RecordType([d.FieldType(l, t[0]) for l, t in fs]), toks)


def Tuple(*ts):
    toks = ['tuple', str(len(ts))]
    for t in ts:
        toks += t[1]
    return (d.TupleType([t[0] for t in ts]), toks)


def Variant(*cs):
    toks = ['variant', str(len(cs))]
    for l, t in cs:
        toks += [l] + (['1'] + t[1] if t else ['0'])
    return (d.VariantType([d.CaseType(l, t[0] if t else None) for l, t in cs]), toks)


def Enum(*ls): return (d.EnumType(list(ls)), ['enum', str(len(ls))] + list(ls))
def Option(t): return (d.OptionType(t[0]), ['option'] + t[1])


def Result(ok, err):
    toks = ['result'] + (['1'] + ok[1] if ok else ['0']) + (['1'] + err[1] if err else ['0'])
    return (d.ResultType(ok[0] if ok else None, err[0] if err else None), toks)


def Flags(*ls): return (d.FlagsType(list(ls)), ['flags', str(len(ls))] + list(ls))


# ---- values: python value <-> tokens, by type
def f32(x): return struct.unpack('<f', struct.pack('<f', x))[0]


def vtoks(t, v):
    t = d.despecialize(t) if not isinstance(t, (d.TupleType, d.EnumType, d.OptionType, d.ResultType)) else t
    if isinstance(t, d.BoolType): return ['1' if v else '0']
    if isinstance(t, d.F32Type): return [str(struct.unpack('<I', struct.pack('<f', v))[0])]
    if isinstance(t, d.F64Type): return [str(struct.unpack('<Q', struct.pack('<d', v))[0])]
    if isinstance(t, d.CharType): return [str(ord(v))]
    if isinstance(t, d.StringType): return ['s' + v[0].encode('utf-8').hex()]
    if isinstance(t, d.PrimValType): return [str(v)]
    if isinstance(t, d.ListType):
        out = [] if t.l is not None else [str(len(v))]
        for e in v: out += vtoks(t.t, e)
        return out
    if isinstance(t, d.TupleType):
        out = []
        for i, et in enumerate(t.ts): out += vtoks(et, v[str(i)])
        return out
    if isinstance(t, d.RecordType):
        out = []
        for f in t.fields: out += vtoks(f.t, v[f.label])
        return out
    if isinstance(t, d.FlagsType):
        return [str(sum(1 << i for i, l in enumerate(t.labels) if v[l]))]
    cases = d.despecialize(t).cases
    [(label, pv)] = v.items()
    i = [c.label for c in cases].index(label)
    c = cases[i]
    return [str(i)] + (vtoks(c.t, pv) if c.t is not None else [])


def S(s): return (s, 'utf8', len(s.encode('utf-8')))


def flat_toks(ts, vals, opts):
    fts = d.flatten_types(ts, opts)
    if len(fts) > d.MAX_FLAT_PARAMS: fts = ['i32']
    out = []
    for ft, v in zip(fts, vals):
        if ft == 'f32': v = struct.unpack('<I', struct.pack('<f', v))[0]
        elif ft == 'f64': v = struct.unpack('<Q', struct.pack('<d', v))[0]
        out.append(str(v))
    return out


def lower_case(enc, t, v):
    cx, mem, heap = mk_cx(enc)
    flat = d.lower_flat_values(cx, d.MAX_FLAT_PARAMS, [v], [t[0]])
    memhex = mem[:heap.last].hex()
    print('L', enc, ' '.join(t[1]), '|', ' '.join(vtoks(t[0], v)), '|',
          ' '.join(flat_toks([t[0]], flat, cx.opts)), '|', memhex or '-')


def lift_case(enc, t, flat, mem_init):
    mem = bytearray(MEM)
    for at, bs in mem_init:
        mem[at:at + len(bs)] = bs
    cx, _, _ = mk_cx(enc, mem)
    # flat values are given as ints (float core values by their bits)
    fts = d.flatten_types([t[0]], cx.opts)
    if len(fts) > d.MAX_FLAT_PARAMS: fts = ['i32']
    vals = []
    for ft, x in zip(fts, flat):
        if ft == 'f32': x = struct.unpack('<f', struct.pack('<I', x))[0]
        elif ft == 'f64': x = struct.unpack('<d', struct.pack('<Q', x))[0]
        vals.append(x)
    try:
        [v] = d.lift_flat_values(cx, d.MAX_FLAT_PARAMS, d.CoreValueIter(vals), [t[0]])
        res = ' '.join(vtoks(t[0], v))
    except d.Trap:
        res = 'TRAP'
    print('R', enc, ' '.join(t[1]), '|', ' '.join(str(x) for x in flat), '|', mem.hex(), '|', res)


point = Record(('x', P('s32')), ('y', P('s32')))
person = Record(('name', P('string')), ('age', P('u8')), ('tags', List(P('string'))),
                ('home', Option(point)))
shape = Variant(('circle', P('f32')), ('rect', point), ('dot', None), ('big', P('u64')))
wide = Flags(*['f%d' % i for i in range(20)])

for enc in ['utf8', 'utf16', 'latin1+utf16']:
    for s in ['', 'hello', 'h\u00e9llo', 'caf\u00e9 \u00ff', 'snow \u2603 and \U0001F30D', '\u0100x']:
        lower_case(enc, P('string'), S(s))
    lower_case(enc, List(P('string')), [S('a'), S('\u00e9'), S('\U0001F30D')])
    lower_case(enc, person, {'name': S('bob'), 'age': 7, 'tags': [S('x'), S('\u2603')],
                             'home': {'some': {'x': 1, 'y': -2}}})

enc = 'utf8'
lower_case(enc, P('bool'), True)
lower_case(enc, P('s8'), -5)
lower_case(enc, P('u8'), 255)
lower_case(enc, P('s16'), -300)
lower_case(enc, P('u16'), 65535)
lower_case(enc, P('s32'), -7)
lower_case(enc, P('u32'), 4000000000)
lower_case(enc, P('s64'), -9000000000)
lower_case(enc, P('u64'), 18446744073709551615)
lower_case(enc, P('f32'), f32(1.5))
lower_case(enc, P('f32'), float('nan'))
lower_case(enc, P('f64'), -0.0)
lower_case(enc, P('f64'), float('nan'))
lower_case(enc, P('f64'), float('inf'))
lower_case(enc, P('char'), '\U0001F30D')
lower_case(enc, List(P('u32')), [1, 2, 3])
lower_case(enc, List(P('u8')), [])
lower_case(enc, List(List(P('u16'))), [[1], [], [2, 3]])
lower_case(enc, ListN(3, P('u8')), [7, 8, 9])
lower_case(enc, Tuple(P('u8'), P('string'), P('f64')), {'0': 7, '1': S('x'), '2': -2.5})
lower_case(enc, Option(P('u16')), {'some': 9})
lower_case(enc, Option(P('u16')), {'none': None})
lower_case(enc, Option(Option(P('u8'))), {'some': {'none': None}})
lower_case(enc, Result(P('string'), P('u32')), {'ok': S('fine')})
lower_case(enc, Result(P('string'), P('u32')), {'error': 3})
lower_case(enc, Result(None, None), {'error': None})
lower_case(enc, Result(P('f32'), P('s64')), {'ok': f32(0.25)})
lower_case(enc, Result(P('f64'), P('f32')), {'error': f32(-1.0)})
lower_case(enc, Flags('read', 'write', 'exec'), {'read': True, 'write': False, 'exec': True})
lower_case(enc, wide, {('f%d' % i): (i % 3 == 0) for i in range(20)})
lower_case(enc, Enum('red', 'green', 'blue'), {'blue': None})
lower_case(enc, shape, {'circle': f32(2.5)})
lower_case(enc, shape, {'rect': {'x': 3, 'y': -4}})
lower_case(enc, shape, {'dot': None})
lower_case(enc, shape, {'big': 12345678901234})
lower_case(enc, List(person), [{'name': S('a'), 'age': 1, 'tags': [], 'home': {'none': None}},
                               {'name': S('b'), 'age': 2, 'tags': [S('t')],
                                'home': {'some': {'x': 5, 'y': 6}}}])
lower_case(enc, List(shape), [{'circle': f32(1.0)}, {'big': 5}, {'dot': None}])
big = Tuple(*[P('u32')] * 17)
lower_case(enc, big, {str(i): i * 3 for i in range(17)})
lower_case(enc, Record(('a', P('u8')), ('b', P('u64')), ('c', P('u16')), ('d', Tuple(P('char'), P('bool')))),
           {'a': 1, 'b': 2, 'c': 3, 'd': {'0': 'z', '1': False}})
lower_case(enc, Variant(*[('c%d' % i, P('u8') if i == 300 else None) for i in range(301)]), {'c300': 9})

# lifting, including the traps
lift_case('utf8', P('bool'), [2], [])
lift_case('utf8', P('u8'), [0x1ff], [])
lift_case('utf8', P('s8'), [0xff], [])
lift_case('utf8', P('s16'), [0x18000], [])
lift_case('utf8', P('char'), [0xD800], [])
lift_case('utf8', P('char'), [0x110000], [])
lift_case('utf8', P('char'), [0x41], [])
lift_case('utf8', P('f32'), [0x7fa00001], [])
lift_case('utf8', P('string'), [100, 3], [(100, b'abc')])
lift_case('utf8', P('string'), [100, 2], [(100, b'\xc3\x28')])
lift_case('utf8', P('string'), [1020, 8], [])
lift_case('utf16', P('string'), [101, 1], [])
lift_case('utf16', P('string'), [100, 2], [(100, '\u00e9\u2603'.encode('utf-16-le'))])
lift_case('utf16', P('string'), [100, 1], [(100, b'\x00\xd8')])
lift_case('latin1+utf16', P('string'), [100, 3], [(100, b'\xe9\xff\x41')])
lift_case('latin1+utf16', P('string'), [100, 0x80000002], [(100, '\u2603z'.encode('utf-16-le'))])
lift_case('utf8', List(P('u32')), [102, 1], [])
lift_case('utf8', List(P('u32')), [100, 2], [(100, b'\x01\x00\x00\x00\x02\x00\x00\x00')])
lift_case('utf8', List(P('u32')), [1000, 100], [])
lift_case('utf8', Option(P('u8')), [2, 0], [])
lift_case('utf8', Enum('a', 'b'), [1], [])
lift_case('utf8', Enum('a', 'b'), [2], [])
lift_case('utf8', Flags('a', 'b', 'c'), [0xff], [])
lift_case('utf8', shape, [0, 0x7fc00000, 0], [])
lift_case('utf8', shape, [1, 0xffffffff00000003, 4], [])
lift_case('utf8', shape, [3, 0x123456789, 0], [])
lift_case('utf8', big, [200], [(200, bytes(range(68)))])
lift_case('utf8', big, [201], [])
