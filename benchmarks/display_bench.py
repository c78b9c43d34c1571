"""The kiosk asleep outside opening hours: how much CPU the real process uses (target 1 %),
beside the same kiosk awake on its attract screen."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.suite import SUITE, Result

SETTLE_S = 8  # launch, building the other screens, loading speech
MEASURE_S = 15


ROOT = Path(__file__).resolve().parent.parent


def kiosk_process(data: Path) -> subprocess.Popen[bytes]:
    """The kiosk as a process, offscreen, in a preview window on `data`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed", "--data-dir", str(data)],
        stdout=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and all its threads so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    utime, stime = int(fields[11]), int(fields[12])  # the 14th and 15th fields of stat
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def idle_cpu_percent(config: str) -> tuple[float, str]:
    """CPU use of a kiosk left alone with `config`, over MEASURE_S after SETTLE_S; and its log."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        (data / "config").mkdir()
        (data / "config" / "kiosk.toml").write_text(config, encoding="utf-8")
        process = kiosk_process(data)
        try:
            time.sleep(SETTLE_S)
            before, started = cpu_seconds(process.pid), time.perf_counter()
            time.sleep(MEASURE_S)
            used = cpu_seconds(process.pid) - before
            elapsed = time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=30)
        log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    return used / elapsed * 100, log


@SUITE.register("sleep")
def sleep() -> list[Result]:
    today = date.today()
    holiday = f'[display]\nholidays = ["{today} to {today + timedelta(days=1)}"]\n'
    asleep, log = idle_cpu_percent(holiday)  # closed all day today (and past midnight)
    if "display asleep until" not in log:
        raise RuntimeError("the kiosk did not go to sleep:\n" + log)
    awake, _ = idle_cpu_percent("")  # the attract screen, its highlights taking turns
    return [
        Result(
            "sleep_cpu_percent",
            asleep,
            "%",
            1,
            f"CPU time of the kiosk process asleep (today a holiday) over {MEASURE_S} s, "
            f"{SETTLE_S} s after launch, as a share of one core (to the nearest "
            f"{100 / os.sysconf('SC_CLK_TCK') / MEASURE_S:.2f} %); awake on the attract "
            f"screen the same way: {awake:.2f} %",
        )
    ]
