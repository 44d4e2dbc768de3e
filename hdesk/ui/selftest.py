"""`hdesk --self-test`: prove, offscreen, that this installation can do its real work.

An office's IT person runs it after installing (and CI runs it on the frozen bundle): it makes a
demo database in a temporary folder, checks the bundled resources and fonts, checks the database,
builds the real main window, visits every tab, exports the plan PDF, and prints one line per check
("ok   fonts" / "FAIL pdf: reason"). Exit status 0 only when every check passed. Nothing outside the
temporary folder is read or written (the user data folder is redirected into it).
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hdesk import __version__, paths

DEFAULT_TIMEOUT = 240.0  # seconds; a modal dialog offscreen would otherwise hang forever
MIN_PDF_BYTES = 10_000
MANIFEST = "hdesk-modules.txt"
REQUIRED_FILES = (
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "LICENSE-DejaVu.txt"),
    ("icons", "hdesk.png"),
    ("icons", "hdesk.ico"),
    ("icons", "hdesk-file.ico"),
)


class CheckFailed(Exception):
    """A check's one-line reason for failing."""


@dataclass
class _Run:
    """The shared state of one self-test run; each check reads what earlier checks made."""

    tmp: Path
    lang: str
    out: Callable[[str], None]
    results: list[tuple[str, bool]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # exceptions raised inside Qt slots and paint code
    database_path: Path | None = None
    app: Any = None
    window: Any = None
    ctx: Any = None

    def check(self, name: str, fn: Callable[[], str | None], needs: tuple[str, ...] = ()) -> bool:
        missing = [n for n, passed in self.results if n in needs and not passed]
        if missing:
            self.out(f"FAIL {name}: not run because {', '.join(missing)} failed")
            self.results.append((name, False))
            return False
        self.errors.clear()
        try:
            detail = fn()
            if self.errors:
                raise CheckFailed(self.errors[0])
        except CheckFailed as exc:
            self.out(f"FAIL {name}: {exc}")
            self.results.append((name, False))
            return False
        except Exception as exc:  # any crash is this check's failure, never the end of the run
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            where = f" ({Path(last[0].filename).name}:{last[0].lineno})" if last else ""
            self.out(f"FAIL {name}: {type(exc).__name__}: {exc}{where}")
            self.results.append((name, False))
            return False
        self.out(f"ok   {name}" + (f" ({detail})" if detail else ""))
        self.results.append((name, True))
        return True


def run_self_test(args: argparse.Namespace | None = None) -> int:
    """Run every check, print one line each, return 0 only if all passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    lang = getattr(args, "lang", None) or "en"
    timeout = float(os.environ.get("HDESK_SELFTEST_TIMEOUT") or DEFAULT_TIMEOUT)
    out = _printer()
    out(f"hdesk {__version__} self-test ({sys.platform}, {'bundle' if getattr(sys, 'frozen', False) else 'python'})")
    tmp = Path(tempfile.mkdtemp(prefix="hdesk-selftest-"))
    watchdog = threading.Timer(timeout, _give_up, args=(timeout, tmp))
    watchdog.daemon = True
    watchdog.start()
    previous_data_dir = paths._data_dir_override
    paths.set_data_dir(tmp / "data")
    previous_hook = sys.excepthook
    run = _Run(tmp=tmp, lang=lang, out=out)
    sys.excepthook = lambda kind, value, tb: run.errors.append(f"{kind.__name__}: {value}")
    try:
        _run_checks(run)
    finally:
        sys.excepthook = previous_hook
        _close(run)
        paths.set_data_dir(previous_data_dir)
        watchdog.cancel()
    run.check("cleanup", lambda: _remove(tmp))
    failed = [name for name, passed in run.results if not passed]
    out("self-test passed" if not failed else f"self-test FAILED: {', '.join(failed)}")
    return 0 if not failed else 1


def _run_checks(run: _Run) -> None:
    if not run.check("qt", lambda: _start_qt(run)):
        run.out("hint: Linux needs libgl1 libegl1 libxkbcommon0 fontconfig (see packaging/README.md)")
    qt = ("qt",)
    run.check("modules", _check_modules, needs=qt)
    run.check("resources", _check_resources)
    run.check("fonts", _check_fonts, needs=("qt", "resources"))
    run.check("icons", _check_icons, needs=("qt", "resources"))
    run.check("translations", _check_translations, needs=qt)
    run.check("database", lambda: _check_database(run))
    run.check("window", lambda: _check_window(run), needs=("qt", "database"))
    run.check("tabs", lambda: _check_tabs(run), needs=("window",))
    run.check("pdf", lambda: _check_pdf(run), needs=("database", "fonts"))


def _start_qt(run: _Run) -> str:
    """The QApplication; an office PC without Qt's system libraries fails here with the library's name."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    run.app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "hdesk"])
    return f"PySide6 {pyside_version}, {QApplication.platformName()}"


def _module_names() -> list[str]:
    """Every hdesk module: from the bundle's manifest (written by packaging/hdesk.spec) or the source files."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        manifest = Path(frozen) / MANIFEST
        if not manifest.is_file():
            raise CheckFailed(f"{MANIFEST} is missing from the bundle")
        return [line.strip() for line in manifest.read_text("utf-8").splitlines() if line.strip()]
    package = Path(__file__).resolve().parent.parent  # the hdesk package (this file is in hdesk/ui)
    names = []
    for source in sorted(package.rglob("*.py")):
        parts = source.relative_to(package.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if source.name == "__init__.py" else parts))
    return names


def _check_modules() -> str:
    """Import every hdesk module: commands and features are loaded by name, so a bundle could lack one."""
    names = _module_names()
    broken = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            broken.append(f"{name} ({type(exc).__name__}: {exc})")
    if broken:
        raise CheckFailed(f"{len(broken)} of {len(names)} cannot be imported: {'; '.join(broken[:3])}")
    return f"{len(names)} imported"


def _check_resources() -> str:
    folder = paths.resources_dir()
    missing = ["/".join(parts) for parts in REQUIRED_FILES if not paths.resource(*parts).is_file()]
    if missing:
        raise CheckFailed(f"missing in {folder}: {', '.join(missing)}")
    return str(folder)


def _check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id < 0:
            raise CheckFailed(f"Qt could not load fonts/{name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if "DejaVu Sans" not in families:
        raise CheckFailed(f"the bundled fonts name the families {sorted(families)}, not DejaVu Sans")
    available = QFontDatabase.families()
    if not available:
        raise CheckFailed("Qt sees no font families at all")
    if not QFontDatabase.isSmoothlyScalable("DejaVu Sans"):
        raise CheckFailed("DejaVu Sans is not scalable")
    return f"DejaVu Sans + {len(available) - 1} other families"


def _check_icons() -> str:
    """The window icon is SVG and the file icon ICO: both need Qt image plugins that a bundle could lack."""
    from PySide6.QtGui import QIcon, QImage

    for name in ("hdesk.svg", "hdesk-file.svg"):
        if QIcon(str(paths.resource("icons", name))).pixmap(64, 64).isNull():
            raise CheckFailed(f"Qt cannot draw icons/{name} (the SVG plugins are missing)")
    for name in ("hdesk.png", "hdesk.ico", "hdesk-file.ico"):
        if QImage(str(paths.resource("icons", name))).isNull():
            raise CheckFailed(f"Qt cannot read icons/{name}")
    return "svg, png, ico"


def _check_translations() -> str:
    from PySide6.QtCore import QTranslator

    folder = paths.resource("translations")
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    for qm in compiled:
        if not QTranslator().load(str(qm)):
            raise CheckFailed(f"Qt could not load translations/{qm.name}")
    if not compiled:
        return "none bundled"
    return ", ".join(qm.stem for qm in compiled)


def _check_database(run: _Run) -> str:
    from hdesk.commands.basic import check_file
    from hdesk.services.demo import fill_demo
    from hdesk.services.queries import counts, plans
    from hdesk.services.records import Records
    from hdesk.store.database import Database

    path = run.tmp / "self-test.hdesk"
    with Database(path, create=True, backup_dir=run.tmp / "backups") as database:
        records = Records(database)
        fill_demo(records)
        all_plans = plans(records)
        sizes = counts(records, all_plans[-1]["uuid"] if all_plans else None)
    problems = check_file(path)
    if problems:
        raise CheckFailed(f"check found {len(problems)} problems, first: {problems[0]}")
    run.database_path = path
    empty = [name for name in ("department", "objective", "partner", "campaign") if not sizes.get(name)]
    if empty:
        raise CheckFailed(f"the demo plan has no {', '.join(empty)} records")
    return ", ".join(f"{sizes[name]} {name}s" for name in ("department", "objective", "partner", "campaign"))


def _check_window(run: _Run) -> str:
    from hdesk.app import build_main_window, open_context
    from hdesk.settings import Settings

    assert run.database_path is not None
    settings = Settings(language=run.lang)
    run.ctx = open_context(run.database_path, settings)
    run.window = build_main_window(run.ctx)
    run.window.show()
    count = run.window.tabs.count()
    if count < 4:
        raise CheckFailed(f"the window has {count} tabs; expected at least 4")
    return f"{count} tabs"


def _check_tabs(run: _Run) -> str:
    tabs = run.window.tabs
    visited = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        run.app.processEvents()
        if tabs.currentIndex() != index:
            raise CheckFailed(f"tab {index} ({tabs.tabText(index)}) could not be shown")
        if run.window.grab().isNull():  # paints every visible view: calls the models' data()
            raise CheckFailed(f"tab {tabs.tabText(index)} could not be painted")
        if run.errors:
            raise CheckFailed(f"tab {tabs.tabText(index)}: {run.errors[0]}")
        visited.append(tabs.tabText(index).replace("&", ""))
    return ", ".join(visited)


def _check_pdf(run: _Run) -> str:
    from hdesk.services.pdf import export_plan_pdf
    from hdesk.services.records import Records
    from hdesk.store.database import Database

    assert run.database_path is not None
    out = run.tmp / "plan.pdf"
    with Database(run.database_path, readonly=True) as database:
        export_plan_pdf(Records(database), out, lang=run.lang)
    if not out.is_file():
        raise CheckFailed("no file was written")
    data = out.read_bytes()
    if not data.startswith(b"%PDF"):
        raise CheckFailed(f"{out.name} does not start with %PDF")
    if len(data) < MIN_PDF_BYTES:
        raise CheckFailed(f"{out.name} is only {len(data)} bytes")
    if b"DejaVuSans" not in data:
        raise CheckFailed("the bundled DejaVu Sans font is not embedded")
    if b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"{out.name} is truncated")
    return f"{len(data) // 1024} kB, DejaVu Sans embedded"


def _close(run: _Run) -> None:
    """Let go of the window and database so the temporary folder can be removed (Windows locks open files)."""
    try:
        if run.window is not None:
            run.window.close()
            run.window.deleteLater()
        if run.ctx is not None:
            run.ctx.database.close()
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    except Exception as exc:
        run.out(f"note: closing the window failed: {exc}")
    run.window = run.ctx = None


def _remove(tmp: Path) -> None:
    shutil.rmtree(tmp, ignore_errors=True)
    if tmp.exists():
        raise CheckFailed(f"could not remove {tmp}")


def _printer() -> Callable[[str], None]:
    """Print and flush each line at once, so a hang shows which check was running."""

    def out(line: str) -> None:
        try:
            print(line, flush=True)
        except UnicodeEncodeError:  # a Windows console with a narrow code page
            print(line.encode("ascii", "replace").decode("ascii"), flush=True)

    return out


def _give_up(timeout: float, tmp: Path) -> None:
    print(f"FAIL timeout: the self-test did not finish in {timeout:.0f} s (a dialog waiting for input?)", flush=True)
    print("self-test FAILED: timeout", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    os._exit(1)
