"""Reading a corpus with Dask: the same documents as the CLI (every input format), on threads,
processes and a dask.distributed cluster of local worker processes."""
import json
import os
import subprocess
import sys
import unittest

from dateline.dask import list_files, main, read_files

EXAMPLES = os.path.join(os.environ.get("DATELINE_SOURCE_DIR", "."), "examples")


def cli_documents(files):
    cli = os.environ["DATELINE_CLI"]
    out = subprocess.run([cli, "read", "-f", "jsonl", *files], check=True, capture_output=True).stdout
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


class DaskTest(unittest.TestCase):
    def setUp(self):
        if "DATELINE_CLI" not in os.environ:
            self.skipTest("DATELINE_CLI not set")
        # Every format: text, HTML, a JSONL dump and a gzipped WARC archive.
        self.files = list_files([EXAMPLES])
        self.assertTrue(any(f.endswith(".warc.gz") for f in self.files) and any(f.endswith(".jsonl") for f in self.files))

    def test_threads_and_processes_give_the_cli_documents(self):
        expected = cli_documents(self.files)
        for scheduler in ("threads", "processes"):
            docs = read_files(self.files, npartitions=3, offsets="bytes").compute(scheduler=scheduler)
            self.assertEqual(docs, expected, scheduler)

    def test_a_distributed_cluster_gives_the_same(self):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            self.skipTest("dask.distributed is not installed")
        expected = cli_documents(self.files)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            docs = client.compute(read_files(self.files, npartitions=2, offsets="bytes")).result()
        self.assertEqual(docs, expected)

    def test_bad_files_and_records_are_reported_not_fatal(self):
        tmp = os.environ.get("TMPDIR", "/tmp")
        empty = os.path.join(tmp, "dateline_dask_empty.txt")
        open(empty, "w").close()
        dump = os.path.join(tmp, "dateline_dask_dump.jsonl")
        with open(dump, "w", encoding="utf-8") as f:
            f.write('{"id": "a", "text": "Kenya and Uganda signed a trade deal."}\nnot json\n')
        docs = read_files([self.files[0], empty, dump]).compute(scheduler="sync")
        self.assertNotIn("error", docs[0])
        self.assertIn("empty", docs[1]["error"])
        self.assertEqual(docs[2]["source"], dump + "#a")
        self.assertIn("error", docs[3])
        with self.assertRaises(FileNotFoundError):
            read_files(["/nonexistent.txt"])

    def test_command_line(self):
        out = os.path.join(os.environ.get("TMPDIR", "/tmp"), "dateline_dask_out.jsonl")
        self.assertEqual(main([self.files[0], "-o", out, "--scheduler", "sync"]), 0)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(len(f.readlines()), 1)
        self.assertEqual(main(["/nonexistent.txt", "-o", out, "--scheduler", "sync"]), 3)
        empty = os.path.join(os.environ.get("TMPDIR", "/tmp"), "dateline_dask_empty.txt")
        open(empty, "w").close()
        self.assertEqual(main([self.files[0], empty, "-o", out, "--scheduler", "sync"]), 1)


if __name__ == "__main__":
    sys.exit(unittest.main())
