"""The panel in real headless Chromium (Debian's), driven by Playwright.

One scenario walks what an admin does on a first day: log in, add a contact,
import a CSV with a bad row, send a report through the simulator and see its
alert, correct the report, switch to English, and check that a `<script>`
sent by SMS stays inert. Screenshots go to docs/screenshots/ when
TABALE_SCREENSHOTS=1 (to refresh the README's pictures), else to a temp dir.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from admin.accounts import create_user

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def config_overrides(config_overrides):  # noqa: ANN001, ANN201
    return {**config_overrides, "CHANNEL": "console"}


@pytest.fixture
def live(app, database_url):  # noqa: ANN001, ANN201
    if not database_url.startswith("sqlite"):
        pytest.skip("the browser scenario runs once, on SQLite")
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (make browser)")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def browser_page(live):  # noqa: ANN001, ANN201
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


@pytest.fixture
def shots(tmp_path):  # noqa: ANN001, ANN201
    folder = ROOT / "docs" / "screenshots" if os.environ.get("TABALE_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return lambda page, name: page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_first_day_of_an_admin(live, browser_page, shots, db, builders, tmp_path):
    page = browser_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with db.session() as s:
        create_user(s, "awa@tabale.test", "correct horse battery", "admin", "Awa")
    unit = builders.unit("Gendarmerie de Bandiagara", pcodes=("ML0502",))
    builders.contact("Adjudant Traoré", unit=unit, phone="+22370000101")
    builders.default_rules()

    # Log in.
    page.goto(live + "/admin/")
    assert "/admin/login" in page.url
    shots(page, "login")
    page.fill("#email", "awa@tabale.test")
    page.fill("#password", "correct horse battery")
    page.click("button[type=submit]")
    page.wait_for_url(live + "/admin/")

    # Add a contact.
    page.goto(live + "/admin/contacts")
    form = page.locator("#new-contact")
    form.locator("#name").fill("Point focal Mondoro")
    form.locator("#phone").fill("76 11 22 33")
    form.locator("#focal_area").fill("ML050613")
    form.locator("button").click()
    assert page.locator("#contacts").get_by_text("Point focal Mondoro").is_visible()
    assert page.locator("#contacts").get_by_text("+22376112233").is_visible()

    # Import a CSV with one bad row: nothing imported, the row is named.
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text(
        "name,phone,unit,language\n"
        "Capitaine Keita,+22370000102,Gendarmerie de Bandiagara,fr\n"
        "Numero faux,12345,,fr\n",
        encoding="utf-8",
    )
    page.goto(live + "/admin/contacts")
    page.set_input_files("#import input[type=file]", str(csv_file))
    page.locator("#import button").click()
    errors = page.locator("#import-errors")
    assert errors.get_by_text("3", exact=True).is_visible()
    page.goto(live + "/admin/contacts")
    assert page.get_by_text("Capitaine Keita").count() == 0
    shots(page, "contacts")

    # A report through the simulator, and the alert it sends.
    page.goto(live + "/admin/simulator")
    page.fill("#body", "Attaque en cours a Bandiagara, tirs, 3 morts")
    page.locator("#simulate button").click()
    reply = page.locator("#reply").inner_text()
    assert re.search(r"\b[ACDEFHJKMNPQRTUVWXY34679]{5}\b", reply), reply
    sent = page.locator("#sent")
    assert sent.get_by_text("Adjudant Traoré").first.is_visible()
    assert "TABALE URGENT" in sent.inner_text()
    shots(page, "simulator")

    # Correct the report's category.
    page.locator("#outcome a").first.click()
    page.select_option("#category", "banditry")
    page.locator("#correct button").click()
    assert page.locator(".flash.ok").is_visible()
    assert "banditry" in page.locator("dl.fields").inner_text()
    shots(page, "report")

    # A fallback rule: what no other rule brings to anyone goes to the watch room.
    builders.contact("Salle de veille", phone="+22370000401")
    page.goto(live + "/admin/rules")
    form = page.locator("form[action$='/rules/new']")
    form.locator("#name").fill("Personne d'autre → salle de veille")
    form.locator("#urgency").select_option("urgent")
    form.locator("#contact").select_option(label="Salle de veille")
    form.locator("#fallback").check()
    form.locator("button").click()
    assert page.locator("table").get_by_text("de secours").is_visible()
    page.locator("#preview #category").select_option("trafficking")
    page.fill("#preview #area", "ML050613")  # inland: no border unit serves Mondoro
    page.locator("#preview #urgent").check()
    page.locator("#preview button").click()
    assert "Salle de veille (immediate, de secours)" in page.locator(".preview").inner_text()
    page.goto(live + "/admin/simulator")
    page.fill("#phone", "+22376999001")  # a new reporter: no earlier place to fall back on
    page.fill("#body", "Attaque en cours, ils tirent sur les gens, 2 morts")
    page.locator("#simulate button").click()
    assert page.locator("#sent").get_by_text("Salle de veille").first.is_visible()
    assert page.locator("#sent").get_by_text("Adjudant Traoré").count() == 0

    # Switch to English.
    page.click("#switch-en")
    assert page.locator("header nav").get_by_text("Reports").is_visible()

    # A <script> sent by SMS renders as text, everywhere.
    page.goto(live + "/admin/simulator")
    hostile = (
        '<script>window.__xss = 1; alert("xss")</script>'
        '<img src=x onerror="alert(2)"> attaque a Bandiagara'
    )
    page.fill("#body", hostile)
    page.locator("#simulate button").click()
    for path in ("/admin/reports", "/admin/", "/admin/map"):
        page.goto(live + path)
        assert page.evaluate("typeof window.__xss") == "undefined"
    page.goto(live + "/admin/reports")
    assert (
        page.get_by_text('<script>window.__xss = 1; alert("xss")</script>', exact=False).count()
        >= 1
    )
    shots(page, "inbox")
    page.locator("table.reports a").first.click()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert "<script>" in page.locator("blockquote.original").inner_text()
    page.goto(live + "/admin/")
    # the report without a place reached only the watch room: shown as a gap to mend
    assert page.get_by_text("reports no rule brought to anyone").is_visible()
    shots(page, "dashboard")
    page.goto(live + "/admin/map")
    shots(page, "map")
    assert dialogs == []
