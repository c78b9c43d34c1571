#!/bin/sh
# Runs the CTE Career Kiosk full screen under the cage Wayland compositor (started by
# cte-kiosk.service) and exits with the kiosk's own exit code, so systemd can tell a staff
# exit (0) from a restart request (4), a second kiosk (3) and a crash (anything else).
#
# cage releases before 0.2 always exit 0 themselves, whatever the kiosk returned; the code
# therefore travels through a small file instead of through cage. Arguments given to this
# script are passed on to the kiosk (for example --config FILE).
set -u

here=$(dirname "$(readlink -f "$0")")
kiosk="$here/../kiosk"
code_file=$(mktemp "${RUNTIME_DIRECTORY:-${XDG_RUNTIME_DIR:-/tmp}}/kiosk-exit.XXXXXX") || exit 1

# -d: no window decorations. No -s: students cannot switch to a text console.
cage -d -- /bin/sh -c 'k=$1 f=$2; shift 2; "$k" "$@"; echo $? >"$f"' sh "$kiosk" "$code_file" "$@"
cage_code=$?
code=$(cat "$code_file" 2>/dev/null)
rm -f "$code_file"

case "$code" in
'' | *[!0-9]*)
    # The kiosk never finished: cage could not start (no screen, no seat) or was stopped.
    [ "$cage_code" -ne 0 ] && exit "$cage_code"
    exit 1
    ;;
esac
exit "$code"
