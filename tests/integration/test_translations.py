"""The compiled Dutch catalogue shipped in the package must match its source .po file."""

import shutil
from contextlib import chdir
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

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


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (xgettext)")
def test_every_translatable_string_of_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """A string marked for translation but never added to django.po shows in English."""
    package = Path(ruimtemonitor.__file__).parent
    copy = tmp_path / "ruimtemonitor"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "static"))
    with chdir(copy):
        call_command("makemessages", locale=["nl"], no_obsolete=True, verbosity=0)
    fresh = polib.pofile(str(copy / "locale" / "nl" / "LC_MESSAGES" / "django.po"))
    shipped = polib.pofile(str(LOCALE / "django.po"))
    translated = {e.msgid for e in shipped.translated_entries()}
    assert sorted(e.msgid for e in fresh if e.msgid not in translated) == []
