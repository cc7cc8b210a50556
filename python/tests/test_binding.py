"""The Python binding: documents as dicts, errors as dateline.Error, threads side by side."""
import concurrent.futures
import json
import os
import subprocess
import unittest

import dateline

ARTICLE = ("Harbour talks resume\n\nROTTERDAM — Dutch union leader Marit de Vries met port "
           "operators on Monday. \"We want a fair deal,\" she said.\n")


class BindingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pipeline = dateline.Pipeline()

    def test_a_document_is_the_json_contract_as_a_dict(self):
        doc = self.pipeline.read(ARTICLE, date="2024-03-11")
        self.assertEqual(doc["schema"], "dateline.document/1")
        self.assertEqual(doc["headline"], "Harbour talks resume")
        self.assertEqual(doc["date"], "2024-03-11")
        self.assertEqual(doc["dateline"]["place"], "Rotterdam")
        # Offsets count bytes of the UTF-8 text.
        text = doc["text"].encode("utf-8")
        for s in doc["sentences"]:
            for t in s["tokens"]:
                self.assertEqual(text[t["start"]:t["end"]].decode("utf-8"), t["text"])

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
        got = self.pipeline.read(ARTICLE.encode("utf-8"), date="2024-03-11", source=path)
        self.assertEqual(got, expected)

    def test_parse_beam_as_the_cli(self):
        expected, path = self.cli_document("--parse-beam", "1")
        greedy = dateline.Pipeline(parse_beam=1)
        self.assertEqual(greedy.read(ARTICLE.encode("utf-8"), source=path), expected)
        with self.assertRaises(dateline.Error):
            dateline.Pipeline(parse_beam=-1)

    def test_home_country_as_the_cli(self):
        expected, path = self.cli_document("--home-country", "GBR")
        home = dateline.Pipeline(home_country="GBR")
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
            got = dateline.Pipeline(actor_table=on).read(text.encode("utf-8"), source=path)
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
        self.assertEqual(self.pipeline.read_file("/nonexistent.txt")[0]["source"], "/nonexistent.txt")

    def test_bad_input_raises_dateline_error(self):
        for data, kwargs in [("", {}), (b"\x89PNG\r\n\x1a\n\0\0\0", {}),
                             ("Text.", {"date": "2014-02-30"}), ("Text.", {"format": "pdf"})]:
            with self.assertRaises(dateline.Error):
                self.pipeline.read(data, **kwargs)
        self.assertTrue(issubclass(dateline.Error, ValueError))

    def test_threads_read_side_by_side(self):
        texts = [ARTICLE.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday")] * 4
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            docs = list(pool.map(self.pipeline.read, texts))
        self.assertEqual([d["text"] for d in docs], [self.pipeline.read(t)["text"] for t in texts])


if __name__ == "__main__":
    unittest.main()
