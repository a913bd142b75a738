"""What happens to a report after triage, inside the intake transaction.

incident (group with its twins) → routing (who must know) → alerts and their
outbox rows. Follow-up commands (OK, FIN, INFO, OUI/NON, INSCRIPTION, CALME)
land here too because they act on the same incidents and alerts.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from models import Contact, InboundMessage, Report, Reporter


def on_new_report(
    session: Session, report: Report, reporter: Reporter, incident_window: timedelta | None = None
) -> None:
    """Group the report into an incident and alert whoever the rules name."""
    from alerts import incidents, routing

    if report.category == "other":
        return
    incident, is_new = incidents.attach(
        session,
        report,
        incidents.DEFAULT_WINDOW if incident_window is None else incident_window,
    )
    routing.route(session, report, incident, is_new=is_new)


def locate(session: Session, report: Report) -> None:
    """A location arrived after the text: resolve the area if the text did not."""
    from alerts import places

    places.locate_from_coordinates(session, report)


def handle_followup(
    session: Session,
    command,
    reporter: Reporter,  # noqa: ANN001
    contact: Contact | None,
    message: InboundMessage,
) -> str | None:
    """OK/FIN/INFO/OUI/NON/INSCRIPTION/CALME: act and return the reply text."""
    from alerts import followup

    return followup.handle(session, command, reporter, contact, message)
