"""Twilio request signatures: the only proof that a webhook comes from Twilio."""

from __future__ import annotations

from collections.abc import Mapping

from flask import Request
from twilio.request_validator import RequestValidator, compare


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
    validator = RequestValidator(auth_token)
    params = dict(params)
    if compare(validator.compute_signature(url, params), signature):
        return True  # the usual case, in one HMAC instead of the SDK's two or three
    # The SDK's own check also accepts the URL with or without an explicit port.
    return bool(validator.validate(url, params, signature))
