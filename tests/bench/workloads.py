"""One measurement per process: `python workloads.py WORKLOAD SIDE [--quick] SETUP_JSON`.

SIDE is "ours" (hdesk) or "floor" (the same work by the bare library). Prints one JSON line
{"s": seconds, ...extras}; the parent reads the child's peak RSS from wait4.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _out(seconds: float, **extra: object) -> None:
    print(json.dumps({"s": seconds, **extra}), flush=True)


# -- open_large -------------------------------------------------------------------------------
def open_large(side: str, setup: dict) -> None:
    """Open the large file in a running hdesk (File > Open, Objectives tab current) until its rows are painted.

    The window is already up on the demo file (starting the program is the `startup` workload); the
    clock runs from the open to the first paint of the large file's objectives. A 10 ms timer measures
    the longest stall of the event loop in that time. `cold_s` adds the same open in a fresh window.
    """
    path = setup["large"]
    if side == "floor":
        t0 = time.perf_counter()
        conn = sqlite3.connect(path)
        year = conn.execute("SELECT MAX(year) FROM plan WHERE deleted = 0").fetchone()[0]
        plan = conn.execute("SELECT * FROM plan WHERE year = ? AND deleted = 0", (year,)).fetchall()
        conn.execute("SELECT * FROM objective WHERE plan = ? AND deleted = 0", (plan[0][0],)).fetchall()
        for table in ("goal", "department", "objective_department", "partner", "campaign"):
            conn.execute(f"SELECT * FROM {table} WHERE deleted = 0").fetchall()
        conn.close()
        _out(time.perf_counter() - t0)
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from hdesk import paths
    from hdesk.app import build_main_window, open_context
    from hdesk.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="hdesk-bench-"))
    paths.set_data_dir(work)
    demo = work / "demo.hdesk"
    shutil.copyfile(setup["demo"], demo)
    app = QApplication([])
    ticks: list[float] = []
    result: dict[str, float] = {}
    window = build_main_window(open_context(demo, Settings()))
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.tabs.setCurrentWidget(window.objectives)
    for _ in range(5):
        app.processEvents()

    class Painted(QObject):
        """Notes the first paint of the Objectives list once it holds the large file's rows."""

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "t0" in result and loaded():
                result.setdefault("painted", time.perf_counter())
            return False

    def loaded() -> bool:
        tab = window.tabs.currentWidget()
        return not getattr(tab, "_stale", True) and tab.model.rowCount() > 0 and window.ctx.path == Path(path)

    painted = Painted()
    window.objectives.view.viewport().installEventFilter(painted)

    def tick() -> None:
        """Every 10 ms: note the time; the first tick after the rows were painted ends the measurement.

        Checking here rather than in a timer of its own keeps the ticks regular, so the longest gap
        between two of them is the longest time the window could not answer a click.
        """
        now = time.perf_counter()
        ticks.append(now)
        if "painted" in result and "t1" not in result:
            result["t1"] = now
            QTimer.singleShot(200, app.quit)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def start() -> None:
        result["t0"] = time.perf_counter()
        window.reopen(path)

    timer.start()
    QTimer.singleShot(50, start)
    app.exec()
    gaps = [
        b - a for a, b in itertools.pairwise([result["t0"], *(t for t in ticks if result["t0"] < t <= result["t1"])])
    ]
    stall = max(gaps, default=result["t1"] - result["t0"]) - 0.010
    rows = window.objectives.model.rowCount()
    window.ctx.database.close()
    cold = _cold_open(path)
    _out(result["t1"] - result["t0"], stall_s=max(stall, 0.0), rows=rows, cold_s=cold)
    os._exit(0)


def _cold_open(path: str) -> float:
    """A fresh window on the large file with the Objectives tab (what double-clicking the file costs, after start)."""
    from PySide6.QtWidgets import QApplication

    from hdesk.app import build_main_window, open_context
    from hdesk.settings import Settings

    app = QApplication.instance()
    t0 = time.perf_counter()
    window = build_main_window(open_context(path, Settings()))
    window.show()
    window.tabs.setCurrentWidget(window.objectives)
    window.objectives.view.viewport().repaint()
    app.processEvents()
    seconds = time.perf_counter() - t0
    window.ctx.database.close()
    return seconds


# -- filter -----------------------------------------------------------------------------------
def filter_keystroke(side: str, setup: dict) -> None:
    """Typing in the Partners filter (5,000 partners): each keystroke's filter and repaint.

    The word is typed twice: first at once, while the file's opening work runs beside the window
    (the open check of a large file, then its first daily backup: a whole-file VACUUM INTO and
    check, seconds for 300 MB on two cores), reported as `busy_s` and the slowest keystroke as
    `worst_s`; then once that work is done, the measurement `s` (what typing costs any other time).
    """
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from hdesk import paths
    from hdesk.app import build_main_window, open_context
    from hdesk.settings import Settings

    paths.set_data_dir(Path(tempfile.mkdtemp(prefix="hdesk-bench-")))
    app = QApplication([])
    window = build_main_window(open_context(setup["large"], Settings()))
    window.resize(1280, 800)
    window.show()
    tab = window.partners
    window.tabs.setCurrentWidget(tab)
    for _ in range(5):
        app.processEvents()
    typed = "ministry 12"
    sequence = [typed[: i + 1] for i in range(len(typed))] + [typed[:i] for i in range(len(typed) - 1, -1, -1)]

    def keystrokes() -> list[float]:
        times = []
        for text in sequence:
            t0 = time.perf_counter()
            tab.filter_box.setText(text)
            tab._apply_filter()  # what the debounce timer runs after the keystroke
            tab.view.viewport().repaint()
            app.processEvents()
            times.append(time.perf_counter() - t0)
        return sorted(times)

    busy = keystrokes()
    pool, t_wait = QThreadPool.globalInstance(), time.perf_counter()
    while time.perf_counter() - t_wait < 60:  # the check, then the daily backup (started after it)
        app.processEvents()
        if window.safety.task is not None and pool.activeThreadCount() == 0:
            break
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
    paints = []
    for _ in range(10):  # what Qt alone needs to paint the unchanged list (part of every keystroke)
        t0 = time.perf_counter()
        tab.view.viewport().repaint()
        paints.append(time.perf_counter() - t0)
    paints.sort()
    times = keystrokes()
    _out(
        times[len(times) // 2],
        busy_s=busy[len(busy) // 2],
        worst_s=busy[-1],
        paint_s=paints[5],
        rows=tab.model.rowCount(),
        keystrokes=len(times),
    )
    os._exit(0)


# -- pdf --------------------------------------------------------------------------------------
def pdf(side: str, setup: dict) -> None:
    out = Path(tempfile.mkdtemp(prefix="hdesk-bench-")) / "plan.pdf"
    year = setup["year"]
    if side == "ours":
        from hdesk.services.pdf.export import export_plan_pdf
        from hdesk.store.database import Database

        t0 = time.perf_counter()
        with Database(Path(setup["large"]), readonly=True) as database:
            export_plan_pdf(database, out, year)
        _out(time.perf_counter() - t0, bytes=out.stat().st_size)
        return
    from bench_floor_pdf import build  # type: ignore[import-not-found]

    t0 = time.perf_counter()
    build(setup["large"], year, out)
    _out(time.perf_counter() - t0, bytes=out.stat().st_size)


# -- merge ------------------------------------------------------------------------------------
def merge(side: str, setup: dict) -> None:
    from generate import copy_to  # type: ignore[import-not-found]

    work = Path(tempfile.mkdtemp(prefix="hdesk-bench-"))
    local = copy_to(Path(setup["merge_local"]), work / "local.hdesk")
    remote = Path(setup["merge_remote"])
    if side == "floor":
        t0 = time.perf_counter()
        conn = sqlite3.connect(local)
        conn.execute("ATTACH DATABASE ? AS other", (str(remote),))
        with conn:
            for table in ("record", "partner", "field_value", "record_vv"):
                conn.execute(f"INSERT OR REPLACE INTO main.{table} SELECT * FROM other.{table}")
        conn.close()
        _out(time.perf_counter() - t0)
        return
    from hdesk import paths
    from hdesk.services.exchange.merge import import_file
    from hdesk.services.records import Records
    from hdesk.store.database import Database

    paths.set_data_dir(work / "data")
    t0 = time.perf_counter()
    with Database(local) as database:
        summary = import_file(Records(database), remote, backup_dir=work / "backups")
    _out(time.perf_counter() - t0, totals=summary.totals)


# -- exchange_export ---------------------------------------------------------------------------
def exchange_export(side: str, setup: dict) -> None:
    work = Path(tempfile.mkdtemp(prefix="hdesk-bench-"))
    source = Path(setup["export_file"])
    if side == "floor":
        import secrets

        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        from hdesk.services.exchange.crypto import DEFAULT_KDF

        t0 = time.perf_counter()
        conn = sqlite3.connect(source)
        conn.execute("VACUUM INTO ?", (str(work / "copy.hdesk"),))
        conn.close()
        log_n, r, p = DEFAULT_KDF
        Scrypt(salt=secrets.token_bytes(16), length=64, n=2**log_n, r=r, p=p).derive(b"correct horse battery")
        _out(time.perf_counter() - t0)
        return
    from hdesk import paths
    from hdesk.services.exchange.export import export_file
    from hdesk.store.database import Database

    paths.set_data_dir(work / "data")
    t0 = time.perf_counter()
    with Database(source, readonly=True, check_later=True) as database:  # as the export dialog opens it
        export_file(database, work / "out.hdx", passphrase="correct horse battery")
    _out(time.perf_counter() - t0, bytes=(work / "out.hdx").stat().st_size)


WORKLOADS = {
    "open_large": open_large,
    "filter": filter_keystroke,
    "pdf": pdf,
    "merge": merge,
    "exchange_export": exchange_export,
}

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    WORKLOADS[sys.argv[1]](sys.argv[2], json.loads(sys.argv[3]))
