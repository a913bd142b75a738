"""Messaging channels: the console (offline development) and Twilio (SMS and WhatsApp)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from alerts.channels.base import Channel, ChannelError, OutgoingMessage, SendResult


def build_channel(config: Mapping[str, Any]) -> Channel:
    """The channel named by `CHANNEL`; unknown names are a configuration error."""
    name = config.get("CHANNEL", "console")
    if name == "console":
        from alerts.channels.console import ConsoleChannel

        return ConsoleChannel()
    if name == "twilio":
        from alerts.channels.twilio_channel import TwilioChannel

        return TwilioChannel.from_config(config)
    raise ValueError(f"unknown CHANNEL {name!r} (expected 'console' or 'twilio')")


CHANNELS = ("console", "twilio")

__all__ = [
    "CHANNELS",
    "Channel",
    "ChannelError",
    "OutgoingMessage",
    "SendResult",
    "build_channel",
]
