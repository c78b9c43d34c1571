"""Entry point of the frozen `kiosk` program."""

import sys

from kiosk.app import main

sys.exit(main())
