"""The long-lived objects of one Tabalé process, built once by the application factory.

Views, CLI commands, the dispatcher and the scheduler reach them through
`services()`, so nothing opens a connection at import time and tests get a
fresh set per application.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from flask import current_app

from alerts.channels import Channel, build_channel
from models import Database
from privacy import AddressCipher

if TYPE_CHECKING:  # the webhook package imports this module: no import cycle at run time
    from webhook.intake import IntakeSettings


@dataclass
class Services:
    config: dict[str, Any]
    db: Database
    cipher: AddressCipher
    intake: IntakeSettings
    _channel: Channel | None = None
    dispatch_event: threading.Event = field(default_factory=threading.Event)

    @classmethod
    def build(cls, config: dict[str, Any]) -> Services:
        from webhook.intake import IntakeSettings

        cipher = AddressCipher(config["ENCRYPTION_KEYS"])
        return cls(
            config=config,
            db=Database(config["DATABASE_URL"]),
            cipher=cipher,
            intake=IntakeSettings(
                number_hash_key=config["NUMBER_HASH_KEY"],
                cipher=cipher,
                dedup_window=timedelta(seconds=config["DEDUP_WINDOW_SECONDS"]),
                public_base_url=config["PUBLIC_BASE_URL"],
                incident_window=timedelta(hours=config["INCIDENT_WINDOW_HOURS"]),
                flood_per_minute=config["FLOOD_PER_MINUTE"],
                flood_per_hour=config["FLOOD_PER_HOUR"],
            ),
        )

    @property
    def channel(self) -> Channel:
        """The messaging channel, built on first use (the webhook never needs it)."""
        if self._channel is None:
            self._channel = build_channel(self.config)
        return self._channel

    def wake_dispatcher(self) -> None:
        """Let an in-process dispatcher send new outbox rows now instead of at its next poll."""
        self.dispatch_event.set()


def services() -> Services:
    """The services of the current application."""
    return current_app.extensions["tabale"]
