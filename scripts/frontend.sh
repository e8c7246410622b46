#!/usr/bin/env bash
# Optional front-end step: install frontend/ with npm (NL Design System component CSS for the
# pages, axe-core for the browser tests) and copy the stylesheets the pages link into
# src/ruimtemonitor/web/static/web/vendor/. The site has a complete stylesheet of its own, so
# without npm, or when the install fails, this says so in one line and exits 0.
set -uo pipefail
cd "$(dirname "$0")/.."
frontend=frontend
vendor=src/ruimtemonitor/web/static/web/vendor

fallback() {
  echo "Front-end packages not installed ($1); the site uses its own stylesheet."
  exit 0
}

command -v npm >/dev/null 2>&1 || fallback "npm not found"

# Reinstall only when the lock file changed, like bootstrap.sh does for pip.
stamp="$frontend/node_modules/.installed-lock"
wanted=$(sha256sum "$frontend/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Front-endpakketten installeren (npm ci in $frontend/) …"
  limit=()
  command -v timeout >/dev/null 2>&1 && limit=(timeout 600)
  if ! (cd "$frontend" && "${limit[@]}" npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    fallback "npm ci failed"
  fi
  echo "$wanted" > "$stamp"
fi

# source in node_modules -> name under static/web/vendor/
copies=(
  "@utrecht/component-library-css/dist/index.css utrecht-components.css"
)
mkdir -p "$vendor"
for pair in "${copies[@]}"; do
  read -r source target <<< "$pair"
  source="$frontend/node_modules/$source"
  [ -f "$source" ] || fallback "$source is missing"
  if ! cmp -s "$source" "$vendor/$target"; then
    cp "$source" "$vendor/$target"
    rm -f "$vendor/$target.gz"
    # WhiteNoise serves a .gz beside a file to browsers that accept it.
    if command -v gzip >/dev/null 2>&1; then
      gzip -9 -n -c "$vendor/$target" > "$vendor/$target.gz"
    fi
  fi
done
