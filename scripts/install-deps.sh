#!/usr/bin/env bash
# Installs the Debian packages dateline builds with, only those missing.
# Runs `apt-get update` once, and only when something has to be installed.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev            # UTF-8 validation, NFC, charset detection, case folding
  nlohmann-json3-dev    # JSON output and JSONL input
  libcli11-dev          # command-line parsing
  libfmt-dev            # formatting of tables and messages
  libgtest-dev libgmock-dev  # unit tests
  libbenchmark-dev      # micro-benchmarks
  libgumbo-dev          # HTML5 parsing
  libsqlite3-dev        # the embedded article store
  zlib1g-dev            # gzip (WARC, JSONL.gz)
  libzstd-dev           # compact model files
  libcpp-httplib-dev    # HTTP server
  iso-codes             # ISO 3166 country list for the gazetteer generator
  python3
  python3-dev pybind11-dev  # the Python binding (python/)
  python3-dask python3-distributed  # reading corpora on a Dask cluster (python/dateline/dask.py)
  python3-pandas        # dateline.events_frame, and the test that reads an events export back (docs/export.md)
  python3-setuptools python3-wheel python3-venv  # pip install of the Python package (pyproject.toml, setup.py)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
