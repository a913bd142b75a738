"""The learned half of triage: character and word n-grams into linear models.

Three small models — language, category, urgency — trained in a few seconds
from the corpus, the language samples and admin corrections. They share one
set of features (word and character n-grams fitted on the corpus), so a
report's n-grams are computed once for all three. They catch the
wording the lexicon does not list; the lexicon catches what a few hundred
examples cannot teach. Built at first use and cached per process; `retrain`
rebuilds them with corrections and saves them under the instance folder.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from triage.corpus import CORPUS, corpus_rows, language_rows
from triage.language import WordLanguage
from triage.normalise import normalise

log = logging.getLogger(__name__)
# 5: digits and letters tokenised apart; 6: Fulfulde ñ read as ny; 7: spellings by ear;
# 8: more spellings by ear (vach, animo, déplassé, trafik, manjé, mézon, chan);
# 9: pri, ecol, pren, corp, encor, partou…, "il son" read "ils sont";
# 10: Bambara "sira kan" keeps its "kan"
# 14: "secour", "rte"; 15: apostrophes left out ("lhopital", "jai")
# 18: "c'est" read "cest"; 19: "dz", "bonbe", "gens armé" read "gens armes", "ils tire"
# 20: "dpuis", "déplasé", "ya plu"
VERSION = 21


@dataclass
class Model:
    language: object
    features: object
    category: object
    urgency: object
    categories: tuple[str, ...]
    languages: tuple[str, ...]
    trained_on: int
    words_language: WordLanguage | None = None
    version: int = VERSION  # a file saved by an older layout is not loaded
    _fast: dict = field(default_factory=dict, repr=False, compare=False)

    def _compiled(self) -> dict:
        if not self._fast:
            from triage.fastlinear import FastFeatures, FastLogisticStack

            self._fast.update(
                features=FastFeatures(self.features),
                models=FastLogisticStack(self.language, self.category, self.urgency),
            )
        return self._fast

    def analyse(self, text: str) -> tuple[dict[str, float], dict[str, float], float]:
        """Language and category probabilities and the probability of urgency, from one
        feature pass: the three models share their features."""
        fast = self._compiled()
        languages, categories, urgency = fast["models"].proba(*fast["features"].features(text))
        return (
            dict(zip(self.languages, languages, strict=True)),
            dict(zip(self.categories, categories, strict=True)),
            urgency[1],
        )

    def language_proba(self, text: str) -> dict[str, float]:
        return self.analyse(text)[0]

    def quick_language_proba(self, words: list[str]) -> dict[str, float]:
        """Language probabilities from whole words alone: the acknowledgement's, before triage."""
        return self.words_language.proba(words)  # type: ignore[union-attr]

    def predict(self, text: str) -> tuple[dict[str, float], float]:
        """Category probabilities and the probability of urgency."""
        _, categories, urgent = self.analyse(text)
        return categories, urgent

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_fast"] = {}  # rebuilt after loading (it holds analyzer closures)
        return state


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
                ),
            ),
        ]
    )


def train(rows: list[dict], language_extra: list[dict] | None = None) -> Model:
    """Train on corpus-format rows (text, category, urgent, lang)."""
    texts = [normalise(r["text"]) for r in rows]
    lang_rows = [r for r in rows if r.get("lang")] + list(language_extra or [])
    lang_texts = [normalise(r["text"]) for r in lang_rows]
    features = _features().fit(texts)
    x = features.transform(texts)
    language = LogisticRegression(C=10, max_iter=2000, class_weight="balanced").fit(
        features.transform(lang_texts), [r["lang"] for r in lang_rows]
    )
    category = LogisticRegression(C=8, max_iter=2000, class_weight="balanced").fit(
        x, [r["category"] for r in rows]
    )
    known = [i for i, r in enumerate(rows) if r.get("urgent") is not None]
    urgency = LogisticRegression(C=4, max_iter=2000, class_weight="balanced").fit(
        x[known], np.array([bool(rows[i]["urgent"]) for i in known], dtype=int)
    )
    return Model(
        language=language,
        features=features,
        category=category,
        urgency=urgency,
        categories=tuple(str(c) for c in category.classes_),
        languages=tuple(str(c) for c in language.classes_),
        trained_on=len(rows),
        words_language=WordLanguage(
            [(text.split(), r["lang"]) for text, r in zip(lang_texts, lang_rows, strict=True)]
        ),
    )


def fingerprint(rows: list[dict]) -> str:
    import sklearn

    digest = hashlib.sha256(f"{VERSION}/{sklearn.__version__}".encode())
    for row in rows:
        digest.update(f"{row['text']}\x00{row.get('category')}\x00{row.get('urgent')}\n".encode())
    return digest.hexdigest()[:16]


_lock = threading.Lock()
_model: Model | None = None
_model_path: Path | None = None
_source: Path | None = None  # the saved file the model in use came from (None: the corpus)


def configure(path: Path | None) -> None:
    """Where a retrained model lives (the app's instance folder); loaded if present.

    Without a saved model the corpus-trained one is kept: applications in one
    process (tests) do not retrain it each time.
    """
    global _model_path, _model, _source
    with _lock:
        _model_path = path
        saved = _load(path) if path is not None and path.exists() else None
        if saved is not None:
            _model, _source = saved, path
        elif _source is not None:
            _model, _source = None, None


def current() -> Model:
    """The model in use: a retrained one if saved, else one built from the shipped corpus."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _load(_model_path) or _corpus_model()
    return _model


def _corpus_model() -> Model:
    """The corpus-trained model, cached on disk so each worker loads it instead of training."""
    rows, extra = corpus_rows(), language_rows()
    cache = None
    if _model_path is not None:
        cache = _model_path.parent / f"triage-corpus-{fingerprint(rows + extra)}.pkl"
        cached = _load(cache)
        if cached is not None:
            return cached
    model = train(rows, extra)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{threading.get_ident()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump(model, f)
            tmp.replace(cache)
        except OSError:
            log.warning("could not cache the triage model in %s", cache.parent)
    return model


def _load(path: Path | None) -> Model | None:
    if path is None or not path.exists():
        return None
    try:
        with path.open("rb") as f:
            data = pickle.load(f)  # noqa: S301 (our own file, in our instance folder)
    except Exception:  # a corrupt or incompatible file: rebuild rather than fail intake
        log.exception("triage model at %s unusable; using the shipped corpus", path)
        return None
    if not isinstance(data, Model) or data.__dict__.get("version") != VERSION:
        log.warning(
            "triage model at %s was saved by an older version; using the shipped corpus "
            "until `flask triage retrain` rebuilds it with the corrections",
            path,
        )
        return None
    return data


def retrain(extra_rows: list[dict], path: Path | None = None) -> Model:
    """Rebuild from the corpus plus `extra_rows` (admin corrections); save and use it."""
    global _model
    model = train(corpus_rows() + extra_rows, language_rows())
    target = path or _model_path
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(model, f)
        tmp.replace(target)
    global _source
    with _lock:
        _model, _source = model, target
    return model


def corpus_fingerprint() -> str:
    return hashlib.sha256(CORPUS.read_bytes()).hexdigest()
