"""Makes the GUI stack impossible to import, as on a machine without Qt installed.

A ``None`` in ``sys.modules`` is how Python marks a module that cannot be imported:
``import PySide6`` then fails, and ``importlib.util.find_spec`` says it is absent.
"""

import sys

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "OpenGL")

for name in BLOCKED:
    sys.modules[name] = None  # type: ignore[assignment]
