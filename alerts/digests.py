"""Digests: each contact's non-urgent reports, summarised to fit one to three SMS.

A digest is keyed by (schedule, contact, fire time), so a scheduler that
runs the same fire twice after a take-over queues it once; the alerts it
carries move from `pending` to `sent` in the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from flask_babel import force_locale, gettext
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from alerts import outbox, quiet
from alerts.channels import gsm
from alerts.compose import CATEGORY_LABELS, local_time
from locales import message_language
from models import (
    Alert,
    AlertStatus,
    Contact,
    Incident,
    IncidentStatus,
    Purpose,
    Report,
    Schedule,
    Unit,
)

MAX_SEGMENTS = 3


def contacts_on(session: Session, schedule: Schedule) -> list[Contact]:
    """Contacts whose digest follows this schedule (own, else unit's, else the default)."""
    unit_schedule = (
        select(Unit.digest_schedule_id).where(Unit.id == Contact.unit_id).scalar_subquery()
    )
    own = Contact.digest_schedule_id == schedule.id
    via_unit = Contact.digest_schedule_id.is_(None) & (unit_schedule == schedule.id)
    conditions = [own, via_unit]
    if schedule.is_default:
        conditions.append(
            Contact.digest_schedule_id.is_(None)
            & (Contact.unit_id.is_(None) | unit_schedule.is_(None))
        )
    return list(session.scalars(select(Contact).where(or_(*conditions))))


def pending_alerts(session: Session, contact: Contact) -> list[Alert]:
    return list(
        session.scalars(
            select(Alert)
            .join(Incident, Incident.id == Alert.incident_id)
            .where(
                Alert.contact_id == contact.id,
                Alert.mode == "digest",
                Alert.status == AlertStatus.PENDING,
                Incident.status != IncidentStatus.CLOSED,
            )
            .order_by(Alert.created_at)
        )
    )


def digest_text(contact: Contact, alerts: list[Alert], when: datetime) -> str:
    """`TABALE 24/11 07:00: 3 reports. ATTAQUE Boni (K7Q2M); …` within three segments."""
    with force_locale(message_language(contact.language)):
        lines = []
        for alert in alerts:
            report: Report = alert.report
            incident: Incident = alert.incident
            place = report.area.name if report.area is not None else "?"
            count = f" x{incident.report_count}" if incident.report_count > 1 else ""
            lines.append(
                f"{CATEGORY_LABELS.get(report.category, report.category)} "
                f"{place}{count} ({report.ref})"
            )
        head = gettext(
            "TABALE digest %(when)s: %(num)s report(s).",
            when=local_time(when, contact.timezone),
            num=len(alerts),
        )
        body = head + " " + "; ".join(lines)
        if contact.channel != "sms":
            return body
        # Drop items from the end until it fits, and say how many are in the panel.
        for keep in range(len(lines), -1, -1):
            more = len(lines) - keep
            text = head + " " + "; ".join(lines[:keep])
            if more:
                text += " " + gettext("+%(num)s more in the panel.", num=more)
            if gsm.segments(gsm.transliterate(text)) <= MAX_SEGMENTS:
                return text
        return head


def send_digests(session: Session, schedule_id: int, fire_time: datetime) -> int:
    """Queue one digest per contact on this schedule that has something to tell."""
    schedule = session.get(Schedule, schedule_id)
    if schedule is None or not schedule.active:
        return 0
    sent = 0
    stamp = fire_time.strftime("%Y%m%dT%H%M")
    for contact in contacts_on(session, schedule):
        if not contact.reachable:
            continue
        alerts = pending_alerts(session, contact)
        if not alerts:
            continue
        outbox.enqueue(
            session,
            key=f"digest:{schedule.id}:{contact.id}:{stamp}",
            purpose=Purpose.DIGEST,
            body=digest_text(contact, alerts, fire_time),
            medium=contact.channel,
            contact=contact,
            not_before=quiet.next_allowed(contact, fire_time),
            max_segments=MAX_SEGMENTS,
        )
        for alert in alerts:
            alert.status = AlertStatus.SENT
            alert.sent_at = fire_time
        sent += 1
    return sent
