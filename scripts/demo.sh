#!/usr/bin/env bash
# make demo: one article read as text, then the repo's examples/ (.txt, .html, .jsonl,
# .warc.gz) ingested into a fresh database, its counts and a few queries.
# Usage: scripts/demo.sh PATH/TO/dateline
set -euo pipefail
dateline=${1:-build/dateline}
cd "$(dirname "$0")/.."
[ -x "$dateline" ] || { echo "demo: $dateline not built (run make build)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/dateline-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
db="$work/news.db"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

first=$(ls examples/*.txt 2>/dev/null | head -1 || true)
[ -n "$first" ] || first=$(ls examples/*.html | head -1)
step "dateline read -f text $first"
"$dateline" read -f text "$first"

step "dateline ingest examples/ --db news.db"
"$dateline" ingest examples/ --db "$db"

step "dateline stats --db news.db"
"$dateline" stats --db "$db"

step "dateline query articles --db news.db --limit 10"
"$dateline" query articles --db "$db" --limit 10

step "dateline query entities --db news.db --limit 10"
"$dateline" query entities --db "$db" --limit 10

step "dateline query quotes --db news.db --limit 5"
"$dateline" query quotes --db "$db" --limit 5

step "dateline query events --db news.db --limit 10"
"$dateline" query events --db "$db" --limit 10

step "dateline query events --db news.db --actor CHN --format csv"
"$dateline" query events --db "$db" --actor CHN --format csv

step "ingest the same folder again: nothing new"
"$dateline" ingest examples/ --db "$db"
