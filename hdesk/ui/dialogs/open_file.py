"""Opening a database file safely from the GUI: removable media, read-only files, clear refusals.

RELIABILITY.md 2: a file on a USB stick or network share is not edited in place; the person
chooses a local working copy or read-only viewing. A refusal is one sentence, never a traceback.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hdesk import paths
from hdesk.store import media
from hdesk.store.database import Database
from hdesk.store.errors import StoreError

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("hdesk", text)


def store_error_text(error: StoreError, path: Path) -> str:
    """One sentence in the interface language for a file that could not be opened."""
    name = path.name
    words = {
        "missing": tr("The file {name} does not exist."),
        "not_sqlite": tr("{name} is not a database file."),
        "not_hdesk": tr("{name} is a database, but not an hdesk file."),
        "newer": tr("{name} was made by a newer version of hdesk. Please update hdesk to open it."),
        "damaged": tr("{name} is damaged. It was not changed; restore a backup to go on working."),
        "readonly": tr("{name} cannot be written to."),
        "locked": tr("{name} is open in another hdesk window or program. Close it there first."),
        "io": tr("{name} could not be read from the disk."),
        "too_large": tr("{name} is too large to be an hdesk file."),
        "schema": tr("{name} has an unexpected structure and was not opened."),
    }
    template = words.get(error.code)
    return template.format(name=name) if template else str(error)


def is_removable(path: Path) -> bool:
    """Whether `path` is on removable media or a network share (RELIABILITY.md 2)."""
    try:
        return media.is_removable(path) or media.is_network(path)
    except Exception:  # a detection failure must not stop the file from opening
        log.exception("could not tell whether %s is removable", path)
        return False


def _local_copy(path: Path) -> Path:
    """Snapshot a file on removable media into the user data folder and return the copy's path."""
    from hdesk.services.copies import local_copy

    with Database(path, readonly=True) as source:
        return local_copy(source)


def open_database(parent: QWidget | None, path: Path, create: bool = False) -> tuple[Database, str] | None:
    """Open `path` for the window; returns (database, why it is read-only or '') or None after telling why."""
    path = Path(path)
    readonly_reason = ""
    try:
        if path.exists() and is_removable(path):
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(tr("File on a removable drive"))
            box.setText(
                tr(
                    "{name} is on a removable drive or a network share. Working on it there can lose data "
                    "if the drive is pulled out."
                ).format(name=path.name)
            )
            copy = box.addButton(tr("Work on a local copy"), QMessageBox.ButtonRole.AcceptRole)
            view = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is copy:
                path = _local_copy(path)
            elif box.clickedButton() is view:
                readonly_reason = tr("This file is on a removable drive, so it is open read-only.")
            else:
                return None
        elif path.exists() and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
            readonly_reason = tr("You may not change this file, so it is open read-only.")
        try:
            database = Database(
                path, readonly=bool(readonly_reason), create=create, backup_dir=paths.backup_dir(), check_later=True
            )
        except StoreError as exc:
            if exc.code != "readonly" or readonly_reason:
                raise
            readonly_reason = tr("You may not change this file, so it is open read-only.")
            database = Database(path, readonly=True, backup_dir=paths.backup_dir(), check_later=True)
        return database, readonly_reason
    except StoreError as exc:
        if exc.code == "damaged":
            from hdesk.ui.dialogs.recovery import offer_recovery

            restored = offer_recovery(parent, path, exc)
            if restored is not None:
                return open_database(parent, Path(restored))
            return None
        QMessageBox.critical(parent, tr("Cannot open the file"), store_error_text(exc, path))
        return None
    except OSError as exc:
        QMessageBox.critical(
            parent,
            tr("Cannot open the file"),
            tr("{name} could not be opened ({reason}).").format(name=path.name, reason=exc.strerror or exc),
        )
        return None
