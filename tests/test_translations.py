"""The German catalogue is complete and current; desktop_app.i18n reads .ts files correctly.

When ``test_ts_file_is_up_to_date`` or ``test_every_message_is_translated`` fails:
run ``python tools/update_translations.py --list``, translate the listed
messages in ``resources/translations/consentdesk_de.ts`` (Qt Linguist:
``pyside6-linguist resources/translations/consentdesk_de.ts``) and commit it.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ast
import importlib.util
import re
import shutil
import string
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from defusedxml import EntitiesForbidden

from desktop_app import i18n
from desktop_app.i18n import Catalog, TsMessage, read_ts

REPO_ROOT = Path(__file__).resolve().parent.parent
TS_FILE = REPO_ROOT / "resources" / "translations" / "consentdesk_de.ts"
SOURCE_ROOT = REPO_ROOT / "desktop_app"


def _load_tool() -> ModuleType:
    path = REPO_ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _describe(message: TsMessage) -> str:
    note = f" [disambiguation {message.disambiguation!r}]" if message.disambiguation else ""
    if not message.context:
        note += ' <- bogus: from a tr("literal", ...) call outside self.tr (see test below)'
    return f"{message.context or '<no context>'}: {message.source!r}{note}"


@pytest.fixture
def isolated_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Restore the module-level language of desktop_app.i18n after the test."""
    monkeypatch.setattr(i18n, "_current", None)
    monkeypatch.setattr(i18n, "_catalog_cache", {})


# --------------------------------------------------------------------------- the committed .ts


def test_every_message_is_translated() -> None:
    untranslated = [_describe(m) for m in read_ts(TS_FILE) if not m.finished]
    assert not untranslated, (
        f"{len(untranslated)} message(s) in {TS_FILE.name} lack a finished translation "
        "(run tools/update_translations.py --list):\n  " + "\n  ".join(untranslated)
    )


_PERCENT = re.compile(r"%L?(\d{1,2}|n)")
_BRACES = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")


def _placeholders(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(str.format field names, Qt %1/%n markers) in ``text``."""
    try:
        fields = frozenset(
            field.split("!")[0] for _, field, _, _ in string.Formatter().parse(text) if field is not None
        )
    except ValueError:  # not a valid format string; compare the brace groups literally
        fields = frozenset(_BRACES.findall(text))
    return fields, frozenset(_PERCENT.findall(text))


def placeholder_problems(message: TsMessage) -> list[str]:
    fields, markers = _placeholders(message.source)
    problems = []
    for index, translation in enumerate(message.translations):
        if not translation:
            continue
        t_fields, t_markers = _placeholders(translation)
        if message.numerus:  # a singular form may spell out the number ("Ein Eintrag")
            t_markers |= {"n"} & markers
        if (t_fields, t_markers) != (fields, markers):
            form = f" (numerus form {index})" if message.numerus else ""
            problems.append(
                f"{_describe(message)}{form}: translation {translation!r} has "
                f"{sorted(t_fields)} {sorted('%' + m for m in t_markers)}, source has "
                f"{sorted(fields)} {sorted('%' + m for m in markers)}"
            )
    return problems


def test_placeholders_match_the_source() -> None:
    problems = [p for m in read_ts(TS_FILE) for p in placeholder_problems(m)]
    assert not problems, "placeholders differ:\n  " + "\n  ".join(problems)


def test_placeholder_check_itself() -> None:
    def message(source: str, *translations: str) -> TsMessage:
        return TsMessage("C", source, "", len(translations) > 1, translations, None)

    assert not placeholder_problems(message("Hello {name}", "Hallo {name}"))
    assert not placeholder_problems(message("{a} and {b}", "{b} und {a}"))
    assert not placeholder_problems(message("{count:d} rows", "{count:d} Zeilen"))
    assert not placeholder_problems(message("%n file(s)", "Eine Datei", "%n Dateien"))
    assert not placeholder_problems(message("Use {{braces}} %1", "Nutze {{Klammern}} %1"))
    assert placeholder_problems(message("Hello {name}", "Hallo {nmae}"))
    assert placeholder_problems(message("%1 of %2", "%1 von"))
    assert placeholder_problems(message("%n file(s)", "%n Datei", "Dateien {n}"))


def test_ts_file_is_up_to_date(tmp_path: Path) -> None:
    """lupdate over the sources yields exactly the messages of the committed .ts."""
    lupdate = tool.find_lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (it ships with PySide6-Essentials)")
    fresh = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, fresh)
    started = time.perf_counter()
    tool.run_lupdate(fresh, lupdate=lupdate)
    elapsed = time.perf_counter() - started

    def index(path: Path) -> dict[tuple[str, str, str], TsMessage]:
        return {(m.context, m.source, m.disambiguation): m for m in read_ts(path)}

    committed, current = index(TS_FILE), index(fresh)
    new = [_describe(current[k]) for k in current.keys() - committed.keys()]
    gone = [_describe(committed[k]) for k in committed.keys() - current.keys()]
    changed = [
        f"{_describe(m)}: numerus {committed[k].numerus} -> {m.numerus}"
        for k, m in current.items()
        if k in committed and committed[k].numerus != m.numerus
    ]
    report = []
    if new:
        report.append("in the sources but not in the .ts (add and translate them):\n  " + "\n  ".join(new))
    if gone:
        report.append("in the .ts but no longer in the sources:\n  " + "\n  ".join(gone))
    if changed:
        report.append("plural usage changed:\n  " + "\n  ".join(changed))
    assert not report, (
        f"{TS_FILE.name} is out of date - run `python tools/update_translations.py --list` and "
        "translate:\n" + "\n".join(report)
    )
    assert elapsed < 5, f"lupdate took {elapsed:.1f} s"


# --------------------------------------------------------------------------- call forms lupdate misreads


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def call_form_problems(source: str, filename: str = "<string>") -> list[str]:
    """Calls that pyside6-lupdate skips or extracts wrongly (see the desktop_app.i18n docstring)."""
    problems: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                renamed = alias.asname is not None and alias.asname != alias.name
                if alias.name in ("QT_TRANSLATE_NOOP", "translate") and renamed:
                    problems.append(
                        f"{filename}:{node.lineno}: `{alias.name}` imported as `{alias.asname}` - "
                        "lupdate only recognises the original name"
                    )
            continue
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            name, receiver = func.id, None
        elif isinstance(func, ast.Attribute):
            name = func.attr
            receiver = func.value.id if isinstance(func.value, ast.Name) else "<expression>"
        else:
            continue
        if name not in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            continue
        where = f"{filename}:{node.lineno}"
        if any(isinstance(arg, ast.JoinedStr) for arg in node.args):
            problems.append(f"{where}: f-string in {name}() - lupdate extracts the template, use .format()")
        literal_first = bool(node.args) and _is_str(node.args[0])
        if name == "tr" and literal_first and receiver not in ("self", "cls"):
            problems.append(
                f"{where}: {'' if receiver is None else receiver + '.'}tr({ast.unparse(node.args[0])}, ...) "
                "- lupdate reads this as QObject.tr and records the first argument as the source text; "
                "use a context variable: tr(_CONTEXT, text, ...) or translate()"
            )
        if node.keywords and literal_first and (name != "translate" or len(node.args) >= 2):
            if name == "tr" and receiver in ("self", "cls"):
                problems.append(f"{where}: keyword argument in self.tr() - pass n positionally")
            elif name != "tr" and all(_is_str(a) for a in node.args[:2]):
                problems.append(
                    f"{where}: keyword argument in {name}() - lupdate skips the whole call; "
                    "pass positionally and call .format() on the result"
                )
    return problems


def test_call_form_checker_itself() -> None:
    bad = """
from desktop_app.i18n import QT_TRANSLATE_NOOP as N
from desktop_app import i18n
tr("Errors", text, **params)
i18n.tr("Cli", "x")
self.tr(f"Hello {name}")
translate("Cli", "{x} rows", x=1)
QCoreApplication.translate("Cli", "t", n=2)
QT_TRANSLATE_NOOP(context="Errors", text="t")
self.tr("%n rows", n=3)
super().tr("x")
"""
    assert len(call_form_problems(bad)) == 8, call_form_problems(bad)
    good = """
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, translate
MSG = QT_TRANSLATE_NOOP("Errors", "Customer {id} not found")
tr(_CONTEXT, self.text, **self.params)
translate("Errors", self.text)
translate("Cli", "{x} rows").format(x=1)
QCoreApplication.translate("Cli", "%n rows", None, 3)
self.tr("Hello {name}").format(name=name)
self.tr("%n rows", "", 3)
text.translate(table)
"""
    assert call_form_problems(good) == []


def test_sources_use_call_forms_lupdate_understands() -> None:
    problems = []
    for path in tool.source_files(SOURCE_ROOT):
        relative = path.relative_to(REPO_ROOT).as_posix()
        problems += call_form_problems(path.read_text(encoding="utf-8"), relative)
    assert not problems, "translatable strings lupdate cannot extract correctly:\n  " + "\n  ".join(problems)


# --------------------------------------------------------------------------- Catalog


TS_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Entwurf</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="obsolete">Alt</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n half</source>
        <translation>
            <numerusform>%n Hälfte</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tab<byte value="x9"/>stop</source>
        <translation>Tabulator<byte value="x9"/>halt</translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <source>Hello {name}</source>
        <translation>Servus {name}</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def sample_ts(tmp_path: Path) -> Path:
    path = tmp_path / "sample_de.ts"
    path.write_text(TS_SAMPLE, encoding="utf-8")
    return path


def test_catalog_translates_and_falls_back(sample_ts: Path) -> None:
    catalog = Catalog.from_ts(sample_ts)
    assert catalog.language == "de"
    assert catalog.translate("Cli", "Hello {name}") == "Hallo {name}"
    assert catalog.translate("Other", "Hello {name}") == "Servus {name}"
    assert catalog.translate("Nowhere", "Hello {name}") == "Hello {name}"
    assert catalog.translate("Cli", "Not in the file") == "Not in the file"
    assert catalog.lookup("Cli", "Not in the file") is None
    assert catalog.translate("Cli", "Tab\tstop") == "Tabulator\thalt"


def test_catalog_ignores_unusable_entries(sample_ts: Path) -> None:
    catalog = Catalog.from_ts(sample_ts)
    for source in ("Draft", "Gone", "Old", "Empty"):
        assert catalog.translate("Cli", source) == source
        assert catalog.lookup("Cli", source) is None
    assert len(catalog) == 7
    finished = {m.source: m.finished for m in read_ts(sample_ts)}
    assert finished["Hello {name}"] and finished["%n file(s)"]
    assert not any(finished[s] for s in ("Draft", "Gone", "Old", "Empty", "%n half"))


def test_catalog_plural_forms(sample_ts: Path) -> None:
    catalog = Catalog.from_ts(sample_ts)
    assert catalog.translate("Cli", "%n file(s)", 1) == "%n Datei"
    assert catalog.translate("Cli", "%n file(s)", 0) == "%n Dateien"
    assert catalog.translate("Cli", "%n file(s)", 2) == "%n Dateien"
    assert catalog.translate("Cli", "%n file(s)") == "%n Datei"  # n=-1: first form, like Qt
    assert catalog.translate("Cli", "%n half", 1) == "%n Hälfte"
    assert catalog.translate("Cli", "%n half", 5) == "%n half"  # empty form: source


def test_catalog_disambiguation(sample_ts: Path) -> None:
    catalog = Catalog.from_ts(sample_ts)
    assert catalog.translate("Cli", "Open", disambiguation="verb") == "Öffnen"
    assert catalog.translate("Cli", "Open") == "Offen"
    assert catalog.translate("Cli", "Open", disambiguation="unknown") == "Offen"  # Qt's retry


def test_catalog_rejects_xml_entities(tmp_path: Path) -> None:
    path = tmp_path / "evil_de.ts"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaa">]>'
        "<TS><context><name>C</name><message><source>&a;</source>"
        "<translation>x</translation></message></context></TS>",
        encoding="utf-8",
    )
    with pytest.raises(EntitiesForbidden):
        Catalog.from_ts(path)


def test_catalog_rejects_other_xml() -> None:
    with pytest.raises(ValueError, match="not a Qt Linguist"):
        Catalog.from_string("<html/>")


def test_catalog_for_language() -> None:
    english = Catalog.for_language("en_GB.UTF-8")
    assert english.language == "en"
    # English is the source language: its catalogue holds only the plural forms.
    assert all(m.numerus for m in read_ts(TS_FILE.with_name("consentdesk_en.ts")))
    assert english.translate("CustomersPage", "%n customer(s)", 1) == "%n customer"
    assert english.translate("CustomersPage", "%n customer(s)", 3) == "%n customers"
    german = Catalog.for_language("de_AT")
    assert german.language == "de"
    assert len(german) == sum(1 for m in read_ts(TS_FILE) if m.finished)


def test_a_language_is_parsed_once_and_then_read_from_the_cache_until_its_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app import paths

    ts = tmp_path / "consentdesk_de.ts"
    ts.write_bytes(TS_FILE.read_bytes())
    monkeypatch.setattr(i18n, "translation_file", lambda _code: ts)
    parsed = Catalog.from_ts(ts)
    first = Catalog.for_language("de")
    (copy,) = paths.cache_dir().glob("consentdesk_de-*.json")
    parse = Catalog.from_string
    monkeypatch.setattr(Catalog, "from_string", lambda _data: pytest.fail("parsed again"))
    second = Catalog.for_language("de")
    assert first._messages == second._messages == parsed._messages and second.language == "de"
    monkeypatch.setattr(Catalog, "from_string", parse)

    copy.write_text('{"messages": [[1, 2', encoding="utf-8")  # damaged: parsed again, copy replaced
    assert Catalog.for_language("de")._messages == parsed._messages
    assert json.loads(copy.read_text(encoding="utf-8"))["language"] == "de"

    changed = ts.read_text(encoding="utf-8").replace(">Kunden<", ">Kundschaft<", 1)
    assert changed != ts.read_text(encoding="utf-8")
    ts.write_text(changed, encoding="utf-8")
    assert Catalog.for_language("de")._messages == Catalog.from_ts(ts)._messages != parsed._messages
    (newer,) = paths.cache_dir().glob("consentdesk_de-*.json")  # the earlier copy is gone
    assert newer != copy


def test_resources_dir_honours_pyinstaller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.resources_dir() == REPO_ROOT / "resources"
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.translation_file("de") == tmp_path / "resources" / "translations" / "consentdesk_de.ts"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[("de", "de"), ("de_DE.UTF-8", "de"), ("de-CH", "de"), ("German_Germany", "de"), ("DE", "de")],
        *[("en", "en"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en"), ("", "en"), (None, "en")],
    ],
)
def test_normalize_language(value: str | None, expected: str) -> None:
    assert i18n.normalize_language(value) == expected


@pytest.mark.usefixtures("isolated_language")
def test_default_language_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.current_language() == "de"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert i18n.set_language(None) == "en"
    monkeypatch.setenv("LANGUAGE", "de_AT:en")
    assert i18n.set_language(None) == "de"


@pytest.mark.usefixtures("isolated_language")
def test_tr_formats_with_the_current_catalogue(sample_ts: Path) -> None:
    assert i18n.set_language("fr") == "en"
    assert i18n.tr("Cli", "Hello {name}", name="Ada") == "Hello Ada"
    assert i18n.set_language("de", catalog=Catalog.from_ts(sample_ts)) == "de"
    assert i18n.current_language() == "de"
    assert i18n.tr("Cli", "Hello {name}", name="Ada") == "Hallo Ada"
    assert i18n.tr("Cli", "Keep {braces}") == "Keep {braces}"  # no params: no formatting
    assert i18n.tr("Cli", "%n file(s)", n=1) == "1 Datei"
    assert i18n.tr("Cli", "%n file(s)", n=3) == "3 Dateien"
    assert i18n.translate("Cli", "%n file(s)", None, 2) == "2 Dateien"
    assert i18n.translate("Cli", "Open", "verb") == "Öffnen"
    assert i18n.QT_TRANSLATE_NOOP("Cli", "Hello {name}") == "Hello {name}"


# --------------------------------------------------------------------------- Qt


@pytest.mark.usefixtures("isolated_language")
def test_qt_tr_goes_through_the_catalogue(qapp: object, sample_ts: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtWidgets import QDialogButtonBox

    class Cli(QObject):  # the context of self.tr() is the bare class name
        def hello(self) -> str:
            return self.tr("Hello {name}").format(name="Ada")

        def files(self, n: int) -> str:
            return self.tr("%n file(s)", "", n)

        def untranslated(self) -> str:
            return self.tr("Not in the file")

    class SubCli(Cli):
        pass

    app = QCoreApplication.instance()
    assert app is not None
    catalog = Catalog.from_ts(sample_ts)
    translators = i18n.install_qt_translator(app, "de", catalog=catalog)
    try:
        assert i18n.current_language() == "de"
        assert Cli().hello() == "Hallo Ada"
        assert SubCli().hello() == "Hallo Ada"  # PySide walks the MRO
        assert Cli().files(1) == "1 Datei"
        assert Cli().files(4) == "4 Dateien"
        assert Cli().untranslated() == "Not in the file"  # None from the override: Qt's fallback
        assert QCoreApplication.translate("Other", "Hello {name}") == "Servus {name}"
        assert QCoreApplication.translate("Cli", "Open", "verb") == "Öffnen"
        assert QCoreApplication.translate("Cli", "Draft") == "Draft"
        if len(translators) == 2:  # qtbase_de.qm from the wheel was found
            box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    finally:
        i18n.uninstall_qt_translator(app)
    assert Cli().hello() == "Hello Ada"
    assert QCoreApplication.translate("Other", "Hello {name}") == "Hello {name}"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_qtbase_german_ships_with_pyside6() -> None:
    pyside = pytest.importorskip("PySide6")
    translations = Path(pyside.__file__).resolve().parent / "Qt" / "translations"
    assert (translations / "qtbase_de.qm").is_file()
