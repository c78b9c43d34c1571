"""`python -m kiosk` runs the kiosk."""

import sys

from kiosk.launch import main

sys.exit(main())
