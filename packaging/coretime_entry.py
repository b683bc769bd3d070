"""The bundle's entry point: what pip's ``coretime`` script runs (``ui.main:main``), for PyInstaller."""

from ui.main import main

raise SystemExit(main())
