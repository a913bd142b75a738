"""Reference codes people can read aloud and type on a keypad without mistakes."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, G/6: letters and digits that look or sound alike.
ALPHABET = "ACDEFHJKMNPQRTUVWXY34679"
LENGTH = 5
REF_PATTERN = f"[{ALPHABET}]{{{LENGTH}}}"


def new_ref() -> str:
    """A random reference: 24^5 ≈ 8 million codes; the caller retries on a clash."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
