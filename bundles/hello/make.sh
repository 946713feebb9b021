#!/usr/bin/env bash
# Builds bundles/out/hello: a busybox rootfs and a config.json that prints a
# greeting from inside the container and exits.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../out/hello"
mkdir -p "$out"
[[ -x "$out/rootfs/bin/busybox" ]] || bash "$here/../make-rootfs.sh" "$out/rootfs"
cp "$here/config.json" "$out/config.json"
