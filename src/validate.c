/* validate.c: placeholder until the subsystem lands (see internal.h for its contract). */
#include "internal.h"
hearth_status h_validate_module(hearth_module *m) { (void)m; return HEARTH_OK; }
