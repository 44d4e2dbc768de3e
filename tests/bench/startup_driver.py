"""Start a GUI the way a person does and exit as soon as its main window is on screen.

`python startup_driver.py hdesk FILE`: the real `python -m hdesk FILE` (QApplication.exec patched
once hdesk imports it);
`python startup_driver.py bare`: a bare PySide6 QMainWindow, the floor. Exits with os._exit so
teardown is not counted; the parent times the whole process.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _shown(*_args, **_kwargs):
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    app.processEvents()  # the first paint
    print("shown" if windows else "no window", flush=True)
    os._exit(0 if windows else 1)


if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1024, 700)
    window.show()
    _shown()
else:
    import importlib.machinery
    import runpy

    class PatchExec:
        """Patches QApplication.exec the moment hdesk itself imports QtWidgets (a meta path finder).

        Importing PySide here first would change the start being measured: PySide wraps every
        later import statement, so hdesk's own early modules would load slower than they do.
        Nothing else is imported here for the same reason (importlib.abc alone costs ~30 ms).
        """

        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtWidgets":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                from PySide6 import QtCore, QtGui

                for cls in (module.QApplication, QtGui.QGuiApplication, QtCore.QCoreApplication):
                    cls.exec = staticmethod(_shown)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, PatchExec())
    sys.argv = ["hdesk", *sys.argv[2:]]
    runpy.run_module("hdesk", run_name="__main__", alter_sys=True)
