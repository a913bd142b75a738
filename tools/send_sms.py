"""Send a message to a running Tabalé the way Twilio would: form-encoded and signed.

    python -m tools.send_sms "Attaque a Mondoro ce matin" --from +22376123456 [--whatsapp]

Reads the auth token and public URL the way the app does (environment, then
`instance/secrets.env`), so it works against `make run` out of the box.
"""

from __future__ import annotations

import argparse
import sys
import uuid

import requests
from twilio.request_validator import RequestValidator

from config import load_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("body")
    parser.add_argument("--from", dest="sender", default="+22376123456")
    parser.add_argument("--whatsapp", action="store_true")
    parser.add_argument("--url", default=None, help="webhook URL (default: PUBLIC_BASE_URL)")
    args = parser.parse_args(argv)

    config = load_config()
    # Twilio signs the public URL; post it to --url (another host/port) if given.
    signed_url = config["PUBLIC_BASE_URL"] + "/webhook/twilio"
    url = args.url or signed_url
    sender = f"whatsapp:{args.sender}" if args.whatsapp else args.sender
    params = {
        "MessageSid": "SM" + uuid.uuid4().hex,
        "AccountSid": config["TWILIO_ACCOUNT_SID"],
        "From": sender,
        "To": config["TWILIO_SMS_FROM"] or "",
        "Body": args.body,
        "NumMedia": "0",
    }
    signature = RequestValidator(config["TWILIO_AUTH_TOKEN"]).compute_signature(signed_url, params)
    response = requests.post(
        url, data=params, headers={"X-Twilio-Signature": signature}, timeout=15
    )
    print(response.status_code, response.text)
    return 0 if response.ok else 1


if __name__ == "__main__":
    sys.exit(main())
