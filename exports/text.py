"""Making attacker-written text safe to put in a file someone else opens."""

from __future__ import annotations

import re

_PHONE = re.compile(r"(?:\+|00)?\d(?:[\s.\-/]?\d){7,}")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def redact_numbers(text: str) -> str:
    """Any run of 8+ digits (a phone number in any local format) becomes [tel]."""
    return _PHONE.sub("[tel]", text or "")


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text or "")


def csv_cell(value: object) -> str:
    """No spreadsheet formula injection: a cell that starts like a formula gets a quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
