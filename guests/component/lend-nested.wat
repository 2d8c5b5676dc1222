;; lend-nested.wat: the same through a nested component: it imports `blob` and a function of
;; borrow<blob>, and is given the outer component's own resource for `blob` and the host's `see`
;; (of the host's blob) for the function: the types differ, and hearth refuses it
;; (tests/test_component.c host_import_handles). By hand; jco parse.
(component
  (import "hearth:test/lend" (instance $lend
    (export "blob" (type $blob-t (sub resource)))
    (export "see" (func (param "b" (borrow $blob-t)) (result u32)))))
  (alias export $lend "see" (func $see))
  (type $r (resource (rep i32)))
  (component $D
    (import "blob" (type $b (sub resource)))
    (import "see" (func $s (param "b" (borrow $b)) (result u32))))
  (instance (instantiate $D (with "blob" (type $r)) (with "see" (func $see)))))
