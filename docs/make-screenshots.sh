#!/usr/bin/env bash
# Retakes the README's screenshots: the app under Xvfb with a window manager, a demo freelancer in Tokyo and
# two clients (Sarah in New York, Jonas in Berlin): the week with all three (light, and dark), the day
# with Sarah and the pointer's band over the timeline, and the day in Japanese. Needs xvfb, openbox,
# xdotool and imagemagick (apt-get install xvfb openbox xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
make --silent translations
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
# Two meetings booked next week: Tuesday 09:00 in New York with Sarah, Wednesday 12:00 in Berlin with Jonas.
next_monday=$(TZ=Asia/Tokyo date -d "next monday" +%F)
SARAH_CALL=$(date -u -d "TZ=\"America/New_York\" $(date -d "$next_monday +1 day" +%F) 09:00" +%Y-%m-%dT%H:%M:00Z)
JONAS_CALL=$(date -u -d "TZ=\"Europe/Berlin\" $(date -d "$next_monday +2 day" +%F) 12:00" +%Y-%m-%dT%H:%M:00Z)
# Jonas spends Thursday and Friday of next week in Lisbon: his row turns to Lisbon's clock.
JONAS_TRIP="$(date -d "$next_monday +3 day" +%F)..$(date -d "$next_monday +4 day" +%F) Europe/Lisbon"
cat > "$demo/profiles.keep" <<JSON
{"schema": 4,
 "me": {"id": "me", "name": "Aiko Tanaka", "zone": "Asia/Tokyo", "hours": "mon-fri 07:00-09:00 19:00-24:00; sat 10:00-13:00",
        "language": "ja_JP", "holidays": "JP", "notes": "", "is_sample": false, "greet_as": null, "days_off": "", "away": ""},
 "clients": [
  {"id": "sarah", "name": "Sarah Miller", "zone": "America/New_York", "hours": "mon-fri 09:00-17:00",
   "language": "en_US", "holidays": "US", "notes": "", "is_sample": false, "greet_as": null, "days_off": "", "away": ""},
  {"id": "jonas", "name": "Jonas Weber", "zone": "Europe/Berlin", "hours": "mon-fri 09:00-17:00",
   "language": "de_DE", "holidays": "DE-BY", "notes": "", "is_sample": false, "greet_as": null, "days_off": "", "away": "${JONAS_TRIP}"}],
 "meetings": [
  {"uid": "demo-1@coretime", "with": ["sarah"], "start": "${SARAH_CALL}", "minutes": 30,
   "title": "Call: Aiko Tanaka / Sarah Miller", "sequence": 0},
  {"uid": "demo-2@coretime", "with": ["jonas"], "start": "${JONAS_CALL}", "minutes": 45,
   "title": "Call: Aiko Tanaka / Jonas Weber", "sequence": 0}]}
JSON
shoot() {  # shoot OUTPUT LANG MODE SELECTED [extra args]
    local out=$1 lang=$2 mode=$3 selected=$4
    shift 4
    rm -f "$demo/settings.ini" "$demo"/profiles*.json*
    cp "$demo/profiles.keep" "$demo/profiles.json"
    printf '[view]\nmode=%s\nselected=%s\n' "$mode" "$selected" > "$demo/settings.ini"
    TZ=Asia/Tokyo LANG=$lang LC_ALL=$lang LANGUAGE='' xvfb-run -a -s "-screen 0 1400x900x24" bash -c "
        openbox & sleep 0.5
        .venv/bin/coretime --data '$demo' $* & app=\$!
        sleep 6
        window=\$(xdotool search --sync --onlyvisible --class Coretime | head -1)
        xdotool windowactivate --sync \$window
        ${POINTER:-true}
        sleep 1
        if [ -n '${SHOOT_ROOT:-}' ]; then import -window root '$out'; else import -window \$window '$out'; fi
        kill \$app"
}
shoot docs/screenshot.png en_US.UTF-8 week "sarah, jonas"
shoot docs/screenshot-dark.png en_GB.UTF-8 week "sarah, jonas" --dark
# The pointer over the day view: its band and everyone's time at it.
POINTER='xdotool mousemove --window $window 760 190' shoot docs/screenshot-day.png en_US.UTF-8 day "sarah"
shoot docs/screenshot-ja.png ja_JP.UTF-8 day "sarah, jonas"
# The editor of a new client (Ctrl+N), and the File menu open (menus are windows of their own: the root).
POINTER='xdotool key ctrl+n; sleep 1; xdotool type --delay 30 Jonas' SHOOT_ROOT=1 \
    shoot docs/screenshot-editor.png en_US.UTF-8 week "sarah"
POINTER='xdotool key alt+f' SHOOT_ROOT=1 shoot docs/screenshot-menus.png en_US.UTF-8 week "sarah"
# The meetings booked: next week, with the Upcoming tab open (and Jonas in Lisbon on Thursday and Friday).
POINTER='xdotool key alt+Next; sleep 1; xdotool key alt+4' shoot docs/screenshot-upcoming.png en_US.UTF-8 week "sarah, jonas"
# The welcome of a first launch: an empty data folder.
(
    empty=$(mktemp -d)
    TZ=Asia/Tokyo LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 LANGUAGE='' xvfb-run -a -s "-screen 0 1400x900x24" bash -c "
        openbox & sleep 0.5
        .venv/bin/coretime --data '$empty' & app=\$!
        sleep 6
        import -window root docs/screenshot-welcome.png
        kill \$app"
    rm -rf "$empty"
)
ls -la docs/screenshot*.png
