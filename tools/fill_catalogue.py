"""Fill a catalogue's empty entries: English with its own msgids, others from a dict file.

python -m tools.fill_catalogue en
python -m tools.fill_catalogue fr /tmp/fr.py   (a module defining FR = {msgid: msgstr})
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

LOCALES = Path(__file__).resolve().parents[1] / "locales"


def main(lang: str, source: str | None = None) -> None:
    path = LOCALES / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as f:
        catalogue = read_po(f, locale=lang)
    table = runpy.run_path(source)[lang.upper()] if source else {}
    filled = 0
    for message in catalogue:
        if message.id and not message.string:
            value = message.id if lang == "en" else table.get(message.id)
            if value:
                message.string = value
                filled += 1
    with path.open("wb") as f:
        write_po(
            f, catalogue, width=100, omit_header=False, sort_output=True, include_previous=False
        )
    print(f"{lang}: {filled} filled")


if __name__ == "__main__":
    main(*sys.argv[1:])
