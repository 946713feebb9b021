#!/usr/bin/env bash
# Installs what building and testing swunc needs, from Debian's packages.
# Idempotent and quiet when everything is present.
set -euo pipefail
need=()
for p in libseccomp-dev libcap-dev busybox-static file jq iproute2; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null; apt-get install -y -qq "${need[@]}" >/dev/null; }
fi
