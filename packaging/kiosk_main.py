"""Entry point of the frozen `kiosk` program."""

import sys

from kiosk.launch import main

sys.exit(main())
