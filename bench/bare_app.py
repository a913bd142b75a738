"""The physical limit of a Flask webhook on this machine: validates nothing, stores nothing.

Served by bench/webhook.py under the same gunicorn settings as Tabalé and
answering the same TwiML, it is what Tabalé is compared against.
"""

from __future__ import annotations

from flask import Flask, Response

app = Flask(__name__)
TWIML = (
    '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Tabale: message recu, '
    "merci. Ref K7Q3M. Gardez ce code. Si danger, restez en lieu sur.</Message></Response>"
)


@app.post("/webhook/twilio")
def webhook() -> Response:
    return Response(TWIML, mimetype="application/xml")
