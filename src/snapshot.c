/* snapshot.c: placeholder until the subsystem lands. */
#include "internal.h"
