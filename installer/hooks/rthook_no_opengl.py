"""PyInstaller runtime hook: the bundle leaves out Qt's OpenGL bindings (9 MB) that pyqtgraph imports but only
uses when OpenGL drawing is switched on (Supasoft never does); stand-in modules keep its imports working."""

import importlib.abc
import importlib.util
import sys
import types


class _NoOpenGL(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Provides PySide6.QtOpenGL and PySide6.QtOpenGLWidgets as empty stand-ins, on first import only."""

    NAMES = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")

    def find_spec(self, name, path=None, target=None):
        return importlib.util.spec_from_loader(name, self) if name in self.NAMES else None

    def create_module(self, spec):
        return types.ModuleType(spec.name, "left out of the Supasoft bundle (no OpenGL drawing)")

    def exec_module(self, module):
        if module.__name__.endswith("QtOpenGLWidgets"):
            from PySide6.QtWidgets import QWidget

            module.QOpenGLWidget = type("QOpenGLWidget", (QWidget,), {})


sys.meta_path.append(_NoOpenGL())
