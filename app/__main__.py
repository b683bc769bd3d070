"""``python -m app``: the same as ``coretime-cli``."""

from app.cli.main import main

raise SystemExit(main())
