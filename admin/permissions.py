"""Who may do what. Checked on every route; the tests walk every route for every role."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import abort
from flask_login import current_user, login_required

from models import Role

READ = (Role.VIEWER, Role.ANALYST, Role.ADMIN)
REVIEW = (Role.ANALYST, Role.ADMIN)
MANAGE = (Role.ADMIN,)


def requires(roles: tuple[str, ...]) -> Callable:
    def decorate(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate


def can(roles: tuple[str, ...]) -> bool:
    return current_user.is_authenticated and current_user.role in roles
