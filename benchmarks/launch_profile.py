"""Where the locked kiosk's launch goes, on the launch benchmark's display and data folder:
its imports (-X importtime) and its main thread from start to first frame (cProfile).

    python -m benchmarks.launch_profile [--top N]
"""

from __future__ import annotations

import argparse
import io
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.launch_bench import ROOT, Stage, stage

# Runs the kiosk under cProfile in its own process, until it prints that its first frame is
# painted. The kiosk ends with os._exit when a speech engine is still starting (it is, right
# after the first frame): the profile is written before.
DRIVER = """
import cProfile, os, sys
out, data = sys.argv[1], sys.argv[2]
profile = cProfile.Profile()

class FirstFrameStops:
    def write(self, text):
        if text.startswith("first-frame"):
            profile.disable()
        return sys.__stdout__.write(text)

    def flush(self):
        sys.__stdout__.flush()

def write():
    profile.disable()
    profile.dump_stats(out)

def exit_after_writing(code, end=os._exit):
    write()
    end(code)

sys.stdout, os._exit = FirstFrameStops(), exit_after_writing
profile.enable()
from kiosk.app import main
code = main(["--data-dir", data, "--exit-after-first-frame"])
write()
sys.exit(code)
"""


def first_frame(on: Stage, command: list[str]) -> tuple[float, str]:
    """Run `command` until the kiosk reports its first frame: (ms from spawn, its stderr)."""
    start = time.perf_counter()
    done = subprocess.run(
        command, env=on.env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    if "first-frame" not in done.stdout:
        raise RuntimeError(f"no first frame from {command!r}: {done.stderr[-2000:]}")
    (on.data / "kiosk.lock").unlink(missing_ok=True)
    return (time.perf_counter() - start) * 1000, done.stderr


def import_times(stderr: str) -> list[tuple[int, int, str]]:
    """(self us, cumulative us, module) from -X importtime's lines."""
    rows = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "[us]" not in line:
            own, total, name = line.removeprefix("import time:").split("|")
            rows.append((int(own), int(total), name.rstrip()))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.launch_profile")
    parser.add_argument("--top", type=int, default=25, help="lines of each summary")
    top = parser.parse_args().top
    with stage() as on, tempfile.TemporaryDirectory() as folder:
        data, flag = str(on.data), "--exit-after-first-frame"
        first_frame(on, [sys.executable, "-m", "kiosk", "--data-dir", data, flag])  # warm
        importing = [sys.executable, "-X", "importtime", "-m", "kiosk", "--data-dir", data, flag]
        wall, stderr = first_frame(on, importing)
        rows = import_times(stderr)
        print(f"== imports: {len(rows)} modules, {sum(r[0] for r in rows) / 1000:.0f} ms in all")
        print(f"   (spawn to first frame with -X importtime: {wall:.0f} ms)")
        print(f"{'cumul ms':>9} {'self ms':>8}  module  (top {top} by cumulative)")
        for own, total, name in sorted(rows, key=lambda r: -r[1])[:top]:
            print(f"{total / 1000:9.1f} {own / 1000:8.1f}  {name}")
        print(f"\n{'self ms':>9}  module  (top {top} by self)")
        for own, _, name in sorted(rows, key=lambda r: -r[0])[:top]:
            print(f"{own / 1000:9.1f}  {name.strip()}")
        out = Path(folder) / "launch.prof"
        wall, _ = first_frame(on, [sys.executable, "-c", DRIVER, str(out), data])
        text = io.StringIO()
        stats = pstats.Stats(str(out), stream=text)
        stats.strip_dirs().sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)  # the same, by time in each function itself
        print(f"\n== main thread to the first frame, under cProfile ({wall:.0f} ms from spawn)")
        print(text.getvalue().strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
