"""What the exchange dialogs say when an import is refused or an export fails, in the interface language.

The services raise StoreError codes with one English sentence for the command line; a person in
Ashgabat reading the dialog in Turkmen gets the sentence for the code here, and the English
specifics (which record, which check) only as a detail line below it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hdesk.store.errors import StoreError

# codes whose English sentence names what was found (the record, the check, the system's reason)
DETAILED = frozenset({"io", "readonly", "damaged", "invalid", "schema", "too_large"})


def tr(text: str) -> str:
    return QCoreApplication.translate("hdesk", text)


def import_refusal_text(error: BaseException, name: str) -> str:
    """The sentence (and detail) for an import of the file called `name` that was refused."""
    words = {
        "missing": tr("The file {name} does not exist."),
        "io": tr("{name} could not be read from the disk; nothing was imported."),
        "readonly": tr("{name} cannot be read: permission denied."),
        "not_hdesk": tr("{name} is not an hdesk exchange file."),
        "wal": tr("{name} is a working database, not an exchange file; export it with hdesk first."),
        "too_large": tr("{name} is larger than hdesk accepts; it was refused."),
        "encrypted": tr("{name} is encrypted: enter its passphrase."),
        "wrong_passphrase": tr("Wrong passphrase: {name} could not be decrypted."),
        "unsupported": tr("{name} was written by a newer hdesk; update hdesk to import it."),
        "schema": tr("{name} has a structure hdesk did not write; it was refused."),
        "damaged": tr("{name} is damaged or was changed on the way; it was refused."),
        "too_slow": tr("{name} took too long to read; it was refused."),
        "invalid": tr("{name} holds values this database cannot accept; nothing was imported."),
        "changed": tr("The database changed while the import was being prepared; nothing was imported. Import again."),
        "locked": tr("This database is open in another hdesk window; close it there first."),
    }
    return _sentence(error, words, name, tr("Nothing was imported: {detail}"))


def export_failure_text(error: BaseException, name: str) -> str:
    """The sentence (and detail) for an export to the file called `name` that did not happen."""
    words = {
        "missing": tr("The folder for {name} does not exist; nothing was written."),
        "io": tr("{name} could not be written; nothing was changed."),
        "readonly": tr("{name} cannot be written here: permission denied."),
        "damaged": tr("The database is damaged, so nothing was exported. Restore a backup."),
        "wrong_passphrase": tr("The passphrase is empty."),
        "locked": tr("This database is open in another hdesk window; close it there first."),
    }
    return _sentence(error, words, name, tr("The export failed: {detail}"))


def _sentence(error: BaseException, words: dict[str, str], name: str, otherwise: str) -> str:
    code = error.code if isinstance(error, StoreError) else ""
    template = words.get(code)
    if template is None:  # a code without words here, or not a StoreError: the error's own sentence
        return otherwise.format(detail=str(error) or type(error).__name__)
    sentence = template.format(name=name)
    if code not in DETAILED or not str(error):
        return sentence
    return sentence + "\n" + tr("Details: {detail}").format(detail=str(error))
