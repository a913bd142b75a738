"""Verification by the area's focal points: rumours are common and dangerous.

A report from an unknown reporter, or one triaged with low confidence, can be
put to the focal points of its area (`OUI <ref>` / `NON <ref>`), alongside
its alerts or before them, as the matching rule says. Held alerts go out when
a focal point confirms, or when the rule's delay passes without an answer —
silence never swallows an alert. A denial cancels held routine alerts; urgent
ones still go out, marked as denied, for a human to judge.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask_babel import force_locale, gettext
from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts import outbox
from alerts.compose import CATEGORY_LABELS, place_name
from locales import message_language
from models import Alert, AlertStatus, Purpose, Report, Reporter, RoutingRule, Verification

LOW_CONFIDENCE = 0.5


def needs_verification(report: Report, reporter: Reporter | None) -> bool:
    """Unknown reporters and uncertain triage are worth a second pair of eyes."""
    unknown = reporter is None or (not reporter.trusted and reporter.report_count <= 1)
    return unknown or report.confidence < LOW_CONFIDENCE or report.needs_review


def ask(session: Session, report: Report) -> int:
    """Ask the focal points of the report's area to confirm it; return how many were asked."""
    from alerts.routing import focal_points

    asked = 0
    for contact in focal_points(session, report):
        if not contact.reachable:
            continue
        with force_locale(message_language(contact.language)):
            body = gettext(
                "Tabale: report %(ref)s, %(what)s at %(place)s. Is it true? Reply OUI %(ref)s "
                "or NON %(ref)s.",
                ref=report.ref,
                what=CATEGORY_LABELS.get(report.category, report.category),
                place=place_name(report.area),
            )
        outbox.enqueue(
            session,
            key=f"verify:{report.id}:{contact.id}",
            purpose=Purpose.VERIFICATION,
            body=body,
            medium=contact.channel,
            contact=contact,
        )
        asked += 1
    if asked:
        report.verification = Verification.PENDING
    return asked


def held_alerts(session: Session, report: Report) -> list[Alert]:
    return list(
        session.scalars(
            select(Alert).where(
                Alert.report_id == report.id,
                Alert.mode == "immediate",
                Alert.status == AlertStatus.PENDING,
            )
        )
    )


def release(session: Session, alert: Alert, now: datetime) -> None:
    from alerts.routing import send_alert

    rule = session.get(RoutingRule, alert.rule_id) if alert.rule_id else None
    minutes = rule.escalation_minutes if rule else 15
    send_alert(
        session,
        alert,
        alert.report,
        alert.incident,
        alert.contact,
        escalate_after=timedelta(minutes=minutes),
        now=now,
    )


def on_answer(session: Session, report: Report, confirmed: bool, now: datetime) -> None:
    """A focal point answered: release or cancel the alerts held for this report."""
    for alert in held_alerts(session, report):
        if confirmed or alert.incident.urgent:
            release(session, alert, now)
        else:
            alert.status = AlertStatus.CANCELLED


def release_due(session: Session, now: datetime) -> int:
    """Held alerts whose wait for an answer is over go out, marked as not verified."""
    due = session.scalars(
        select(Alert)
        .where(
            Alert.mode == "immediate",
            Alert.status == AlertStatus.PENDING,
            Alert.due_at.is_not(None),
            Alert.due_at <= now,
        )
        .limit(200)
    ).all()
    for alert in due:
        release(session, alert, now)
    return len(due)
