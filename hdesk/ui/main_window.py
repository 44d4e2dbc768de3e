"""The main window: tabs, menus, plan year, file handling, and the API feature modules build on.

Feature modules (hdesk/ui/features.FEATURES) receive this window and use only `ctx`, `menus`,
`tabs`, `add_tab`, `show_record`, `status` and `reopen`.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what the frame needs before its first paint: Qt's `Qt` namespace alone costs ~45 ms to load
# (PySide builds its enums on first use), so it and the file/check helpers are imported where used.
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from hdesk.ui import main_chrome, main_navigation
from hdesk.ui.features import FEATURES
from hdesk.ui.main_navigation import is_list_tab
from hdesk.ui.tab_pages import TabPages

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent

    from hdesk.services.records import ChangeSet
    from hdesk.ui.context import AppContext
    from hdesk.ui.tabs.campaigns import CampaignsTab
    from hdesk.ui.tabs.departments import DepartmentsTab
    from hdesk.ui.tabs.list_tab import ListTab
    from hdesk.ui.tabs.objectives import ObjectivesTab
    from hdesk.ui.tabs.overview import OverviewTab
    from hdesk.ui.tabs.partners import PartnersTab

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The hdesk window on one open database (`ctx`); `reopen` switches to another file."""

    def __init__(
        self,
        ctx: AppContext | None,
        readonly_reason: str = "",
        parent: QWidget | None = None,
        defer_features: bool = False,
        opening: str = "",
    ):
        """The frame (tabs, toolbar, menu titles) at once; the file's contents from `attach(ctx)`.

        With `ctx` the window is complete when constructed (tests, the self-test). Without it the
        window can be shown at once, saying it is opening `opening`, while the file is opened
        after its first paint (app.run_gui). `defer_features`: the feature modules install after
        the first paint too (a person starting the program sees the window sooner).
        """
        super().__init__(parent)
        self._features_pending = defer_features
        self.build_tabs_when_idle = False  # app.run_gui: the other tabs are built after the file shows
        self._attached = False
        self._paint_hooks: list[Callable[[], None]] = []
        self.readonly_reason = readonly_reason
        self._copy_task: Any = None  # the running Save a Copy, kept alive until it reports
        self.setAcceptDrops(True)
        self.menus: dict[str, QMenu] = {}
        self.delete_action: QAction | None = None  # added to each list tab's view as it is built
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(4, 4, 4, 0)
        self.banner = QLabel(central)
        self.banner.setObjectName("readonly_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4e5; color: #6b3e00; border: 1px solid #e0a040; padding: 6px; }"
        )
        self.banner.hide()
        box.addWidget(self.banner)
        self.tabs = TabPages(central)
        self.tabs.hold = True  # no page is built before a file is attached
        box.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._aliases: dict[str, str] = {}  # window attribute -> tab name, for features' lazy tabs
        self.add_tab(self._overview_tab, self.tr("Overview"), name="overview")
        for name, title in (
            ("objectives", self.tr("Objectives")),
            ("departments", self.tr("Departments")),
            ("partners", self.tr("Partners")),
            ("campaigns", self.tr("Campaigns")),
        ):
            self.add_tab(lambda n=name: main_navigation.list_tab(n, self.ctx, self), title, name=name)  # type: ignore[misc]

        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.year_combo = main_chrome.build_toolbar(self)
        main_chrome.build_menu_bar(self)
        main_chrome.restore_geometry(self)
        self.tabs.currentChanged.connect(self._load_current)
        if ctx is not None:
            self.attach(ctx, readonly_reason)
        else:
            self.setWindowTitle(f"hdesk — {opening}" if opening else "hdesk")
            self.statusBar().showMessage(self.tr("Opening {name}…").format(name=opening))

    def attach(self, ctx: AppContext, readonly_reason: str = "") -> None:
        """Show `ctx`'s file in this window: menus, title, year selector, then the current tab's rows."""
        from PySide6.QtCore import Qt

        from hdesk.ui import open_check

        self.ctx = ctx
        self.readonly_reason = readonly_reason
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote a file name
        ctx.lazy_tabs = True  # only the tab on screen reads its rows (ui/lazy.py)
        # ... and, while the window is not yet painted, only after its first paint (_opened)
        ctx.opening = not self.isVisible()
        if not self._attached:
            from hdesk.ui import main_menus

            self._attached = True
            main_menus.build(self)
            ctx.changed.connect(self._on_changed)
            ctx.reloaded.connect(self._update_chrome)
        self.statusBar().clearMessage()
        self._update_chrome()
        self.tabs.hold = False
        open_check.watch(self)
        if ctx.opening:
            if not self._features_pending:
                self._install_features()
            return
        QTimer.singleShot(0, self._opened)

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run `work` on the event-loop turn after the window's first paint (soon, if it was painted)."""
        if not self._paint_hooks:
            self.tabs.after_next_paint(self._run_paint_hooks)
        self._paint_hooks.append(work)
        QTimer.singleShot(250, self._run_paint_hooks)  # a window that is never painted (minimised)

    def _run_paint_hooks(self) -> None:
        hooks, self._paint_hooks = self._paint_hooks, []
        for work in hooks:
            work()

    # -- tabs, loaded when first used (reading one loads it: tests and features see its rows) ----
    @property
    def overview(self) -> OverviewTab:
        tab = self.tab("overview")
        tab.reload_if_stale()  # type: ignore[union-attr]
        return tab  # type: ignore[return-value]

    def _overview_tab(self) -> QWidget:
        from hdesk.ui.tabs.overview import OverviewTab

        return OverviewTab(self.ctx, self)

    @property
    def objectives(self) -> ObjectivesTab:
        return self._list("objectives")  # type: ignore[return-value]

    @property
    def departments(self) -> DepartmentsTab:
        return self._list("departments")  # type: ignore[return-value]

    @property
    def partners(self) -> PartnersTab:
        return self._list("partners")  # type: ignore[return-value]

    @property
    def campaigns(self) -> CampaignsTab:
        return self._list("campaigns")  # type: ignore[return-value]

    def _list(self, name: str) -> ListTab:
        tab = self.tab(name)
        assert is_list_tab(tab)
        tab.reload_if_stale(complete=True)
        return tab

    def _load_current(self, _index: int = -1) -> None:
        if not self._attached or not self.isVisible():
            return
        if self.ctx.opening:
            self._opened()  # a tab chosen before the first paint: the window counts as open now
            return
        from hdesk.ui.lazy import reload_if_stale

        reload_if_stale(self.tabs.currentWidget())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._attached and self.ctx.opening:
            # after the first paint (posted work would otherwise run before it), or soon regardless
            self.after_first_paint(self._opened)
        else:
            self._load_current()

    def _opened(self) -> None:
        """The window is on screen: features install, the current tab reads its rows (later tabs when shown)."""
        if not self._attached:
            return
        self.ctx.opening = False
        if self._features_pending:
            self._features_pending = False
            self._install_features()
        self._load_current()
        if self.build_tabs_when_idle:
            self.tabs.build_when_idle()

    # -- the API features use ---------------------------------------------------------------
    def add_tab(
        self,
        widget: QWidget | Callable[[], QWidget],
        title: str,
        after: str | None = None,
        name: str = "",
        alias: str = "",
    ) -> int:
        """Add a tab (after the tab whose objectName is `after`, else at the end).

        `widget` may be a factory: the tab is then built when first shown or asked for, under
        `name`; `alias` makes it reachable as a window attribute (window.<alias>).
        """
        at = self.tabs.count()
        if after:
            for i in range(self.tabs.count()):
                if self.tabs.page_name(i) == after:
                    at = i + 1
        if isinstance(widget, QWidget):
            return self.tabs.insertTab(at, widget, title)
        if alias:
            self._aliases[alias] = name
        return self.tabs.add_lazy(at, name, widget, title, self._tab_made)

    def _tab_made(self, widget: QWidget) -> None:
        if is_list_tab(widget) and self.delete_action is not None:
            widget.view.addAction(self.delete_action)  # Delete deletes rows only while the list has the focus

    def __getattr__(self, attribute: str) -> Any:
        """Features' lazy tabs by their window attribute (window.conflicts_view, window.stakeholder_map)."""
        aliases = self.__dict__.get("_aliases") or {}
        if attribute in aliases:
            return self.tab(aliases[attribute])
        raise AttributeError(attribute)

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def show_record(self, entity: str, uuid: str) -> bool:
        """Switch to the tab that holds the record and select it; False when it is gone."""
        return main_navigation.show_record(self, entity, uuid)

    def show_objectives_with_status(self, status: str) -> None:
        self.tabs.setCurrentWidget(self.objectives)
        combo = self.objectives.filters["status"]
        combo.setCurrentIndex(max(combo.findData(status), 0))

    def reopen(self, path: Path | str) -> bool:
        """Open another database file in this window (after New, Open, a drop or a restore)."""
        from hdesk.ui import main_files

        return main_files.reopen(self, Path(path))

    def tab(self, name: str) -> QWidget | None:
        """The tab called `name`, built if it was not yet."""
        for i in range(self.tabs.count()):
            if self.tabs.page_name(i) == name:
                return self.tabs.widget(i)
        return None

    @property
    def list_tabs(self) -> tuple[ListTab, ...]:
        """The list tabs built so far."""
        built = (self.tabs.widget(i) for i in range(self.tabs.count()) if self.tabs.is_built(i))
        return tuple(tab for tab in built if is_list_tab(tab))

    # -- building -------------------------------------------------------------------------
    def _install_features(self) -> None:
        for name in FEATURES:
            try:
                if importlib.util.find_spec(name) is None:
                    continue
                importlib.import_module(name).install(self)
            except Exception:  # one broken feature must not take the window down
                log.exception("feature %s failed to install", name)
        for key in ("partners", "plan"):
            menu = self.menus.get(key)
            if menu is not None:
                menu.menuAction().setVisible(not menu.isEmpty())

    # -- state --------------------------------------------------------------------------------
    def current_list_tab(self) -> ListTab | None:
        widget = self.tabs.currentWidget()
        return widget if is_list_tab(widget) else None

    def set_plan_year(self, year: int | None) -> None:
        if year == self.ctx.plan_year and year is not None:
            return
        self.save_pending()
        self.ctx.plan_year = year
        self.ctx.reloaded.emit()

    def save_pending(self) -> None:
        """Save text being typed in any editor (before switching file, year, or quitting)."""
        forms = sys.modules.get("hdesk.ui.widgets.record_form")  # none exist before a tab built one
        if forms is not None:
            for form in list(forms.LIVE):
                if shiboken_alive(form) and self._owns(form):
                    form.save_pending()

    def _owns(self, obj: QObject) -> bool:
        """Whether `obj` descends from this window in the object tree (dialogs included)."""
        parent = obj.parent()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parent()
        return False

    def _on_changed(self, changes: ChangeSet) -> None:
        self.saved_label.setText(self.tr("All changes saved"))
        if "plan" in changes.entities:
            self._update_chrome()

    def _update_chrome(self) -> None:
        main_chrome.update(self)

    # -- files --------------------------------------------------------------------------------
    def new_file(self) -> None:
        from hdesk.ui import main_files

        main_files.new_file(self)

    def open_plan_settings(self) -> None:
        from hdesk.ui.dialogs.plan_settings import PlanSettingsDialog

        self.save_pending()
        dialog = PlanSettingsDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self._update_chrome())
        dialog.open()
        self._plan_dialog = dialog

    def open_file(self) -> None:
        from hdesk.ui import main_files

        main_files.open_file(self)

    def save_copy(self) -> None:
        from hdesk.ui import main_files

        main_files.save_copy(self)

    def write_copy(self, dest: Path) -> None:
        """A consistent snapshot of the open file, written off the UI thread."""
        from hdesk.ui import main_files

        main_files.write_copy(self, dest)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from hdesk.ui import main_files

        if main_files.dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from hdesk.ui import main_files

        path = main_files.dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.reopen(path)

    # -- geometry -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_pending()
        main_chrome.save_geometry(self)
        super().closeEvent(event)


def shiboken_alive(widget: QWidget) -> bool:
    """False for a Python wrapper whose Qt widget was already deleted."""
    import shiboken6

    return bool(shiboken6.isValid(widget))
