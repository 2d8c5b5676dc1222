/* embed.c: a minimal embedding of hearth: compile a module, give it a host function, write its
 * memory, call an export, read the result, and release everything in reverse order.
 * Build: cc embed.c $(pkg-config --cflags --libs hearth) -o embed   (or against build/libhearth.a)
 * Run:   ./embed examples/embed.wasm */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hearth.h>

static hearth_status report(hearth_caller *caller, void *user, const hearth_val *args,
                            hearth_val *results) {
  (void)caller;
  (void)results;
  int *calls = user;
  (*calls)++;
  printf("guest summed %d values: %d\n", args[0].of.i32, args[1].of.i32);
  return HEARTH_OK;
}

static uint8_t *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  uint8_t *buf = NULL;
  size_t cap = 0, n = 0, r;
  do {
    if (n == cap) {
      uint8_t *nb = realloc(buf, cap = cap ? cap * 2 : 4096);
      if (!nb) break;
      buf = nb;
    }
    r = fread(buf + n, 1, cap - n, f);
    n += r;
  } while (r > 0);
  fclose(f);
  *len = n;
  return buf;
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "examples/embed.wasm";
  size_t len;
  uint8_t *bytes = read_file(path, &len);
  if (!bytes) {
    fprintf(stderr, "cannot read %s\n", path);
    return 1;
  }
  int rc = 1, calls = 0;
  hearth_engine *engine = NULL;
  hearth_module *module = NULL;
  hearth_linker *linker = NULL;
  hearth_store *store = NULL;
  hearth_instance *inst;
  hearth_extern mem, sum;
  hearth_status st;
  static const hearth_valtype two_i32[2] = {HEARTH_I32, HEARTH_I32};

  if ((st = hearth_engine_new(NULL, &engine)) != HEARTH_OK) goto fail;
  if ((st = hearth_module_new(engine, bytes, len, &module)) != HEARTH_OK) goto fail;
  if ((st = hearth_linker_new(engine, &linker)) != HEARTH_OK) goto fail;
  if ((st = hearth_linker_define_func(linker, "host", "report", two_i32, 2, NULL, 0, report,
                                      &calls)) != HEARTH_OK)
    goto fail;
  if ((st = hearth_store_new(engine, &store)) != HEARTH_OK) goto fail;
  if ((st = hearth_instance_new(store, linker, module, &inst)) != HEARTH_OK) goto fail;
  if ((st = hearth_instance_export(inst, "memory", &mem)) != HEARTH_OK) goto fail;
  if ((st = hearth_instance_export(inst, "sum", &sum)) != HEARTH_OK) goto fail;

  /* Put 1..100 at address 16 (little-endian i32s), then call sum(16, 100). */
  uint8_t *data = hearth_memory_data(mem.of.memory);
  for (int32_t i = 0; i < 100; i++) {
    int32_t v = i + 1;
    memcpy(data + 16 + 4 * i, &v, 4);
  }
  hearth_val args[2] = {{.type = HEARTH_I32, .of.i32 = 16}, {.type = HEARTH_I32, .of.i32 = 100}};
  hearth_val result;
  if ((st = hearth_func_call(sum.of.func, args, 2, &result, 1)) != HEARTH_OK) goto fail;
  printf("sum = %d (host called %d time)\n", result.of.i32, calls);
  rc = result.of.i32 == 5050 && calls == 1 ? 0 : 1;
  goto done;
fail:
  fprintf(stderr, "hearth: %s: %s\n", hearth_status_str(st), hearth_errmsg());
done:
  hearth_store_delete(store); /* frees the instance, its memory and functions */
  hearth_linker_delete(linker);
  hearth_module_delete(module);
  hearth_engine_delete(engine);
  free(bytes);
  return rc;
}
