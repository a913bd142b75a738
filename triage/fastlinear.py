"""Inference for the TF-IDF + logistic regression models without scikit-learn's overhead.

scikit-learn spends most of a one-message prediction building sparse matrices
and validating inputs. For one short SMS the same arithmetic — n-grams,
sublinear TF × IDF, an L2 norm per block, a dot product with the
coefficients, softmax — takes a fraction of the time in plain Python and
NumPy. The results equal scikit-learn's to 1e-9 (tested).

A message's n-grams from every block of the union are gathered as one list of
feature numbers (a repeat listed again) and counted, weighted and normalised
in a handful of NumPy calls: for a short SMS the cost is the number of calls,
not the arithmetic.
"""

from __future__ import annotations

import math
import re

import numpy as np

_EMPTY_INDEX = np.empty(0, dtype=np.intp)
_EMPTY_VALUES = np.empty(0)
_WORD_CACHE_LIMIT = 200_000  # words are few, junk is not: the cache stays bounded


def _plain(vectorizer) -> bool:  # noqa: ANN001
    """Whether the vectorizer works the way this module re-implements it."""
    return (
        vectorizer.analyzer in ("word", "char_wb")
        and vectorizer.preprocessor is None
        and vectorizer.tokenizer is None
        and vectorizer.strip_accents is None
        and vectorizer.stop_words is None
        and vectorizer.lowercase
        and not vectorizer.binary
        and vectorizer.use_idf
        and vectorizer.norm == "l2"
    )


class _CharWordBlock:
    """char_wb n-grams never cross a word boundary, so a text's n-grams are its
    words' n-grams put together: found once per distinct word, then cached."""

    def __init__(self, vectorizer, offset: int) -> None:  # noqa: ANN001
        self.vocabulary = {g: i + offset for g, i in vectorizer.vocabulary_.items()}
        self.low, self.high = vectorizer.ngram_range
        self.words: dict[str, tuple[int, ...]] = {}

    def extend(self, into: list[int], lowered: str) -> None:
        cache = self.words
        for word in lowered.split():
            found = cache.get(word)
            if found is None:
                found = self._grams(word)
                if len(cache) < _WORD_CACHE_LIMIT:
                    cache[word] = found
            into.extend(found)

    def _grams(self, word: str) -> tuple[int, ...]:
        """The word's n-grams that are features, once per occurrence (out-of-vocabulary
        ones, most of a new word's, are not kept)."""
        padded = f" {word} "
        get = self.vocabulary.get
        size = len(padded)
        found = []
        for n in range(self.low, self.high + 1):
            if size <= n:  # as scikit-learn: a short word counts once, whole
                index = get(padded)
                if index is not None:
                    found.append(index)
                break
            for i in range(size - n + 1):
                index = get(padded[i : i + n])
                if index is not None:
                    found.append(index)
        return tuple(found)


class _WordBlock:
    """Word n-grams: scikit-learn's token pattern, then runs of n tokens."""

    def __init__(self, vectorizer, offset: int) -> None:  # noqa: ANN001
        self.vocabulary = {g: i + offset for g, i in vectorizer.vocabulary_.items()}
        self.pattern = re.compile(vectorizer.token_pattern)
        self.low, self.high = vectorizer.ngram_range

    def extend(self, into: list[int], lowered: str) -> None:
        tokens = self.pattern.findall(lowered)
        get = self.vocabulary.get
        for n in range(self.low, self.high + 1):
            grams = (
                tokens
                if n == 1
                else [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
            )
            for gram in grams:
                index = get(gram)
                if index is not None:
                    into.append(index)


class FastFeatures:
    """A TfidfVectorizer or a FeatureUnion of them (blocks concatenated in order)."""

    def __init__(self, transformer) -> None:  # noqa: ANN001
        self.transformer = transformer
        parts = (
            [t for _, t in transformer.transformer_list]
            if hasattr(transformer, "transformer_list")
            else [transformer]
        )
        self.fast = all(_plain(p) for p in parts) and len({p.sublinear_tf for p in parts}) == 1
        self.blocks: list[_WordBlock | _CharWordBlock] = []
        bounds, offset = [], 0
        for part in parts:
            block = _WordBlock if part.analyzer == "word" else _CharWordBlock
            if self.fast:
                self.blocks.append(block(part, offset))
            offset += len(part.vocabulary_)
            bounds.append(offset)
        self.bounds = np.asarray(bounds[:-1], dtype=np.intp)  # where each next block starts
        self.idf = np.concatenate([np.asarray(p.idf_, dtype=float) for p in parts])
        self.sublinear = parts[0].sublinear_tf

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's distinct feature numbers, ascending, and their TF-IDF values."""
        if not self.fast:  # a layout this module does not re-implement: scikit-learn's own
            row = self.transformer.transform([text]).tocsr()
            row.sort_indices()
            return row.indices.astype(np.intp), row.data.astype(float)
        found: list[int] = []
        lowered = text.lower()
        for block in self.blocks:
            block.extend(found, lowered)
        if not found:
            return _EMPTY_INDEX, _EMPTY_VALUES
        index, counts = np.unique(np.array(found, dtype=np.intp), return_counts=True)
        values = (1.0 + np.log(counts) if self.sublinear else counts) * self.idf.take(index)
        # each block of the union is normalised on its own, as scikit-learn does
        edges = [0, *np.searchsorted(index, self.bounds).tolist(), len(index)]
        for start, end in zip(edges, edges[1:], strict=False):
            if end > start:
                part = values[start:end]  # a view: normalised in place
                part /= math.sqrt(float(part @ part)) or 1.0
        return index, values


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
        scores = (
            values @ self.coef.take(index, axis=0) + self.intercept
            if len(index)
            else self.intercept
        )
        scores = scores.tolist()  # a score per class: a few dozen floats, cheaper in Python
        exp, out = math.exp, []
        for start, end, binary in self.slices:
            if binary:
                score = scores[start]  # the sigmoid, without overflowing either way
                p = 1.0 / (1.0 + exp(-score)) if score >= 0 else 1.0 - 1.0 / (1.0 + exp(score))
                out.append([1.0 - p, p])
            else:
                part = scores[start:end]
                top = max(part)
                weights = [exp(s - top) for s in part]
                total = sum(weights)
                out.append([w / total for w in weights])
        return out
