#!/usr/bin/env bash
# make-rootfs.sh DIR -- a minimal busybox root filesystem in DIR.
# The busybox binary comes from Debian's busybox-static package (installed
# if missing), so no image registry is needed.
set -euo pipefail
dir=${1:?usage: make-rootfs.sh DIR}
bb=/bin/busybox
if ! { [[ -x $bb ]] && file -L "$bb" 2>/dev/null | grep -q 'statically linked'; }; then
  if ! dpkg -s busybox-static >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null; }
  fi
fi
mkdir -p "$dir"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,tmp,root,run,var/tmp,home}
chmod 1777 "$dir/tmp" "$dir/var/tmp"
install -m 0755 "$bb" "$dir/bin/busybox"
for applet in $("$bb" --list); do
  [[ -e "$dir/bin/$applet" ]] || ln -s busybox "$dir/bin/$applet"
done
cat > "$dir/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/:/bin/false
nobody:x:65534:65534:nobody:/:/bin/false
P
cat > "$dir/etc/group" <<'G'
root:x:0:
daemon:x:1:
tty:x:5:
nogroup:x:65534:
G
echo "swunc" > "$dir/etc/hostname"
