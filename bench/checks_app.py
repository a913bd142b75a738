"""Tabalé with its webhook's work before the database and none of the database.

Served by bench/webhook.py beside Tabalé, the floor and the bare app, under the
same gunicorn settings and load. It is Tabalé's own application (its hooks,
configuration and warmed workers) with the inbound view replaced by the part
of it that runs before any statement: the signature, the form and the sender's
number parsed, and the text's draft (the sender's keyed hash, the resend
digest, the acknowledgement's language, the queue priority, a fresh
reference), answered with the acknowledgement it would send. It stores
nothing, so it is no webhook: it measures how much of the ratio Tabalé's
required checks take before durability costs anything.
"""

from __future__ import annotations

from flask import Response, request

from app import create_app
from services import services
from webhook import replies
from webhook.form import FormError, parse_inbound
from webhook.intake import draft
from webhook.views import _signed, _twiml

app = create_app()


def checks_only() -> Response:
    if not _signed():
        return Response("invalid signature\n", status=403, mimetype="text/plain")
    try:
        form = parse_inbound(request.form)
    except FormError as exc:
        return Response(f"bad request: {exc}\n", status=400, mimetype="text/plain")
    text = draft(form, services().intake)
    return _twiml(replies.acknowledgement(text.language, text.candidate))


app.view_functions["webhook.inbound"] = checks_only
