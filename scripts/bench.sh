#!/usr/bin/env bash
# Runs every benchmark program built from bench/ (see README, "Speed"). Usage: bench.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
shopt -s nullglob
found=0
for src in bench/*.cpp; do
  name=$(basename "$src" .cpp)
  [ -x "$build/$name" ] || continue
  found=1
  echo "== $name"
  "$build/$name"
done
[ $found -eq 1 ] || echo "no benchmark programs built in $build"
