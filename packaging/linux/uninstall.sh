#!/usr/bin/env bash
# Removes what install.sh put in place — the app folder, the ~/.local/bin link, the menu entry and the
# icons — and nothing else: other files in those folders are left alone.
set -euo pipefail
app_id=io.github.coretime.Coretime
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
dest=$data/coretime

# The link is ours only if it points into the app folder; a coretime of another origin stays.
if [ -L "$bin/coretime" ] && [ "$(readlink "$bin/coretime")" = "$dest/coretime" ]; then
    rm -f "$bin/coretime"
fi
rm -f "$data/applications/$app_id.desktop"
rm -f "$data"/icons/hicolor/*/apps/"$app_id".png "$data"/icons/hicolor/*/apps/"$app_id".svg
rm -rf "$dest" "$dest.new"

if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$data/icons/hicolor" || true  # a cache; never fail for it
fi
echo "Coretime is removed."
