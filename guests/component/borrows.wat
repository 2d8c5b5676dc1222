;; borrows.wat: the canonical ABI's borrow rules at the host boundary (tests/test_component.c
;; borrow_rules). A guest resource `r` the host makes (make), lends back (poke: the guest calls the
;; host's hook while the borrow is lent, so the host can try to drop or pass on its own handle
;; then) and passes on as own (give); and a host resource `blob` the host lends to the guest,
;; which misuses the borrow: passes it where own is expected (misuse), drops it twice
;; (drop-twice), keeps it past the call (keep), or drops it and returns (ok-drop). Written by
;; hand; built to borrows.wasm with `jco parse` (guests/component/Makefile).
(component
  (import "hearth:test/hooks" (instance $hooks
    (export "blob" (type $blob-t (sub resource)))
    (export "hook" (func))
    (export "consume" (func (param "b" (own $blob-t))))))
  (alias export $hooks "blob" (type $blob))
  (type $r (resource (rep i32)))
  (core func $r-new (canon resource.new $r))
  (core func $blob-drop (canon resource.drop $blob))
  (core func $hook (canon lower (func $hooks "hook")))
  (core func $consume (canon lower (func $hooks "consume")))
  (core module $m
    (import "" "r-new" (func $r-new (param i32) (result i32)))
    (import "" "hook" (func $hook))
    (import "" "consume" (func $consume (param i32)))
    (import "" "blob-drop" (func $blob-drop (param i32)))
    (func (export "make") (param i32) (result i32) (call $r-new (local.get 0)))
    ;; borrow<r> into r's own implementation arrives as the rep
    (func (export "poke") (param $rep i32) (result i32) (call $hook) (local.get $rep))
    ;; the guest keeps the own handle it was given (its table index is the result)
    (func (export "give") (param i32) (result i32) (local.get 0))
    (func (export "misuse") (param $h i32) (call $consume (local.get $h)))
    (func (export "drop-twice") (param $h i32) (call $blob-drop (local.get $h)) (call $blob-drop (local.get $h)))
    (func (export "keep") (param $h i32))
    (func (export "ok-drop") (param $h i32) (call $blob-drop (local.get $h))))
  (core instance $i (instantiate $m
    (with "" (instance (export "r-new" (func $r-new)) (export "hook" (func $hook))
                       (export "consume" (func $consume)) (export "blob-drop" (func $blob-drop))))))
  (export $r-e "r" (type $r))
  (type $make-t (func (param "v" u32) (result (own $r-e))))
  (type $poke-t (func (param "x" (borrow $r-e)) (result u32)))
  (type $give-t (func (param "x" (own $r-e)) (result u32)))
  (type $blob-fn (func (param "b" (borrow $blob))))
  (func $make (type $make-t) (canon lift (core func $i "make")))
  (func $poke (type $poke-t) (canon lift (core func $i "poke")))
  (func $give (type $give-t) (canon lift (core func $i "give")))
  (func $misuse (type $blob-fn) (canon lift (core func $i "misuse")))
  (func $drop-twice (type $blob-fn) (canon lift (core func $i "drop-twice")))
  (func $keep (type $blob-fn) (canon lift (core func $i "keep")))
  (func $ok-drop (type $blob-fn) (canon lift (core func $i "ok-drop")))
  (export "make" (func $make))
  (export "poke" (func $poke))
  (export "give" (func $give))
  (export "misuse" (func $misuse))
  (export "drop-twice" (func $drop-twice))
  (export "keep" (func $keep))
  (export "ok-drop" (func $ok-drop)))
