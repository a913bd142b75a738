"""Panel fixtures: one user per role, logged-in test clients, CSRF tokens."""

from __future__ import annotations

import re

import pytest
from flask import g
from flask.testing import FlaskClient

from admin.accounts import create_user

PASSWORD = "correct horse battery"
ROLES = ("viewer", "analyst", "admin")
_TOKEN = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


@pytest.fixture
def users(db):  # noqa: ANN001, ANN201
    with db.session() as s:
        return {role: create_user(s, f"{role}@tabale.test", PASSWORD, role).id for role in ROLES}


def csrf_token(client, path: str = "/admin/login") -> str:  # noqa: ANN001
    page = client.get(path).get_data(as_text=True)
    match = _TOKEN.search(page)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def log_in(client, role: str) -> None:  # noqa: ANN001
    token = csrf_token(client)
    response = client.post(
        "/admin/login",
        data={"email": f"{role}@tabale.test", "password": PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:500]


class RequestClient(FlaskClient):
    """A client whose requests each start with an empty `g`, as in production.

    The `app` fixture keeps one application context open for the whole test,
    and Flask reuses it for test requests: without this, `g` (the CSRF token,
    the locale) would leak from one request to the next.
    """

    def open(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        for name in list(g):
            g.pop(name, None)
        return super().open(*args, **kwargs)


@pytest.fixture
def as_role(app, users):  # noqa: ANN001, ANN201
    app.test_client_class = RequestClient

    def make(role: str | None):  # noqa: ANN202
        client = app.test_client()
        if role:
            log_in(client, role)
        return client

    return make
