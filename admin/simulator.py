"""The simulator: type a message as any phone, see Tabalé's reply and what it sends.

Only with the console channel: nothing leaves the machine, so a newcomer can
play without alerting a real commander at 3 a.m.
"""

from __future__ import annotations

import uuid

from flask import current_app, render_template
from sqlalchemy import select

from admin import bp
from admin.forms import SimulatorForm
from admin.permissions import REVIEW, requires
from alerts.channels.console import last_console_seq, recent_console_messages
from alerts.dispatcher import Dispatcher, DispatchSettings
from models import Contact
from services import services
from webhook.form import FormError, parse_inbound
from webhook.intake import receive


def simulate(phone: str, channel: str, body: str) -> dict:
    """Run one message through intake and dispatch; return the reply and what was sent."""
    svc = services()
    sender = f"whatsapp:{phone}" if channel == "whatsapp" else phone
    form = parse_inbound(
        {"MessageSid": "SM" + uuid.uuid4().hex, "From": sender, "To": "+22370009999", "Body": body}
    )
    seq = last_console_seq()
    with svc.db.session() as session:
        result = receive(session, form, svc.intake)
    Dispatcher(
        svc.db, svc.channel, svc.cipher, DispatchSettings.from_config(current_app.config)
    ).drain()
    sent = recent_console_messages(after=seq)
    with svc.db.read_session() as session:
        names = dict(
            session.execute(
                select(Contact.phone, Contact.name).where(
                    Contact.phone.in_([m.to.removeprefix("whatsapp:") for m in sent])
                )
            ).all()
        )
    outgoing = [
        {
            "to": names.get(
                m.to.removeprefix("whatsapp:"),
                "reporter" if m.to.removeprefix("whatsapp:") == form.sender.value else "?",
            ),
            "medium": m.medium,
            "segments": m.segments,
            "body": m.body,
        }
        for m in sent
    ]
    return {"reply": result.reply, "ref": result.ref, "kind": result.kind, "sent": outgoing}


@bp.route("/simulator", methods=["GET", "POST"])
@requires(REVIEW)
def simulator():  # noqa: ANN201
    enabled = current_app.config["CHANNEL"] == "console"
    form = SimulatorForm()
    outcome, error = None, None
    if enabled and form.validate_on_submit():
        try:
            outcome = simulate(form.phone.data.strip(), form.channel.data, form.body.data)
        except FormError as exc:
            error = str(exc)
    return render_template(
        "admin/simulator.html", form=form, enabled=enabled, outcome=outcome, error=error
    )
