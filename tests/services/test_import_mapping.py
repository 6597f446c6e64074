"""Automatic mapping of German and English headings, and import profiles as versioned JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.domain.enums import Channel, CustomerKind, SourceKind
from desktop_app.services.importing import (
    ColumnRule,
    ConsentColumn,
    Defaults,
    ImportProfile,
    MergePolicy,
    NoMeans,
    ProfileError,
    SourceSpec,
    Target,
    auto_profile,
    dump_profile,
    parse_profile,
    suggest,
)
from desktop_app.services.importing.targets import normalise_heading


@pytest.mark.parametrize(
    ("heading", "target"),
    [
        ("E-Mail-Adresse", Target.EMAIL),
        ("E-Mail", Target.EMAIL),
        ("Mail", Target.EMAIL),
        ("Email", Target.EMAIL),
        ("e-mail address", Target.EMAIL),
        ("Vorname", Target.FIRST_NAME),
        ("Name", Target.LAST_NAME),
        ("Nachname", Target.LAST_NAME),
        ("Firma", Target.COMPANY),
        ("PLZ", Target.POSTCODE),
        ("Postleitzahl", Target.POSTCODE),
        ("Ort", Target.CITY),
        ("Stadt", Target.CITY),
        ("Straße", Target.STREET),
        ("STRASSE", Target.STREET),
        ("Str.", Target.STREET),
        ("Hausnummer", Target.HOUSE_NUMBER),
        ("Telefon", Target.PHONE),
        ("Tel.", Target.PHONE),
        ("Handy", Target.MOBILE),
        ("Mobil", Target.MOBILE),
        ("Kundennummer", Target.CUSTOMER_NO),
        ("Kd.-Nr.", Target.CUSTOMER_NO),
        ("Geburtsdatum", Target.BIRTH_DATE),
        ("Anrede", Target.SALUTATION),
        ("Land", Target.COUNTRY),
        ("Einwilligung am", Target.CONSENT_DATE),
        ("Einwilligungsdatum", Target.CONSENT_DATE),
        ("DOI", Target.DOI_DATE),
        ("Double-Opt-In am", Target.DOI_DATE),
        ("Widerruf am", Target.WITHDRAWAL_DATE),
        ("Quelle", Target.PROOF_REF),
        ("Bemerkung", Target.NOTES),
        ("E-Mail (2)", Target.EMAIL),  # the reading layer's name for a repeated heading
    ],
)
def test_headings_are_recognised_whatever_their_spelling(heading: str, target: Target) -> None:
    found = suggest(heading)
    assert found is not None and found.target is target


def test_consent_columns_map_to_purpose_and_channel() -> None:
    newsletter = suggest("Newsletter")
    post = suggest("Werbung per Post")
    assert newsletter is not None and (newsletter.purpose, newsletter.channel) == (
        "newsletter",
        Channel.EMAIL,
    )
    assert post is not None and (post.purpose, post.channel) == ("offers", Channel.POST)
    assert suggest("Lieblingsfarbe") is None
    assert normalise_heading(" E-Mail_Adresse (3) ") == "emailadresse"


def test_auto_profile_reports_ambiguity_missing_names_and_undated_consents() -> None:
    mapping = auto_profile(["Vorname", "E-Mail", "Mail", "Newsletter", "Religion"])
    assert mapping.ambiguous == {Target.EMAIL: ["E-Mail", "Mail"]}
    assert mapping.profile.columns["E-Mail"].target is Target.IGNORE  # never a guess between two
    assert mapping.unmapped == ["Religion"]
    assert mapping.profile.columns["Religion"].target is Target.IGNORE  # data minimisation: not kept
    assert mapping.missing_required and not mapping.complete
    problems = " ".join(mapping.problems())
    assert "“E-Mail”, “Mail”" in problems and "last name or company" in problems and "Newsletter" in problems
    complete = auto_profile(["Name", "Firma", "Newsletter", "Einwilligung am"])
    assert complete.complete and complete.problems() == []


def test_a_consent_column_gets_the_date_column_named_after_it() -> None:
    mapping = auto_profile(
        ["Name", "Newsletter", "Newsletter am", "Postwerbung", "Datum Postwerbung", "SMS-Werbung"]
    )
    columns = mapping.profile.columns
    newsletter, post, sms = (columns[c].consent for c in ("Newsletter", "Postwerbung", "SMS-Werbung"))
    assert newsletter is not None and newsletter.date_column == "Newsletter am"
    assert post is not None and post.date_column == "Datum Postwerbung"
    assert sms is not None and sms.date_column is None
    assert mapping.unmapped == []
    problems = mapping.problems()
    assert len(problems) == 1 and "SMS-Werbung" in problems[0]  # only the undated one needs a date
    assert "Newsletter am" in mapping.profile.referenced_columns()


def _full_profile() -> ImportProfile:
    return ImportProfile(
        columns={
            "Kd.-Nr.": ColumnRule(Target.CUSTOMER_NO),
            "Nachname": ColumnRule(Target.LAST_NAME),
            "Newsletter": ColumnRule(
                Target.CONSENT,
                ConsentColumn(
                    "newsletter", Channel.EMAIL, date_column="NL am", consent_text="newsletter-de-v2"
                ),
            ),
            "Post": ColumnRule(Target.CONSENT, ConsentColumn("offers", Channel.POST)),
            "Intern": ColumnRule(Target.NOTE),
            "Religion": ColumnRule(Target.IGNORE),
        },
        name="Messe",
        sheet="Kunden",
        header_row=3,
        merge_policy=MergePolicy.OVERWRITE,
        no_means=NoMeans.NOT_ASKED,
        source=SourceSpec(
            "Adresskauf Süd", SourceKind.THIRD_PARTY, True, "Adressverlag Süd GmbH", "Kauf 2025"
        ),
        names_business=True,
        defaults=Defaults(
            "AT", CustomerKind.BUSINESS, dt.date(2025, 3, 1), ("Messe 2025",), "Papierformular"
        ),
    )


def test_profile_round_trips_through_json() -> None:
    profile = _full_profile()
    text = dump_profile(profile)
    data = json.loads(text)
    assert data["format"] == "consentdesk-import-profile" and data["version"] == 1
    assert data["columns"]["Nachname"] == "last_name"
    assert data["columns"]["Newsletter"]["consent_text"] == "newsletter-de-v2"
    assert parse_profile(text) == profile
    assert profile.referenced_columns() == ["Kd.-Nr.", "Nachname", "Newsletter", "Post", "Intern", "NL am"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 2}, "version 2"),
        ({"format": "something"}, "not a ConsentDesk import profile"),
        ({"columns": {"A": "favourite_colour"}}, "“columns/A”"),
        ({"columns": {"A": {"target": "consent", "purpose": "newsletter"}}}, "purpose and a channel"),
        ({"columns": {"A": {"target": "consent", "purpose": "newsletter", "channel": "fax"}}}, "fax"),
        ({"columns": {"A": {"target": "email", "extra": 1}}}, "unknown settings extra"),
        ({"columns": {"A": "email", "B": "email"}}, "“A”, “B”"),
        ({"merge_policy": "sometimes"}, "sometimes"),
        ({"header_row": 0}, "header_row"),
        ({"defaults": {"consent_date": "1.3.2025"}}, "YYYY-MM-DD"),
        ({"colour": "blue"}, "unknown settings colour"),
    ],
)
def test_invalid_profiles_name_the_offending_entry(change: dict[str, object], message: str) -> None:
    data = json.loads(dump_profile(ImportProfile(columns={"Name": ColumnRule(Target.LAST_NAME)})))
    data.update(change)
    with pytest.raises(ProfileError) as caught:
        parse_profile(json.dumps(data))
    assert message in caught.value.message()


def test_broken_json_is_a_message() -> None:
    with pytest.raises(ProfileError, match="not valid JSON"):
        parse_profile("{ nope")
