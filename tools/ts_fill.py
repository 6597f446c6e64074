"""Fill translations into a .ts file from a JSON file, for batches too large to type into Linguist.

    python tools/ts_fill.py resources/translations/consentdesk_de.ts new.json

new.json: {"Context": {"English source": "Übersetzung", "%n item(s)": ["%n Eintrag", "%n Einträge"]}}.
Only messages present in the .ts are touched; each filled one is marked finished. Prints what is
still unfinished afterwards. Run tools/update_translations.py first so the messages exist.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET  # our own file; not untrusted input
from pathlib import Path


def fill(ts_path: Path, table: dict[str, dict[str, str | list[str]]]) -> list[str]:
    tree = ET.parse(ts_path)
    left: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            value = table.get(name, {}).get(source)
            if value is not None:
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value, value]
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
            if translation.get("type") == "unfinished":
                left.append(f"{name}: {source!r}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return left


def main() -> int:
    ts_path, json_path = Path(sys.argv[1]), Path(sys.argv[2])
    left = fill(ts_path, json.loads(json_path.read_text(encoding="utf-8")))
    for line in left:
        print("unfinished:", line)
    print(f"{len(left)} unfinished in {ts_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
