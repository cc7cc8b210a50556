"""Articles/s of the full pipeline through dateline.dask: one thread, two threads, and a
two-process dask.distributed LocalCluster, over the BBC corpus (or DIR). Not a test.

Usage: PYTHONPATH=build/python /usr/bin/python3 bench/bench_dask.py [DIR [N]]
"""
import os
import sys
import time

from dask.distributed import Client, LocalCluster

from dateline.dask import list_files, read_files



def timed(label, run):
    t0 = time.perf_counter()
    docs = run()
    dt = time.perf_counter() - t0
    failed = sum("error" in d for d in docs)
    print(f"{label:32s} {len(docs) / dt:7.1f} articles/s  ({len(docs)} articles, {failed} failed, {dt:.1f} s)", flush=True)
    return len(docs) / dt


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "news", "bbc")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    files = list_files([corpus])[:n]
    read_files(files[:2]).compute(scheduler="sync")  # load the models outside the timings
    bag = read_files(files, npartitions=32)
    one = timed("threads, 1 worker", lambda: bag.compute(scheduler="threads", num_workers=1))
    two = timed("threads, 2 workers", lambda: bag.compute(scheduler="threads", num_workers=2))
    # Worker processes start by importing this file again: hence main() behind the guard below.
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        client.compute(read_files(files[:4], npartitions=2)).result()  # each worker loads its models
        dist = timed("distributed, 2 worker processes", lambda: client.compute(bag).result())
    print(f"speed-up with 2 threads: {two / one:.2f}x; distributed: {dist / one:.2f}x")


if __name__ == "__main__":
    main()
