# Shared by scripts/run and scripts/test. Source it; do not run it.
# shellcheck shell=bash

MADOGUCHI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Root installs directly; anyone else goes through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs whatever scripts/packages.txt names that is not installed yet.
# One list, one place; nothing is downloaded when everything is present.
ensure_packages() {
  local wanted=() missing=() pkg
  mapfile -t wanted < <(grep -v '^\s*#' "$MADOGUCHI_ROOT/scripts/packages.txt" | awk 'NF {print $1}')
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build PRESET [TARGET…]
configure_and_build() {
  local preset=$1; shift
  log "Configuring ($preset)"
  cmake --preset "$preset" -S "$MADOGUCHI_ROOT" >/dev/null
  log "Building ($preset)"
  if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" --parallel "$(nproc)" --target "$@"
  else
    cmake --build --preset "$preset" --parallel "$(nproc)"
  fi
}

# The desk's default database: what QStandardPaths::AppDataLocation gives for
# the application "madoguchi" on Linux.
default_database() {
  printf '%s/madoguchi/madoguchi.sqlite' "${XDG_DATA_HOME:-$HOME/.local/share}"
}
