/* decode.c: placeholder until the subsystem lands (see internal.h for its contract). */
#include "internal.h"
hearth_status h_decode_module(hearth_module *m) { (void)m; return h_err(HEARTH_ERR_UNSUPPORTED, "decoder not built yet"); }
