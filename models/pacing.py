"""The shared send budget of each sender number, across every dispatcher process."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class SenderPace(Base):
    """When the sender's next message may leave: dispatchers reserve slots from it."""

    __tablename__ = "sender_pace"

    sender: Mapped[str] = mapped_column(String(80), primary_key=True)
    next_free_at: Mapped[datetime]
