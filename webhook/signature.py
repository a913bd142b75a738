"""Twilio request signatures: the only proof that a webhook comes from Twilio."""

from __future__ import annotations

from collections.abc import Mapping

from flask import Request
from twilio.request_validator import RequestValidator


def signed_url(request: Request, public_base_url: str, trust_proxy: int) -> str:
    """The URL Twilio signed.

    Behind a TLS-terminating proxy Flask sees `http://internal:8000/...` while
    Twilio signed `https://public.example/...`. With `TRUST_PROXY` set,
    Werkzeug's ProxyFix has already rebuilt the public URL from the
    X-Forwarded-* headers; otherwise the configured `PUBLIC_BASE_URL` is the
    truth.
    """
    if trust_proxy:
        return request.url
    path = request.full_path
    if path.endswith("?"):
        path = path[:-1]
    return public_base_url + path


def is_valid(auth_token: str, url: str, params: Mapping[str, str], signature: str | None) -> bool:
    """True only when `signature` is Twilio's HMAC of this URL and these params."""
    if not signature or not auth_token:
        return False
    return bool(RequestValidator(auth_token).validate(url, dict(params), signature))
