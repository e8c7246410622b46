#!/usr/bin/env bash
# Create .venv with Python >= 3.11 and install the project into it when pyproject.toml changed.
# Then the optional front-end step (scripts/frontend.sh), which never fails.
# Usage: scripts/bootstrap.sh [EXTRAS]   e.g. scripts/bootstrap.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  python=$(find_python) || { echo "Ruimtemonitor needs Python 3.11 or newer; none was found (set PYTHON=/path/to/python3.11)." >&2; exit 1; }
  echo "Virtuele omgeving maken met $("$python" --version) …"
  "$python" -m venv .venv || { echo "Could not create .venv; on Debian/Ubuntu install python3-venv first." >&2; exit 1; }
fi

spec="."
[ -n "$extras" ] && spec=".[$extras]"
stamp=".venv/.installed-${extras:-base}"
wanted=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Ruimtemonitor installeren in .venv ($spec) …"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet --constraint constraints.txt --editable "$spec"
  echo "$wanted" > "$stamp"
fi

# Optional: NL Design System CSS and axe-core from npm; never fails (the site has its own CSS).
scripts/frontend.sh
