"""A small demonstration network in central Mali and the Liptako-Gourma border.

For `make run` and the panel's simulator only. The numbers are fictitious
(+22370000xxx) but possible: seeding refuses to run with the Twilio channel,
so a demo can never text a stranger.
"""

from __future__ import annotations

from datetime import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.defaults import ensure_default_rules
from models import Area, Contact, EscalationStep, RoutingRule, Unit
from privacy import hash_address, parse_address

# name, kind, area P-codes covered, complaint keywords
UNITS = [
    ("Gendarmerie de Bandiagara", "security", ["ML0502"], "gendarmerie de bandiagara"),
    ("Garde nationale de Koro", "security", ["ML0507"], "garde de koro,garde nationale de koro"),
    ("FAMa Douentza", "security", ["ML0506", "ML0508"], "fama douentza,militaires de douentza"),
    ("Poste frontalier d'Ansongo", "border", ["ML0702", "ML0704"], "douane ansongo"),
    ("Gendarmerie de Djibo", "security", ["BF5603"], "gendarmerie de djibo"),
    ("Poste frontalier d'Ayorou", "border", ["NE006002"], ""),
    ("Commission de médiation de Mopti", "mediation", ["ML05"], ""),
    ("Observatoire des droits humains", "oversight", ["ML", "BF", "NE"], ""),
    ("Cluster humanitaire Centre", "humanitarian", ["ML05", "ML07"], ""),
    ("Préfecture de Douentza", "authority", ["ML0506"], ""),
    ("Antenne de déminage Centre", "demining", ["ML05", "ML07"], ""),
    ("Association des éleveurs du Seno", "pastoral", ["ML05"], ""),
]

# name, unit, phone, channel, language, role
CONTACTS = [
    ("Adjudant Traoré", "Gendarmerie de Bandiagara", "+22370000101", "sms", "fr", "duty_officer"),
    ("Capitaine Keïta", "Gendarmerie de Bandiagara", "+22370000102", "sms", "fr", "commander"),
    ("Sergent Coulibaly", "Garde nationale de Koro", "+22370000111", "sms", "bm", "duty_officer"),
    ("Lieutenant Diarra", "FAMa Douentza", "+22370000121", "whatsapp", "fr", "duty_officer"),
    (
        "Chef de poste Maïga",
        "Poste frontalier d'Ansongo",
        "+22370000131",
        "sms",
        "fr",
        "duty_officer",
    ),
    ("MDL Ouédraogo", "Gendarmerie de Djibo", "+22670000141", "sms", "fr", "duty_officer"),
    (
        "Chef de poste Hama",
        "Poste frontalier d'Ayorou",
        "+22790000151",
        "sms",
        "fr",
        "duty_officer",
    ),
    (
        "Mme Sangaré (médiation)",
        "Commission de médiation de Mopti",
        "+22370000161",
        "sms",
        "fr",
        "mediator",
    ),
    (
        "M. Diallo (observatoire)",
        "Observatoire des droits humains",
        "+22370000171",
        "whatsapp",
        "fr",
        "oversight",
    ),
    (
        "Mme Touré (humanitaire)",
        "Cluster humanitaire Centre",
        "+22370000181",
        "sms",
        "en",
        "humanitarian",
    ),
    ("Secrétaire général", "Préfecture de Douentza", "+22370000191", "sms", "fr", "authority"),
    ("Démineur Cissé", "Antenne de déminage Centre", "+22370000201", "sms", "fr", "demining"),
    (
        "Président Barry",
        "Association des éleveurs du Seno",
        "+22370000211",
        "sms",
        "ff",
        "pastoral",
    ),
]

# name, commune P-code, phone, language
FOCAL_POINTS = [
    ("Point focal Dinangourou", "ML050705", "+22370000301", "ff"),
    ("Point focal Mondoro", "ML050613", "+22370000302", "fr"),
    ("Point focal Haïré (Boni)", "ML050608", "+22370000303", "ff"),
    ("Point focal Ouattagouna", "ML070204", "+22370000304", "fr"),
    ("Point focal Socoura", "ML050114", "+22370000305", "bm"),
]

# The regional watch room hears what no other rule brings to anyone: a report
# whose place was not understood, or an incident where no unit of its kind serves.
WATCH_ROOM = ("Salle de veille régionale", "+22370000401")


def seed_demo(session: Session, number_hash_key: str) -> bool:
    """Create the demo network unless units already exist; return True if it seeded."""
    if session.scalar(select(func.count(Unit.id))):
        return False
    areas = {a.pcode: a for a in session.scalars(select(Area).where(Area.pcode.is_not(None)))}
    units = {}
    for name, kind, pcodes, keywords in UNITS:
        unit = Unit(
            name=name, kind=kind, keywords=keywords, areas=[areas[p] for p in pcodes if p in areas]
        )
        session.add(unit)
        units[name] = unit
    session.flush()

    def contact(name: str, phone: str, **fields) -> Contact:  # noqa: ANN003
        address = parse_address(phone)
        c = Contact(
            name=name,
            phone=address.value,
            phone_hash=hash_address(address, number_hash_key),
            quiet_start=time(22, 0),
            quiet_end=time(6, 0),
            **fields,
        )
        session.add(c)
        return c

    people = {}
    for name, unit, phone, channel, lang, role in CONTACTS:
        tz = (
            "Africa/Ouagadougou"
            if phone.startswith("+226")
            else ("Africa/Niamey" if phone.startswith("+227") else "Africa/Bamako")
        )
        people[name] = contact(
            name, phone, unit=units[unit], channel=channel, language=lang, role=role, timezone=tz
        )
    for name, pcode, phone, lang in FOCAL_POINTS:
        contact(
            name,
            phone,
            is_focal_point=True,
            area=areas.get(pcode),
            language=lang,
            role="focal_point",
        )
    watch_room = contact(*WATCH_ROOM, language="fr", role="duty_officer")
    ensure_default_rules(session)
    session.add_all(
        [
            RoutingRule(
                name="Nobody else reached, urgent → watch room",
                urgency="urgent",
                contact=watch_room,
                mode="immediate",
                fallback=True,
            ),
            RoutingRule(
                name="Nobody else reached → watch room (digest)",
                urgency="routine",
                contact=watch_room,
                mode="digest",
                fallback=True,
            ),
        ]
    )
    session.flush()
    # Escalation: urgent reports in the cercle of Bandiagara that the duty
    # officer leaves unacknowledged for 15 minutes go to the captain, then to
    # the regional mediation commission.
    session.add(
        RoutingRule(
            name="Bandiagara urgent → duty officer, escalating",
            area=areas.get("ML0502"),
            urgency="urgent",
            contact=people["Adjudant Traoré"],
            mode="immediate",
            escalation_minutes=15,
            steps=[
                EscalationStep(level=1, contact_id=people["Capitaine Keïta"].id, delay_minutes=15),
                EscalationStep(
                    level=2, unit_id=units["Commission de médiation de Mopti"].id, delay_minutes=15
                ),
            ],
        )
    )
    return True
