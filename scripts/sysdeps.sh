#!/usr/bin/env bash
# Installs the Debian tools the test suite uses when they are missing (as root, with apt-get).
# On a machine without apt-get or root it says what to install instead of failing obscurely.
set -euo pipefail
need=()
command -v pdfsig   >/dev/null 2>&1 || need+=(poppler-utils)
command -v dcmdump  >/dev/null 2>&1 || need+=(dcmtk)
command -v exiftool >/dev/null 2>&1 || need+=(libimage-exiftool-perl)
ldconfig -p 2>/dev/null | grep -q 'libEGL.so.1'       || need+=(libegl1)
ldconfig -p 2>/dev/null | grep -q 'libxkbcommon.so.0' || need+=(libxkbcommon0)
ldconfig -p 2>/dev/null | grep -q 'libfontconfig.so.1' || need+=(libfontconfig1)
fc-list 2>/dev/null | grep -qi 'dejavu' || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "sysdeps: installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
    echo "sysdeps: please install these Debian packages: ${need[*]}" >&2
    exit 1
fi
