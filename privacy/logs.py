"""A last line of defence: no log record leaves the process with a phone number in it.

Code never logs numbers (it logs masked forms), but a library, an exception
message or a future mistake might. This filter rewrites anything that looks
like a phone number or a WhatsApp id in every record, before any handler
writes it.
"""

from __future__ import annotations

import logging
import re

# +22376123456, 0022376123456, whatsapp:+223…, "76 12 34 56" (8+ digits with spaces),
# and WhatsApp business-scoped ids (CC.xxxx).
_PATTERNS = [
    re.compile(r"(?:whatsapp:)?(?:\+|(?<![0-9A-Za-z]))\d[\d \-.]{6,}\d(?![0-9A-Za-z])"),
    re.compile(r"(?:whatsapp:)?\b[A-Z]{2}\.[A-Za-z0-9_-]{6,64}\b"),
]


def redact(text: str) -> str:
    """Replace number-like runs of 8+ digits with a mask, leave everything else."""

    def _mask(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if match.re is _PATTERNS[0] and len(digits) < 8:
            return match.group(0)
        return "[redacted]"

    for pattern in _PATTERNS:
        text = pattern.sub(_mask, text)
    return text


class RedactingFilter(logging.Filter):
    """Formats the record's message once and stores it redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


def install(level: str = "INFO") -> None:
    """Put the filter on every root handler (and add one if there is none)."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    root.setLevel(level)
    # The twilio SDK logs full request URLs and parameters at DEBUG.
    logging.getLogger("twilio").setLevel(logging.WARNING)
