"""Feature modules that add menus, actions, tabs or panels to the main window.

Each module named here exposes `install(window) -> None`; the main window calls them in order
after it has built its own tabs and menus (see MainWindow.menus and MainWindow.ctx).
"""

FEATURES: tuple[str, ...] = (
    "hdesk.ui.features_pdf",
    "hdesk.ui.features_exchange",
    "hdesk.ui.features_partners",
    "hdesk.ui.features_planning",
    "hdesk.ui.features_safety",
    "hdesk.ui.features_i18n",
)
