"""``python -m asthma_app``."""

from .cli import main

raise SystemExit(main())
