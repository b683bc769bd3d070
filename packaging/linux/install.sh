#!/usr/bin/env bash
# Installs Coretime for the current user from the unpacked release folder — no root, nothing outside
# the home folder:
#   $XDG_DATA_HOME/coretime/                    the app (XDG_DATA_HOME defaults to ~/.local/share)
#   ~/.local/bin/coretime                       a link to start it from a terminal
#   $XDG_DATA_HOME/applications/<id>.desktop    the menu entry
#   $XDG_DATA_HOME/icons/hicolor/*/apps/<id>.*  its icon, every size
# uninstall.sh removes exactly these. Running install.sh again replaces an older version.
set -euo pipefail
app_id=io.github.coretime.Coretime
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
dest=$data/coretime

if [ ! -x "$here/coretime/coretime" ]; then
    echo "install.sh: no coretime/coretime next to this script; run it from the unpacked release" >&2
    exit 1
fi

# Copy beside the old version, then swap, so a failed copy leaves a working install and no file of
# the old version lingers among the new.
rm -rf "$dest.new"
mkdir -p "$data"
cp -a "$here/coretime" "$dest.new"
cp "$here/uninstall.sh" "$dest.new/uninstall.sh"
rm -rf "$dest"
mv "$dest.new" "$dest"

mkdir -p "$bin"
ln -sfn "$dest/coretime" "$bin/coretime"

for dir in "$here"/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$dir/$app_id".* "$data/icons/hicolor/$size/apps/"
done

# The menu must start this copy even when ~/.local/bin is not on the session's PATH, so Exec names
# it in full (quoted: the home folder may contain spaces).
mkdir -p "$data/applications"
sed -e "s|^Exec=.*|Exec=\"$dest/coretime\"|" \
    "$here/$app_id.desktop" >"$data/applications/$app_id.desktop"

# Menus watch the applications folder themselves (update-desktop-database only indexes MIME types,
# which Coretime does not claim). A stale hicolor icon cache, though, hides new icons: refresh one if
# the user's icon folder has it.
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$data/icons/hicolor" || true  # a cache; never fail for it
fi

echo "Coretime is installed: find it in your application menu, or run $bin/coretime"
echo "To remove it: $dest/uninstall.sh"
