"""``python -m asthma_app``: the program starts at the composition root, ``app.main``."""

from .app import main

raise SystemExit(main())
