"""dateline from Python: read news articles into structured, attributed facts.

    import dateline
    doc = dateline.read(open("article.txt", "rb").read(), date="2014-02-14")
    for e in doc["events"]: print(e["cameo"], e["source"]["name"], e["target"])
    dateline.events_frame(doc)          # the events as a pandas DataFrame

A document is a dict in the dateline.document/1 contract (docs/schema.md), with one difference:
offsets count code points of `text` (Python string indices), so doc["text"][start:end] is the
span; offsets="bytes" gives the contract's UTF-8 byte offsets instead. Every failure to read an
article raises dateline.Error. `dateline.dask` reads whole corpora on a Dask cluster.
"""
import os
import threading
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union

from ._dateline import Error
from ._dateline import Pipeline as _CorePipeline
from ._dateline import __version__ as _module_version
from ._dateline import list_corpus_files
from ._version import __version__

if TYPE_CHECKING:  # pandas is needed by events_frame only, not to import dateline
    import pandas

__all__ = ["Error", "Pipeline", "read", "read_file", "events_frame", "list_corpus_files", "models_directory",
           "__version__"]

# A package whose Python files and compiled module come from different builds would read
# articles with code that does not match its documentation: refuse it at import.
if _module_version != __version__:
    raise ImportError(f"dateline: the compiled module is version {_module_version}, the package {__version__}; "
                      "rebuild or reinstall dateline")

Document = Dict[str, Any]
PathLike = Union[str, "os.PathLike[str]"]

_PACKAGED_MODELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "models")


def models_directory(models: Optional[PathLike] = None) -> str:
    """The models directory a Pipeline(models=...) reads: `models` when given, else
    $DATELINE_MODELS, else the models installed with the package (pip install), else the
    source tree's models/ that the C++ library was built from ("" here: the library's own
    search, docs/cli.md)."""
    if models:
        return os.fspath(models)
    if os.environ.get("DATELINE_MODELS"):
        return os.environ["DATELINE_MODELS"]
    if os.path.isdir(_PACKAGED_MODELS):
        return _PACKAGED_MODELS
    return ""


def _check_offsets(offsets: str) -> str:
    if offsets not in ("chars", "bytes"):
        raise Error(f"offsets must be 'chars' or 'bytes', got {offsets!r}")
    return offsets


class Pipeline:
    """The models loaded once; `read` may be called from many threads at a time.

    Raises dateline.Error when a model the chosen stages need is missing or broken (the
    message names the file), as `dateline read --models DIR` exits 4.
    """

    def __init__(self, models: Optional[PathLike] = None, stages: Optional[Sequence[str]] = None,
                 parse_beam: int = 0, home_country: Optional[str] = None, actor_table: bool = True,
                 offsets: str = "chars") -> None:
        """parse_beam=1 parses greedily (as `dateline read --parse-beam 1`); 0 keeps the parser's
        default, a beam of 2. home_country="GBR" is `dateline read --home-country GBR`.
        actor_table=False is `dateline read --no-actor-table`. offsets="bytes" gives UTF-8 byte
        offsets, as the CLI's JSON has them, instead of code points."""
        self.offsets = _check_offsets(offsets)
        self.models_dir = models_directory(models)
        self._core = _CorePipeline(self.models_dir, list(stages or []), parse_beam, home_country or "",
                                   bool(actor_table))

    @property
    def stages(self) -> List[str]:
        """The stages that run, in order."""
        return self._core.stages

    @property
    def models(self) -> Dict[str, Dict[str, str]]:
        """The model files the stages read, as each document's "models" records them:
        {"tagger": {"file": "en_tagger.dlm", "crc32": "…"}, …}."""
        return self._core.models

    def read(self, data: Union[str, bytes], date: Optional[str] = None, source: str = "python",
             format: str = "text") -> Document:
        """One article (str or bytes; an HTML page with format="html") → document dict.

        Raises dateline.Error (a ValueError) for empty, binary or oversized input and bad dates.
        """
        if isinstance(data, str):
            data = data.encode("utf-8")
        return _loads(self._core.read_json(data, date or "", source, format, self.offsets))

    def read_file(self, path: PathLike, date: Optional[str] = None, errors: str = "raise") -> List[Document]:
        """Every article of one file (text, HTML, WARC, JSONL, maybe .gz), as `dateline read`
        reads it: a list of documents.

        errors="raise" (the default) raises dateline.Error, naming the file or record, for the
        first file or record that cannot be read, as `read` does. errors="include" puts
        {"source", "error"} in the list in its place instead and reads on (a corpus job goes on
        past a bad record; dateline.dask uses it).
        """
        if errors not in ("raise", "include"):
            raise Error(f"errors must be 'raise' or 'include', got {errors!r}")
        return [_loads(j) for j in self._core.read_file_json(os.fspath(path), date or "", self.offsets,
                                                             errors == "raise")]


def _loads(text: str) -> Document:
    import json
    return json.loads(text)


_default: Optional[Pipeline] = None
_default_lock = threading.Lock()


def _default_pipeline() -> Pipeline:
    global _default
    with _default_lock:
        if _default is None:
            _default = Pipeline()
        return _default


def read(data: Union[str, bytes], date: Optional[str] = None, source: str = "python",
         format: str = "text") -> Document:
    """Reads one article with a pipeline built on first use (the standard models)."""
    return _default_pipeline().read(data, date=date, source=source, format=format)


def read_file(path: PathLike, date: Optional[str] = None, errors: str = "raise") -> List[Document]:
    """Every article of one file with the pipeline `read` uses (see Pipeline.read_file)."""
    return _default_pipeline().read_file(path, date=date, errors=errors)


# events_frame's columns in order, with their pandas dtypes (docs/python.md lists them).
EVENT_COLUMNS: Dict[str, str] = {
    "doc_id": "string",
    "doc_source": "string",
    "doc_date": "datetime64[ns]",
    "date": "datetime64[ns]",
    "date_source": "string",
    "cameo": "string",
    "plover": "string",
    "mode": "string",
    "quad_class": "int64",
    "goldstein": "float64",
    "source_entity": "string",
    "source_name": "string",
    "source_code": "string",
    "source_country": "string",
    "source_country_inferred": "boolean",
    "target_entity": "string",
    "target_name": "string",
    "target_code": "string",
    "target_country": "string",
    "target_country_inferred": "boolean",
    "place": "string",
    "sentence": "int64",
    "evidence_start": "int64",
    "evidence_end": "int64",
    "evidence_text": "string",
}


def _actor_columns(prefix: str, actor: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    actor = actor or {}
    return {f"{prefix}_entity": actor.get("entity"), f"{prefix}_name": actor.get("name"),
            f"{prefix}_code": actor.get("code"), f"{prefix}_country": actor.get("country"),
            f"{prefix}_country_inferred": actor.get("country_inferred")}


def events_frame(docs: Union[Document, Iterable[Document]]) -> "pandas.DataFrame":
    """The events of one document or many as a pandas DataFrame, one row per event, with the
    columns and dtypes of EVENT_COLUMNS (missing values are <NA> or NaT; a missing target has
    every target_* column missing). Offsets are those of the documents (code points unless
    they were read with offsets="bytes").

    Raises ValueError for an item that is not a document, such as the {"source", "error"} of
    read_file(errors="include"): filter those out first.
    """
    import pandas as pd

    if isinstance(docs, Mapping):
        docs = [docs]
    rows = []
    for doc in docs:
        if not isinstance(doc, Mapping) or "events" not in doc:
            what = doc.get("error", "no events") if isinstance(doc, Mapping) else type(doc).__name__
            raise ValueError(f"events_frame: not a dateline document ({what})")
        for e in doc["events"]:
            evidence = e["evidence"]
            row = {"doc_id": doc.get("id"), "doc_source": doc.get("source"), "doc_date": doc.get("date"),
                   "date": e.get("date"), "date_source": e.get("date_source"), "cameo": e["cameo"],
                   "plover": e.get("plover"), "mode": e.get("mode"), "quad_class": e["quad_class"],
                   "goldstein": e["goldstein"], "place": e.get("place"), "sentence": e["sentence"],
                   "evidence_start": evidence["start"], "evidence_end": evidence["end"],
                   "evidence_text": evidence["text"]}
            row.update(_actor_columns("source", e["source"]))
            row.update(_actor_columns("target", e.get("target")))
            rows.append(row)
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    for column, dtype in EVENT_COLUMNS.items():
        if dtype.startswith("datetime64"):
            # Dates are YYYY-MM-DD or null; anything else is an error, not a silent NaT.
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="raise")
        else:
            frame[column] = frame[column].astype(dtype)
    return frame
