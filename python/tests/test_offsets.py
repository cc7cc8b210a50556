"""Offsets in Python are string indices: doc["text"][start:end] is every span's text, over every
BBC politics and business article (927 files, 399 with characters outside ASCII: curly quotes,
pound signs, accents), read on two threads. All of them, not a sample: the corpus reads in about
a minute on the 2-core development machine."""
import concurrent.futures
import os
import unittest

import dateline

BBC = os.path.join(os.environ.get("DATELINE_SOURCE_DIR", "."), "..", "shared", "data", "news", "bbc")


class OffsetsTest(unittest.TestCase):
    def test_every_span_of_the_bbc_politics_and_business_articles(self):
        files = sorted(os.path.join(BBC, topic, name) for topic in ("politics", "business")
                       for name in os.listdir(os.path.join(BBC, topic)) if name.endswith(".txt"))
        self.assertEqual(len(files), 927)
        pipeline = dateline.Pipeline()

        def check(path):
            with open(path, "rb") as f:
                doc = pipeline.read(f.read(), source=path)
            text = doc["text"]
            spans = [(m, "mention") for e in doc["entities"] for m in e["mentions"]]
            spans += [(q, "quote") for q in doc["quotes"]] + [(e["evidence"], "evidence") for e in doc["events"]]
            spans += [(t, "token") for s in doc["sentences"] for t in s["tokens"]]
            counts = {"mention": 0, "quote": 0, "evidence": 0, "token": 0}
            wrong = [(kind, span["start"], span["end"], span["text"]) for span, kind in spans
                     if text[span["start"]:span["end"]] != span["text"]]
            for _, kind in spans:
                counts[kind] += 1
            # Spans after a character of several bytes: where byte offsets would have been wrong.
            moved = sum(1 for span, _ in spans if len(text[:span["start"]].encode("utf-8")) != span["start"])
            return path, wrong, counts, moved

        totals = {"mention": 0, "quote": 0, "evidence": 0, "token": 0}
        moved = 0
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            for path, wrong, counts, n in pool.map(check, files):
                self.assertEqual(wrong, [], path)
                for k, v in counts.items():
                    totals[k] += v
                moved += n
        # Each kind of span was checked, and many sat after a multi-byte character.
        self.assertTrue(all(totals.values()), totals)
        self.assertGreater(moved, 1000)


if __name__ == "__main__":
    unittest.main()
