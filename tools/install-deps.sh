#!/bin/sh
# install-deps.sh: installs what building and testing hearth needs on Debian 12, only what is
# missing. Works as root (no sudo needed) and as a user with sudo. Used by the README's first
# command and by .ci/run. Packages: build-essential (cc, make), clang (fuzzing, ThreadSanitizer,
# test compilers), libjansson-dev (the spec runner's JSON), nodejs (reference runs in tests),
# libmicrohttpd-dev and libyaml-dev (hearth serve), libcurl4-openssl-dev (serve's tests), pkg-config,
# curl (the README's serve example), python3 (the canonical ABI reference in the component tests),
# python3-yaml (make check-deploy), npm and then jco, pinned in tools/jco/package-lock.json (`npm ci`
# there: the WASI 0.2 tests run components under `jco run` for reference output).
# llvm-19-dev (optional: the optimizing tier). With HEARTH_AARCH64=1 (.ci/run sets it):
# gcc-aarch64-linux-gnu with libc6-dev-arm64-cross, qemu-user-static, libjansson-dev:arm64 and
# libllvm19:arm64 (make test-aarch64, test-aarch64-opt).
set -eu
export DEBIAN_FRONTEND=noninteractive
need=""
command -v cc >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || need="$need build-essential"
[ -f /usr/include/jansson.h ] || need="$need libjansson-dev"
command -v clang >/dev/null 2>&1 || need="$need clang"
command -v node >/dev/null 2>&1 || need="$need nodejs"
# hearth serve (libmicrohttpd, libyaml; found with pkg-config) and its tests' client (libcurl)
[ -f /usr/include/microhttpd.h ] || need="$need libmicrohttpd-dev"
[ -f /usr/include/yaml.h ] || need="$need libyaml-dev"
[ -f /usr/include/x86_64-linux-gnu/curl/curl.h ] || [ -f /usr/include/curl/curl.h ] || need="$need libcurl4-openssl-dev"
command -v pkg-config >/dev/null 2>&1 || need="$need pkg-config"
command -v curl >/dev/null 2>&1 || need="$need curl"
# the component tests compare the canonical ABI with the executable reference (definitions.py)
command -v python3 >/dev/null 2>&1 || need="$need python3"
command -v npm >/dev/null 2>&1 || need="$need npm"
# make check-deploy parses the Kubernetes manifests
python3 -c 'import yaml' >/dev/null 2>&1 || need="$need python3-yaml"
install_jco() {
  [ -d "$(dirname "$0")/jco/node_modules/@bytecodealliance/jco" ] && return 0
  (cd "$(dirname "$0")/jco" && npm ci --no-audit --no-fund)
}
# optional: LLVM 19 for the optimizing tier (HEARTH_TIER=opt; the plugin build/libhearth_opt.so).
# Installed when the distribution has it and HEARTH_NO_LLVM is unset; everything else builds and
# passes its tests without it (the Makefile detects llvm-config-19).
if [ -z "${HEARTH_NO_LLVM:-}" ] && ! command -v llvm-config-19 >/dev/null 2>&1 &&
   apt-cache show llvm-19-dev >/dev/null 2>&1; then
  need="$need llvm-19-dev"
fi
# aarch64 as a second target (make test-aarch64, README "aarch64"): the cross compiler, qemu-user,
# and the arm64 multiarch libraries the aarch64 binaries load under qemu (libc6:arm64 comes with
# libjansson-dev:arm64, the spec runner's); on amd64 hosts, only with HEARTH_AARCH64=1: adding a
# dpkg architecture and two toolchains is too much for the README's first command to do unasked.
arm=""
if [ "${HEARTH_AARCH64:-0}" = 1 ] && [ "$(dpkg --print-architecture)" = amd64 ]; then
  command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || arm="$arm gcc-aarch64-linux-gnu"
  # the cross C library's headers (only recommended by the compiler, and recommends are off)
  [ -f /usr/aarch64-linux-gnu/include/stdio.h ] || arm="$arm libc6-dev-arm64-cross"
  command -v qemu-aarch64-static >/dev/null 2>&1 || arm="$arm qemu-user-static"
  [ -f /usr/lib/aarch64-linux-gnu/libjansson.so ] || arm="$arm libjansson-dev:arm64"
  # the optimizing tier's plugin for aarch64 links arm64 libLLVM (Multi-Arch: same), with the
  # host's llvm-19-dev headers
  if [ -z "${HEARTH_NO_LLVM:-}" ] && [ ! -f /usr/lib/aarch64-linux-gnu/libLLVM.so.19.1 ]; then
    arm="$arm libllvm19:arm64"
  fi
fi
[ -z "$need$arm" ] && { install_jco; exit 0; }
if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-deps: need root or sudo to install:$need$arm" >&2
  exit 1
fi
echo "install-deps: installing$need$arm"
if [ -n "$need" ]; then
  $as_root apt-get update -q
  # shellcheck disable=SC2086
  $as_root apt-get install -y -q --no-install-recommends $need </dev/null
fi
# The aarch64 packages in a step of their own: a host whose package sources lack arm64 still gets
# everything else, and is told that `make test-aarch64` cannot run (.ci/run says so too).
if [ -n "$arm" ]; then
  if { dpkg --print-foreign-architectures | grep -qx arm64 || $as_root dpkg --add-architecture arm64; } &&
     $as_root apt-get update -q &&
     $as_root apt-get install -y -q --no-install-recommends $arm </dev/null; then :
  else
    echo "install-deps: could not install$arm: make test-aarch64 cannot run here" >&2
  fi
fi
install_jco
