#!/usr/bin/env python3
"""Whole-program figures for mandate-countdown beside two clocks, in a real pseudo-terminal.

Each command runs in a pty of 120x40 (TERM=xterm-256color, TZ=UTC) and is measured, in order:

  first frame   spawn to the end of the first burst of output (the last read before 50 ms of
                quiet, once 256 bytes have come), so every program is timed by the same rule;
                a start takes a few milliseconds on a machine whose load moves by more, so each
                run adds further starts (--starts), after one untimed start of each command
  idle CPU      over an idle window (12 s) after 1.5 s of settling, as a percentage of one core,
                from the kernel's nanosecond run-time accounting of every thread
  wake-ups/s    times any of its threads went to sleep (and so woke again) during that window
  idle bytes/s  written to the terminal during that window
  peak RSS      VmHWM after the window and a resize to 20x5, 300x100 and back to 120x40 (each
                must leave the program alive), so the largest screen is in the peak
  clean exit    `q` ends it within 2 s, out of the alternate screen with the cursor shown

Repetitions alternate the commands (A B C A B C) so that the shared machine's drift hits each
alike; the table gives the median and [min-max]. Compare figures from one run, not across runs.

    cargo build --release
    python3 benches/whole_program.py                    # mandate-countdown alone, 3 runs
    python3 benches/whole_program.py --peers            # beside tty-clock and tclock
    python3 benches/whole_program.py --callgrind 60     # instructions per idle second instead
    python3 benches/whole_program.py --binary /tmp/old/mandate-countdown   # another build

The peers are for measuring only; neither the build nor CI needs them:

    apt-get install -y tty-clock valgrind     # tty-clock 2.3, C and ncurses: `tty-clock -s -c`
    cargo install clock-tui --locked          # tclock 0.6, ratatui: `tclock countdown -t ...`

`--callgrind SECONDS` runs each command under `valgrind --tool=callgrind` in the same pty, zeroes
its counters once it is idle, and reads them SECONDS later: instructions per idle second, which
unlike CPU time do not move with the machine's load. Callgrind acts on a request at the
program's next wake-up, so the window is whole wake-ups, give or take one.

Standard library only; Linux (reads /proc).
"""

import argparse
import datetime
import fcntl
import glob
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY = os.path.join(HERE, "..", "target", "release", "mandate-countdown")
SIZE = (120, 40)
RESIZES = [(20, 5), (300, 100), SIZE]
ENV = {"TERM": "xterm-256color", "TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
# The first frame is the first burst of output: at least this much, then this long quiet.
FIRST_FRAME_BYTES = 256
QUIET = 0.05


def commands(binary, peers):
    """(name, argv for one spawn) of each command to measure."""
    # --as-of without --freeze: the seconds clock runs, as it does in a briefing.
    measured = [("mandate-countdown", lambda: [binary, "--as-of", "2025-09-23T10:00"])]
    if not peers:
        return measured
    for program, install in [("tty-clock", "apt-get install -y tty-clock"),
                             ("tclock", "cargo install clock-tui --locked")]:
        if shutil.which(program) is None:
            sys.exit(f"{program} not found: {install}")
    return measured + [
        ("tty-clock -s -c", lambda: ["tty-clock", "-s", "-c"]),
        # A countdown ten minutes ahead of each spawn, so every run starts from the same display.
        ("tclock countdown", lambda: ["tclock", "countdown", "-t", (
            datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=10)
        ).strftime("%Y-%m-%d %H:%M:%S")]),
    ]


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def scheduling(pid):
    """(nanoseconds on a CPU, times it went to sleep) summed over the process's threads."""
    ns = sleeps = 0
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(f"{task}/schedstat") as f:
                ns += int(f.read().split()[0])
            with open(f"{task}/status") as f:
                # Each wake-up follows a sleep; involuntary switches (preemption) are not wake-ups.
                sleeps += next(int(line.split()[1]) for line in f if line.startswith("voluntary_ctxt_switches"))
        except (OSError, ValueError, StopIteration):
            continue
    return ns, sleeps


def peak_rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Pty:
    """A command in a pseudo-terminal of its own, its output kept with the time of each read."""

    def __init__(self, argv, cols, rows):
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.pop("NO_COLOR", None)
            os.environ.update(ENV)
            try:
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        set_size(self.fd, cols, rows)
        self.output = bytearray()
        self.reads = []  # (time, bytes)

    def pump(self, seconds):
        """Reads for `seconds`, answering cursor-position queries as a terminal would."""
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            if not self.read(left):
                return

    def read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            return False
        if not data:
            return False
        self.reads.append((time.perf_counter(), len(data)))
        self.output += data
        for _ in range(data.count(b"\x1b[6n")):
            os.write(self.fd, b"\x1b[1;1R")
        return True

    def first_frame(self, deadline):
        """Seconds from spawn to the end of the first burst of output, or None."""
        end = time.perf_counter() + deadline
        while time.perf_counter() < end:
            if len(self.output) >= FIRST_FRAME_BYTES and time.perf_counter() - self.reads[-1][0] >= QUIET:
                return self.reads[-1][0] - self.started
            if not self.read(QUIET / 5):
                return None
        return None

    def alive(self):
        return os.waitpid(self.pid, os.WNOHANG) == (0, 0)

    def quit(self, deadline=2.0):
        """Sends `q`; the exit code if it ended within `deadline`, else None (then killed)."""
        os.write(self.fd, b"q")
        end = time.perf_counter() + deadline
        while time.perf_counter() < end:
            self.pump(0.01)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        return None


def measure(argv, idle, settle):
    run = Pty(argv, *SIZE)
    result = {"first_frame_ms": None, "idle_cpu_percent": None, "wakeups_per_s": None,
              "idle_bytes_per_s": None, "peak_rss_mib": None, "resizes_survived": False,
              "clean_exit": False}
    first = run.first_frame(10.0)
    if first is None:
        run.quit()
        return result
    result["first_frame_ms"] = first * 1000
    run.pump(settle)
    (ns_before, slices_before), bytes_before = scheduling(run.pid), len(run.output)
    started = time.perf_counter()
    run.pump(idle)
    elapsed = time.perf_counter() - started
    (ns_after, slices_after), bytes_after = scheduling(run.pid), len(run.output)
    result["idle_cpu_percent"] = (ns_after - ns_before) / (elapsed * 1e9) * 100
    result["wakeups_per_s"] = (slices_after - slices_before) / elapsed
    result["idle_bytes_per_s"] = (bytes_after - bytes_before) / elapsed
    survived = True
    for cols, rows in RESIZES:
        set_size(run.fd, cols, rows)
        run.pump(1.0)
        survived = survived and run.alive()
    result["resizes_survived"] = survived
    rss = peak_rss_kib(run.pid)
    result["peak_rss_mib"] = None if rss is None else rss / 1024
    code = run.quit()
    tail = bytes(run.output[-300:])
    result["clean_exit"] = code == 0 and b"\x1b[?1049l" in tail and b"\x1b[?25h" in tail
    return result


def first_frame_only(argv):
    run = Pty(argv, *SIZE)
    first = run.first_frame(10.0)
    run.quit()
    return None if first is None else first * 1000


def callgrind(argv, seconds, settle):
    """Instructions executed per idle second under callgrind, or None."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("--callgrind needs valgrind: apt-get install -y valgrind")
    with tempfile.TemporaryDirectory() as out:
        run = Pty(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.%p", *argv], *SIZE)
        if run.first_frame(120.0) is None:
            run.quit(10.0)
            return None
        run.pump(settle)
        control = ["callgrind_control"]
        subprocess.run([*control, "-z", str(run.pid)], check=True, capture_output=True)
        zeroed = time.perf_counter()
        run.pump(seconds)
        subprocess.run([*control, "-d", str(run.pid)], check=True, capture_output=True)
        elapsed = time.perf_counter() - zeroed
        # The dump is written at the program's next wake-up.
        dumps = []
        end = time.perf_counter() + 5
        while not dumps and time.perf_counter() < end:
            run.pump(0.2)
            dumps = glob.glob(f"{out}/cg.{run.pid}.*")
        run.quit(10.0)
        if not dumps:
            return None
        with open(dumps[0]) as f:
            for line in f:
                if line.startswith(("summary:", "totals:")):
                    return int(line.split()[1]) / elapsed
    return None


def median_range(values, spec, unit=""):
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    low, mid, high = (format(v, spec) for v in (min(values), statistics.median(values), max(values)))
    return f"{mid}{unit}" if low == high else f"{mid}{unit} [{low}-{high}]"


def time_print(binary, reps):
    times = []
    for _ in range(reps):
        started = time.perf_counter()
        subprocess.run([binary, "print", "--format", "json"], stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=BINARY, help="the mandate-countdown to measure")
    parser.add_argument("--peers", action="store_true", help="also run tty-clock and tclock, alternating")
    parser.add_argument("--idle", type=float, default=12.0, help="idle window in seconds (12)")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds after the first frame before idling")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--starts", type=int, default=4, help="further first frames timed per run (4)")
    parser.add_argument("--callgrind", type=float, metavar="SECONDS",
                        help="measure instructions per idle second over SECONDS instead")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} not found: run cargo build --release first")
    measured = commands(args.binary, args.peers)
    if args.callgrind:
        print(f"{SIZE[0]}x{SIZE[1]}, callgrind, instructions per idle second over {args.callgrind:g} s\n")
        print("| command | instructions per idle second |")
        print("|---|--:|")
        for name, argv in measured:
            per_second = callgrind(argv(), args.callgrind, settle=3.0)
            print(f"| {name} | {'n/a' if per_second is None else f'{per_second:,.0f}'} |", flush=True)
        return

    runs = {name: [] for name, _ in measured}
    starts = {name: [] for name, _ in measured}
    for _, argv in measured:
        first_frame_only(argv())
    for _ in range(args.reps):
        for name, argv in measured:
            runs[name].append(measure(argv(), args.idle, args.settle))
            starts[name].append(runs[name][-1]["first_frame_ms"])
            time.sleep(0.5)
        for _ in range(args.starts):
            for name, argv in measured:
                starts[name].append(first_frame_only(argv()))
                time.sleep(0.2)
    when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    load = open("/proc/loadavg").read().split()[0]
    print(f"{when}, {os.cpu_count()} cores, load {load}; pty {SIZE[0]}x{SIZE[1]}, {args.idle:g} s idle, "
          f"median [min-max] of {args.reps} runs ({args.reps * (1 + args.starts)} starts for the first frame); "
          "peak RSS after resizes to " + ", ".join(f"{c}x{r}" for c, r in RESIZES) + "\n")
    print("| command | first frame | idle CPU (% of a core) | wake-ups/s | idle bytes/s | peak RSS | resizes | clean exit |")
    print("|---|--:|--:|--:|--:|--:|:-:|:-:|")
    for name, results in runs.items():
        def column(key, spec, unit=""):
            return median_range([r[key] for r in results], spec, unit)

        print(
            f"| {name} | {median_range(starts[name], '.1f', ' ms')} | {column('idle_cpu_percent', '.3f')} "
            f"| {column('wakeups_per_s', '.1f')} | {column('idle_bytes_per_s', '.0f')} "
            f"| {column('peak_rss_mib', '.1f', ' MiB')} "
            f"| {'alive' if all(r['resizes_survived'] for r in results) else 'DIED'} "
            f"| {'yes' if all(r['clean_exit'] for r in results) else 'NO'} |"
        )
    reps = max(args.reps, 20)
    print(f"\n`print --format json`: {time_print(args.binary, reps):.2f} ms wall (median of {reps})")
    print(f"binary: {os.path.getsize(args.binary) / (1 << 20):.2f} MiB")


if __name__ == "__main__":
    main()
