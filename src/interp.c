/* interp.c: placeholder until the subsystem lands (see internal.h for its contract). */
#include "internal.h"
void h_interp_init(void) {}
h_word h_interp_opword(unsigned op) { return op; }
unsigned h_interp_op_of_word(h_word w) { return w; }
hearth_status h_interp_call(hearth_store *s, hearth_func *f, uint64_t *slots) { (void)s; (void)f; (void)slots; return HEARTH_ERR_UNSUPPORTED; }
