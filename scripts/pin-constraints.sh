#!/usr/bin/env bash
# Rewrite constraints.txt from a fresh virtual environment with every extra installed, so a new
# machine installs exactly the versions the suite was last run with.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --upgrade pip
"$tmp/venv/bin/python" -m pip install --quiet ".[test]"
{
  echo "# Versions the test environment installs (scripts/bootstrap.sh passes this file to pip as"
  echo "# constraints). Regenerate after changing dependencies: scripts/pin-constraints.sh"
  "$tmp/venv/bin/python" -m pip freeze --exclude-editable | grep -v -i '^ruimtemonitor'
} > constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) packages pinned"
