"""Articles/s of the full pipeline through dateline.dask: one thread, two threads, and a
two-process dask.distributed LocalCluster, over the BBC corpus (or DIR). Not a test.

Usage: PYTHONPATH=build/python /usr/bin/python3 bench/bench_dask.py [DIR [N]]
"""
import os
import sys
import time

from dask.distributed import Client, LocalCluster

from dateline.dask import list_files, read_files, warm_up



def summary(doc):
    """What each task sends back: the documents stay where they were made, as a real job that
    writes its output on the workers would leave them."""
    return (1, int("error" in doc), len(doc.get("events", [])))


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def timed(label, run):
    t0 = time.perf_counter()
    articles, failed, events = run()
    dt = time.perf_counter() - t0
    print(f"{label:32s} {articles / dt:7.1f} articles/s  ({articles} articles, {failed} failed, {events} events, {dt:.1f} s)",
          flush=True)
    return articles / dt


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "news", "bbc")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    files = list_files([corpus])[:n]
    read_files(files[:2]).compute(scheduler="sync")  # load the models outside the timings
    bag = read_files(files, npartitions=32).map(summary).fold(add, initial=(0, 0, 0))
    one = timed("threads, 1 worker", lambda: bag.compute(scheduler="threads", num_workers=1))
    two = timed("threads, 2 workers", lambda: bag.compute(scheduler="threads", num_workers=2))
    # Worker processes start by importing this file again: hence main() behind the guard below.
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(warm_up)  # every worker loads its models before the clock starts
        dist = timed("distributed, 2 worker processes", lambda: client.compute(bag).result())
    print(f"speed-up with 2 threads: {two / one:.2f}x; distributed: {dist / one:.2f}x")


if __name__ == "__main__":
    main()
