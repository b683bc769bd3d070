#!/usr/bin/env bash
# Retakes the README's screenshots: the app under Xvfb with a demo freelancer in Tokyo and two clients,
# in English (light and dark) and Japanese. Needs xvfb, xdotool and imagemagick
# (apt-get install xvfb xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
make --silent translations
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
cat > "$demo/profiles.json" <<'JSON'
{"schema": 2,
 "me": {"id": "me0", "name": "Aiko", "zone": "Asia/Tokyo", "hours": "mon-fri 07:00-09:00 20:00-24:00; sat 09:00-12:00",
        "language": "ja_JP", "holidays": "JP", "notes": "", "is_sample": false},
 "clients": [
  {"id": "c1", "name": "Sarah (Acme)", "zone": "America/New_York", "hours": "mon-fri 09:00-17:00",
   "language": "en_US", "holidays": "US", "notes": "", "is_sample": false},
  {"id": "c2", "name": "Müller GmbH", "zone": "Europe/Berlin", "hours": "mon-thu 08:00-16:00",
   "language": "de_DE", "holidays": "DE-BY", "notes": "", "is_sample": false}]}
JSON
shoot() {  # shoot OUTPUT LANG [extra args]
    local out=$1 lang=$2
    shift 2
    rm -f "$demo/settings.ini"
    cp "$demo/profiles.json" "$demo/profiles.keep"
    TZ=Asia/Tokyo LANG=$lang LC_ALL=$lang LANGUAGE='' xvfb-run -a -s "-screen 0 1400x900x24" bash -c "
        .venv/bin/coretime --data '$demo' $* & app=\$!
        sleep 7
        import -window \$(xdotool search --sync --onlyvisible --class Coretime | head -1) '$out'
        kill \$app"
    cp "$demo/profiles.keep" "$demo/profiles.json"
}
shoot docs/screenshot.png en_GB.UTF-8
shoot docs/screenshot-dark.png en_GB.UTF-8 --dark
shoot docs/screenshot-ja.png ja_JP.UTF-8
ls -la docs/screenshot*.png
