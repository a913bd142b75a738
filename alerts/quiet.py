"""Quiet hours: non-urgent messages wait for morning; urgent ones never wait."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from models import Contact


def in_quiet_hours(contact: Contact, when: datetime) -> bool:
    start, end = contact.quiet_start, contact.quiet_end
    if start is None or end is None or start == end:
        return False
    local = when.astimezone(ZoneInfo(contact.timezone)).time()
    if start < end:
        return start <= local < end
    return local >= start or local < end  # spans midnight (22:00–06:00)


def next_allowed(contact: Contact, when: datetime) -> datetime | None:
    """When a non-urgent message may go out, or None if it may go now."""
    if not in_quiet_hours(contact, when):
        return None
    tz = ZoneInfo(contact.timezone)
    local = when.astimezone(tz)
    end = local.replace(
        hour=contact.quiet_end.hour,
        minute=contact.quiet_end.minute,  # type: ignore[union-attr]
        second=0,
        microsecond=0,
    )
    if end <= local:
        end += timedelta(days=1)
    return end.astimezone(when.tzinfo)
