/* cli.c: placeholder for the hearth command. */
#include <stdio.h>
#include "hearth.h"
int main(void) { puts("hearth " HEARTH_VERSION); return 0; }
