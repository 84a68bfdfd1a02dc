#!/usr/bin/env bash
# Regenerates the committed Markdown API reference (docs/api) and fails when it
# differs from what is committed: a changed, added or removed public export
# must come with `npm run docs` and the regenerated files in the same commit.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent docs

stale=0
git diff --exit-code --stat -- docs/api || stale=1
untracked=$(git ls-files --others --exclude-standard -- docs/api)
if [ -n "$untracked" ]; then
  printf 'New files in docs/api are not committed:\n%s\n' "$untracked"
  stale=1
fi
if [ "$stale" -ne 0 ]; then
  echo "docs/api is out of date: run \`npm run docs\` and commit docs/api." >&2
  exit 1
fi
echo "docs/api is up to date."
