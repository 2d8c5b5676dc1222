;; lend-guest.wat: a host import whose type names a resource the component defines, which the
;; component model does not allow (Explainer.md: the resources in an import's type must be
;; imported). hearth refuses it (tests/test_component.c host_import_handles). By hand; jco parse.
(component
  (type $r (resource (rep i32)))
  (import "see" (func (param "x" (borrow $r)) (result u32))))
