"""Reporter privacy: pseudonymous keys, encryption at rest, masking, log redaction.

Reprisals against people who report are real. A reporter's address (phone
number or WhatsApp id) is turned into an HMAC key for look-ups and an
encrypted blob for replies, and nothing else in Tabalé ever holds it.
"""

from privacy.addresses import (
    Address,
    AddressCipher,
    InvalidAddress,
    hash_address,
    mask,
    parse_address,
)

__all__ = ["Address", "AddressCipher", "InvalidAddress", "hash_address", "mask", "parse_address"]
