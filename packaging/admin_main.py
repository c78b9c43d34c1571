"""Entry point of the frozen `kiosk-admin` program."""

import sys

from kiosk.admin.cli import main

sys.exit(main())
