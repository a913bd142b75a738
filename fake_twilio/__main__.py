"""Run the fake Twilio API on its own: `python -m fake_twilio --port 8099`."""

from __future__ import annotations

import argparse
import time

from fake_twilio.server import FakeTwilio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--account-sid", default="AC" + "0" * 32)
    parser.add_argument("--auth-token", default="fake-token")
    parser.add_argument("--callbacks", action="store_true", help="post status callbacks")
    args = parser.parse_args()
    fake = FakeTwilio(args.account_sid, args.auth_token, port=args.port).start()
    fake.post_callbacks = args.callbacks
    print(f"fake Twilio API on {fake.base_url} (account {args.account_sid})", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
