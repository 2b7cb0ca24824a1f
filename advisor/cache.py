"""The on-disk index cache: analyse a corpus once, then load it in milliseconds.

One file per corpus folder, in the user's cache folder (`ADVISOR_CACHE_DIR`, else
`$XDG_CACHE_HOME/advisor`, else `~/.cache/advisor`): a sequence of NumPy `.npy` records (a
small JSON header, the corpus as a JSON document, then the postings arrays), each read back
with `allow_pickle=False`: plain data only, never a pickle.

The header carries a key: a hash of every corpus file's bytes, the analyzer's settings and
the code that turns files into passages and terms. Editing an article, the lexicon or that
code changes the key, and the next load rebuilds the file. It is written to a temporary
file and renamed into place, so a crash never leaves half a cache; a file that cannot be
read, or is not ours, is ignored with a warning and rebuilt. When the folder cannot be
written, answers still come, from an index built in memory.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from advisor import analysis, articles, corpus, index, lexicon, passages, snapshot
from advisor.analysis import Analyzer
from advisor.corpus import Corpus, corpus_directory, lexicon_path, load_corpus
from advisor.index import PassageIndex

CACHE_ENV = "ADVISOR_CACHE_DIR"
FORMAT = "advisor-index"
VERSION = 3  # bump when the file layout changes (3: the analyzer's remembered phrases)
# The code that turns corpus files into the cached passages and terms.
CODE = (analysis, articles, corpus, lexicon, passages, index, snapshot)


class CacheWarning(UserWarning):
    """The cache could not be used (unreadable, foreign, unwritable); answers still come."""


@dataclass(frozen=True)
class Snapshot:
    """A corpus and its index: what the cache stores."""

    corpus: Corpus
    index: PassageIndex


def default_cache_dir() -> Path:
    """`ADVISOR_CACHE_DIR`, else `$XDG_CACHE_HOME/advisor`, else `~/.cache/advisor`."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "advisor"


class CorpusCache:
    """The cache file of one corpus folder."""

    def __init__(
        self, corpus_dir: Path | str | None = None, cache_dir: Path | str | None = None
    ) -> None:
        self.directory = corpus_directory(corpus_dir)
        folder = self.directory.resolve()
        name = re.sub(r"[^\w-]+", "-", folder.name) or "corpus"
        where = hashlib.sha256(str(folder).encode()).hexdigest()[:16]
        self.path = Path(cache_dir or default_cache_dir()) / f"{name}-{where}.index"
        self.key = corpus_key(self.directory)

    def load(self) -> Snapshot | None:
        """The cached snapshot, or None when there is none for this exact corpus."""
        try:
            with self.path.open("rb") as stream:
                header = _read_json(stream)
                if not isinstance(header, dict) or header.get("format") != FORMAT:
                    raise ValueError("not an advisor index cache")
                if header.get("version") != VERSION or header.get("key") != self.key:
                    return None  # an older corpus or advisor: rebuilt, as expected
                document = _read_json(stream)
                arrays = {name: np.load(stream, allow_pickle=False) for name in snapshot.ARRAYS}
            with _no_garbage_collection():  # a million new objects, none of them garbage
                corpus, passage_index = snapshot.from_plain(self.directory, document, arrays)
        except (FileNotFoundError, NotADirectoryError):  # no cache yet
            return None
        except Exception as exc:  # whatever is wrong with the file, rebuild it
            reason = str(exc).split(". ")[0] or exc.__class__.__name__
            warnings.warn(
                f"ignoring the index cache {self.path} (unreadable: {reason}); rebuilding it",
                CacheWarning,
                stacklevel=2,
            )
            return None
        return Snapshot(corpus, passage_index)

    def analyse(
        self, loaded: Corpus | None = None, progress: Callable[[int], None] | None = None
    ) -> Snapshot:
        """Index the corpus (`loaded`, or read from its folder); `progress(n)` reports
        passages analysed."""
        loaded = loaded or load_corpus(self.directory)
        return Snapshot(loaded, PassageIndex.build(loaded.passages, Analyzer(), progress))

    def save(self, built: Snapshot) -> Path | None:
        """Write the snapshot, with every stem its analyzer has worked out so far; the
        file's path, or None (and a warning) when the cache folder cannot be written."""
        document, arrays = snapshot.to_plain(built.corpus, built.index)
        header = {"format": FORMAT, "version": VERSION, "key": self.key}
        try:
            _write_atomically(self.path, header, document, arrays)
        except OSError as exc:
            warnings.warn(
                f"cannot write the index cache {self.path} ({exc.strerror or exc}); "
                "using an index built in memory",
                CacheWarning,
                stacklevel=2,
            )
            return None
        return self.path


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector: rebuilding a large corpus creates objects that
    all stay alive, and the collector would otherwise scan them again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def corpus_key(directory: Path) -> str:
    """A hash of everything the cached data is derived from."""
    digest = hashlib.sha256(json.dumps(settings(), sort_keys=True).encode())
    files = articles.article_paths(directory)
    if lexicon_path(directory).is_file():
        files.append(lexicon_path(directory))
    for path in files:
        digest.update(f"\0{path.relative_to(directory).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def settings() -> dict[str, Any]:
    """What the cache depends on besides the corpus files, read from the code itself so an
    edit changes it without anyone remembering to: the analyzer's settings (every constant
    of `advisor.analysis`: stopwords, stem exceptions, token pattern, stemmer), the
    stemmer's own code, the source of the modules that build the cache, and the versions."""
    from advisor import __version__

    constants = {name: value for name, value in vars(analysis).items() if name.isupper()}
    return {
        "format": [FORMAT, VERSION, __version__],
        "analyzer": json.dumps(constants, sort_keys=True, default=_plain),
        "stemmer": _file_digest(_stemmer_source()),
        "code": {module.__name__: _file_digest(Path(module.__file__)) for module in CODE},
    }


def _stemmer_source() -> Path:
    """The Snowball algorithm's code, found without importing snowballstemmer (that is
    slow, and a cached index rarely needs it): an upgrade may stem differently."""
    spec = importlib.util.find_spec("snowballstemmer")
    if spec is None or spec.origin is None:
        raise ImportError("snowballstemmer is not installed")
    package = Path(spec.origin)
    algorithm = package.with_name(f"{analysis.STEMMER}_stemmer.py")
    return algorithm if algorithm.is_file() else package


def _plain(value: object) -> object:
    """JSON for the analyzer's constants: sets sorted, patterns as their source, anything
    else by its type (its module's source is in the key anyway)."""
    if isinstance(value, set | frozenset):
        return sorted(value)
    if isinstance(value, re.Pattern):
        return [value.pattern, value.flags]
    return type(value).__name__


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_atomically(
    path: Path, header: dict[str, Any], document: dict[str, Any], arrays: dict[str, np.ndarray]
) -> None:
    """Write to a temporary file in the same folder, then rename it over `path`."""
    import tempfile  # only when writing: `advisor ask` with a fresh cache never needs it

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for data in (_json_array(header), _json_array(document), *arrays.values()):
                np.save(out, data, allow_pickle=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _json_array(data: dict[str, Any]) -> np.ndarray:
    return np.frombuffer(json.dumps(data, ensure_ascii=False).encode(), dtype=np.uint8)


def _read_json(stream: BinaryIO) -> Any:
    return json.loads(np.load(stream, allow_pickle=False).tobytes())
