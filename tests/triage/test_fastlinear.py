"""The hand-written inference must give scikit-learn's probabilities, or the
cross-validated figures would not describe the model that runs."""

from __future__ import annotations

import numpy as np

from triage import model as learned
from triage.normalise import normalise

TEXTS = [
    "Attaque a Mondoro ce matin, 2 morts",
    "a  b   c",  # one-letter words: shorter than the n-grams
    "ne bɛ Bandiagara, mɔgɔ fila sara",
    "",
    "!!!",
    "ALERTE VOL BETAIL Dinangourou 40 boeufs",
    "hommes armés à moto vers Djibo, les gens fuient vers Ouahigouya",
    "x" * 300,
]


def test_fast_inference_equals_scikit_learn() -> None:
    model = learned.current()
    for raw in TEXTS:
        text = normalise(raw)
        x = model.features.transform([text])
        languages, categories, urgent = model.analyse(text)
        theirs = model.language.predict_proba(x)[0]
        assert np.allclose([languages[c] for c in model.languages], theirs, atol=1e-9)
        alone = model.language_proba(text)
        assert np.allclose(
            [languages[c] for c in model.languages], [alone[c] for c in model.languages]
        )
        categories_alone, urgent_alone = model.predict(text)
        assert np.allclose(
            [categories[c] for c in model.categories],
            [categories_alone[c] for c in model.categories],
        )
        assert abs(urgent - urgent_alone) < 1e-12

        assert np.allclose(
            [categories[c] for c in model.categories],
            model.category.predict_proba(x)[0],
            atol=1e-9,
        )
        assert abs(urgent - model.urgency.predict_proba(x)[0][1]) < 1e-9
