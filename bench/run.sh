#!/usr/bin/env bash
# bench/run.sh [--runs N] [--bulk-runs M] -- swunc vs crun vs runc, interleaved.
# Installs runc/crun/hyperfine if missing, builds a static release swunc in
# .build-bench, builds a busybox bundle in a temp dir, runs bench/bench.py and
# writes bench/results/latest.md (and latest.json with the raw samples).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
cmdline="bash bench/run.sh${*:+ $*}"
runs=30
bulk_runs=3
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=${2:?}; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --bulk-runs) bulk_runs=${2:?}; shift 2 ;;
    --bulk-runs=*) bulk_runs=${1#*=}; shift ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ $(id -u) == 0 ]] || { echo "run.sh: needs root" >&2; exit 1; }

# 1. tools
missing=()
for p in runc crun hyperfine; do command -v "$p" >/dev/null || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "== installing ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null ||
    { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi

# 2. swunc, static release, in its own scratch path
echo "== building swunc (release, static) in .build-bench" >&2
(cd "$repo" && swift build -c release -Xswiftc -static-executable \
  -Xswiftc -Xclang-linker -Xswiftc -s --scratch-path .build-bench >&2)
swunc="$repo/.build-bench/release/swunc"
[[ -x $swunc ]] || { echo "run.sh: no $swunc" >&2; exit 1; }

# 3. bundle: one busybox rootfs, two configs from `runc spec`
tmp=$(mktemp -d /tmp/swunc-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
echo "== building busybox bundle in $tmp" >&2
bash "$repo/bundles/make-rootfs.sh" "$tmp/rootfs" >&2
mkdir -p "$tmp/true" "$tmp/sleep"
(cd "$tmp/true" && runc spec)
python3 - "$tmp" <<'PY'
import json, sys
t = sys.argv[1]
c = json.load(open(f"{t}/true/config.json"))
c["root"]["path"] = f"{t}/rootfs"
c["process"]["terminal"] = False
c["process"]["args"] = ["/bin/true"]
# runc spec lists ambient capabilities but no inheritable set; runc and crun
# skip the failing ambient raise, swunc rejects it (EPERM). Give all three the
# inheritable set the ambient set needs.
caps = c["process"]["capabilities"]
caps.setdefault("inheritable", list(caps.get("ambient", [])))
json.dump(c, open(f"{t}/true/config.json", "w"), indent=2)
c["process"]["args"] = ["sleep", "600"]
json.dump(c, open(f"{t}/sleep/config.json", "w"), indent=2)
PY

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
versions="$("$swunc" --version 2>/dev/null | head -1 | tr -d '\n') ($(cd "$repo" && git rev-parse --short HEAD 2>/dev/null)$(cd "$repo" && git diff --quiet HEAD -- Sources 2>/dev/null || echo '+dirty')); $(crun --version | head -1); $(runc --version | head -1)"

# 4. measure
echo "== measuring: $runs interleaved runs, $bulk_runs bulk runs" >&2
python3 "$here/bench.py" --runs "$runs" --bulk-runs "$bulk_runs" --swunc "$swunc" \
  --bundle-true "$tmp/true" --bundle-sleep "$tmp/sleep" \
  --out "$here/results/latest.md" --command "$cmdline" --cpu "$cpu" --versions "$versions"
echo "== wrote bench/results/latest.md" >&2
