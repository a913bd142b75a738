"""Parsing, pseudonymising and encrypting the addresses Twilio gives us."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

import phonenumbers
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

# WhatsApp business-scoped user ids look like "CC.1A2b3C…": a country prefix,
# a dot and an opaque token. They are as identifying as a number.
_BSUID = re.compile(r"^[A-Z]{2}\.[A-Za-z0-9_-]{4,64}$")


class InvalidAddress(ValueError):
    """The sender or recipient address is not a usable phone number or WhatsApp id."""


@dataclass(frozen=True)
class Address:
    """A sender address without its channel prefix.

    `kind` is "tel" (E.164 number in `value`) or "wa" (WhatsApp user id). The
    same number reaching us by SMS and by WhatsApp is the same reporter.
    """

    kind: str
    value: str
    medium: str  # "sms" | "whatsapp"
    country_code: str | None = None

    @property
    def key(self) -> str:
        """The canonical string that is hashed and encrypted."""
        return f"{self.kind}:{self.value}"


def parse_address(raw: str, *, default_region: str = "ML") -> Address:
    """Parse Twilio's `From` (`+223…`, `whatsapp:+223…` or `whatsapp:CC.…`)."""
    raw = (raw or "").strip()
    medium = "sms"
    if raw.lower().startswith("whatsapp:"):
        medium = "whatsapp"
        raw = raw.split(":", 1)[1].strip()
    if not raw:
        raise InvalidAddress("empty address")
    if medium == "whatsapp" and _BSUID.match(raw):
        return Address(kind="wa", value=raw, medium=medium)
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidAddress("not a phone number") from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidAddress("not a possible phone number")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Address(kind="tel", value=e164, medium=medium, country_code=str(number.country_code))


def normalise_phone(raw: str, *, default_region: str = "ML") -> str:
    """E.164 form of a number typed by an admin, or InvalidAddress.

    Stricter than `parse_address`: an admin entering a contact must give a
    number that can really receive messages.
    """
    try:
        number = phonenumbers.parse((raw or "").strip(), default_region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidAddress("not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidAddress("not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def hash_address(address: Address | str, key: str) -> str:
    """HMAC-SHA256 of the canonical address: stable look-up key, useless to a thief."""
    data = address.key if isinstance(address, Address) else address
    return hmac.new(key.encode(), data.encode(), hashlib.sha256).hexdigest()


def mask(value: str | None) -> str:
    """A form safe for logs and screens: `+223****56`, `CC.****`."""
    if not value:
        return "?"
    value = value.removeprefix("whatsapp:")
    if value.startswith("+") and len(value) > 6:
        return value[:4] + "****" + value[-2:]
    return value[:3] + "****"


class AddressCipher:
    """Encrypts addresses at rest with Fernet, several keys for rotation.

    The first key encrypts; every key decrypts, so keys can be rotated by
    prepending a new one and re-encrypting (`flask privacy rotate-keys`).
    """

    def __init__(self, keys: str) -> None:
        parts = [k.strip() for k in keys.split(",") if k.strip()]
        if not parts:
            raise ValueError("no encryption key")
        self._fernet = MultiFernet([Fernet(k.encode()) for k in parts])

    def encrypt(self, address: Address) -> bytes:
        return self._fernet.encrypt(f"{address.key}|{address.medium}".encode())

    def decrypt(self, blob: bytes) -> Address:
        try:
            text = self._fernet.decrypt(blob).decode()
        except InvalidToken as exc:
            raise InvalidAddress("cannot decrypt address (wrong key?)") from exc
        key, _, medium = text.rpartition("|")
        kind, _, value = key.partition(":")
        return Address(kind=kind, value=value, medium=medium or "sms")

    def rotate(self, blob: bytes) -> bytes:
        """Re-encrypt under the newest key."""
        return self._fernet.rotate(blob)


OWN_NUMBER_MARK = "[tel]"
_NON_DIGITS = re.compile(r"\D")


def scrub_own_number(text: str, address: Address) -> str:
    """Remove the sender's own number from what they wrote.

    Reporters often sign with their number ("appelez-moi au 76 12 34 56"). We
    already hold it, encrypted, for replies; kept in the text it would reach
    the database, the panel and the exports in clear. Other numbers in a report
    (a kidnapper's phone) are information and stay, but alerts never show them.
    """
    if address.kind != "tel" or not text:
        return text
    digits = address.value.lstrip("+")
    national = digits[len(address.country_code or "") :] if address.country_code else digits
    if national not in _NON_DIGITS.sub("", text):
        return text  # the common case, decided without building a pattern
    forms = {digits, national}
    sep = r"[\s.\-/]*"
    for form in sorted(forms, key=len, reverse=True):
        if len(form) < 6:
            continue
        pattern = sep.join(re.escape(d) for d in form)
        prefix = (
            rf"(?:(?:\+|00){sep})?"
            if form == digits
            else rf"(?:(?:\+|00){sep}{re.escape(address.country_code or '')}{sep})?"
        )
        text = re.sub(rf"(?<!\d){prefix}{pattern}(?!\d)", OWN_NUMBER_MARK, text)
    return text
