#!/usr/bin/env bash
# make demo: one article read as text, then the repo's examples/ (.txt, .html, .jsonl,
# .warc.gz) ingested into a fresh database, its counts and a few queries, its events exported
# as GDELT, the HTTP API over it, and the Python binding reading the examples on Dask.
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

step "dateline query events --db news.db --unique --limit 5 (one event a day, with its counts)"
"$dateline" query events --db "$db" --unique --limit 5

step "dateline query events --db news.db --count-by month"
"$dateline" query events --db "$db" --count-by month

step "dateline export events --db news.db --format gdelt -o events.tsv (the GDELT 2.0 event table)"
"$dateline" export events --db "$db" --format gdelt -o "$work/events.tsv"
head -2 "$work/events.tsv" | cut -f1-8,27-34,60-61

step "ingest the same folder again: nothing new"
"$dateline" ingest examples/ --db "$db"

step "dateline serve --db news.db (the JSON API; open http://127.0.0.1:PORT/ in a browser to browse)"
"$dateline" serve --db "$db" --port 0 2> "$work/serve.log" &
server=$!
for _ in $(seq 50); do grep -q serving "$work/serve.log" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.log" | cut -d: -f2)
python3 - "$port" <<'PY'
import json, sys, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # localhost, never a proxy
base = f"http://127.0.0.1:{sys.argv[1]}"
print("GET /api/stats ->", opener.open(base + "/api/stats").read().decode())
rows = json.loads(opener.open(base + "/api/query/events?actor=CHN&limit=3").read())["rows"]
for r in rows: print("GET /api/query/events?actor=CHN ->", r["cameo"], r["source"], "->", r["target"])
PY
kill -INT "$server"; wait "$server" || true

python_dir="$(dirname "$dateline")/python"
python=/usr/bin/python3  # Debian's: the binding is built for it and python3-dask installed into it
step "python3 -m dateline.dask examples/ (the same pipeline from Python, on Dask's threads)"
PYTHONPATH="$python_dir" "$python" -m dateline.dask examples/ --scheduler threads -o "$work/docs.jsonl"
echo "$(wc -l < "$work/docs.jsonl") documents written as JSON lines"
