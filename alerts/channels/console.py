"""The console channel: messages are logged and kept in memory, nothing leaves the machine.

It is what `make run` uses so the whole system works offline; the admin
simulator reads `recent_console_messages()` to show what Tabalé would have sent.
"""

from __future__ import annotations

import itertools
import logging
import threading
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import datetime

from alerts.channels import gsm
from alerts.channels.base import OutgoingMessage, SendResult
from models.base import utcnow

log = logging.getLogger("tabale.console")

_RECENT: deque[ConsoleMessage] = deque(maxlen=500)
_LOCK = threading.Lock()
_SEQ = itertools.count(1)


@dataclass(frozen=True)
class ConsoleMessage:
    seq: int
    sid: str
    to: str
    medium: str
    body: str
    segments: int
    sent_at: datetime


def recent_console_messages(after: int = 0) -> list[ConsoleMessage]:
    """Messages "sent" by this process, oldest first, with a sequence number above `after`."""
    with _LOCK:
        return [m for m in _RECENT if m.seq > after]


def last_console_seq() -> int:
    with _LOCK:
        return _RECENT[-1].seq if _RECENT else 0


class ConsoleChannel:
    name = "console"

    def send(self, message: OutgoingMessage) -> SendResult:
        segments = gsm.segments(message.body) if message.medium == "sms" else 1
        sid = "CM" + uuid.uuid4().hex
        item = ConsoleMessage(
            seq=next(_SEQ),
            sid=sid,
            to=message.to,
            medium=message.medium,
            body=message.body,
            segments=segments,
            sent_at=utcnow(),
        )
        with _LOCK:
            _RECENT.append(item)
        # The recipient is a contact or a reporter: never log the number itself.
        log.info("console %s (%d seg) %s", message.medium, segments, message.body)
        return SendResult(provider_sid=sid, status="sent", segments=segments)

    def find_sent(self, to: str, medium: str, body: str, since: datetime) -> SendResult | None:
        with _LOCK:
            for item in reversed(_RECENT):
                if (item.to, item.medium, item.body) == (
                    to,
                    medium,
                    body,
                ) and item.sent_at >= since:
                    return SendResult(provider_sid=item.sid, status="sent", segments=item.segments)
        return None
