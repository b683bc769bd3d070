#!/bin/sh
# Installs the Debian/Ubuntu packages Coretime's build, tests and window need, when missing:
# Python's venv module, the shared libraries the Qt wheels load (offscreen and X11), strace, and the X server,
# window manager and tools the real-window test drives Coretime with.
# Does nothing when everything is there; without root or sudo it names what to install.
set -eu

missing=""
need() { missing="$missing $1"; }

python3 -c 'import ensurepip, venv' 2>/dev/null || need python3-venv

have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib 'libEGL.so.1' || need libegl1
have_lib 'libGL.so.1' || need libgl1
have_lib 'libOpenGL.so.0' || need libopengl0
have_lib 'libxkbcommon.so.0' || need libxkbcommon0
have_lib 'libxkbcommon-x11.so.0' || need libxkbcommon-x11-0
have_lib 'libfontconfig.so.1' || need libfontconfig1
have_lib 'libfreetype.so.6' || need libfreetype6
have_lib 'libdbus-1.so.3' || need libdbus-1-3
have_lib 'libglib-2.0.so.0' || need libglib2.0-0
have_lib 'libxcb-cursor.so.0' || need libxcb-cursor0
have_lib 'libxcb-icccm.so.4' || need libxcb-icccm4
have_lib 'libxcb-keysyms.so.1' || need libxcb-keysyms1
have_lib 'libxcb-shape.so.0' || need libxcb-shape0
have_lib 'libxcb-render-util.so.0' || need libxcb-render-util0
have_lib 'libxcb-image.so.0' || need libxcb-image0
have_lib 'libxcb-randr.so.0' || need libxcb-randr0
have_lib 'libxcb-xinerama.so.0' || need libxcb-xinerama0
have_lib 'libxcb-xkb.so.1' || need libxcb-xkb1
# Any font at all, so labels render; Noto CJK so Japanese text never shows as boxes.
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need fonts-noto-cjk
command -v fc-list >/dev/null 2>&1 || need fontconfig
# strace: the test that proves the app opens no network connection watches its system calls.
command -v strace >/dev/null 2>&1 || need strace
# The real-window test: an X server, a window manager, keys sent as a person types them, the clipboard read back.
command -v Xvfb >/dev/null 2>&1 || need xvfb
command -v openbox >/dev/null 2>&1 || need openbox
command -v xdotool >/dev/null 2>&1 || need xdotool
command -v xclip >/dev/null 2>&1 || need xclip
# unshare, mount and umount: the tests of special files, a read-only folder and a full disk mount a
# tmpfs or a bind mount of their own (in a private mount namespace where they can).
command -v unshare >/dev/null 2>&1 || need util-linux
command -v mount >/dev/null 2>&1 || need mount
# dbus-daemon: the notification test runs a private session bus with a notification server on it.
command -v dbus-daemon >/dev/null 2>&1 || need dbus

[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "Coretime needs these Debian packages:$missing" >&2
    echo "Install them as root: apt-get install$missing" >&2
    exit 1
fi
echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$run apt-get update -qq
# shellcheck disable=SC2086
$run apt-get install -y -qq --no-install-recommends $missing >/dev/null
