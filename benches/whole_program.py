#!/usr/bin/env python3
"""Whole-program figures for mandate-countdown, or any terminal program, in a real pseudo-terminal.

For each command: time to the first complete frame, CPU over an idle window as a percentage of
one core (from the kernel's nanosecond run-time accounting), bytes written to the terminal per
second while idle, peak resident memory, and whether `q` exits cleanly. For mandate-countdown
it also times `print --format json`.

    python3 benches/whole_program.py                       # the release build, 120x40, 20 s idle
    python3 benches/whole_program.py --idle 5 --reps 1     # quicker
    python3 benches/whole_program.py --compare 'tty-clock -s -c' --compare-marker ':'

Standard library only; Linux (reads /proc). Build first: cargo build --release.
"""

import argparse
import fcntl
import os
import pty
import select
import shlex
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY = os.path.join(HERE, "..", "target", "release", "mandate-countdown")
# --as-of without --freeze: the clock runs, as it does in a briefing, so idle is honest.
OURS = [BINARY, "--as-of", "2025-09-23T10:00"]
# Text that appears only once the whole frame is on screen (the footer is drawn last).
OUR_MARKER = b"theme"


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def cpu_ns(pid):
    """CPU time the process has used, in nanoseconds (schedstat), or None."""
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            return int(f.read().split()[0])
    except OSError:
        return None


def peak_rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Pty:
    """A command running in a pseudo-terminal, its output collected as it comes."""

    def __init__(self, argv, cols, rows, env):
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(env)
            try:
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        set_size(self.fd, cols, rows)
        self.output = bytearray()

    def pump(self, seconds):
        """Reads output for `seconds`, answering cursor-position queries as a terminal would."""
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                return
            if not data:
                return
            self.output += data
            for _ in range(data.count(b"\x1b[6n")):
                os.write(self.fd, b"\x1b[1;1R")

    def wait_for(self, marker, deadline):
        end = time.perf_counter() + deadline
        while marker not in self.output:
            if time.perf_counter() > end:
                return None
            self.pump(0.0005)
        return time.perf_counter() - self.started

    def quit(self, keys=b"q", deadline=3.0):
        os.write(self.fd, keys)
        end = time.perf_counter() + deadline
        while time.perf_counter() < end:
            self.pump(0.01)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        return None


def measure(argv, marker, cols, rows, idle, settle):
    env = {"TERM": "xterm-256color", "TZ": "UTC"}
    env.pop("NO_COLOR", None)
    run = Pty(argv, cols, rows, env)
    first_frame = run.wait_for(marker, 10.0)
    run.pump(settle)
    cpu_before, bytes_before = cpu_ns(run.pid), len(run.output)
    started = time.perf_counter()
    run.pump(idle)
    elapsed = time.perf_counter() - started
    cpu_after, bytes_after = cpu_ns(run.pid), len(run.output)
    rss = peak_rss_kib(run.pid)
    code = run.quit()
    tail = bytes(run.output[-200:])
    clean = code == 0 and b"\x1b[?1049l" in tail and b"\x1b[?25h" in tail
    return {
        "first_frame_ms": None if first_frame is None else first_frame * 1000,
        "idle_cpu_percent": None
        if cpu_before is None or cpu_after is None
        else (cpu_after - cpu_before) / (elapsed * 1e9) * 100,
        "idle_bytes_per_s": (bytes_after - bytes_before) / elapsed,
        "peak_rss_mib": None if rss is None else rss / 1024,
        "clean_exit": clean,
    }


def time_print(reps):
    times = []
    for _ in range(reps):
        started = time.perf_counter()
        subprocess.run([BINARY, "print", "--format", "json"], stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def fmt(value, spec):
    return "n/a" if value is None else format(value, spec)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--idle", type=float, default=20.0, help="idle window in seconds")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds after the first frame before idling")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--compare", action="append", default=[], help="another command line to measure")
    parser.add_argument("--compare-marker", action="append", default=[], help="text marking its first frame")
    args = parser.parse_args()
    cols, rows = (int(n) for n in args.size.lower().split("x"))
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"{BINARY} not found: run cargo build --release first")

    commands = [("mandate-countdown", OURS, OUR_MARKER)]
    for i, line in enumerate(args.compare):
        marker = args.compare_marker[i] if i < len(args.compare_marker) else ""
        commands.append((line, shlex.split(line), marker.encode() or b"\x1b["))

    print(f"{args.size}, {args.idle:g} s idle, median of {args.reps} runs (min-max)\n")
    print(f"| command | first frame | idle CPU (% of a core) | idle bytes/s | peak RSS | clean exit |")
    print(f"|---|--:|--:|--:|--:|:-:|")
    for name, argv, marker in commands:
        runs = [measure(argv, marker, cols, rows, args.idle, args.settle) for _ in range(args.reps)]

        def summary(key, spec, unit=""):
            values = [r[key] for r in runs if r[key] is not None]
            if not values:
                return "n/a"
            return f"{fmt(statistics.median(values), spec)}{unit} [{fmt(min(values), spec)}-{fmt(max(values), spec)}]"

        print(
            f"| {name} | {summary('first_frame_ms', '.1f', ' ms')} | {summary('idle_cpu_percent', '.3f')} "
            f"| {summary('idle_bytes_per_s', '.0f')} | {summary('peak_rss_mib', '.1f', ' MiB')} "
            f"| {'yes' if all(r['clean_exit'] for r in runs) else 'NO'} |"
        )
    print(f"\n`print --format json`: {time_print(max(args.reps, 20)):.2f} ms wall (median of {max(args.reps, 20)})")
    print(f"release binary: {os.path.getsize(BINARY) / (1 << 20):.2f} MiB")


if __name__ == "__main__":
    main()
