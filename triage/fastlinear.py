"""Inference for the TF-IDF + logistic regression models without scikit-learn's overhead.

scikit-learn spends most of a one-message prediction building sparse matrices
and validating inputs. For one short SMS the same arithmetic — n-grams,
sublinear TF × IDF, L2 norm, a dot product with the coefficients, softmax —
takes a fraction of the time in plain Python and NumPy. The results equal
scikit-learn's to 1e-9 (tested).
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

_EMPTY_INDEX = np.empty(0, dtype=np.intp)
_EMPTY_VALUES = np.empty(0)


class FastTfidf:
    def __init__(self, vectorizer, offset: int = 0) -> None:  # noqa: ANN001
        self.analyze = vectorizer.build_analyzer()
        self.vocabulary = vectorizer.vocabulary_
        self.idf = np.asarray(vectorizer.idf_, dtype=float)
        self.sublinear = vectorizer.sublinear_tf
        self.offset = offset
        # char_wb n-grams never cross a word boundary, so a text's n-grams are the
        # sum of its words' n-grams: counted once per distinct word, then cached.
        self.per_word = (
            vectorizer.analyzer == "char_wb"
            and vectorizer.preprocessor is None
            and vectorizer.strip_accents is None
        )
        self.lowercase = vectorizer.lowercase
        self.ngram_range = vectorizer.ngram_range
        self._words: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _word_grams(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        known = self._words.get(word)
        if known is None:
            known = self._new_word(word)
            if len(self._words) < 200_000:  # bounded: words are few, junk is not
                self._words[word] = known
        return known

    def _new_word(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """The word's n-grams that are features, and their counts (out-of-vocabulary
        grams, most of a new word's, are never stored)."""
        padded = f" {word} "
        vocabulary = self.vocabulary
        found: dict[int, int] = {}
        low, high = self.ngram_range
        size = len(padded)
        for n in range(low, high + 1):
            if size <= n:  # as scikit-learn: a short word counts once, whole
                grams = (padded,)
            else:
                grams = (padded[i : i + n] for i in range(size - n + 1))
            for gram in grams:
                index = vocabulary.get(gram)
                if index is not None:
                    found[index] = found.get(index, 0) + 1
            if size <= n:
                break
        if not found:
            return _EMPTY_INDEX, _EMPTY_VALUES
        return (
            np.fromiter(found.keys(), dtype=np.intp, count=len(found)),
            np.fromiter(found.values(), dtype=float, count=len(found)),
        )

    def _arrays(self, grams: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        vocabulary = self.vocabulary
        pairs = [(vocabulary[g], c) for g, c in grams.items() if g in vocabulary]
        if not pairs:
            return _EMPTY_INDEX, _EMPTY_VALUES
        index, counts = zip(*pairs, strict=True)
        return np.asarray(index, dtype=np.intp), np.asarray(counts, dtype=float)

    def _counts(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Distinct feature indices of the text and how often each occurs."""
        if not self.per_word:
            return self._arrays(Counter(self.analyze(text)))
        parts = [self._word_grams(w) for w in (text.lower() if self.lowercase else text).split()]
        parts = [p for p in parts if len(p[0])]
        if not parts:
            return _EMPTY_INDEX, _EMPTY_VALUES
        if len(parts) == 1:
            return parts[0]
        index = np.concatenate([p[0] for p in parts])
        counts = np.concatenate([p[1] for p in parts])
        unique, inverse = np.unique(index, return_inverse=True)
        return unique, np.bincount(inverse, weights=counts)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        index, counts = self._counts(text)
        if not len(index):
            return index, counts
        values = (1.0 + np.log(counts) if self.sublinear else counts) * self.idf[index]
        norm = math.sqrt(float(values @ values)) or 1.0
        return index + self.offset if self.offset else index, values / norm


class FastFeatures:
    """A TfidfVectorizer or a FeatureUnion of them (blocks concatenated in order)."""

    def __init__(self, transformer) -> None:  # noqa: ANN001
        parts = (
            [t for _, t in transformer.transformer_list]
            if hasattr(transformer, "transformer_list")
            else [transformer]
        )
        self.parts, offset = [], 0
        for part in parts:
            self.parts.append(FastTfidf(part, offset))
            offset += len(part.vocabulary_)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        found = [part.features(text) for part in self.parts]
        if len(found) == 1:
            return found[0]
        return np.concatenate([i for i, _ in found]), np.concatenate([v for _, v in found])


class FastLogisticStack:
    """Several logistic regressions over the same features, scored with one gather
    and one product (the coefficient rows of a message's features are read once).
    A binary model has one column (a sigmoid), the others one per class (a softmax)."""

    def __init__(self, *models) -> None:  # noqa: ANN002
        self.coef = np.ascontiguousarray(np.hstack([m.coef_.T for m in models]))
        self.intercept = np.concatenate([m.intercept_ for m in models])
        self.slices, start = [], 0
        for model in models:
            width = model.coef_.shape[0]
            self.slices.append((start, start + width, width == 1))
            start += width

    def proba(self, index: np.ndarray, values: np.ndarray) -> list[list[float]]:
        scores = values @ self.coef[index] + self.intercept if len(index) else self.intercept
        out = []
        for start, end, binary in self.slices:
            if binary:
                p = 1.0 / (1.0 + math.exp(-float(scores[start])))
                out.append([1.0 - p, p])
            else:
                part = scores[start:end]
                exp = np.exp(part - part.max())
                out.append((exp / exp.sum()).tolist())
        return out
