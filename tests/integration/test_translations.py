"""The compiled Dutch catalogue shipped in the package must match its source .po file."""

from pathlib import Path

import polib

import ruimtemonitor

LOCALE = Path(ruimtemonitor.__file__).parent / "locale" / "nl" / "LC_MESSAGES"


def test_compiled_catalogue_matches_the_po_file() -> None:
    po = polib.pofile(str(LOCALE / "django.po"))
    mo = polib.mofile(str(LOCALE / "django.mo"))
    from_po = {e.msgid: e.msgstr for e in po.translated_entries()}
    from_mo = {e.msgid: e.msgstr for e in mo if e.msgid}
    assert from_mo == from_po, "run: msgfmt -o django.mo django.po (or ./manage.py compilemessages)"


def test_every_message_is_translated() -> None:
    po = polib.pofile(str(LOCALE / "django.po"))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
