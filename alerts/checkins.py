"""Zero-reporting: silence from a focal point is information too.

A focal point who has sent nothing for N days may have lost their phone,
their network — or their safety. They get one check-in ("reply CALME if all
is calm"); the panel lists who stays silent.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask_babel import force_locale, gettext
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts import outbox
from locales import message_language
from models import Contact, Purpose

DEFAULT_SILENT_DAYS = 7


def silent_focal_points(
    session: Session, now: datetime, days: int = DEFAULT_SILENT_DAYS
) -> list[Contact]:
    """Active focal points with no message for `days` days (never-heard-from included)."""
    cutoff = now - timedelta(days=days)
    last = func.coalesce(Contact.last_inbound_at, Contact.created_at)
    return list(
        session.scalars(
            select(Contact)
            .where(Contact.is_focal_point.is_(True), Contact.active.is_(True), last < cutoff)
            .order_by(last)
        )
    )


def send_checkins(session: Session, now: datetime, days: int = DEFAULT_SILENT_DAYS) -> int:
    """One check-in per silent focal point per silence: not again until they answer."""
    sent = 0
    for contact in silent_focal_points(session, now, days):
        if not contact.reachable:
            continue
        heard = contact.last_inbound_at or contact.created_at
        if contact.last_checkin_at is not None and contact.last_checkin_at > heard:
            continue  # already asked since we last heard from them
        with force_locale(message_language(contact.language)):
            body = gettext(
                "Tabale: no news from you for %(days)s days. Reply CALME if all is "
                "calm, or text what is happening.",
                days=days,
            )
        outbox.enqueue(
            session,
            key=f"checkin:{contact.id}:{now:%Y%m%d}",
            purpose=Purpose.CHECKIN,
            body=body,
            medium=contact.channel,
            contact=contact,
        )
        contact.last_checkin_at = now
        sent += 1
    return sent
