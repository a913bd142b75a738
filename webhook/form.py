"""Twilio's inbound form, parsed into a typed value before any business logic runs.

Anything a phone can send is accepted and kept (emoji, right-to-left text,
1,600-character WhatsApp paragraphs); only what cannot be a Twilio message is
refused, with a reason Twilio's debugger shows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from privacy import Address, InvalidAddress, parse_address
from privacy.addresses import scrub_own_number

# MessageSid: SM/MM (messages) or SM/MM-like ids of 34 characters.
_SID = re.compile(r"^[A-Z]{2}[0-9a-fA-F]{32}$")
# Parameters that identify the sender: they never reach the stored params.
SENDER_PARAMS = frozenset({"From", "WaId", "ProfileName", "Author", "ForwardedFrom"})
MAX_MEDIA = 10
MAX_PARAM_LENGTH = 2000


class FormError(ValueError):
    """The request is not a Twilio message we can accept (400)."""


@dataclass(frozen=True)
class Media:
    url: str
    content_type: str


@dataclass(frozen=True)
class InboundForm:
    message_sid: str
    sender: Address
    to: str
    body: str
    medium: str
    media: tuple[Media, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    profile_name: str | None = None
    params: dict[str, str] = field(default_factory=dict)


def clean_text(text: str) -> str:
    """NFC-normalise and drop control characters, keeping line breaks and tabs.

    Control characters would corrupt logs, CSV exports and terminals; nothing
    a person typed is lost by removing them.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text).strip()


# Unicode's Cc (C0, DEL, C1) and Cs (lone surrogates) categories, minus tab and line feed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _float(value: str | None, low: float, high: float) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except ValueError as exc:
        raise FormError("Latitude/Longitude must be numbers") from exc
    if not low <= number <= high:
        raise FormError("Latitude/Longitude out of range")
    return number


def parse_inbound(form: Mapping[str, str], *, default_region: str = "ML") -> InboundForm:
    """Validate and type Twilio's inbound message parameters."""
    sid = (form.get("MessageSid") or form.get("SmsMessageSid") or "").strip()
    if not _SID.match(sid):
        raise FormError("missing or malformed MessageSid")
    try:
        sender = parse_address(form.get("From", ""), default_region=default_region)
    except InvalidAddress as exc:
        raise FormError(f"invalid From: {exc}") from exc
    medium = "whatsapp" if (form.get("From") or "").lower().startswith("whatsapp:") else "sms"
    try:
        num_media = int(form.get("NumMedia") or 0)
    except ValueError as exc:
        raise FormError("NumMedia must be a number") from exc
    media = tuple(
        Media(url=form[f"MediaUrl{i}"], content_type=form.get(f"MediaContentType{i}", ""))
        for i in range(min(max(num_media, 0), MAX_MEDIA))
        if form.get(f"MediaUrl{i}", "").startswith("https://")
    )
    lat = _float(form.get("Latitude"), -90, 90)
    lon = _float(form.get("Longitude"), -180, 180)
    if (lat is None) != (lon is None):
        raise FormError("Latitude and Longitude go together")
    body = scrub_own_number(clean_text(form.get("Body", "")), sender)
    params = {
        k: clean_text(str(v))[:MAX_PARAM_LENGTH] for k, v in form.items() if k not in SENDER_PARAMS
    }
    if "Body" in params:
        params["Body"] = body[:MAX_PARAM_LENGTH]
    profile = clean_text(form.get("ProfileName", ""))[:100] or None
    return InboundForm(
        message_sid=sid,
        sender=sender,
        to=(form.get("To") or "").removeprefix("whatsapp:")[:40],
        body=body,
        medium=medium,
        media=media,
        latitude=lat,
        longitude=lon,
        profile_name=profile,
        params=params,
    )
