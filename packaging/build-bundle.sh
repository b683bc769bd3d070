#!/usr/bin/env bash
# One command to build Coretime as a double-click app for this machine (`make bundle` runs it):
#   dist/coretime/                                  the one-folder bundle (dist/Coretime.app on macOS)
#   dist/coretime-<version>-linux-<arch>.tar.gz     on Linux, the release: bundle + install scripts
# It builds in its own venv (packaging/build-venv) holding only Coretime, its runtime dependencies and
# PyInstaller — never the dev tools of .venv — so the bundle holds only what the app imports.
# --clean starts from nothing: a new venv and a fresh PyInstaller analysis (CI uses it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=packaging/build-venv
work=build/bundle
icons=build/icons

clean=0
for arg in "$@"; do
    case $arg in
        --clean) clean=1 ;;
        *) echo "usage: $0 [--clean]" >&2; exit 2 ;;
    esac
done

python=${PYTHON:-python3}
case "$(uname -s)" in
    Linux)
        # Qt's shared libraries must load for the icons to render; PyInstaller reads ELF files with
        # objdump (binutils) and needs Python's shared library, which Debian's python3 keeps apart.
        sh packaging/system-deps.sh
        missing=""
        command -v objdump >/dev/null 2>&1 || missing="$missing binutils"
        "$python" -c 'import ctypes, sysconfig; ctypes.CDLL(sysconfig.get_config_var("INSTSONAME"))' \
            2>/dev/null || missing="$missing lib$("$python" -c 'import sys; print("python%d.%d" % sys.version_info[:2])')"
        if [ -n "$missing" ]; then
            [ "$(id -u)" = 0 ] || { echo "build-bundle: install as root:$missing" >&2; exit 1; }
            echo "Installing system packages:$missing"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq
            # shellcheck disable=SC2086
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
        fi
        ;;
esac

if [ "$clean" = 1 ]; then
    rm -rf "$venv" "$work" dist/coretime
fi

# The venv is rebuilt when what defines it changes; otherwise reused, so a rebuild takes a minute.
stamp="$venv/.stamp"
want=$("$python" -c 'import hashlib, sys; print(hashlib.sha256(b"".join(open(f, "rb").read() for f in sys.argv[1:])).hexdigest())' \
    pyproject.toml packaging/build-requirements.txt)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    # Coretime's dependencies come with this first install; later builds replace only Coretime itself.
    "$venv/bin/python" -m pip install --quiet -r packaging/build-requirements.txt .
fi
py=$venv/bin/python

# Coretime itself goes in as a wheel, the way a user's pip would install it: package data that the
# wheel lacks is missing from the bundle too, and the smoke test sees it. Building the wheel compiles the
# interface's translations (setup.py), so the bundle carries them. Setuptools' build/lib is removed first
# because it keeps modules deleted from the source.
rm -rf build/lib build/bdist.* build/wheel
"$py" -m pip wheel --quiet --no-deps --wheel-dir build/wheel .
"$py" -m pip install --quiet --no-deps --force-reinstall build/wheel/coretime-*.whl
echo "$want" >"$stamp"
version=$("$py" -c 'from importlib.metadata import version; print(version("coretime"))')

rm -rf "$icons"
QT_QPA_PLATFORM=offscreen "$py" packaging/make_icons.py "$icons"

# Run from build/ so the source tree is not on the analysis path: the bundle is made of the wheel.
mkdir -p "$work"
(
    cd "$work"
    CORETIME_ICONS="$root/$icons" CORETIME_VERSION="$version" \
        "$root/$py" -m PyInstaller --noconfirm --log-level WARN \
        --workpath "$root/$work/work" --distpath "$root/dist" "$root/packaging/coretime.spec"
)

if [ "$(uname -s)" = Linux ]; then
    arch=$(uname -m)
    name="coretime-$version-linux-$arch"
    stage="$work/$name"
    rm -rf "$stage"
    mkdir -p "$stage/icons"
    cp -a dist/coretime "$stage/coretime"
    cp -a "$icons/hicolor" "$stage/icons/hicolor"
    cp resources/io.github.coretime.Coretime.desktop "$stage/"
    cp packaging/linux/install.sh packaging/linux/uninstall.sh "$stage/"
    cp packaging/linux/README.txt "$stage/README.txt"
    cp LICENSE "$stage/LICENSE"
    tar -C "$work" -czf "dist/$name.tar.gz" "$name"
    echo "release: dist/$name.tar.gz ($(du -m "dist/$name.tar.gz" | cut -f1) MB)"
fi
echo "bundle: dist/coretime ($(du -sm dist/coretime | cut -f1) MB)"
