"""Exit codes of the kiosk, so a supervisor (Shell Launcher, systemd) can tell a staff exit
from a restart request and from a failure."""

EXIT_OK = 0  # staff chose Exit kiosk, or a preview window was closed: do not restart
EXIT_FAILURE = 1  # an unexpected failure: restart
EXIT_ALREADY_RUNNING = 3  # another kiosk owns this data folder
EXIT_RESTART = 4  # staff chose Restart: start again
