# Replaces PyInstaller's hook-PySide6.QtGui.py: the same collection, less what qt_trim.py drops.
import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).parent))
from qt_trim import keep_binary, keep_data

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if keep_binary(entry)]
datas = [entry for entry in datas if keep_data(entry)]
