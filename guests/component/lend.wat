;; lend.wat: own and borrow handles a guest passes to host imports (tests/test_component.c
;; host_import_handles). `blob` is a host resource (hearth_clinker_define_resource): the host makes
;; one (make), the guest lends it to the host (see, borrow: the host gets its own rep, the guest
;; keeps its handle) and gives it to the host (take, own: the guest's handle ends, the host owns
;; the rep and no destructor runs for it). Using a handle after giving it away traps. A resource the
;; guest defines cannot reach a host import at all: an import's type may only name imported
;; resources (Explainer.md, "imports can depend on imports"), which lend-guest.wat and
;; lend-nested.wat check. Written by hand; built to lend.wasm with `jco parse` (Makefile).
(component
  (import "hearth:test/lend" (instance $lend
    (export "blob" (type $blob-t (sub resource)))
    (export "make" (func (param "v" u32) (result (own $blob-t))))
    (export "see" (func (param "b" (borrow $blob-t)) (result u32)))
    (export "take" (func (param "b" (own $blob-t)) (result u32)))))
  (alias export $lend "blob" (type $blob))
  (core func $make (canon lower (func $lend "make")))
  (core func $see (canon lower (func $lend "see")))
  (core func $take (canon lower (func $lend "take")))
  (core func $drop (canon resource.drop $blob))
  (core module $m
    (import "" "make" (func $make (param i32) (result i32)))
    (import "" "see" (func $see (param i32) (result i32)))
    (import "" "take" (func $take (param i32) (result i32)))
    (import "" "drop" (func $drop (param i32)))
    ;; lends its handle to the host twice, then drops it (the host's destructor runs)
    (func (export "lend") (param $v i32) (result i32) (local $h i32) (local $r i32)
      (local.set $h (call $make (local.get $v)))
      (local.set $r (call $see (local.get $h)))
      (local.set $r (i32.add (local.get $r) (call $see (local.get $h))))
      (call $drop (local.get $h))
      (local.get $r))
    ;; gives its handle to the host
    (func (export "give") (param $v i32) (result i32)
      (call $take (call $make (local.get $v))))
    ;; gives its handle away, then lends it: a trap (the handle is gone)
    (func (export "give-then-see") (param $v i32) (result i32) (local $h i32)
      (local.set $h (call $make (local.get $v)))
      (drop (call $take (local.get $h)))
      (call $see (local.get $h)))
    ;; gives its handle away twice: a trap
    (func (export "give-twice") (param $v i32) (result i32) (local $h i32)
      (local.set $h (call $make (local.get $v)))
      (drop (call $take (local.get $h)))
      (call $take (local.get $h)))
    ;; passes on a borrow the host lent it (a borrow handle of the call's scope), then drops it
    (func (export "relend") (param $b i32) (result i32) (local $r i32)
      (local.set $r (call $see (local.get $b)))
      (call $drop (local.get $b))
      (local.get $r))
    ;; tries to give away a borrow the host lent it: a trap (a borrow is no own handle)
    (func (export "regive") (param $b i32) (result i32)
      (call $take (local.get $b))))
  (core instance $i (instantiate $m
    (with "" (instance (export "make" (func $make)) (export "see" (func $see))
                       (export "take" (func $take)) (export "drop" (func $drop))))))
  (type $v-fn (func (param "v" u32) (result u32)))
  (type $b-fn (func (param "b" (borrow $blob)) (result u32)))
  (func $lend-f (type $v-fn) (canon lift (core func $i "lend")))
  (func $give-f (type $v-fn) (canon lift (core func $i "give")))
  (func $gts-f (type $v-fn) (canon lift (core func $i "give-then-see")))
  (func $gt-f (type $v-fn) (canon lift (core func $i "give-twice")))
  (func $relend-f (type $b-fn) (canon lift (core func $i "relend")))
  (func $regive-f (type $b-fn) (canon lift (core func $i "regive")))
  (export "lend" (func $lend-f))
  (export "give" (func $give-f))
  (export "give-then-see" (func $gts-f))
  (export "give-twice" (func $gt-f))
  (export "relend" (func $relend-f))
  (export "regive" (func $regive-f)))
