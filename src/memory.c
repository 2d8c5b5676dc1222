/* memory.c: placeholder until the subsystem lands (see internal.h for its contract). */
#include "internal.h"
