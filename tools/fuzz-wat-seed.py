#!/usr/bin/env python3
"""fuzz-wat-seed.py OUTDIR MAXLEN DIR...: seeds the text-format fuzz corpus (make fuzz-wat).

Every .wast script under each DIR (recursively: the 3.0 suite's legacy/ and custom/, the proposals'
folders) is split into its top-level commands, one file each, named by a hash of the bytes, so that
libFuzzer's -max_len (MAXLEN) keeps whole commands instead of cutting long scripts short. A command
holding a module is written on its own; of the commands that refer to an earlier module
(assert_return, invoke, ...) only the first after each module is written, together with it (the
rest differ only in literals, and would swell the corpus to 50,000 files); whole scripts of at
most MAXLEN bytes are written too. The splitter only counts parentheses outside strings and
comments: it need not understand the commands."""
import hashlib
import os
import sys


def top_level_forms(text):
    """Yields (start, end) of each top-level parenthesized form; stops at unbalanced text."""
    i, n, depth, start = 0, len(text), 0, None
    while i < n:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == '\\' else 1
        elif text.startswith(';;', i):
            while i < n and text[i] != '\n':
                i += 1
        elif text.startswith('(;', i):
            nest = 0
            while i < n:
                if text.startswith('(;', i):
                    nest, i = nest + 1, i + 2
                elif text.startswith(';)', i):
                    nest, i = nest - 1, i + 2
                    if nest == 0:
                        break
                else:
                    i += 1
            continue
        elif c == '(':
            if depth == 0:
                start = i
            depth += 1
        elif c == ')':
            depth -= 1
            if depth < 0:
                return
            if depth == 0:
                yield start, i + 1
        i += 1


def main():
    out, maxlen, dirs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    written = 0

    def put(data):
        nonlocal written
        if not data or len(data) > maxlen:
            return
        path = os.path.join(out, hashlib.sha1(data).hexdigest())
        if not os.path.exists(path):
            with open(path, 'wb') as f:
                f.write(data)
            written += 1

    for d in dirs:
        for root, _, files in os.walk(d):
            for name in sorted(files):
                if not name.endswith('.wast'):
                    continue
                with open(os.path.join(root, name), 'rb') as f:
                    raw = f.read()
                put(raw)
                text = raw.decode('latin-1')
                module, paired = '', 0
                for s, e in top_level_forms(text):
                    form = text[s:e]
                    if form.startswith('(module'):
                        module, paired = form, 0
                        put(form.encode('latin-1'))
                    elif module and paired < 1 and (form.startswith('(assert_return') or form.startswith('(invoke')
                                     or form.startswith('(assert_trap') or form.startswith('(register')
                                     or form.startswith('(assert_exception')):
                        paired += 1
                        put((module + '\n' + form).encode('latin-1'))
                    elif '(module' in form:  # assert_invalid, assert_malformed, ...
                        put(form.encode('latin-1'))
    print(f'fuzz-wat-seed.py: {written} new seed(s) in {out}')


if __name__ == '__main__':
    main()
