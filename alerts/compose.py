"""Alert text for one recipient: their language, their time zone, GSM-7 for SMS.

Never the reporter's number, never anything that could identify them: the
excerpt has digit runs that look like phone numbers removed.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flask_babel import force_locale, gettext, lazy_gettext

from locales import message_language
from models import Area, Contact, Incident, Report
from privacy.logs import redact

CATEGORY_LABELS = {
    "attack": lazy_gettext("ATTACK"),
    "kidnapping": lazy_gettext("KIDNAPPING"),
    "cattle_theft": lazy_gettext("CATTLE THEFT"),
    "banditry": lazy_gettext("BANDITRY"),
    "land_dispute": lazy_gettext("LAND DISPUTE"),
    "intercommunal": lazy_gettext("INTERCOMMUNAL TENSION"),
    "armed_presence": lazy_gettext("ARMED MEN"),
    "explosive": lazy_gettext("EXPLOSIVE"),
    "trafficking": lazy_gettext("TRAFFICKING"),
    "displacement": lazy_gettext("DISPLACEMENT"),
    "security_forces_abuse": lazy_gettext("COMPLAINT ABOUT SECURITY FORCES"),
    "service_disruption": lazy_gettext("SERVICE DISRUPTED"),
    "natural_hazard": lazy_gettext("NATURAL HAZARD"),
    "other": lazy_gettext("OTHER"),
}
EXCERPT_CHARS = 120


def place_name(area: Area | None) -> str:
    """'Commune, Cercle' — enough for a commander to know where without a map."""
    if area is None:
        return "?"
    names = [area.name]
    if area.parent is not None and area.parent.level not in ("country",):
        names.append(area.parent.name)
    return ", ".join(names)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The reporter's words, one line, numbers removed, cut at a word boundary."""
    text = redact(" ".join(text.split()))
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def local_time(when: datetime, tz: str) -> str:
    return when.astimezone(ZoneInfo(tz)).strftime("%d/%m %H:%M")


def fitted(render, medium: str, max_segments: int = 2) -> str:  # noqa: ANN001
    """Render with the longest excerpt that keeps an SMS within `max_segments`.

    The excerpt shrinks first, so the reference and the reply instruction at
    the end of an alert are never the part that gets cut.
    """
    from alerts.channels import gsm

    if medium != "sms":
        return render(EXCERPT_CHARS * 4)
    for limit in (EXCERPT_CHARS, 90, 60, 30, 0):
        text = render(limit)
        if gsm.segments(gsm.transliterate(text)) <= max_segments:
            return text
    return text


def alert_text(
    report: Report,
    incident: Incident,
    contact: Contact,
    *,
    level: int = 0,
    excerpt_chars: int = EXCERPT_CHARS,
) -> str:
    """One alert, in the contact's language: urgency, what, where, when, counts, words, ref."""
    with force_locale(message_language(contact.language)):
        parts = []
        if level > 0:
            parts.append(gettext("ESCALATION %(level)s:", level=level))
        head = gettext("URGENT") if incident.urgent else gettext("Info")
        parts.append(f"TABALE {head} {CATEGORY_LABELS.get(incident.category, incident.category)}")
        parts.append(
            f"{place_name(report.area)} {local_time(report.created_at, contact.timezone)}."
        )
        if incident.dead:
            parts.append(gettext("%(num)s dead.", num=incident.dead))
        if incident.injured:
            parts.append(gettext("%(num)s injured.", num=incident.injured))
        if incident.report_count > 1:
            parts.append(gettext("%(num)s reports.", num=incident.report_count))
        if report.verification == "confirmed":
            parts.append(gettext("Confirmed by focal point."))
        elif report.verification == "denied":
            parts.append(gettext("DENIED by focal point."))
        elif report.verification == "pending":
            parts.append(gettext("Not verified yet."))
        if excerpt_chars:
            parts.append(f'"{excerpt(report.text, excerpt_chars)}"')
        parts.append(gettext("Reply OK %(ref)s", ref=report.ref))
        return " ".join(parts)
