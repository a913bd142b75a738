"""The fake Twilio API server (threaded, HTTP/1.1 keep-alive) and its controls."""

from __future__ import annotations

import base64
import json
import re
import socket
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import requests
from twilio.request_validator import RequestValidator

from alerts.channels import gsm

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
WHATSAPP = re.compile(r"^whatsapp:(\+[1-9]\d{6,14}|[A-Z]{2}\.[A-Za-z0-9_-]{4,})$")
MESSAGES = re.compile(r"^/2010-04-01/Accounts/(?P<account>AC\w+)/Messages(?:/(?P<sid>\w+))?\.json$")


@dataclass
class Fault:
    kind: str  # "status" | "hang" | "drop" | "drop_after_accept" | "hang_after_accept"
    status: int = 500
    code: int | None = None
    retry_after: float | None = None
    seconds: float = 0.0


class FakeTwilio:
    def __init__(
        self,
        account_sid: str = "AC" + "0" * 32,
        auth_token: str = "fake-token",  # noqa: S107 (a fake server's default)
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.host, self.port = host, port
        self.lock = threading.Lock()
        self.messages: list[dict[str, Any]] = []
        self.rejected: list[dict[str, Any]] = []
        self.callbacks: list[dict[str, Any]] = []
        self.faults: deque[Fault] = deque()
        self.opted_out: set[str] = set()
        self.outcomes: dict[str, tuple[str, int | None]] = {}
        self.post_callbacks = False
        self.latency = 0.0  # seconds each send takes, to catch a worker mid-batch
        self.requests = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------
    def start(self) -> FakeTwilio:
        fake = self

        class Handler(_Handler):
            owner = fake

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # peers vanish on purpose
        self._server.request_queue_size = 256
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # -- controls ----------------------------------------------------------------
    def reset(self) -> None:
        with self.lock:
            self.messages.clear()
            self.rejected.clear()
            self.callbacks.clear()
            self.faults.clear()
            self.opted_out.clear()
            self.outcomes.clear()
            self.post_callbacks = False
            self.latency = 0.0
            self.requests = 0

    def fail_next(
        self,
        n: int = 1,
        status: int = 500,
        code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        """The next `n` sends get this HTTP error (nothing is recorded)."""
        with self.lock:
            for _ in range(n):
                self.faults.append(Fault("status", status, code, retry_after))

    def hang_next(self, n: int = 1, seconds: float = 5.0, accept: bool = False) -> None:
        """The next `n` sends get no answer for `seconds` (accepted first if `accept`)."""
        kind = "hang_after_accept" if accept else "hang"
        with self.lock:
            for _ in range(n):
                self.faults.append(Fault(kind, seconds=seconds))

    def drop_next(self, n: int = 1) -> None:
        """The next `n` sends see the connection closed before anything is accepted."""
        with self.lock:
            for _ in range(n):
                self.faults.append(Fault("drop"))

    def drop_after_accept_next(self, n: int = 1) -> None:
        """The next `n` sends are accepted, then the connection is closed without a reply."""
        with self.lock:
            for _ in range(n):
                self.faults.append(Fault("drop_after_accept"))

    def opt_out(self, number: str) -> None:
        with self.lock:
            self.opted_out.add(number.removeprefix("whatsapp:"))

    def set_outcome(self, to: str, status: str, error_code: int | None = None) -> None:
        """The final status (delivered, undelivered, failed) messages to `to` will reach."""
        with self.lock:
            self.outcomes[to] = (status, error_code)

    def sent_to(self, to: str) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.messages if m["params"].get("To") == to]

    def bodies(self) -> list[str]:
        with self.lock:
            return [m["params"].get("Body", "") for m in self.messages]

    # -- callbacks ---------------------------------------------------------------
    def status_callback(self, sid: str, status: str, error_code: int | None = None) -> dict:
        """The signed status callback Twilio would send for a message (url, params, signature)."""
        with self.lock:
            message = next(m for m in self.messages if m["sid"] == sid)
        params = {
            "AccountSid": self.account_sid,
            "MessageSid": sid,
            "SmsSid": sid,
            "MessageStatus": status,
            "SmsStatus": status,
            "To": message["params"].get("To", ""),
            "From": message["params"].get("From", ""),
            "ApiVersion": "2010-04-01",
        }
        if error_code:
            params["ErrorCode"] = str(error_code)
        url = message["params"].get("StatusCallback", "")
        signature = RequestValidator(self.auth_token).compute_signature(url, params)
        callback = {"url": url, "params": params, "signature": signature}
        with self.lock:
            self.callbacks.append(callback)
        if self.post_callbacks and url:
            try:
                requests.post(
                    url, data=params, headers={"X-Twilio-Signature": signature}, timeout=5
                )
            except requests.RequestException:
                pass
        return callback

    def _after_accept(self, record: dict[str, Any]) -> None:
        to = record["params"].get("To", "")
        final = self.outcomes.get(to)
        if not self.post_callbacks and final is None:
            return
        self.status_callback(record["sid"], "sent")
        status, code = final or ("delivered", None)
        self.status_callback(record["sid"], status, code)

    # -- request handling (called by the handler) ----------------------------------
    def _next_fault(self) -> Fault | None:
        with self.lock:
            return self.faults.popleft() if self.faults else None

    def _create(self, params: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, Any] | None]:
        to = params.get("To", "")
        if not (E164.match(to) or WHATSAPP.match(to)):
            return 400, _error(21211, f"The 'To' number {to} is not a valid phone number."), None
        if not params.get("From") and not params.get("MessagingServiceSid"):
            return (
                400,
                _error(21603, "A 'From' or 'MessagingServiceSid' parameter is required"),
                None,
            )
        if not params.get("Body") and not params.get("ContentSid") and not params.get("MediaUrl"):
            return 400, _error(21602, "Message body is required."), None
        if len(params.get("Body", "")) > 1600:
            return (
                400,
                _error(21617, "The concatenated message body exceeds the 1600 character limit."),
                None,
            )
        if to.removeprefix("whatsapp:") in self.opted_out:
            return 400, _error(21610, "Attempt to send to unsubscribed recipient"), None
        sid = "SM" + uuid.uuid4().hex
        now = datetime.now(UTC)
        body = params.get("Body", "")
        record = {
            "sid": sid,
            "params": dict(params),
            "received_monotonic": time.monotonic(),
            "received_at": now,
            "status": "queued",
        }
        with self.lock:
            self.messages.append(record)
        return 201, self._resource(record, body, now), record

    def _resource(self, record: dict[str, Any], body: str, now: datetime) -> dict[str, Any]:
        params = record["params"]
        sid = record["sid"]
        uri = f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json"
        return {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": body,
            "date_created": format_datetime(record["received_at"], usegmt=True),
            "date_sent": None,
            "date_updated": format_datetime(now, usegmt=True),
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": params.get("From"),
            "messaging_service_sid": params.get("MessagingServiceSid"),
            "num_media": "0",
            "num_segments": str(gsm.segments(body)),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": record["status"],
            "subresource_uris": {"media": uri.replace(".json", "/Media.json")},
            "to": params.get("To"),
            "uri": uri,
        }

    def _list(self, query: dict[str, str]) -> dict[str, Any]:
        """Newest first, filtered by To and DateSent>, paginated like the real API."""
        to = query.get("To")
        after_raw = query.get("DateSent>")
        after = _parse_date(after_raw)
        size = max(1, min(1000, int(query.get("PageSize", "50") or 50)))
        page = int(query.get("Page", "0") or 0)
        with self.lock:
            found = [
                m
                for m in reversed(self.messages)
                if (to is None or m["params"].get("To") == to)
                and (after is None or m["received_at"] >= after)
            ]
        chunk = found[page * size : (page + 1) * size]
        now = datetime.now(UTC)
        base = f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        filters = urlencode({k: v for k, v in (("To", to), ("DateSent>", after_raw)) if v})

        def uri(n: int) -> str:
            return (
                f"{base}?{filters}&PageSize={size}&Page={n}"
                if filters
                else f"{base}?PageSize={size}&Page={n}"
            )

        return {
            "messages": [self._resource(m, m["params"].get("Body", ""), now) for m in chunk],
            "end": page * size + max(0, len(chunk) - 1),
            "first_page_uri": uri(0),
            "next_page_uri": uri(page + 1) if (page + 1) * size < len(found) else None,
            "page": page,
            "page_size": size,
            "previous_page_uri": uri(page - 1) if page else None,
            "start": page * size,
            "uri": uri(page),
        }

    def _get(self, sid: str) -> tuple[int, dict[str, Any]]:
        with self.lock:
            found = next((m for m in self.messages if m["sid"] == sid), None)
        if found is None:
            return 404, _error(20404, f"The requested resource {sid} was not found", status=404)
        return 200, self._resource(found, found["params"].get("Body", ""), datetime.now(UTC))

    def _authorised(self, header: str | None) -> bool:
        if not header or not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return user == self.account_sid and password == self.auth_token


class _Handler(BaseHTTPRequestHandler):
    owner: FakeTwilio
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms stalls

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # recipients' numbers are in the URLs; and tests want quiet

    def _params(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8") if length else ""
        return {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}

    def _reply(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def do_GET(self) -> None:  # noqa: N802
        fake = self.owner
        url = urlparse(self.path)
        if url.path.startswith("/_fake/"):
            return self._control_get(url.path)
        match = MESSAGES.match(url.path)
        if not fake._authorised(self.headers.get("Authorization")):
            return self._reply(401, _error(20003, "Authenticate", status=401))
        if match is None or match["account"] != fake.account_sid:
            return self._reply(
                404, _error(20404, "The requested resource was not found", status=404)
            )
        if match["sid"]:
            return self._reply(*fake._get(match["sid"]))
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        return self._reply(200, fake._list(query))

    def do_POST(self) -> None:  # noqa: N802
        fake = self.owner
        url = urlparse(self.path)
        params = self._params()
        if url.path.startswith("/_fake/"):
            return self._control_post(url.path, params)
        with fake.lock:
            fake.requests += 1
        match = MESSAGES.match(url.path)
        if not fake._authorised(self.headers.get("Authorization")):
            return self._reply(401, _error(20003, "Authenticate", status=401))
        if match is None or match["sid"] or match["account"] != fake.account_sid:
            return self._reply(
                404, _error(20404, "The requested resource was not found", status=404)
            )
        fault = fake._next_fault()
        if fault is not None and fault.kind == "status":
            with fake.lock:
                fake.rejected.append({"params": params, "status": fault.status})
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after else None
            code = fault.code or (20429 if fault.status == 429 else 20500)
            message = "Too Many Requests" if fault.status == 429 else "Internal Server Error"
            return self._reply(fault.status, _error(code, message, status=fault.status), headers)
        if fault is not None and fault.kind == "drop":
            return self._drop()
        if fault is not None and fault.kind == "hang":
            time.sleep(fault.seconds)
            return self._drop()
        if fake.latency:
            time.sleep(fake.latency)
        status, payload, record = fake._create(params)
        if fault is not None and fault.kind == "drop_after_accept":
            return self._drop()
        if fault is not None and fault.kind == "hang_after_accept":
            time.sleep(fault.seconds)
            return self._drop()
        self._reply(status, payload)
        if record is not None:
            fake._after_accept(record)

    # -- out-of-process control (python -m fake_twilio) ---------------------------
    def _control_get(self, path: str) -> None:
        fake = self.owner
        if path == "/_fake/messages":
            with fake.lock:
                items = [
                    {
                        "sid": m["sid"],
                        "params": m["params"],
                        "received_monotonic": m["received_monotonic"],
                    }
                    for m in fake.messages
                ]
            return self._reply(200, {"messages": items, "requests": fake.requests})
        return self._reply(404, {"error": "unknown control"})

    def _control_post(self, path: str, params: dict[str, str]) -> None:
        fake = self.owner
        if path == "/_fake/reset":
            fake.reset()
        elif path == "/_fake/fail":
            fake.fail_next(
                int(params.get("n", 1)),
                int(params.get("status", 500)),
                int(params["code"]) if params.get("code") else None,
                float(params["retry_after"]) if params.get("retry_after") else None,
            )
        elif path == "/_fake/drop":
            fake.drop_next(int(params.get("n", 1)))
        elif path == "/_fake/latency":
            fake.latency = float(params.get("seconds", 0))
        elif path == "/_fake/opt_out":
            fake.opt_out(params["number"])
        else:
            return self._reply(404, {"error": "unknown control"})
        return self._reply(200, {"ok": True})


def _error(code: int, message: str, status: int = 400) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None
