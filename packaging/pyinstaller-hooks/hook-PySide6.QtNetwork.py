# Replaces PyInstaller's hook-PySide6.QtNetwork.py: the same collection, less what qt_trim.py drops.
import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

sys.path.insert(0, str(Path(__file__).parent))
from qt_trim import keep_binary, keep_data

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries += pyside6_library_info.collect_qtnetwork_files()
binaries = [entry for entry in binaries if keep_binary(entry)]
datas = [entry for entry in datas if keep_data(entry)]
