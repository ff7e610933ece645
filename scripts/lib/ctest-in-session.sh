# Runs inside `dbus-run-session` (scripts/test): unlocks a gnome-keyring for
# the session, runs ctest, and fails on any failed, skipped or missing test.
# shellcheck shell=bash
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
work=$1; shift

# --foreground keeps it our child, so we can stop it; the password unlocks
# the login keyring it creates in the fresh HOME.
printf 'madoguchi-test' | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$work/keyring.env" 2>"$work/keyring.log" &
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1
done

log_file="$work/ctest.log"
set +e
cd "$MADOGUCHI_ROOT"
ctest --preset debug --parallel "$(nproc)" \
  --no-tests=error --output-on-failure "$@" 2>&1 | tee "$log_file"
status=${PIPESTATUS[0]}
set -e

# "No skips": a skipped test hides a missing feature, so it fails the run.
if grep -qE '\*\*\*Skipped|Not Run|\[  SKIPPED \]' "$log_file"; then
  echo "error: some tests were skipped; every test must run (see above)" >&2
  status=1
fi
exit "$status"
