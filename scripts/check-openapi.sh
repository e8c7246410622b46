#!/usr/bin/env bash
# Check the committed openapi.json: it must be exactly what the code generates, and, when the
# NL API Design Rules ruleset sits beside the checkout and npx is available, pass its linter
# without errors. Exit 1 on either failure.
# Usage: scripts/check-openapi.sh
set -euo pipefail
cd "$(dirname "$0")/.."

python=".venv/bin/python"
refresh="$python manage.py openapi_schema --file openapi.json"
ruleset="../shared/standards/adr-spectral-ruleset.yaml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RUIMTEMONITOR_DATA_DIR="${RUIMTEMONITOR_DATA_DIR:-$work/data}"

"$python" manage.py openapi_schema --file "$work/openapi.json"
if ! diff -u openapi.json "$work/openapi.json" >"$work/diff"; then
  head -n 60 "$work/diff" >&2
  echo >&2
  echo "openapi.json is out of date with the code. Refresh it with:" >&2
  echo "  $refresh" >&2
  exit 1
fi
echo "openapi.json is what the code generates."

if [ ! -f "$ruleset" ]; then
  echo "No NL API Design Rules ruleset at $ruleset; linting skipped."
  exit 0
fi
if ! command -v npx >/dev/null 2>&1; then
  echo "npx is not available; linting against the NL API Design Rules skipped."
  exit 0
fi
# Errors fail the check; warnings are shown but do not.
npx --yes @stoplight/spectral-cli@6 lint --fail-severity error -r "$ruleset" openapi.json
