"""The bundle's second entry point: what pip's ``coretime-cli`` script runs (``app.cli.main:main``)."""

from app.cli.main import main

raise SystemExit(main())
