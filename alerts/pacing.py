"""Per-sender-number rate limiting shared by all dispatcher workers.

Carriers and Twilio throttle each sender number (messages per second); going
faster only fills Twilio's queue or earns 429s. Each worker reserves a window
of slots for its whole batch in one short transaction, then spaces its sends
inside it, so four workers on three machines together keep to the rate.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.dialects import postgresql, sqlite

from models import Database
from models.base import utcnow
from models.pacing import SenderPace


class SenderPacer:
    def __init__(self, db: Database, sender: str, rate: float) -> None:
        self.db = db
        self.sender = sender[:80]
        self.rate = rate

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def reserve(self, count: int, now: datetime | None = None) -> list[datetime]:
        """The times at which this worker may send its next `count` messages."""
        now = now or utcnow()
        if not self.enabled or count <= 0:
            return [now] * max(count, 0)
        step = timedelta(seconds=1 / self.rate)
        with self.db.session() as session:
            # Two workers may meet a new sender at once: create its row with
            # ON CONFLICT DO NOTHING, then lock it, so neither fails on the key.
            dialect = postgresql if not self.db.is_sqlite else sqlite
            session.execute(
                dialect.insert(SenderPace)
                .values(sender=self.sender, next_free_at=now)
                .on_conflict_do_nothing(index_elements=["sender"])
            )
            pace = session.get(
                SenderPace,
                self.sender,
                with_for_update=not self.db.is_sqlite,
                populate_existing=True,
            )
            start = max(pace.next_free_at, now)
            pace.next_free_at = start + step * count
        return [start + step * i for i in range(count)]
