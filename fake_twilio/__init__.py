"""A local fake of the Twilio REST API, for tests and benches.

It speaks the real wire format (form-encoded requests with basic auth, the JSON
Twilio returns, its error bodies) so the official SDK talks to it unmodified,
records every accepted message, and fails on demand: HTTP errors with Twilio
error codes, Retry-After, hangs, dropped connections before or after accepting,
opted-out numbers.
"""

from fake_twilio.server import FakeTwilio

__all__ = ["FakeTwilio"]
