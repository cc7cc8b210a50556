"""The Python binding: documents as dicts, errors as dateline.Error, threads side by side."""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import zlib

import dateline
from dateline import _dateline

ARTICLE = ("Harbour talks resume\n\nROTTERDAM — Dutch union leader Marit de Vries met port "
           "operators on Monday. \"We want a fair deal,\" she said.\n")


class BindingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pipeline = dateline.Pipeline()
        # The CLI's JSON counts bytes; this pipeline does too, to compare with it.
        cls.bytes_pipeline = dateline.Pipeline(offsets="bytes")

    def test_a_document_is_the_json_contract_as_a_dict(self):
        doc = self.pipeline.read(ARTICLE, date="2024-03-11")
        self.assertEqual(doc["schema"], "dateline.document/1")
        self.assertEqual(doc["headline"], "Harbour talks resume")
        self.assertEqual(doc["date"], "2024-03-11")
        self.assertEqual(doc["dateline"]["place"], "Rotterdam")

    def test_offsets_count_characters_or_bytes(self):
        text = "Kenya’s president met Uganda’s leader in Nairobi on Monday. “We agreed,” Ruto said.\n"
        doc = self.pipeline.read(text)
        spans = [t for s in doc["sentences"] for t in s["tokens"]]
        spans += [m for e in doc["entities"] for m in e["mentions"]] + doc["quotes"]
        spans += [e["evidence"] for e in doc["events"]]
        self.assertTrue(doc["quotes"] and doc["entities"])
        for span in spans:
            self.assertEqual(doc["text"][span["start"]:span["end"]], span["text"])
        by_bytes = self.bytes_pipeline.read(text)
        raw = by_bytes["text"].encode("utf-8")
        last = by_bytes["sentences"][0]["tokens"][-1]
        self.assertEqual(raw[last["start"]:last["end"]].decode("utf-8"), last["text"])
        # After the two curly apostrophes (3 bytes, 1 character each) the two differ by 4.
        self.assertEqual(last["start"] - doc["sentences"][0]["tokens"][-1]["start"], 4)
        with self.assertRaises(dateline.Error):
            dateline.Pipeline(offsets="words")

    def cli_document(self, *options):
        """ARTICLE read by `dateline read -f json` with these options, and the file's path."""
        cli = os.environ.get("DATELINE_CLI")
        if not cli:
            self.skipTest("DATELINE_CLI not set")
        path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "dateline_binding_article.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(ARTICLE)
        out = subprocess.run([cli, "read", "-f", "json", *options, path], check=True, capture_output=True).stdout
        return json.loads(out), path

    def test_same_document_as_the_cli(self):
        expected, path = self.cli_document("--date", "2024-03-11")
        got = self.bytes_pipeline.read(ARTICLE.encode("utf-8"), date="2024-03-11", source=path)
        self.assertEqual(got, expected)

    def test_parse_beam_as_the_cli(self):
        expected, path = self.cli_document("--parse-beam", "1")
        greedy = dateline.Pipeline(parse_beam=1, offsets="bytes")
        self.assertEqual(greedy.read(ARTICLE.encode("utf-8"), source=path), expected)
        with self.assertRaises(dateline.Error):
            dateline.Pipeline(parse_beam=-1)

    def test_home_country_as_the_cli(self):
        expected, path = self.cli_document("--home-country", "GBR")
        home = dateline.Pipeline(home_country="GBR", offsets="bytes")
        self.assertEqual(home.read(ARTICLE.encode("utf-8"), source=path), expected)
        with self.assertRaises(dateline.Error):
            dateline.Pipeline(home_country="XYZ")

    def test_actor_table_as_the_cli(self):
        cli = os.environ.get("DATELINE_CLI")
        if not cli:
            self.skipTest("DATELINE_CLI not set")
        text = "Tony Blair met Jacques Chirac in Paris on Monday.\n"
        path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "dateline_binding_actors.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        for flags, on in (([], True), (["--no-actor-table"], False)):
            out = subprocess.run([cli, "read", "-f", "json", *flags, path], check=True, capture_output=True).stdout
            got = dateline.Pipeline(actor_table=on, offsets="bytes").read(text.encode("utf-8"), source=path)
            self.assertEqual(got, json.loads(out))
            blair = [e for e in got["entities"] if e["name"] == "Tony Blair"]
            self.assertEqual(blair[0]["country"], "GBR" if on else None)

    def test_html_pages(self):
        page = ("<html><head><title>Rain delays the harvest</title></head><body><article>"
                "<h1>Rain delays the harvest</h1><p>Farmers in Kenya said the rains came late "
                "this year, and the maize harvest will be smaller.</p></article></body></html>")
        doc = self.pipeline.read(page, format="html")
        self.assertIn("Farmers in Kenya", doc["text"])

    def test_a_file_of_many_articles(self):
        source = os.environ.get("DATELINE_SOURCE_DIR")
        if not source:
            self.skipTest("DATELINE_SOURCE_DIR not set")
        docs = self.pipeline.read_file(os.path.join(source, "examples", "archive.warc.gz"))
        self.assertGreater(len(docs), 1)
        self.assertTrue(all("error" not in d and "#" in d["source"] for d in docs))

    def test_read_file_raises_as_read_does(self):
        with self.assertRaisesRegex(dateline.Error, "/nonexistent.txt"):
            self.pipeline.read_file("/nonexistent.txt")
        with self.assertRaisesRegex(dateline.Error, "/nonexistent.txt"):
            dateline.read_file("/nonexistent.txt")
        with tempfile.TemporaryDirectory() as tmp:
            dump = os.path.join(tmp, "dump.jsonl")
            with open(dump, "w", encoding="utf-8") as f:
                f.write('{"id": "a", "text": "Kenya and Uganda signed a trade deal."}\nnot json\n')
            # A bad record raises, naming the record (file:line) ...
            with self.assertRaisesRegex(dateline.Error, re.escape(dump) + ":2"):
                self.pipeline.read_file(dump)
            # ... or comes back in its place with errors="include".
            docs = self.pipeline.read_file(dump, errors="include")
            self.assertEqual([sorted(d)[:2] for d in docs][1], ["error", "source"])
            self.assertEqual(docs[0]["source"], dump + "#a")
            self.assertIn("error", docs[1])
            with self.assertRaises(dateline.Error):
                self.pipeline.read_file(dump, errors="ignore")

    def test_version(self):
        self.assertEqual(dateline.__version__, _dateline.__version__)
        source = os.environ.get("DATELINE_SOURCE_DIR")
        if not source:
            self.skipTest("DATELINE_SOURCE_DIR not set")
        with open(os.path.join(source, "CMakeLists.txt"), encoding="utf-8") as f:
            declared = re.search(r"project\(dateline VERSION ([0-9.]+)", f.read()).group(1)
        self.assertEqual(dateline.__version__, declared)

    def test_bad_input_raises_dateline_error(self):
        for data, kwargs in [("", {}), (b"\x89PNG\r\n\x1a\n\0\0\0", {}),
                             ("Text.", {"date": "2014-02-30"}), ("Text.", {"format": "pdf"})]:
            with self.assertRaises(dateline.Error):
                self.pipeline.read(data, **kwargs)
        self.assertTrue(issubclass(dateline.Error, ValueError))

    def test_documents_record_their_models(self):
        doc = self.pipeline.read(ARTICLE)
        self.assertEqual(sorted(doc["models"]), ["lemmatizer", "ner", "parser", "quotes", "sentences", "tagger"])
        self.assertEqual(doc["models"], self.pipeline.models)
        directory = self.pipeline.models_dir or os.path.join(os.environ["DATELINE_SOURCE_DIR"], "models")
        for name, model in doc["models"].items():
            with open(os.path.join(directory, model["file"]), "rb") as f:
                self.assertEqual(model["crc32"], "%08x" % zlib.crc32(f.read()), name)
        plain = dateline.Pipeline(stages=["normalize", "structure", "tokenize"]).read(ARTICLE)
        self.assertEqual(list(plain["models"]), ["sentences"])

    def test_missing_or_broken_models_raise(self):
        directory = self.pipeline.models_dir or os.path.join(os.environ["DATELINE_SOURCE_DIR"], "models")
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaisesRegex(dateline.Error, "nonexistent"):
                dateline.Pipeline(models=os.path.join(tmp, "nonexistent"))
            # Stages that read no model do not need the directory.
            doc = dateline.Pipeline(models=os.path.join(tmp, "nonexistent"), stages=["normalize", "structure"]).read(ARTICLE)
            self.assertEqual((doc["headline"], doc["sentences"], doc["models"]), ("Harbour talks resume", [], {}))
            for name in os.listdir(directory):
                if name.endswith(".dlm") and name != "en_ner.dlm":
                    os.symlink(os.path.join(directory, name), os.path.join(tmp, name))
            with self.assertRaisesRegex(dateline.Error, re.escape(os.path.join(tmp, "en_ner.dlm"))):
                dateline.Pipeline(models=tmp)
            self.assertEqual(dateline.Pipeline(models=tmp, stages=["normalize", "tokenize", "tag"]).stages,
                             ["normalize", "tokenize", "tag"])
            with open(os.path.join(tmp, "en_ner.dlm"), "wb") as f:
                f.write(b"DLMODEL\0 not a model")
            with self.assertRaisesRegex(dateline.Error, "en_ner.dlm"):
                dateline.Pipeline(models=tmp)

    def test_events_frame(self):
        text = ("China agreed on Tuesday to host a new round of talks aimed at persuading North Korea to "
                "end its nuclear programme. Tony Blair met Jacques Chirac in Paris on Monday.\n")
        docs = [self.pipeline.read(text, date="2005-03-14", source=s) for s in ("a", "b")]
        events = [e for d in docs for e in d["events"]]
        self.assertTrue(events)
        frame = dateline.events_frame(docs)
        self.assertEqual(list(frame.columns), list(dateline.EVENT_COLUMNS))
        self.assertEqual({c: str(t) for c, t in frame.dtypes.items()}, dateline.EVENT_COLUMNS)
        self.assertEqual(len(frame), len(events))
        self.assertEqual(list(frame["cameo"]), [e["cameo"] for e in events])
        self.assertEqual(list(frame["source_name"]), [e["source"]["name"] for e in events])
        self.assertEqual(list(frame["doc_source"]), ["a"] * len(docs[0]["events"]) + ["b"] * len(docs[1]["events"]))
        self.assertEqual(str(frame["doc_date"].iloc[0].date()), "2005-03-14")
        for row, e in zip(frame.itertuples(), events):
            self.assertEqual(docs[0]["text"][row.evidence_start:row.evidence_end], e["evidence"]["text"])
        self.assertEqual(len(dateline.events_frame(docs[0])), len(docs[0]["events"]))
        empty = dateline.events_frame([])
        self.assertEqual((len(empty), {c: str(t) for c, t in empty.dtypes.items()}), (0, dateline.EVENT_COLUMNS))
        with self.assertRaises(ValueError):
            dateline.events_frame([{"source": "x.txt", "error": "empty file"}])

    def test_threads_read_side_by_side(self):
        texts = [ARTICLE.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday")] * 4
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            docs = list(pool.map(self.pipeline.read, texts))
        self.assertEqual([d["text"] for d in docs], [self.pipeline.read(t)["text"] for t in texts])


if __name__ == "__main__":
    unittest.main()
