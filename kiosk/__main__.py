"""`python -m kiosk` runs the kiosk."""

import sys

from kiosk.app import main

sys.exit(main())
