#!/usr/bin/env bash
# `npm run test:lowest-peers`: the kit on the lowest version each of its peer ranges admits
# (React and react-dom 18.3, TanStack Query, ioredis, stripe; install-lowest-peers.mjs finds
# them in the registry and installs them). Then the published .d.ts of both packages are
# type-checked against those peers (test/compat/peer-types) and the unit and browser projects
# run on them: the Stripe adapter against its fake on the real SDK, the Redis stores against a
# private redis-server, every hook and component on that React and TanStack Query.
# Works on a temporary copy of the tracked files, so the checkout's node_modules stay as locked.
# Extra arguments go to vitest (e.g. a test file). KEEP_TMP=1 keeps the copy.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/saved-card-kit-lowest-peers.XXXXXX")
cleanup() { [ -n "${KEEP_TMP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

echo "== copy tracked files to $work"
# Tracked files only (their working-tree content): no node_modules, dist or test output.
(cd "$repo" && git ls-files -z | while IFS= read -r -d '' f; do
  if [ -e "$f" ]; then printf '%s\0' "$f"; fi
done | tar --null -T - -cf -) | (cd "$work" && tar -xf -)

cd "$work"
echo "== npm ci"
npm ci --no-audit --no-fund --prefer-offline --loglevel=error

echo "== the lowest peers"
node test/compat/install-lowest-peers.mjs

echo "== build, then the published types against these peers"
npm run build --silent >/dev/null
npx tsc -p test/compat/peer-types

echo "== vitest (unit + browser) on the lowest peers"
status=0
npx vitest run --project unit --project browser "$@" || status=$?
echo "lowest peers: vitest exited with ${status}"
exit "$status"
