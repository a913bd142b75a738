"""The report inbox on 1,000,000 reports: first page and a deep filtered page.

    python -m bench.admin_lists [--rows 1000000] [--repeat 20]

Fills a scratch SQLite database (and PostgreSQL when TEST_DATABASE_URL is set;
that database is reset) with reports spread over two years and every commune
of central Mali, then times `admin.review.inbox` — the very function the
inbox view calls — for the first page, and for page ~N of a filtered list
(category + cercle with its communes + a date range) reached by its keyset
cursor. Last line per backend:

    backend=… rows=… first_page_p50_ms=… first_page_p95_ms=… deep_page_p50_ms=… deep_page_p95_ms=…
"""

from __future__ import annotations

import argparse
import os
import random
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select

from bench.common import percentile, reset_postgres, tmpdir
from models import Area, Database, Report
from models.migrate import upgrade
from seed.areas import load_admin_units

CATEGORIES = [
    "attack", "armed_presence", "cattle_theft", "banditry", "land_dispute", "kidnapping",
    "displacement", "service_disruption", "explosive", "intercommunal", "other",
]  # fmt: skip


def fill(db: Database, rows: int) -> None:
    with db.session() as s:
        communes = list(
            s.execute(
                select(Area.id, Area.path).where(Area.level == "commune", Area.pcode.like("ML05%"))
            )
        )
    rng = random.Random(3)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    span = 2 * 365 * 24 * 3600
    batch = 20000
    t0 = time.perf_counter()
    for offset in range(0, rows, batch):
        chunk = []
        for i in range(offset, min(rows, offset + batch)):
            area_id, path = rng.choice(communes)
            chunk.append(
                {
                    "ref": f"B{i:07d}",
                    "text": f"Rapport {i}: hommes armes au village, {rng.randint(1, 40)} motos",
                    "category": rng.choice(CATEGORIES),
                    "urgent": rng.random() < 0.3,
                    "confidence": 0.8,
                    "places": [],
                    "media": [],
                    "review_reasons": [],
                    "triage_data": {},
                    "area_id": area_id,
                    "area_path": path,
                    "status": "new",
                    "verification": "unverified",
                    "needs_review": rng.random() < 0.1,
                    "medium": "sms",
                    "lang": "fr",
                    "created_at": start + timedelta(seconds=rng.randrange(span)),
                }
            )
        with db.session() as s:
            s.execute(insert(Report), chunk)
    print(f"inserted {rows} reports in {time.perf_counter() - t0:.0f} s", flush=True)


def measure(db: Database, repeat: int) -> tuple[list[float], list[float], int]:
    from admin.review import InboxFilters, inbox

    with db.read_session() as s:
        cercle = s.scalar(select(Area.id).where(Area.pcode == "ML0507"))  # Koro
        filters = InboxFilters(
            category="armed_presence", area_id=cercle,
            date_from=date(2025, 3, 1), date_to=date(2026, 10, 31),
        )  # fmt: skip
        rows, _ = inbox(s, filters, limit=1)
        # The cursor of a page far down the filtered list (not timed).
        from admin.review import apply_filters

        query = apply_filters(s, select(Report.created_at, Report.id), filters)
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        target = s.execute(
            query.order_by(Report.created_at.desc(), Report.id.desc())
            .offset(total * 3 // 4)
            .limit(1)
        ).one()
    first, deep = [], []
    for _ in range(repeat):
        with db.read_session() as s:
            t = time.perf_counter()
            page, _cursor = inbox(s, InboxFilters())
            first.append((time.perf_counter() - t) * 1000)
            assert len(page) == 50
            t = time.perf_counter()
            page, _cursor = inbox(s, filters, before=(target.created_at, target.id))
            deep.append((time.perf_counter() - t) * 1000)
            assert page
    return first, deep, total * 3 // 4 // 50


def run(url: str, backend: str, rows: int, repeat: int) -> None:
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        load_admin_units(s)
    fill(db, rows)
    if backend == "postgresql":
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE reports")
            conn.commit()
    else:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    first, deep, page_number = measure(db, repeat)
    db.dispose()
    print(
        f"backend={backend} rows={rows} deep_page_number~{page_number} "
        f"first_page_p50_ms={percentile(first, 50):.1f} "
        f"first_page_p95_ms={percentile(first, 95):.1f} "
        f"deep_page_p50_ms={percentile(deep, 50):.1f} deep_page_p95_ms={percentile(deep, 95):.1f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    folder = tmpdir("tabale-lists-")
    run(f"sqlite:///{folder / 'lists.db'}", "sqlite", args.rows, args.repeat)
    pg = os.environ.get("TEST_DATABASE_URL")
    if pg:
        from config import normalise_database_url

        reset_postgres(pg)
        run(normalise_database_url(pg), "postgresql", args.rows, args.repeat)


if __name__ == "__main__":
    main()
