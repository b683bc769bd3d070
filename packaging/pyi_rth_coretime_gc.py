# PyInstaller run-time hook for the app (not coretime-cli): pauses Python's cyclic garbage collector
# before pyi_rth_pyside6 loads PySide6, whose start-up objects (its support modules, the enum types of
# every Qt class) are made to stay. coretime.spec runs it first. ui.main.main, which pauses it the same
# way in the source tree, resumes it once the window is built; the comment there says why.
import gc

gc.disable()
