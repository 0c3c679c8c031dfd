"""What a translation file says, for the window's tests: they need no Russian of their own."""

import xml.etree.ElementTree as ET

from expat_desk.ui import i18n


def translated(code: str, context: str, source: str) -> str:
    """The translation of ``source`` in ``context`` in the .ts file of language ``code``."""
    root = ET.parse(i18n.ts_path(code)).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError((context, source))
