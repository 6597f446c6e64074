"""Translations for ConsentDesk, read straight from Qt Linguist ``.ts`` files.

No ``.qm`` files are generated or committed.  :class:`Catalog` parses
``resources/translations/consentdesk_<lang>.ts`` (with defusedxml) and serves

* Qt widgets, through :func:`install_qt_translator`, which installs a
  ``QTranslator`` subclass whose Python ``translate()`` override answers every
  ``self.tr(...)`` / ``QCoreApplication.translate(...)`` lookup, and
* Qt-free code (CLI, services, domain errors), through :func:`tr` and
  :func:`translate`, which use the module-level current language.

Source strings are English; English is the empty catalogue (every lookup falls
back to the source).  Supported languages: ``de`` and ``en``.

Typical use::

    # GUI start-up
    app = QApplication(sys.argv)
    install_qt_translator(app, current_language())  # also sets the Qt-free language

    # Qt widget code
    class CustomerDialog(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.setWindowTitle(self.tr("Edit customer"))
            self.count_label.setText(self.tr("%n customer(s)", "", count))

    # Qt-free code
    from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, translate

    NOT_FOUND = QT_TRANSLATE_NOOP("CustomerService", "Customer {id} not found")
    ...
    raise ServiceError(tr(_CONTEXT, NOT_FOUND, id=customer_id))  # _CONTEXT = "CustomerService"
    print(translate("Cli", "Imported {count} customers").format(count=n))

Message extraction (what ``pyside6-lupdate`` 6.12 actually extracts)
-------------------------------------------------------------------
``tools/update_translations.py`` runs ``pyside6-lupdate`` over
``desktop_app/**/*.py``.  Its Python parser is purely lexical; verified
behaviour:

Extracted correctly (string literals as *positional* arguments; single,
double, triple-quoted and raw strings, implicit concatenation and calls
spread over several lines all work):

* ``self.tr("text")``, ``self.tr("text", "disambiguation")`` and
  ``self.tr("%n file(s)", "", n)`` (numerus).  The context is the name of
  the enclosing ``class`` statement (innermost by indentation; for a nested
  ``class Outer: class Inner(QObject)`` it is ``Inner``).  At run time PySide6
  uses the bare class name of ``type(self)`` (``__name__``, no module, no outer
  class) and then walks the MRO, so a subclass finds the translations of the
  base class that defined the string.  Consequence: two QObject classes with
  the same name share one context.
* ``QCoreApplication.translate("Context", "text"[, "disambiguation"[, n]])``.
* ``translate("Context", "text"[, "disambiguation"[, n]])`` -- this module's
  :func:`translate`, imported by name or called as ``i18n.translate(...)``.
* ``QT_TRANSLATE_NOOP("Context", "text")`` imported under exactly that name
  (``from desktop_app.i18n import QT_TRANSLATE_NOOP``) or called as
  ``i18n.QT_TRANSLATE_NOOP(...)``, also nested inside another call.
* A comment line ``#: note for the translator`` directly before the call
  becomes the message's ``<extracomment>``.

Silently NOT extracted:

* any call with a keyword argument: ``translate("Cli", "{n} rows", n=3)``,
  ``QCoreApplication.translate("C", "t", n=3)``,
  ``QT_TRANSLATE_NOOP(context="C", text="t")``.  (``self.tr("t", n=3)`` is
  extracted but loses its numerus flag.)  Pass everything positionally and
  call ``.format(...)`` on the result.
* ``QT_TRANSLATE_NOOP`` imported under another name (``as N``),
  ``QT_TRANSLATE_NOOP3``, ``QT_TRANSLATE_N_NOOP``, ``QObject.tr(self, "t")``
  and calls whose first argument is not a string literal.

Extracted WRONG -- never write these:

* ``tr("Context", "text")`` with literal arguments, i.e. this module's
  :func:`tr`: lupdate reads every call spelled ``tr(`` as ``QObject.tr`` and
  records *source* ``"Context"`` with *disambiguation* ``"text"`` in context
  ``""`` (or ``"i18n"`` for ``i18n.tr(...)``) -- even ``tr("Errors", self.text)``
  with a variable text produces the bogus source ``"Errors"``.  So pass
  :func:`tr` a *variable* as first argument and a text marked with
  ``QT_TRANSLATE_NOOP`` elsewhere: ``tr(_CONTEXT, self.text, **params)`` with
  ``_CONTEXT = "Errors"`` (lupdate skips calls whose first argument is not a
  literal; ``translate("Errors", self.text)`` is skipped too).  For inline
  literals use ``translate("Context", "text").format(**params)``.
* f-strings: ``self.tr(f"Hello {name}")`` extracts the template, but the text
  looked up at run time is the substituted one and never matches.  Use
  ``self.tr("Hello {name}").format(name=name)``.
* ``super().tr("t")`` (context ``""``) and ``other.tr("t")`` (context
  ``"other"``, the receiver's variable name).

``tests/test_translations.py`` checks the sources for these mistakes.

Qt details: a ``QTranslator.translate`` override must return ``None`` for "no
translation"; returning ``""`` makes Qt display an empty string.  Qt replaces
``%n`` after translation; :func:`tr` / :func:`translate` do the same for Qt-free
callers.
"""

from __future__ import annotations

import hashlib
import json
import locale
import logging
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import defusedxml.ElementTree as SafeET

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

__all__ = [
    "DEFAULT_LANGUAGE",
    "QT_TRANSLATE_NOOP",
    "SUPPORTED_LANGUAGES",
    "Catalog",
    "TsMessage",
    "current_catalog",
    "current_language",
    "install_qt_translator",
    "normalize_language",
    "read_ts",
    "resources_dir",
    "set_language",
    "tr",
    "translate",
    "translation_file",
    "uninstall_qt_translator",
]

_log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en")
DEFAULT_LANGUAGE = "en"
TS_BASENAME = "consentdesk"

# .ts message types that must not be used at run time.
_UNUSABLE_TYPES = frozenset({"unfinished", "vanished", "obsolete"})

_PERCENT_N = re.compile(r"%L?n")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate under ``context``; return it unchanged.

    Call it with two positional string literals and import it under this exact
    name (see the module docstring).  Translate the returned text later with
    ``tr(context, text)`` or ``translate(context, text)``.
    """
    return text


# --------------------------------------------------------------------------- paths


def resources_dir() -> Path:
    """The ``resources`` directory: inside a PyInstaller bundle or next to ``desktop_app/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidate = Path(bundle) / "resources"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parent.parent / "resources"


def translation_file(lang: str) -> Path:
    """Path of the .ts file for ``lang`` (``resources/translations/consentdesk_<lang>.ts``)."""
    return resources_dir() / "translations" / f"{TS_BASENAME}_{normalize_language(lang)}.ts"


# --------------------------------------------------------------------------- language


def normalize_language(value: str | None) -> str:
    """Map a locale name to a supported language: ``de*`` / ``German*`` -> ``de``, else ``en``."""
    if value and value.strip().lower().startswith(("de", "german")):
        return "de"
    return DEFAULT_LANGUAGE


def _system_language() -> str:
    # gettext precedence; the first non-empty variable decides (LANG=C -> English).
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").split(":")[0].strip()
        if value:
            return normalize_language(value)
    if "PySide6.QtCore" in sys.modules:  # GUI process: ask Qt (macOS/Windows UI language)
        from PySide6.QtCore import QLocale

        languages = QLocale.system().uiLanguages()
        if languages:
            return normalize_language(languages[0])
    if sys.platform == "win32":
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        name = locale.windows_locale.get(lcid)
        if name:
            return normalize_language(name)
    return normalize_language(locale.getlocale()[0])


_current: tuple[str, Catalog] | None = None
_catalog_cache: dict[str, Catalog] = {}


def set_language(lang: str | None, *, catalog: Catalog | None = None) -> str:
    """Switch the language used by :func:`tr` / :func:`translate`; return the normalized code.

    ``None`` re-detects the system language.  ``catalog`` overrides the catalogue
    loaded from ``resources/translations`` (for tests).  A missing .ts file is
    logged and falls back to English texts.
    """
    global _current
    code = _system_language() if lang is None else normalize_language(lang)
    if catalog is None:
        catalog = _catalog_cache.get(code)
        if catalog is None:
            try:
                catalog = Catalog.for_language(code)
            except OSError as exc:
                _log.warning("No translations for %r, using English texts: %s", code, exc)
                catalog = Catalog(language=code)
            _catalog_cache[code] = catalog
    _current = (code, catalog)
    return code


def current_language() -> str:
    """The current language (``'de'`` or ``'en'``); defaults to the system language."""
    if _current is None:
        return set_language(None)
    return _current[0]


def current_catalog() -> Catalog:
    """The catalogue of the current language."""
    if _current is None:
        set_language(None)
    assert _current is not None
    return _current[1]


def _replace_percent_n(text: str, n: int) -> str:
    return _PERCENT_N.sub(str(n), text) if n >= 0 else text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt-free twin of ``QCoreApplication.translate``; lupdate extracts literal calls.

    Pass arguments positionally (lupdate skips calls with keyword arguments).
    ``%n`` is replaced by ``n`` when ``n >= 0``.  No ``str.format`` here: call
    ``.format(...)`` on the result.
    """
    result = current_catalog().translate(context, text, n, disambiguation=disambiguation)
    return _replace_percent_n(result, n)


def tr(context: str, text: str, /, **params: object) -> str:
    """Translate with the current catalogue, then ``str.format(**params)``.

    An ``n=<int>`` parameter also selects the plural form and replaces ``%n``.
    Without params the text is returned unformatted (braces stay as they are).

    lupdate cannot extract calls to this function (it takes ``tr(`` for
    ``QObject.tr``): mark the text with ``QT_TRANSLATE_NOOP`` and never pass a
    string literal as first argument -- see the module docstring.
    """
    count = params.get("n")
    n = count if isinstance(count, int) and not isinstance(count, bool) else -1
    result = _replace_percent_n(current_catalog().translate(context, text, n), n)
    return result.format(**params) if params else result


# --------------------------------------------------------------------------- .ts parsing


@dataclass(frozen=True, slots=True)
class TsMessage:
    """One ``<message>`` of a .ts file, as written (including unfinished ones)."""

    context: str
    source: str
    disambiguation: str
    numerus: bool
    translations: tuple[str, ...]  # one entry, or one per numerus form
    type: str | None  # None (finished), "unfinished", "vanished" or "obsolete"

    @property
    def finished(self) -> bool:
        """Usable at run time: not unfinished/vanished/obsolete and all forms non-empty."""
        return self.type not in _UNUSABLE_TYPES and bool(self.translations) and all(self.translations)


def _element_text(element: ET.Element | None) -> str:
    """Text of a .ts element, decoding ``<byte value="x9"/>`` and taking the first length variant."""
    if element is None:
        return ""
    variant = element.find("lengthvariant")
    if variant is not None:
        element = variant
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "")
            parts.append(chr(int(value[1:], 16) if value[:1] in ("x", "X") else int(value)))
        parts.append(child.tail or "")
    return "".join(parts)


def _parse_ts_root(root: ET.Element) -> tuple[str, list[TsMessage]]:
    if root.tag != "TS":
        raise ValueError(f"not a Qt Linguist .ts document (root element <{root.tag}>)")
    messages: list[TsMessage] = []
    for context_element in root.iter("context"):
        context = _element_text(context_element.find("name"))
        for message in context_element.iter("message"):
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ()
                message_type: str | None = "unfinished"
            else:
                message_type = translation.get("type")
                if numerus:
                    forms = tuple(_element_text(form) for form in translation.findall("numerusform"))
                else:
                    forms = (_element_text(translation),)
            messages.append(
                TsMessage(
                    context=context,
                    source=_element_text(message.find("source")),
                    disambiguation=_element_text(message.find("comment")),
                    numerus=numerus,
                    translations=forms,
                    type=message_type,
                )
            )
    return root.get("language", ""), messages


def read_ts(path: str | os.PathLike[str]) -> list[TsMessage]:
    """All messages of a .ts file in file order, unfinished and vanished ones included."""
    return _parse_ts_root(SafeET.parse(os.fspath(path)).getroot())[1]


# --------------------------------------------------------------------------- catalogue


def _plural_index(language: str, n: int) -> int:
    # German and English: form 0 for exactly one, form 1 otherwise.  Qt uses form 0 for n < 0.
    del language  # same rule for every supported language
    return 1 if n >= 0 and n != 1 else 0


_Key = tuple[str, str, str]  # (context, source, disambiguation)


class Catalog:
    """Finished translations of one language: (context, source, disambiguation) -> forms."""

    def __init__(self, messages: Mapping[_Key, tuple[str, ...]] | None = None, language: str = "en") -> None:
        self.language = language
        self._messages: dict[_Key, tuple[str, ...]] = dict(messages or {})

    @classmethod
    def from_ts(cls, path: str | os.PathLike[str]) -> Catalog:
        """Load a .ts file; unfinished, vanished, obsolete and empty translations are skipped."""
        ts_language, messages = _parse_ts_root(SafeET.parse(os.fspath(path)).getroot())
        return cls._from_messages(messages, ts_language)

    @classmethod
    def from_string(cls, text: str | bytes) -> Catalog:
        """Parse .ts XML given as text."""
        ts_language, messages = _parse_ts_root(SafeET.fromstring(text))
        return cls._from_messages(messages, ts_language)

    @classmethod
    def _from_messages(cls, messages: list[TsMessage], ts_language: str) -> Catalog:
        table = {
            (m.context, m.source, m.disambiguation): m.translations
            for m in messages
            if m.type not in _UNUSABLE_TYPES and any(m.translations)
        }
        return cls(table, normalize_language(ts_language) if ts_language else DEFAULT_LANGUAGE)

    @classmethod
    def for_language(cls, lang: str) -> Catalog:
        """The catalogue of ``lang`` from ``resources/translations``.

        English is the source language; its .ts holds only plural forms, and may be absent.
        Raises ``FileNotFoundError`` if the .ts file of a non-English language is missing.
        """
        code = normalize_language(lang)
        if code == "en":
            path = translation_file("en")
            catalog = cls._from_ts_cached(path) if path.exists() else cls(language="en")
            catalog.language = "en"
            return catalog
        catalog = cls._from_ts_cached(translation_file(code))
        catalog.language = code
        return catalog

    @classmethod
    def _from_ts_cached(cls, path: Path) -> Catalog:
        """from_ts through a copy in the user's cache folder, keyed by the .ts file's content: parsing
        the German .ts costs about 50 ms of CPU at every start (and every command), reading the copy
        a few. A missing, damaged or unwritable copy only means parsing the .ts."""
        from desktop_app import paths

        data = path.read_bytes()
        name = f"{path.stem}-{hashlib.blake2b(data, digest_size=16).hexdigest()}.json"
        try:
            copy = paths.cache_dir() / name
            stored = json.loads(copy.read_text(encoding="utf-8"))
            messages = {(c, s, d): tuple(forms) for c, s, d, forms in stored["messages"]}
            return cls(messages, str(stored["language"]))
        except (OSError, ValueError, TypeError, KeyError):
            pass
        catalog = cls.from_string(data)
        rows = [[*key, list(forms)] for key, forms in catalog._messages.items()]
        text = json.dumps({"language": catalog.language, "messages": rows}, ensure_ascii=False)
        try:
            from desktop_app.atomic import write_atomically

            written = write_atomically(paths.cache_dir() / name, lambda out: out.write(text.encode("utf-8")))
            for older in written.parent.glob(f"{path.stem}-*.json"):  # of an earlier version's .ts
                if older != written:
                    older.unlink(missing_ok=True)
        except OSError as error:
            _log.info("Could not keep a copy of the parsed translations: %s", error)
        return catalog

    def __len__(self) -> int:
        return len(self._messages)

    def __repr__(self) -> str:
        return f"<Catalog {self.language}: {len(self)} messages>"

    def is_empty(self) -> bool:
        return not self._messages

    def lookup(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation, or ``None`` if there is none (``%n`` is left in place).

        Like Qt, a lookup with a disambiguation that finds nothing is retried without it.
        """
        forms = self._messages.get((context, source, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._messages.get((context, source, ""))
        if not forms:
            return None
        if len(forms) == 1:
            return forms[0] or None
        index = min(_plural_index(self.language, n), len(forms) - 1)
        return forms[index] or None

    def translate(self, context: str, source: str, n: int = -1, *, disambiguation: str | None = None) -> str:
        """The translation of ``source``, or ``source`` itself if there is none."""
        result = self.lookup(context, source, disambiguation, n)
        return source if result is None else result


# --------------------------------------------------------------------------- Qt


_installed: list[QTranslator] = []


def _qt_translations_dirs() -> list[Path]:
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return dirs


def install_qt_translator(
    app: QCoreApplication, lang: str | None = None, *, catalog: Catalog | None = None
) -> list[QTranslator]:
    """Make Qt translate through our catalogue; also sets the Qt-free language.

    Replaces translators installed earlier by this function.  For German, Qt's
    own ``qtbase_de.qm`` from the PySide6 wheel is installed too, so standard
    buttons and dialogs are German.  ``lang=None`` keeps the current language;
    ``catalog`` overrides the catalogue (for tests).  Widgets receive a
    ``QEvent.LanguageChange``.  Returns the installed translators (keep no
    other references; :func:`uninstall_qt_translator` removes them).
    """
    from PySide6.QtCore import QTranslator

    code = set_language(current_language() if lang is None else lang, catalog=catalog)
    active = current_catalog()

    class CatalogTranslator(QTranslator):
        """QTranslator answering from a :class:`Catalog`; ``None`` lets Qt fall back."""

        def translate(
            self, context: str, sourceText: str, /, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            return active.lookup(context, sourceText, disambiguation, n)

        def isEmpty(self, /) -> bool:
            return active.is_empty()

    uninstall_qt_translator(app)
    translators: list[QTranslator] = []
    if code != "en":
        qt_base = QTranslator()
        for directory in _qt_translations_dirs():
            if qt_base.load(f"qtbase_{code}", os.fspath(directory)):
                translators.append(qt_base)
                break
        else:
            _log.info("Qt's own qtbase_%s translations not found", code)
    translators.append(CatalogTranslator())  # installed last = asked first
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    return translators


def uninstall_qt_translator(app: QCoreApplication) -> None:
    """Remove the translators installed by :func:`install_qt_translator` (language unchanged)."""
    while _installed:
        app.removeTranslator(_installed.pop())
