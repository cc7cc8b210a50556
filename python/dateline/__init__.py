"""dateline from Python: read news articles into structured, attributed facts.

    import dateline
    doc = dateline.read(open("article.txt", "rb").read(), date="2014-02-14")
    for e in doc["events"]: print(e["cameo"], e["source"]["name"], e["target"])

A document is a dict in the dateline.document/1 contract (docs/schema.md); offsets count bytes
of the UTF-8 `text`. `dateline.dask` reads whole corpora on a Dask cluster.
"""
import json

from ._dateline import Error
from ._dateline import Pipeline as _CorePipeline
from ._dateline import list_corpus_files

__all__ = ["Error", "Pipeline", "read", "list_corpus_files"]


class Pipeline:
    """The models loaded once; `read` may be called from many threads at a time."""

    def __init__(self, models=None, stages=None, parse_beam=0, home_country=None, actor_table=True):
        """parse_beam=1 parses greedily (as `dateline read --parse-beam 1`); 0 keeps the parser's
        default, a beam of 2. home_country="GBR" is `dateline read --home-country GBR`.
        actor_table=False is `dateline read --no-actor-table`."""
        self._core = _CorePipeline(models or "", list(stages or []), parse_beam, home_country or "",
                                   bool(actor_table))

    @property
    def stages(self):
        return self._core.stages

    @property
    def models(self):
        """The model files the stages read, as each document's "models" records them:
        {"tagger": {"file": "en_tagger.dlm", "crc32": "…"}, …}. A missing or broken model
        raises dateline.Error when the pipeline is built."""
        return self._core.models

    def read(self, data, date=None, source="python", format="text"):
        """One article (str or UTF-8 bytes; an HTML page with format="html") → document dict.

        Raises dateline.Error (a ValueError) for empty, binary or oversized input and bad dates.
        """
        if isinstance(data, str):
            data = data.encode("utf-8")
        return json.loads(self._core.read_json(data, date or "", source, format))

    def read_file(self, path, date=None):
        """Every article of one file (text, HTML, WARC, JSONL, maybe .gz), as `dateline read`
        reads it: a list of documents, with {"source", "error"} for what could not be read."""
        return [json.loads(j) for j in self._core.read_file_json(str(path), date or "")]


_default = None


def read(data, date=None, source="python", format="text"):
    """Reads one article with a pipeline built on first use (the standard models)."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default.read(data, date=date, source=source, format=format)
