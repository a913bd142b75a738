"""Follow-up commands by SMS: acknowledge, close, add information, verify, register, check in.

Each returns the reply text for the sender, in the sender's language. A
reference command from someone it does not concern is answered plainly
rather than silently ignored, so a commander who mistypes a code knows.
"""

from __future__ import annotations

from flask_babel import force_locale, gettext
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alerts import outbox, verification
from locales import message_language
from models import (
    Alert,
    AlertStatus,
    Contact,
    InboundMessage,
    Incident,
    IncidentStatus,
    Purpose,
    RegistrationRequest,
    Report,
    Reporter,
    ReportNote,
    Verification,
    utcnow,
)

#: Tell the reporter once that their report reached someone who can act.
NOTIFY_REPORTER_ON_ACK = True


def _lang(reporter: Reporter, contact: Contact | None) -> str:
    return message_language(contact.language if contact else reporter.language)


def _t(lang: str, render) -> str:  # noqa: ANN001
    with force_locale(lang):
        return render()


def handle(
    session: Session,
    command,
    reporter: Reporter,  # noqa: ANN001
    contact: Contact | None,
    message: InboundMessage,
) -> str | None:
    lang = _lang(reporter, contact)
    if command.name == "register":
        return _register(session, command.arg, reporter, message, lang)
    if command.name == "calm":
        return _t(lang, lambda: gettext("Tabale: thank you, noted that all is calm."))
    report = session.scalar(select(Report).where(Report.ref == command.ref))
    if report is None:
        return _t(lang, lambda: gettext("Tabale: unknown reference %(ref)s.", ref=command.ref))
    if command.name == "info":
        return _info(session, report, command.arg, reporter, contact, lang)
    if contact is None:
        return _t(
            lang,
            lambda: gettext(
                "Tabale: only alert recipients can use this command. To report, text what happened."
            ),
        )
    if command.name == "ack":
        return acknowledge(session, report, contact, lang)
    if command.name == "close":
        return close(session, report, contact, lang)
    if command.name in ("confirm", "deny"):
        return _verify(session, report, contact, confirmed=command.name == "confirm", lang=lang)
    return None


def acknowledge(session: Session, report: Report, contact: Contact, lang: str) -> str:
    """Stop the escalation of every alert of the incident and tell the others who took it."""
    incident = session.get(Incident, report.incident_id) if report.incident_id else None
    if incident is None:
        return _t(
            lang, lambda: gettext("Tabale: %(ref)s has no alert to acknowledge.", ref=report.ref)
        )
    now = utcnow()
    first = incident.acknowledged_at is None
    if first:
        incident.acknowledged_at = now
        incident.acknowledged_by_id = contact.id
        if incident.status == IncidentStatus.OPEN:
            incident.status = IncidentStatus.ACKNOWLEDGED
    session.execute(
        update(Alert)
        .where(
            Alert.incident_id == incident.id,
            Alert.status.in_((AlertStatus.SENT, AlertStatus.PENDING)),
            Alert.mode == "immediate",
        )
        .values(status=AlertStatus.ACKNOWLEDGED, acknowledged_at=now, due_at=None)
        .execution_options(synchronize_session=False)
    )
    if first:
        _tell_others(session, incident, contact, report)
        _tell_reporter(session, incident)
    return _t(
        lang,
        lambda: gettext(
            "Tabale: %(ref)s acknowledged. Thank you. FIN %(ref)s when handled.", ref=report.ref
        ),
    )


def _tell_others(session: Session, incident: Incident, taker: Contact, report: Report) -> None:
    others = session.scalars(
        select(Contact)
        .join(Alert, Alert.contact_id == Contact.id)
        .where(Alert.incident_id == incident.id, Alert.mode == "immediate", Contact.id != taker.id)
        .distinct()
    ).all()
    for other in others:
        if not other.reachable:
            continue
        body = _t(
            message_language(other.language),
            lambda: gettext(
                "Tabale: alert %(ref)s taken by %(name)s.", ref=report.ref, name=taker.name
            ),
        )
        outbox.enqueue(
            session,
            key=f"taken:{incident.id}:{other.id}",
            purpose=Purpose.NOTICE,
            body=body,
            medium=other.channel,
            contact=other,
        )


def _tell_reporter(session: Session, incident: Incident) -> None:
    if not NOTIFY_REPORTER_ON_ACK:
        return
    reports = session.scalars(select(Report).where(Report.incident_id == incident.id)).all()
    for report in reports:
        reporter = session.get(Reporter, report.reporter_id) if report.reporter_id else None
        if reporter is None or reporter.opted_out or reporter.address_encrypted is None:
            continue
        lang = message_language(reporter.language or report.lang)
        body = _t(
            lang,
            lambda ref=report.ref: gettext(
                "Tabale: your report %(ref)s was passed on. Thank you.", ref=ref
            ),
        )
        outbox.enqueue(
            session,
            key=f"passed-on:{report.id}",
            purpose=Purpose.NOTICE,
            body=body,
            medium=reporter.last_medium,
            reporter=reporter,
        )


def close(session: Session, report: Report, contact: Contact, lang: str) -> str:
    incident = session.get(Incident, report.incident_id) if report.incident_id else None
    if incident is None:
        return _t(lang, lambda: gettext("Tabale: unknown reference %(ref)s.", ref=report.ref))
    if incident.acknowledged_at is None:
        acknowledge(session, report, contact, lang)
    incident.status = IncidentStatus.CLOSED
    incident.closed_at = utcnow()
    session.execute(
        update(Alert)
        .where(Alert.incident_id == incident.id, Alert.status == AlertStatus.PENDING)
        .values(status=AlertStatus.CANCELLED)
        .execution_options(synchronize_session=False)
    )
    return _t(lang, lambda: gettext("Tabale: %(ref)s closed. Thank you.", ref=report.ref))


def _info(
    session: Session,
    report: Report,
    text: str,
    reporter: Reporter,
    contact: Contact | None,
    lang: str,
) -> str:
    if contact is None and report.reporter_id != reporter.id:
        return _t(lang, lambda: gettext("Tabale: unknown reference %(ref)s.", ref=report.ref))
    if not text.strip():
        return _t(
            lang,
            lambda: gettext(
                "Tabale: write the information after the reference: INFO %(ref)s ...",
                ref=report.ref,
            ),
        )
    session.add(
        ReportNote(
            report_id=report.id,
            contact_id=contact.id if contact else None,
            reporter_id=None if contact else reporter.id,
            text=text[:1000],
        )
    )
    return _t(
        lang, lambda: gettext("Tabale: information added to %(ref)s. Thank you.", ref=report.ref)
    )


def _verify(
    session: Session, report: Report, contact: Contact, *, confirmed: bool, lang: str
) -> str:
    if not contact.is_focal_point:
        return _t(
            lang,
            lambda: gettext(
                "Tabale: only alert recipients can use this command. To report, text what happened."
            ),
        )
    report.verification = Verification.CONFIRMED if confirmed else Verification.DENIED
    verification.on_answer(session, report, confirmed, utcnow())
    session.add(
        ReportNote(
            report_id=report.id, contact_id=contact.id, text="CONFIRMED" if confirmed else "DENIED"
        )
    )
    if confirmed:
        return _t(lang, lambda: gettext("Tabale: %(ref)s confirmed. Thank you.", ref=report.ref))
    return _t(
        lang, lambda: gettext("Tabale: %(ref)s marked as not true. Thank you.", ref=report.ref)
    )


def _register(
    session: Session, text: str, reporter: Reporter, message: InboundMessage, lang: str
) -> str:
    pending = session.scalar(
        select(RegistrationRequest).where(
            RegistrationRequest.reporter_id == reporter.id, RegistrationRequest.status == "pending"
        )
    )
    if pending is None:
        session.add(
            RegistrationRequest(
                reporter_id=reporter.id, text=text[:200], medium=message.medium, language=lang
            )
        )
    else:
        pending.text = text[:200]
    return _t(
        lang,
        lambda: gettext("Tabale: request received. An administrator will contact you. Thank you."),
    )
