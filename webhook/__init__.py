"""Twilio's way in: inbound SMS/WhatsApp messages and delivery status callbacks."""

from flask import Blueprint

bp = Blueprint("webhook", __name__, url_prefix="/webhook")

from webhook import views  # noqa: E402, F401  (registers the routes)
