"""Reading a corpus on Dask: one task per partition of files, run where Dask puts it.

    from dateline.dask import read_files
    docs = read_files(["news/"], npartitions=64)          # a dask.bag of document dicts
    docs.filter(lambda d: d.get("events")).count().compute()

With a dask.distributed Client the partitions run on the cluster's machines (each worker
process loads the models once and keeps them); without one, on this machine's threads (the C++
pipeline releases the GIL, so threads use every core). Files must be readable by the workers at
the same paths (a shared file system), as with any Dask file input.

Command line: python3 -m dateline.dask PATH... [-o out.jsonl] [--scheduler threads|processes|
sync|tcp://host:8786] [--partitions N] [--date YYYY-MM-DD] [--models DIR]
"""
import argparse
import json
import os
import sys
import threading

import dask
import dask.bag as db

from . import Error, Pipeline

SUFFIXES = (".txt", ".html", ".htm")

_pipelines = {}
_pipelines_lock = threading.Lock()


def _pipeline(models):
    """The process's pipeline for `models`, built once (tasks of one worker share it)."""
    with _pipelines_lock:
        if models not in _pipelines:
            _pipelines[models] = Pipeline(models=models)
        return _pipelines[models]


def list_files(paths):
    """Files named, and the .txt/.html files under directories named (sorted, hidden skipped)."""
    out = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(os.path.join(root, f) for f in sorted(files)
                           if f.endswith(SUFFIXES) and not f.startswith("."))
        else:
            out.append(path)
    return out


def read_one(path, models=None, date=None):
    """One file → its document, or {"source", "error"} when it cannot be read (never raises)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        fmt = "html" if path.endswith((".html", ".htm")) else "text"
        return _pipeline(models).read(data, date=date, source=path, format=fmt)
    except (OSError, Error) as e:
        return {"source": path, "error": str(e)}


def read_files(paths, models=None, date=None, npartitions=None):
    """A dask.bag of documents (dicts), one per file under `paths`, in file order."""
    files = list_files(paths)
    if not files:
        raise ValueError("no .txt or .html files under " + ", ".join(map(str, paths)))
    npartitions = npartitions or min(len(files), 256)
    return db.from_sequence(files, npartitions=npartitions).map(read_one, models=models, date=date)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m dateline.dask", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("-o", "--output", default="-", help="JSON lines out (default: standard output)")
    ap.add_argument("--scheduler", default="threads",
                    help="threads, processes, sync, or a dask.distributed scheduler address")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--date", default=None)
    ap.add_argument("--models", default=None)
    args = ap.parse_args(argv)

    client = None
    if "://" in args.scheduler:
        from dask.distributed import Client  # only needed for a cluster
        client = Client(args.scheduler)
        scheduler = None
    else:
        scheduler = args.scheduler
    try:
        bag = read_files(args.paths, models=args.models, date=args.date, npartitions=args.partitions)
    except ValueError as e:
        print(f"dateline.dask: {e}", file=sys.stderr)
        return 3
    with dask.config.set(scheduler=scheduler) if scheduler else _nothing():
        docs = bag.compute()
    if client is not None:
        client.close()
    failures = 0
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out if out is not sys.stdout else _nothing():
        for doc in docs:
            if "error" in doc:
                failures += 1
                print(f"dateline.dask: {doc['source']}: {doc['error']}", file=sys.stderr)
            else:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    # The CLI's convention: 1 when some inputs failed, 3 when all did.
    return 0 if failures == 0 else (3 if failures == len(docs) else 1)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    sys.exit(main())
