from __future__ import annotations

import sys

from salesmgr.cli import main

sys.exit(main())
