#!/usr/bin/env bash
# `npm run test:react18`: the unit and browser projects again with React 18.3 (ISSUE 6 item 2).
# Works on a temporary copy of the tracked files, so the checkout's node_modules keep React 19.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/saved-card-kit-react18.XXXXXX")
cleanup() { [ -n "${KEEP_TMP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

echo "== copy tracked files to $work"
# Tracked files only (their working-tree content): no node_modules, dist or test output.
(cd "$repo" && git ls-files -z | while IFS= read -r -d '' f; do
  if [ -e "$f" ]; then printf '%s\0' "$f"; fi
done | tar --null -T - -cf -) | (cd "$work" && tar -xf -)

cd "$work"
echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error

echo "== install React 18.3.1"
# No --legacy-peer-deps needed: every peer range in the tree (Radix, react-query,
# @testing-library/react 16, Storybook) accepts React 18.
npm install --no-save --no-audit --no-fund --loglevel=error \
  react@18.3.1 react-dom@18.3.1 @types/react@18 @types/react-dom@18

react=$(node -p 'require("react/package.json").version')
react_dom=$(node -p 'require("react-dom/package.json").version')
echo "React in use: react ${react}, react-dom ${react_dom}"
case "$react $react_dom" in
  "18."*" 18."*) ;;
  *) echo "expected React 18, got react ${react} / react-dom ${react_dom}"; exit 1 ;;
esac

echo "== vitest (unit + browser) on React ${react}"
status=0
npx vitest run --project unit --project browser "$@" || status=$?
echo "React ${react}: vitest exited with ${status}"
exit "$status"
