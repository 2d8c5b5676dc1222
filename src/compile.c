/* compile.c: placeholder until the subsystem lands (see internal.h for its contract). */
#include "internal.h"
hearth_status h_compile_module(hearth_module *m) { (void)m; return h_err(HEARTH_ERR_UNSUPPORTED, "compiler not built yet"); }
hearth_status h_compile_function(hearth_module *m, uint32_t defidx, h_cfunc *out) { (void)m; (void)defidx; (void)out; return HEARTH_ERR_UNSUPPORTED; }
