"""The recovery screen for a damaged file (RELIABILITY.md 4): never a silent repair.

It says what happened, that the file was left as it is, and offers the newest backup that
passes a full check. Restoring keeps the damaged file's bytes aside (services.backups), so a
specialist can still look at it; cancelling changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from hdesk import paths
from hdesk.services import backups as service
from hdesk.store.backup import list_backups
from hdesk.store.errors import StoreError
from hdesk.ui.dialogs.backups import when_text


def tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


class RecoveryDialog(QDialog):
    """Explains the damage and offers `backup` (None: there is no good backup)."""

    def __init__(self, parent: QWidget | None, path: Path, backup: Path | None, taken: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("The file is damaged"))
        self.setObjectName("recovery_dialog")
        box = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("recovery_text")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        text = tr(
            "{name} is damaged: some of its contents cannot be read. This can happen after a power cut, "
            "a full disk or a drive pulled out while writing. hdesk has not changed the file."
        ).format(name=path.name)
        if backup is not None:
            text += "\n\n" + tr(
                "The newest good backup is from {date}. Restoring it replaces the damaged file; changes made "
                "after that backup are lost. The damaged file is kept aside in the backups folder."
            ).format(date=taken)
        else:
            text += "\n\n" + tr(
                "There is no good backup of this file. Keep the file as it is and ask for help; do not delete it."
            )
        self.explanation.setText(text)
        box.addWidget(self.explanation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = QPushButton(tr("Restore the backup"), self)
            self.restore_button.setDefault(True)
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)


def offer_recovery(
    parent: QWidget | None, path: Path, error: Exception, before_restore: Callable[[], None] | None = None
) -> Path | None:
    """Show the recovery screen for a damaged `path`; the path to open after a restore, or None.

    `before_restore` runs once the person chose to restore (the window closes its open copy then).
    """
    path = Path(path)
    folder = paths.backup_dir()
    backup = service.newest_good_backup(path, folder)
    taken = ""
    if backup is not None:
        when = next((b.taken for b in list_backups(folder, path) if b.path == backup), None)
        taken = when_text(when, long=True) if when else backup.name
    dialog = RecoveryDialog(parent, path, backup, taken)
    if dialog.exec() != QDialog.DialogCode.Accepted or backup is None:
        return None
    if before_restore is not None:
        before_restore()
    try:
        service.restore(backup, path, folder)
    except StoreError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("The backup was not restored"), str(exc), parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None
    return path
