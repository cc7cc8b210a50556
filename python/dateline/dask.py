"""Reading a corpus on Dask: one task per partition of files, run where Dask puts it. Every
format `dateline read` and `ingest` take is read (text, HTML, WARC, JSONL, each maybe gzipped;
a WARC or JSONL file gives many documents).

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
import sys
import threading

import dask
import dask.bag as db

from . import Error, Pipeline, list_corpus_files

_pipelines = {}
_pipelines_lock = threading.Lock()


def _pipeline(models, offsets="chars"):
    """The process's pipeline for `models`, built once (tasks of one worker share it)."""
    with _pipelines_lock:
        if (models, offsets) not in _pipelines:
            _pipelines[models, offsets] = Pipeline(models=models, offsets=offsets)
        return _pipelines[models, offsets]


def warm_up(models=None):
    """Loads the models in this process now (call it on every worker with
    `client.run(warm_up)`, so the first tasks do not wait for the models)."""
    _pipeline(models)
    return True


def list_files(paths):
    """The input files under `paths`, walked as `dateline ingest` walks them (sorted, hidden and
    unknown extensions skipped). Raises FileNotFoundError for a path that does not exist."""
    files, missing = list_corpus_files([str(p) for p in paths])
    if missing:
        raise FileNotFoundError("; ".join(f"{source}: {reason}" for source, reason in missing))
    return files


def read_file(path, models=None, date=None, offsets="chars"):
    """Every article of one file as documents, with {"source", "error"} for what could not be
    read (a bad file or record never fails the job)."""
    return _pipeline(models, offsets).read_file(path, date=date, errors="include")


def read_files(paths, models=None, date=None, npartitions=None, offsets="chars"):
    """A dask.bag of documents (dicts), every article of every file under `paths`, in order.
    Offsets count code points of each document's text, or UTF-8 bytes with offsets="bytes"
    (as the JSON contract and the CLI have them)."""
    files = list_files(paths)
    if not files:
        raise ValueError("no input files under " + ", ".join(map(str, paths)))
    npartitions = npartitions or min(len(files), 256)
    return db.from_sequence(files, npartitions=npartitions).map(read_file, models=models, date=date, offsets=offsets).flatten()


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
        # The JSON lines are the document contract, for programs other than Python too: byte
        # offsets, as `dateline read -f jsonl` writes them.
        bag = read_files(args.paths, models=args.models, date=args.date, npartitions=args.partitions,
                         offsets="bytes")
    except (ValueError, FileNotFoundError) as e:  # dateline.Error is a ValueError
        print(f"dateline.dask: {e}", file=sys.stderr)
        return 3
    try:
        if client is None:
            # On this machine the models are checked before any task runs: a missing or broken
            # one is named once, exit 4 as the CLI's, not once per task.
            _pipeline(args.models, "bytes")
        with dask.config.set(scheduler=scheduler) if scheduler else _nothing():
            docs = bag.compute()
    except Error as e:
        print(f"dateline.dask: {e}", file=sys.stderr)
        return 4
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
