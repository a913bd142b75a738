"""Retention: reporters' numbers are erased after a while; their reports stay.

The encrypted number exists only so Tabalé can reply. Once a reporter has
been quiet for `days`, it is deleted; the HMAC remains, so a returning
reporter is still recognised (and their number stored again to reply).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from models import Reporter

DEFAULT_DAYS = 90


def erase_numbers(session: Session, now: datetime, days: int = DEFAULT_DAYS) -> int:
    """Erase the encrypted numbers of reporters silent for `days`; return how many."""
    result = session.execute(
        update(Reporter)
        .where(
            Reporter.last_seen_at < now - timedelta(days=days),
            Reporter.address_encrypted.is_not(None),
        )
        .values(address_encrypted=None, address_erased_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0
