/* pool.c: placeholder until the subsystem lands. */
#include "internal.h"
