"""The audit log: who changed what, when, with the values before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models import AuditLog


def record(
    session: Session,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: object = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    detail: str | None = None,
) -> None:
    session.add(
        AuditLog(
            user_id=user_id,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=_plain(before),
            after=_plain(after),
            detail=detail,
        )
    )


def _plain(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {
        k: v if isinstance(v, (str, int, float, bool, type(None))) else str(v)
        for k, v in values.items()
    }


def snapshot(obj: object, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields}
