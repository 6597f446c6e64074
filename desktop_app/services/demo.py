"""Realistic German demo data, deterministic per seed, fast enough for a million customers.

Bulk writes are one driver executemany per table and chunk, with the values prepared by the column
types' own bind processors (see _executemany); ORM `add_all` ran ten times slower and plain Core
executemany spent more time assembling parameters than SQLite spent storing them.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import column, func, insert, select, table
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import TableClause

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import (
    Consent,
    ConsentEvent,
    ConsentText,
    Customer,
    CustomerEvent,
    DataSource,
    Purpose,
    Suppression,
)
from desktop_app.domain.enums import (
    CaptureMethod,
    Channel,
    ConsentEventKind,
    ConsentStatus,
    CustomerEventKind,
    CustomerKind,
    LegalBasis,
    SourceKind,
    SuppressionReason,
)
from desktop_app.domain.normalise import keyed_hash, search_text
from desktop_app.services import audit
from desktop_app.services.suppression import SuppressionKeys

CHUNK = 5_000
_STAGING = "demo_customers_staging"
_TO_ASCII = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ø": "o", "ğ": "g"}
)
Progress = Callable[[int, int], None]

FIRST_NAMES = """
Anna Emma Mia Sophie Lena Hannah Marie Lea Laura Julia Katharina Sabine Petra Monika Claudia Andrea
Ursula Renate Birgit Jutta Gabriele Elke Karin Heike Ingrid Lukas Leon Paul Jonas Felix Maximilian
Thomas Michael Andreas Stefan Peter Klaus Jürgen Wolfgang Frank Uwe Bernd Matthias Markus Jörg
Sebastian Tobias Florian Christian Dieter Günter Horst Özlem Ayşe Mehmet Björn Sören Jens Kai Ole
""".split()
LAST_NAMES = """
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber
Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank
Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus
Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber
Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold
Wolff Pfeiffer Yılmaz Kaya Nowak Kowalski
""".split()
STREETS = (
    "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Birkenweg",
    "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Schillerstraße", "Goethestraße",
    "Mühlenweg", "Am Markt", "Rosenweg", "Friedrichstraße", "Wiesenweg", "Feldstraße", "Jahnstraße",
)  # fmt: skip
CITIES = (
    ("10115", "Berlin", "030"),
    ("20095", "Hamburg", "040"),
    ("80331", "München", "089"),
    ("50667", "Köln", "0221"),
    ("60311", "Frankfurt am Main", "069"),
    ("70173", "Stuttgart", "0711"),
    ("40213", "Düsseldorf", "0211"),
    ("04109", "Leipzig", "0341"),
    ("44135", "Dortmund", "0231"),
    ("45127", "Essen", "0201"),
    ("28195", "Bremen", "0421"),
    ("01067", "Dresden", "0351"),
    ("30159", "Hannover", "0511"),
    ("90402", "Nürnberg", "0911"),
    ("47051", "Duisburg", "0203"),
    ("44787", "Bochum", "0234"),
    ("42103", "Wuppertal", "0202"),
    ("33602", "Bielefeld", "0521"),
    ("53111", "Bonn", "0228"),
    ("48143", "Münster", "0251"),
    ("07743", "Jena", "03641"),
    ("06108", "Halle (Saale)", "0345"),
    ("24103", "Kiel", "0431"),
    ("18055", "Rostock", "0381"),
    ("79098", "Freiburg im Breisgau", "0761"),
    ("93047", "Regensburg", "0941"),
    ("37073", "Göttingen", "0551"),
    ("99084", "Erfurt", "0361"),
    ("14467", "Potsdam", "0331"),
    ("66111", "Saarbrücken", "0681"),
)
COMPANY_WORDS = ("Bäckerei", "Autohaus", "Praxis", "Kanzlei", "Blumen", "Elektro", "Sanitär", "Café", "Optik")
COMPANY_FORMS = ("GmbH", "KG", "e.K.", "GmbH & Co. KG", "OHG", "UG (haftungsbeschränkt)")
MAIL_DOMAINS = ("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "mailbox.org")

DEMO_SOURCES = (
    ("Website-Anmeldeformular", SourceKind.WEB_FORM, False, ""),
    ("Online-Shop Checkout", SourceKind.SHOP_CHECKOUT, False, ""),
    ("Messe Hannover 2025", SourceKind.TRADE_FAIR, False, ""),
    ("Papierformular Ladentheke", SourceKind.PAPER_FORM, False, ""),
    ("Telefonische Bestellung", SourceKind.PHONE_CALL, False, ""),
    ("Bestandskunden (Warenwirtschaft)", SourceKind.EXISTING_CUSTOMER, False, ""),
    ("Adresskauf Listbroker Süd", SourceKind.THIRD_PARTY, True, "Adressverlag Süd GmbH"),
)
_METHOD_FOR_SOURCE = {
    SourceKind.WEB_FORM: CaptureMethod.WEB_FORM,
    SourceKind.SHOP_CHECKOUT: CaptureMethod.WEB_FORM,
    SourceKind.TRADE_FAIR: CaptureMethod.PAPER_FORM,
    SourceKind.PAPER_FORM: CaptureMethod.PAPER_FORM,
    SourceKind.PHONE_CALL: CaptureMethod.PHONE_CALL,
    SourceKind.EXISTING_CUSTOMER: CaptureMethod.IN_PERSON,
    SourceKind.THIRD_PARTY: CaptureMethod.IMPORT,
}


# The wording a demo consent points to, so demo consents carry evidence as recorded ones do. Consents
# bought with a third-party list do not: their wording is the broker's, which is what the governance
# page's "consents without evidence" is there to show.
_DEMO_TEXT = (
    "Ja, ich bin damit einverstanden, dass mich {business} zum Zweck „{purpose}“ kontaktiert. "
    "Diese Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen, z. B. per E-Mail "
    "oder über den Abmeldelink in jeder Nachricht."
)


@dataclass(frozen=True)
class DemoResult:
    customers: int
    consents: int
    events: int
    objections: int
    withdrawals: int


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, CHUNK):
        yield start, min(total, start + CHUNK)


def _ensure_sources(session: Session) -> list[tuple[int, SourceKind, bool]]:
    existing = {s.name: s for s in session.execute(select(DataSource)).scalars()}
    result = []
    for name, kind, third, provider in DEMO_SOURCES:
        row = existing.get(name)
        if row is None:
            row = DataSource(
                name=name,
                kind=kind.value,
                is_third_party=third,
                provider=provider or None,
                collected_from=dt.date(2019, 1, 1),
                legal_basis_note="Demo-Daten",
            )
            session.add(row)
            session.flush()
        result.append((row.id, kind, third))
    return result


def _ensure_texts(session: Session, purposes: dict[str, int]) -> dict[str, int]:
    """The latest German consent text of each purpose, one made where a purpose has none yet."""
    latest = {
        purpose_id: text_id
        for purpose_id, text_id in session.execute(
            select(ConsentText.purpose_id, func.max(ConsentText.id))
            .where(ConsentText.language == "de")
            .group_by(ConsentText.purpose_id)
        )
    }
    names: dict[int, str] = {pid: name for pid, name in session.execute(select(Purpose.id, Purpose.name_de))}
    result = {}
    for code, purpose_id in purposes.items():
        if purpose_id not in latest:
            row = ConsentText(
                purpose_id=purpose_id,
                language="de",
                version=1,
                title=f"Einwilligung: {names[purpose_id]}",
                body=_DEMO_TEXT.format(business="die Demo GmbH", purpose=names[purpose_id]),
                valid_from=dt.date(2019, 1, 1),
                created_by="demo",
            )
            session.add(row)
            session.flush()
            latest[purpose_id] = row.id
        result[code] = latest[purpose_id]
    return result


class _Generator:
    """Makes one customer with its consents at a time; all randomness comes from one seeded RNG."""

    def __init__(
        self,
        seed: int,
        today: dt.date,
        sources: list[tuple[int, SourceKind, bool]],
        purposes: dict[str, int],
        keys: SuppressionKeys,
        number_offset: int,
        texts: dict[str, int] | None = None,
    ) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.sources = sources
        self.purposes = purposes
        self.texts = texts or {}
        self.keys = keys
        self.number_offset = number_offset

    def customer(self, n: int) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        business = rng.random() < 0.18
        postcode, city, area = rng.choice(CITIES)
        company = f"{rng.choice(COMPANY_WORDS)} {last} {rng.choice(COMPANY_FORMS)}" if business else ""
        ascii_last = last.lower().translate(_TO_ASCII)
        ascii_first = first.lower().translate(_TO_ASCII)
        number = self.number_offset + n
        email = (
            f"{ascii_first}.{ascii_last}{number}@{rng.choice(MAIL_DOMAINS)}" if rng.random() < 0.85 else ""
        )
        phone = f"{area} {rng.randint(100000, 9999999)}" if rng.random() < 0.6 else ""
        mobile = f"0151 {rng.randint(1000000, 99999999)}" if rng.random() < 0.4 else ""
        created = self.today - dt.timedelta(days=rng.randint(0, 6 * 365))
        existing = rng.random() < 0.45
        source_id, source_kind, third = rng.choice(self.sources)
        birth = None
        if not business and rng.random() < 0.5:
            birth = self.today - dt.timedelta(days=rng.randint(14 * 365, 85 * 365))
        customer_no = f"K-{number:07d}"
        phone_e164, mobile_e164 = _e164(phone), _e164(mobile)
        email_hash = keyed_hash(self.keys.key, email) if email else None
        street = f"{rng.choice(STREETS)} {rng.randint(1, 120)}"
        cust = {
            "customer_no": customer_no,
            "kind": (CustomerKind.BUSINESS if business else CustomerKind.CONSUMER).value,
            "salutation": None,
            "title": None,
            "first_name": first,
            "last_name": last,
            "company": company,
            "email": email,
            "email_norm": email or None,
            "phone": phone,
            "phone_e164": phone_e164,
            "mobile": mobile,
            "mobile_e164": mobile_e164,
            # What SuppressionKeys.hashes gives, without re-parsing what this generator made: the
            # addresses are lower-case ASCII without a +tag (so normal and loose forms are the address
            # itself) and _e164 is libphonenumber's E.164 for these numbers. Parsing them with
            # libphonenumber was a third of the generation time; a test checks the two agree.
            "email_hash": email_hash,
            "email_loose_hash": email_hash,
            "phone_hash": keyed_hash(self.keys.key, phone_e164) if phone_e164 else None,
            "mobile_hash": keyed_hash(self.keys.key, mobile_e164) if mobile_e164 else None,
            "street": street,
            "postcode": postcode,
            "city": city,
            "country": "DE",
            "birth_date": birth,
            "is_existing_customer": existing,
            "customer_since": created if existing else None,
            "last_purchase_on": created + dt.timedelta(days=rng.randint(0, 900)) if existing else None,
            "address_from_sale": existing and rng.random() < 0.8,
            "informed_right_to_object": existing and rng.random() < 0.7,
            "art14_notified_on": created + dt.timedelta(days=10) if third else None,
            "notes": "",
            "status": "active",
            "restricted_reason": "",
            "source_id": source_id,
            "search_text": " ".join(
                p
                for p in (
                    customer_no.casefold(),
                    _folded(first),
                    _folded(last),
                    _folded(company),
                    email,  # already lower-case ASCII: folding changes nothing
                    phone,
                    mobile,
                    postcode,
                    _folded(city),
                )
                if p
            ),
            "created_by": "demo",
            "created_at": _at(created),
            "updated_at": _at(created),
            "version_id": 1,
        }
        consents = []
        for code, channel in self._consent_slots(business):
            granted = created + dt.timedelta(days=rng.randint(0, 400))
            if granted > self.today:
                granted = self.today
            status = ConsentStatus.GRANTED
            doi = (
                _at(granted) + dt.timedelta(minutes=rng.randint(2, 600)) if channel == Channel.EMAIL else None
            )
            roll = rng.random()
            withdrawn = None
            if channel == Channel.EMAIL and roll < 0.04:
                status, doi = ConsentStatus.PENDING, None
            elif roll < 0.07:
                status = ConsentStatus.WITHDRAWN
                withdrawn = _at(granted) + dt.timedelta(days=rng.randint(1, 500))
                if withdrawn.date() > self.today:
                    withdrawn = _at(self.today)
            consents.append(
                {
                    "purpose_id": self.purposes[code],
                    "channel": channel.value,
                    "status": status.value,
                    "legal_basis": LegalBasis.CONSENT.value,
                    "granted_at": _at(granted),
                    "doi_requested_at": _at(granted) if channel == Channel.EMAIL else None,
                    "doi_confirmed_at": doi,
                    "withdrawn_at": withdrawn,
                    "refused_at": None,
                    "valid_until": None,
                    "last_used_at": None,
                    "capture_method": _METHOD_FOR_SOURCE[source_kind].value,
                    "source_id": source_id,
                    "source_third_party": third,
                    "names_business": not third or rng.random() < 0.3,
                    "parental_consent": False,
                    "consent_text_id": None if third else self.texts.get(code),
                    "proof_ref": f"DEMO-{number}",
                    "attachment_id": None,
                    "import_batch_id": None,
                    "recorded_by": "demo",
                    "recorded_at": _at(granted),
                    "updated_at": _at(granted),
                }
            )
        flags = []
        if rng.random() < 0.01:
            flags.append("objection")
        return cust, consents, flags

    def _consent_slots(self, business: bool) -> list[tuple[str, Channel]]:
        rng = self.rng
        slots: list[tuple[str, Channel]] = []
        if rng.random() < 0.7:
            slots.append(("newsletter", Channel.EMAIL))
        if rng.random() < 0.55:
            slots.append(("offers", Channel.EMAIL))
        if rng.random() < 0.5:
            slots.append(("offers", Channel.POST))
        if rng.random() < (0.35 if business else 0.2):
            slots.append(("offers", Channel.PHONE))
        if rng.random() < 0.3:
            slots.append(("survey", Channel.EMAIL))
        if rng.random() < 0.25:
            slots.append(("personalised", Channel.EMAIL))
        if rng.random() < 0.15:
            slots.append(("newsletter", Channel.SMS))
        if rng.random() < 0.1:
            slots.append(("partners", Channel.POST))
        return slots


@functools.lru_cache(maxsize=8192)
def _folded(value: str) -> str:
    """search_text of one value; names, companies and cities repeat, so this is mostly a lookup."""
    return search_text(value)


@functools.lru_cache(maxsize=8192)
def _at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=dt.UTC)


def _e164(local: str) -> str | None:
    digits = "".join(ch for ch in local if ch.isdigit())
    return "+49" + digits[1:] if digits.startswith("0") else None


def generate_demo(
    db: Database,
    customers: int = 2000,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Adds `customers` demo customers (on top of what is there) in chunks of CHUNK per transaction."""
    today = today or dt.date.today()
    with db.session() as session:
        sources = _ensure_sources(session)
        purposes = {code: pid for code, pid in session.execute(select(Purpose.code, Purpose.id))}
        offset = int(session.execute(select(func.count(Customer.id))).scalar_one())
        keys = SuppressionKeys.load_or_create(session)
        texts = _ensure_texts(session, purposes)
    gen = _Generator(seed, today, sources, purposes, keys, offset + 1, texts)
    n_consents = n_events = n_objections = n_withdrawals = 0
    for start, end in _chunks(customers):
        batch = [gen.customer(n) for n in range(start, end)]
        with db.session() as session:
            first_id = _insert_customers(session, [b[0] for b in batch])
            consent_rows: list[dict[str, Any]] = []
            objections: list[tuple[int, dict[str, Any]]] = []
            for i, (cust, consents, flags) in enumerate(batch):
                cid = first_id + i
                for row in consents:
                    row["customer_id"] = cid
                consent_rows.extend(consents)
                if "objection" in flags:
                    objections.append((cid, cust))
            created = _insert_consents(session, consent_rows)
            n_consents += len(consent_rows)
            n_events += created
            n_withdrawals += sum(1 for r in consent_rows if r["status"] == ConsentStatus.WITHDRAWN.value)
            _insert_objections(session, keys, objections, today)
            n_objections += len(objections)
        if progress:
            progress(end, customers)
    with db.session() as session:
        audit.record(
            session,
            "demo",
            "generate_demo",
            "database",
            None,
            f"customers={customers} consents={n_consents} seed={seed}",
        )
    return DemoResult(customers, n_consents, n_events, n_objections, n_withdrawals)


def _insert_customers(session: Session, rows: list[dict[str, Any]]) -> int:
    """Inserts rows and returns the id of the first; ids are consecutive under the write lock."""
    before = session.execute(select(func.coalesce(func.max(Customer.id), 0))).scalar_one()
    first = int(before) + 1
    for i, row in enumerate(rows):
        row["id"] = first + i
    if session.get_bind().dialect.name != "sqlite":
        _bulk(session, Customer, rows)
        return first
    # A trigger adds every new customer to the FTS5 search index. Inserted row by row, FTS5 writes a
    # tiny index segment per statement and keeps merging them; staged in a temporary table and moved
    # with one INSERT ... SELECT, the chunk is indexed as one segment: three to four times faster.
    # CREATE TABLE ... AS SELECT keeps each column's type affinity, so the stored values are the same.
    conn = session.connection()
    columns = list(rows[0])
    names = ", ".join(columns)
    conn.exec_driver_sql(f"CREATE TEMP TABLE {_STAGING} AS SELECT * FROM main.customers WHERE 0")
    staging = table(_STAGING, *(column(c, Customer.__table__.c[c].type) for c in columns))
    _executemany(conn, staging, rows)
    conn.exec_driver_sql(f"INSERT INTO main.customers ({names}) SELECT {names} FROM temp.{_STAGING}")
    conn.exec_driver_sql(f"DROP TABLE temp.{_STAGING}")
    return first


def _insert_consents(session: Session, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    before = int(session.execute(select(func.coalesce(func.max(Consent.id), 0))).scalar_one())
    for i, row in enumerate(rows):
        row["id"] = before + 1 + i
    _bulk(session, Consent, rows)
    events: list[dict[str, Any]] = []
    for row in rows:
        # Every dict has the same keys: Core then sends one executemany instead of one statement a row.
        base = {
            "consent_id": row["id"],
            "customer_id": row["customer_id"],
            "recorded_by": "demo",
            "source_id": row["source_id"],
            "legal_basis": row["legal_basis"],
            "proof_ref": row["proof_ref"],
            "consent_text_id": row["consent_text_id"],
            "valid_until": None,
            "attachment_id": None,
            "import_batch_id": None,
            "campaign_export_id": None,
            "note": "",
            "names_business": None,
            "parental_consent": None,
            "method": None,
            "source_third_party": row["source_third_party"],
        }
        events.append(
            {
                **base,
                "kind": ConsentEventKind.GRANTED.value,
                "occurred_at": row["granted_at"],
                "recorded_at": row["granted_at"],
                "method": row["capture_method"],
                "names_business": row["names_business"],
                "parental_consent": False,
            }
        )
        if row["doi_requested_at"] is not None:
            # The demo's events must replay to the stored row exactly like recorded consents do.
            events.append(
                {
                    **base,
                    "kind": ConsentEventKind.DOI_REQUESTED.value,
                    "occurred_at": row["doi_requested_at"],
                    "recorded_at": row["doi_requested_at"],
                }
            )
        if row["doi_confirmed_at"] is not None:
            events.append(
                {
                    **base,
                    "kind": ConsentEventKind.DOI_CONFIRMED.value,
                    "occurred_at": row["doi_confirmed_at"],
                    "recorded_at": row["doi_confirmed_at"],
                }
            )
        if row["withdrawn_at"] is not None:
            events.append(
                {
                    **base,
                    "kind": ConsentEventKind.WITHDRAWN.value,
                    "occurred_at": row["withdrawn_at"],
                    "recorded_at": row["withdrawn_at"],
                    "method": CaptureMethod.EMAIL.value,
                }
            )
    _bulk(session, ConsentEvent, events)
    return len(events)


def _bulk(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    if rows:
        _executemany(session.connection(), model.__table__, rows)


def _executemany(conn: Connection, target: TableClause, rows: list[dict[str, Any]]) -> None:
    """One driver executemany of `rows` (dicts with the same keys) into `target`.

    The values go through each column type's own bind processor, as Core would send them, but once
    per distinct value of a column (dates and flags repeat all the time) and column by column with
    C-level itemgetter/zip instead of Core's per-row parameter assembly, which cost more than
    SQLite's own work. Left-out columns get their constant Python-side default as Core would; a
    column with a computed default makes Core do the insert.
    """
    keys = list(rows[0])
    defaults: dict[str, Any] = {}
    for c in target.c:
        if c.key not in keys and c.default is not None:
            if not c.default.is_scalar:
                conn.execute(insert(target), rows)
                return
            defaults[c.key] = c.default.arg  # type: ignore[attr-defined]
    dialect = conn.dialect
    compiled = insert(target).compile(dialect=dialect, column_keys=keys + list(defaults))
    order = list(compiled.positiontup or ()) if dialect.positional else keys + list(defaults)
    columns: list[list[Any]] = []
    for key in order:
        process = target.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        values = [defaults[key]] * len(rows) if key in defaults else list(map(itemgetter(key), rows))
        if process is not None:
            done = {value: process(value) for value in set(values)}
            values = list(map(done.__getitem__, values))
        columns.append(values)
    params: list[Any] = list(zip(*columns, strict=True))
    if not dialect.positional:
        params = [dict(zip(order, values, strict=True)) for values in params]
    conn.exec_driver_sql(str(compiled), params)


def _insert_objections(
    session: Session, keys: SuppressionKeys, objections: list[tuple[int, dict[str, Any]]], today: dt.date
) -> None:
    if not objections:
        return
    now = utcnow()
    suppressions, events = [], []
    for cid, cust in objections:
        at = _at(today - dt.timedelta(days=30))
        hashes = keys.hashes(cust["email"], cust["phone"] or cust["mobile"])
        suppressions.append(
            {
                "reason": SuppressionReason.OBJECTION.value,
                "channel": None,
                "customer_id": cid,
                "email_hash": hashes.email,
                "email_loose_hash": hashes.email_loose,
                "phone_hash": hashes.phone,
                "effective_at": at,
                "recorded_at": now,
                "recorded_by": "demo",
                "note": "",
            }
        )
        events.append(
            {
                "customer_id": cid,
                "kind": CustomerEventKind.OBJECTION.value,
                "channel": None,
                "occurred_at": at,
                "recorded_at": now,
                "recorded_by": "demo",
                "method": CaptureMethod.EMAIL.value,
                "note": "",
                "related_customer_id": None,
            }
        )
    _bulk(session, Suppression, suppressions)
    _bulk(session, CustomerEvent, events)
