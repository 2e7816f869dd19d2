//! End to end in a real terminal: the binary runs in a pseudo-terminal (`portable-pty`), its
//! output is kept as raw bytes (for escape sequences) and parsed into a screen (`vt100`).
//!
//! Every wait has a deadline and fails with the screen as it was; no test relies on a fixed
//! sleep. Each test spawns its own child, and a guard kills it if the test fails.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

const BIN: &str = env!("CARGO_BIN_EXE_mandate-countdown");

/// How long any one wait may take. Generous: the suite must pass on a loaded two-core machine.
const DEADLINE: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(20);

/// A frozen instant nine days before the mandate lapses (in `America/New_York`).
const NINE_DAYS_LEFT: &[&str] = &["--as-of", "2025-09-23T10:00", "--freeze"];

const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
const HIDE_CURSOR: &str = "\x1b[?25l";
const SHOW_CURSOR: &str = "\x1b[?25h";
/// "Where is the cursor?", which a terminal answers with `CSI row ; col R`.
const DEVICE_STATUS_REPORT: &str = "\x1b[6n";
const MOUSE_MODES: &[&str] = &["\x1b[?1000h", "\x1b[?1002h", "\x1b[?1003h", "\x1b[?1006h"];

/// What the reader thread has seen so far.
struct Output {
    raw: Vec<u8>,
    parser: vt100::Parser,
    /// How much of `raw` the parser has been given.
    parsed: usize,
    /// Where to look next for a cursor position query.
    scanned: usize,
    /// The pty reported end of file: every process holding the terminal has gone.
    eof: bool,
}

impl Output {
    /// Takes in bytes from the program, answering its cursor position queries (`CSI 6n`) the
    /// way a real terminal does: ratatui's `Terminal::clear` asks, and gives up after two
    /// seconds without an answer.
    fn take_in(&mut self, bytes: &[u8], terminal: &Mutex<Box<dyn Write + Send>>) {
        self.raw.extend_from_slice(bytes);
        while let Some(at) = find(&self.raw[self.scanned..], DEVICE_STATUS_REPORT) {
            let end = self.scanned + at + DEVICE_STATUS_REPORT.len();
            if end > self.parsed {
                self.parser.process(&self.raw[self.parsed..end]);
                self.parsed = end;
            }
            self.scanned = end;
            let (row, col) = self.parser.screen().cursor_position();
            let reply = format!("\x1b[{};{}R", row + 1, col + 1);
            let mut terminal = terminal.lock().unwrap_or_else(PoisonError::into_inner);
            // If the program has gone, nobody is waiting for the answer.
            let _ = terminal
                .write_all(reply.as_bytes())
                .and_then(|()| terminal.flush());
        }
        // A query split across reads is found next time.
        self.scanned = self.scanned.max(
            self.raw
                .len()
                .saturating_sub(DEVICE_STATUS_REPORT.len() - 1),
        );
        self.parser.process(&self.raw[self.parsed..]);
        self.parsed = self.raw.len();
    }
}

/// Options for one run in a pseudo-terminal.
struct Spawn<'a> {
    args: &'a [&'a str],
    cols: u16,
    rows: u16,
    env: &'a [(&'a str, &'a str)],
}

impl<'a> Spawn<'a> {
    fn new(args: &'a [&'a str]) -> Self {
        Self {
            args,
            cols: 120,
            rows: 40,
            env: &[],
        }
    }

    fn size(self, cols: u16, rows: u16) -> Self {
        Self { cols, rows, ..self }
    }

    fn env(self, env: &'a [(&'a str, &'a str)]) -> Self {
        Self { env, ..self }
    }

    fn start(self) -> Session {
        Session::start(&self)
    }
}

/// The binary running in a pseudo-terminal. Dropping it kills the child if it is still running.
struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn Child + Send + Sync>,
    pid: u32,
    output: Arc<Mutex<Output>>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
}

/// A hermetic environment: only what the program needs, with a fixed terminal and zone.
fn hermetic(command: &mut CommandBuilder) {
    command.env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        command.env("PATH", path);
    }
    if let Some(home) = std::env::var_os("HOME") {
        command.env("HOME", home);
    }
    command.env("TERM", "xterm-256color");
    command.env("TZ", "UTC");
}

impl Session {
    fn start(spawn: &Spawn<'_>) -> Self {
        let pair = native_pty_system()
            .openpty(pty_size(spawn.cols, spawn.rows))
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(BIN);
        command.args(spawn.args);
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        hermetic(&mut command);
        for (key, value) in spawn.env {
            command.env(key, value);
        }
        let child = pair
            .slave
            .spawn_command(command)
            .expect("spawn the binary in the pseudo-terminal");
        // Only the child may hold the terminal, or the reader never sees end of file.
        drop(pair.slave);
        let pid = child.process_id().expect("the child has a process id");
        let output = Arc::new(Mutex::new(Output {
            raw: Vec::new(),
            parser: vt100::Parser::new(spawn.rows.max(1), spawn.cols.max(1), 0),
            parsed: 0,
            scanned: 0,
            eof: false,
        }));
        let mut reader = pair.master.try_clone_reader().expect("a pty reader");
        let writer = Arc::new(Mutex::new(pair.master.take_writer().expect("a pty writer")));
        let shared = Arc::clone(&output);
        let answers = Arc::clone(&writer);
        let reader = thread::spawn(move || {
            let mut buffer = [0_u8; 8192];
            loop {
                match reader.read(&mut buffer) {
                    // portable-pty reports the closed terminal (EIO) as end of file.
                    Ok(0) => break,
                    Ok(n) => lock(&shared).take_in(&buffer[..n], &answers),
                    Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
            lock(&shared).eof = true;
        });
        Self {
            master: pair.master,
            writer,
            child,
            pid,
            output,
            reader: Some(reader),
            status: None,
        }
    }

    fn output(&self) -> MutexGuard<'_, Output> {
        lock(&self.output)
    }

    fn raw(&self) -> Vec<u8> {
        self.output().raw.clone()
    }

    fn raw_len(&self) -> usize {
        self.output().raw.len()
    }

    fn contents(&self) -> String {
        self.output().parser.screen().contents()
    }

    fn send(&mut self, bytes: &str) {
        let mut writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        writer
            .write_all(bytes.as_bytes())
            .and_then(|()| writer.flush())
            .unwrap_or_else(|error| panic!("cannot write {bytes:?} to the pty: {error}"));
    }

    /// Resizes the terminal and the screen that parses it, together, so that later output is
    /// read at the new size. The parser cannot be smaller than 1x1.
    fn resize(&self, cols: u16, rows: u16) {
        let mut output = self.output();
        self.master
            .resize(pty_size(cols, rows))
            .unwrap_or_else(|error| panic!("cannot resize the pty to {cols}x{rows}: {error}"));
        output
            .parser
            .screen_mut()
            .set_size(rows.max(1), cols.max(1));
    }

    /// Resizes the pseudo-terminal only, leaving the screen parser as it is: vt100 itself
    /// panics on some sequences of tiny sizes, and the storm test is about the program.
    fn resize_pty(&self, cols: u16, rows: u16) {
        self.master
            .resize(pty_size(cols, rows))
            .unwrap_or_else(|error| panic!("cannot resize the pty to {cols}x{rows}: {error}"));
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args(["-s", name, &self.pid.to_string()])
            .status()
            .unwrap_or_else(|error| panic!("cannot run kill -s {name}: {error}"));
        assert!(status.success(), "kill -s {name} {} failed", self.pid);
    }

    /// Waits until `done` holds for what the terminal shows, or fails with the screen.
    fn wait_until(&mut self, what: &str, done: impl Fn(&Output) -> bool) {
        let start = Instant::now();
        loop {
            if done(&self.output()) {
                return;
            }
            if start.elapsed() > DEADLINE {
                self.fail(&format!("timed out after {DEADLINE:?} waiting for {what}"));
            }
            thread::sleep(POLL);
        }
    }

    fn wait_for_text(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} on the screen"), |output| {
            output.parser.screen().contents().contains(text)
        });
    }

    fn wait_for_texts(&mut self, texts: &[&str]) {
        for text in texts {
            self.wait_for_text(text);
        }
    }

    /// Waits until the raw output from byte `from` on contains `sequence`; returns where.
    fn wait_for_bytes(&mut self, from: usize, sequence: &str) -> usize {
        self.wait_until(&format!("{sequence:?} in the output"), |output| {
            find(&output.raw[from.min(output.raw.len())..], sequence).is_some()
        });
        let raw = self.raw();
        from + find(&raw[from..], sequence).expect("just seen")
    }

    /// Waits for the child to end and for the last of its output, then returns how it ended.
    /// Presses `q` until the program ends. A key that arrives in the same instant as a resize
    /// signal is left unread by crossterm 0.29: its `try_read` returns the resize and drops the
    /// terminal's readiness from the same (edge-triggered) poll, so the key waits until the
    /// next one arrives. In these tests that happens in about one run in four; a person would
    /// press the key again, and so does this.
    fn quit_after_resizes(&mut self) -> ExitStatus {
        for _ in 0..5 {
            self.send("q");
            let pressed = Instant::now();
            while pressed.elapsed() < Duration::from_secs(2) {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return self.wait_exit();
                }
                thread::sleep(POLL);
            }
        }
        self.wait_exit()
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if start.elapsed() > DEADLINE => {
                    self.fail(&format!("the child did not exit within {DEADLINE:?}"));
                }
                Ok(None) => thread::sleep(POLL),
                Err(error) => self.fail(&format!("cannot wait for the child: {error}")),
            }
        };
        self.status = Some(status.clone());
        self.wait_until("the end of the output", |output| output.eof);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread did not panic");
        }
        status
    }

    /// The last frame drawn on the alternate screen, read after the program has left it.
    fn last_frame(&self) -> String {
        let mut output = self.output();
        // `?47h` shows the alternate screen again without clearing it (unlike `?1049h`).
        output.parser.process(b"\x1b[?47h");
        let contents = output.parser.screen().contents();
        output.parser.process(b"\x1b[?47l");
        contents
    }

    /// The terminal's local mode flags (ICANON, ECHO, ...), by name.
    #[cfg(unix)]
    fn local_flags(&self) -> Vec<String> {
        let termios = self
            .master
            .get_termios()
            .expect("the pty's termios can be read");
        flag_names(&format!("{:?}", termios.local_flags))
    }

    fn fail(&mut self, message: &str) -> ! {
        let status = match self.status.clone() {
            Some(status) => Some(status),
            None => self.child.try_wait().ok().flatten(),
        };
        let output = self.output();
        let raw = &output.raw;
        let tail = &raw[raw.len().saturating_sub(1500)..];
        panic!(
            "{message}\nchild {}: {status:?}\n--- screen ---\n{}\n--- last {} of {} raw bytes ---\n{}",
            self.pid,
            output.parser.screen().contents(),
            tail.len(),
            raw.len(),
            tail.escape_ascii(),
        );
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.status.is_none() && !matches!(self.child.try_wait(), Ok(Some(_))) {
            // SIGHUP, then SIGKILL if it is still there (which also ends a stopped child).
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn lock(output: &Mutex<Output>) -> MutexGuard<'_, Output> {
    output.lock().unwrap_or_else(PoisonError::into_inner)
}

fn pty_size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn find(haystack: &[u8], needle: &str) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle.as_bytes())
}

fn rfind(haystack: &[u8], needle: &str) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|window| window == needle.as_bytes())
}

/// The names in a bitflags `Debug` string such as `LocalFlags(ECHO | ICANON)`.
fn flag_names(debug: &str) -> Vec<String> {
    debug
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The screen a fresh terminal of this size shows after `bytes`, switched to the alternate
/// screen as it was left (so a frame can be read after the program has restored the terminal).
fn frame_from(bytes: &[u8], cols: u16, rows: u16) -> String {
    let mut parser = vt100::Parser::new(rows, cols, 0);
    parser.process(bytes);
    parser.process(b"\x1b[?47h");
    parser.screen().contents()
}

/// Asserts the program gave the terminal back: it left the alternate screen after last
/// entering it, showed the cursor after last hiding it, turned raw mode off, and never
/// turned mouse capture on.
fn assert_restored(session: &Session) {
    let raw = session.raw();
    let shown = String::from_utf8_lossy(&raw);
    let entered = rfind(&raw, ENTER_ALTERNATE_SCREEN)
        .unwrap_or_else(|| panic!("never entered the alternate screen:\n{shown}"));
    let left = rfind(&raw, LEAVE_ALTERNATE_SCREEN)
        .unwrap_or_else(|| panic!("never left the alternate screen:\n{}", raw.escape_ascii()));
    assert!(
        left > entered,
        "the last {LEAVE_ALTERNATE_SCREEN:?} (at {left}) must come after the last \
         {ENTER_ALTERNATE_SCREEN:?} (at {entered}); output ends:\n{}",
        raw[raw.len().saturating_sub(500)..].escape_ascii()
    );
    let hidden = rfind(&raw, HIDE_CURSOR).expect("the cursor was hidden while drawing");
    let cursor_shown = rfind(&raw, SHOW_CURSOR)
        .unwrap_or_else(|| panic!("the cursor was never shown again:\n{}", raw.escape_ascii()));
    assert!(
        cursor_shown > hidden,
        "the last {SHOW_CURSOR:?} (at {cursor_shown}) must come after the last {HIDE_CURSOR:?} \
         (at {hidden})"
    );
    for mode in MOUSE_MODES {
        assert!(
            find(&raw, mode).is_none(),
            "mouse capture {mode:?} was turned on"
        );
    }
    {
        let output = session.output();
        let screen = output.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is still hidden");
    }
    #[cfg(unix)]
    {
        let flags = session.local_flags();
        for flag in ["ICANON", "ECHO", "ISIG"] {
            assert!(
                flags.iter().any(|name| name == flag),
                "raw mode is still on: {flag} missing from {flags:?}"
            );
        }
    }
}

/// Colour parameters in the SGR (`CSI ... m`) sequences of `raw`: each offending sequence, as
/// text. Colours are 30-37, 40-47, 90-97, 100-107 and the extended 38/48/58 (`;5;n`, `;2;r;g;b`
/// or their colon forms); 39 and 49 (default colours) are not colours.
fn colour_sgr_sequences(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < raw.len() {
        if raw[i] != 0x1b || raw[i + 1] != b'[' {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 2;
        let params_start = j;
        while j < raw.len() && (0x30..=0x3f).contains(&raw[j]) {
            j += 1;
        }
        let params_end = j;
        while j < raw.len() && (0x20..=0x2f).contains(&raw[j]) {
            j += 1;
        }
        let Some(&last) = raw.get(j) else { break };
        i = j + 1;
        let params = &raw[params_start..params_end];
        let private = params
            .first()
            .is_some_and(|b| matches!(b, b'<' | b'=' | b'>' | b'?'));
        if last != b'm' || params_end != j || private {
            continue;
        }
        let text = String::from_utf8_lossy(params);
        let colour = text.split(';').any(|param| {
            let main = param.split(':').next().unwrap_or_default();
            // An empty parameter means 0 (reset).
            let value: u32 = if main.is_empty() {
                0
            } else {
                main.parse().unwrap_or(0)
            };
            matches!(value, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107)
        });
        if colour {
            found.push(raw[start..=j].escape_ascii().to_string());
        }
    }
    found
}

fn assert_exit_code(status: &ExitStatus, code: u32) {
    assert_eq!(
        status.signal(),
        None,
        "the child was killed by a signal instead of exiting: {status:?}"
    );
    assert_eq!(
        status.exit_code(),
        code,
        "unexpected exit status {status:?}"
    );
}

/// Starts the dashboard nine days before the lapse and waits until it is on screen.
fn dashboard(cols: u16, rows: u16) -> Session {
    let mut session = Spawn::new(NINE_DAYS_LEFT).size(cols, rows).start();
    session.wait_for_texts(&["DAYS REMAINING", "9 days remaining", "Tue 23 Sep 2025"]);
    session
}

fn quits_on_and_restores(key: &str) {
    let mut session = dashboard(120, 40);
    session.send(key);
    let status = session.wait_exit();
    assert_exit_code(&status, 0);
    assert_restored(&session);
}

fn signal_exits_and_restores(signal: &str, code: u32) {
    let mut session = dashboard(120, 40);
    session.signal(signal);
    let status = session.wait_exit();
    assert_exit_code(&status, code);
    assert_restored(&session);
}

#[test]
fn shows_the_dashboard_with_the_right_day_count() {
    let mut session = dashboard(120, 40);
    let contents = session.contents();
    assert!(
        contents
            .lines()
            .next()
            .unwrap_or_default()
            .contains("Tue 23 Sep 2025"),
        "the header (first line) gives the date:\n{contents}"
    );
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
}

#[test]
fn shows_the_dashboard_with_the_right_day_count_at_80x24() {
    let mut session = dashboard(80, 24);
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
}

#[test]
fn shows_the_days_since_the_lapse_after_expiry() {
    let mut session = Spawn::new(&["--as-of", "2026-11-28T10:00", "--freeze"]).start();
    session.wait_for_texts(&[
        "DAYS SINCE THE MANDATE LAPSED",
        "Expired 422 days ago",
        "Sat 28 Nov 2026",
    ]);
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
}

#[test]
fn shows_that_the_mandate_expires_today_on_the_last_day() {
    let mut session = Spawn::new(&["--as-of", "2025-10-02T10:00", "--freeze"]).start();
    session.wait_for_texts(&["THE MANDATE EXPIRES TODAY", "Thu 2 Oct 2025"]);
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
}

#[test]
fn quits_on_q_and_restores_the_terminal() {
    quits_on_and_restores("q");
}

#[test]
fn quits_on_esc_and_restores_the_terminal() {
    // A lone ESC with nothing after it is read as the Esc key.
    quits_on_and_restores("\x1b");
}

#[test]
fn quits_on_ctrl_c_and_restores_the_terminal() {
    // Raw mode turns off ISIG, so Ctrl-C arrives as a key rather than SIGINT.
    quits_on_and_restores("\x03");
}

#[test]
fn sigterm_exits_143_and_restores_the_terminal() {
    signal_exits_and_restores("TERM", 143);
}

#[test]
fn sighup_exits_129_and_restores_the_terminal() {
    signal_exits_and_restores("HUP", 129);
}

#[test]
fn recognises_colour_parameters_in_sgr_sequences() {
    let colours: &[&[u8]] = &[
        b"\x1b[31m",
        b"\x1b[1;44m",
        b"\x1b[38;5;208m",
        b"\x1b[48;2;1;2;3m",
        b"\x1b[38:2::1:2:3m",
        b"\x1b[0;97m",
        b"\x1b[103m",
        b"\x1b[58;5;1m",
    ];
    for sequence in colours {
        assert_eq!(
            colour_sgr_sequences(sequence).len(),
            1,
            "{}",
            sequence.escape_ascii()
        );
    }
    let plain: &[&[u8]] = &[
        b"\x1b[m",
        b"\x1b[0m",
        b"\x1b[1;4;7m",
        b"\x1b[39;49m",
        b"\x1b[22;24;27m",
        // Not SGR: cursor movement and private modes that happen to contain colour numbers.
        b"\x1b[31;41H",
        b"\x1b[?1049h",
        b"\x1b[>4;31m",
        b"plain 31m text",
    ];
    for sequence in plain {
        assert!(
            colour_sgr_sequences(sequence).is_empty(),
            "{}",
            sequence.escape_ascii()
        );
    }
}

#[test]
fn no_color_env_gives_no_colour_codes() {
    // A control: the default theme does colour, and the scanner sees it.
    let mut coloured = dashboard(120, 40);
    coloured.send("q");
    assert_exit_code(&coloured.wait_exit(), 0);
    assert!(
        !colour_sgr_sequences(&coloured.raw()).is_empty(),
        "the default theme should use colour, or this test proves nothing"
    );

    let mut session = Spawn::new(NINE_DAYS_LEFT).env(&[("NO_COLOR", "1")]).start();
    session.wait_for_texts(&["DAYS REMAINING", "9 days remaining", "WARNING"]);
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
    let colours = colour_sgr_sequences(&session.raw());
    assert!(
        colours.is_empty(),
        "NO_COLOR=1 but the output holds colour codes: {colours:?}"
    );
    assert_restored(&session);
}

#[test]
fn survives_resizes() {
    // What a fresh 80x24 dashboard shows, to compare the resized one with.
    let mut fresh = dashboard(80, 24);
    fresh.send("q");
    assert_exit_code(&fresh.wait_exit(), 0);
    let expected = fresh.last_frame();
    assert!(expected.contains("9 days remaining"), "{expected}");

    let mut session = dashboard(120, 40);
    session.resize(1, 1);
    // Linux accepts a 0x0 window size; the parser is kept at 1x1 (vt100 needs a cell).
    session.resize(0, 0);
    session.resize(300, 100);
    session.resize(80, 24);
    session.wait_until(
        "the 80x24 dashboard, exactly as a fresh one draws it",
        |output| output.parser.screen().contents() == expected,
    );
    assert!(session.contents().contains("9 days remaining"));
    assert_exit_code(&session.quit_after_resizes(), 0);
    assert_eq!(session.last_frame(), expected);
    assert_restored(&session);
}

#[test]
fn says_the_terminal_is_too_small_below_the_minimum() {
    let mut session = Spawn::new(NINE_DAYS_LEFT).size(30, 8).start();
    session.wait_for_texts(&["Terminal too small", "30x8"]);
    session.resize(120, 40);
    session.wait_for_texts(&["DAYS REMAINING", "9 days remaining"]);
    session.resize(30, 8);
    session.wait_for_text("Terminal too small");
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
    assert_restored(&session);
}

/// The state letter of a process (`R`, `S`, `T` for stopped, ...), from `/proc/<pid>/stat`.
#[cfg(target_os = "linux")]
fn process_state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces; the state follows it.
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.trim_start().chars().next()
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_suspends_and_sigcont_redraws() {
    suspends_and_redraws_on_sigcont(|session| session.send("\x1a"));
}

/// `kill -TSTP` from outside (not the key) takes the same way out and back.
#[cfg(target_os = "linux")]
#[test]
fn sigtstp_suspends_and_sigcont_redraws() {
    suspends_and_redraws_on_sigcont(|session| session.signal("TSTP"));
}

/// Suspends the dashboard with `suspend`, checks the terminal was given back and the child is
/// stopped, continues it, and checks the whole dashboard is drawn again.
#[cfg(target_os = "linux")]
fn suspends_and_redraws_on_sigcont(suspend: impl FnOnce(&mut Session)) {
    let mut session = dashboard(120, 40);
    let before_suspend = session.raw_len();
    suspend(&mut session);
    let left = session.wait_for_bytes(before_suspend, LEAVE_ALTERNATE_SCREEN);
    session.wait_for_bytes(left, SHOW_CURSOR);
    let pid = session.pid;
    session.wait_until("the child to be stopped (state T)", |_| {
        process_state(pid) == Some('T')
    });
    // Stopped, it must leave a usable shell behind: no raw mode, normal screen, cursor on.
    let flags = session.local_flags();
    for flag in ["ICANON", "ECHO", "ISIG"] {
        assert!(
            flags.iter().any(|name| name == flag),
            "suspended with raw mode still on: {flag} missing from {flags:?}"
        );
    }
    {
        let output = session.output();
        assert!(!output.parser.screen().alternate_screen());
        assert!(!output.parser.screen().hide_cursor());
    }

    session.signal("CONT");
    let resumed = session.wait_for_bytes(left, ENTER_ALTERNATE_SCREEN);
    session.wait_until("the dashboard redrawn on the alternate screen", |output| {
        let screen = output.parser.screen();
        screen.alternate_screen() && screen.contents().contains("9 days remaining")
    });
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
    assert_restored(&session);

    // The whole dashboard came back from what was written after resuming alone (entering the
    // alternate screen clears it), and it is the frame that was there before the suspend.
    let raw = session.raw();
    let before = frame_from(&raw[..left], 120, 40);
    let after = frame_from(&raw[resumed..], 120, 40);
    assert!(before.contains("9 days remaining"), "{before}");
    assert_eq!(after, before);
}

/// Runs the binary with stdout a pipe, not a terminal.
#[test]
fn piped_stdout_gets_the_plain_summary() {
    let mut child = Command::new(BIN)
        .args(["--as-of", "2025-09-23"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm-256color")
        .env("TZ", "UTC")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the binary");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut bytes = Vec::new();
        stdout.read_to_end(&mut bytes).map(|_| bytes)
    });
    let err_reader = thread::spawn(move || {
        let mut bytes = Vec::new();
        stderr.read_to_end(&mut bytes).map(|_| bytes)
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break status;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the plain summary took longer than {DEADLINE:?}");
        }
        thread::sleep(POLL);
    };
    let stdout = out_reader.join().unwrap().expect("read stdout");
    let stderr = err_reader.join().unwrap().expect("read stderr");
    let text = String::from_utf8_lossy(&stdout);
    assert_eq!(status.code(), Some(0), "stderr: {}", stderr.escape_ascii());
    assert!(text.contains("9 days remaining"), "{text}");
    assert!(text.contains("Status:"), "{text}");
    assert!(
        !stdout.contains(&0x1b),
        "escape codes in piped output:\n{}",
        stdout.escape_ascii()
    );
    assert!(
        !stderr.contains(&0x1b),
        "escape codes on stderr:\n{}",
        stderr.escape_ascii()
    );
}

#[test]
fn dumb_terminal_gets_the_plain_summary() {
    let mut session = Spawn::new(NINE_DAYS_LEFT).env(&[("TERM", "dumb")]).start();
    let status = session.wait_exit();
    assert_exit_code(&status, 0);
    let raw = session.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("Status:"), "{text}");
    assert!(text.contains("9 days remaining"), "{text}");
    assert!(
        find(&raw, ENTER_ALTERNATE_SCREEN).is_none(),
        "entered the alternate screen on a dumb terminal"
    );
    assert!(
        !raw.contains(&0x1b),
        "escape codes sent to a dumb terminal:\n{}",
        raw.escape_ascii()
    );
}

#[test]
fn present_mode_advances_slides_on_its_own() {
    let mut session = Spawn::new(&["--as-of", "2025-09-23T10:00", "--freeze", "--present", "1"])
        .size(100, 30)
        .start();
    // Slide 1 is the countdown; with one second a slide, the next ones follow unprompted.
    session.wait_for_texts(&["1/7", "9 days remaining"]);
    session.wait_for_texts(&["2/7", "5,500 personnel"]);
    session.wait_for_texts(&["3/7", "Quote 1 of 4"]);
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
    assert_restored(&session);
}

#[test]
fn reloads_the_briefing_when_its_file_changes() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let briefings = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/briefings");
    std::fs::create_dir(dir.path().join("seeds")).expect("seeds folder");
    std::fs::copy(
        briefings.join("seeds/000_0073b1465f77e1bd.txt"),
        dir.path().join("seeds/000_0073b1465f77e1bd.txt"),
    )
    .expect("article copied");
    let good = std::fs::read_to_string(briefings.join("good.toml")).expect("good.toml");
    let path = dir.path().join("briefing.toml");
    std::fs::write(&path, &good).expect("briefing written");
    let path_text = path.to_string_lossy().into_owned();
    let mut session = Spawn::new(&[
        "--briefing",
        &path_text,
        "--as-of",
        "2025-09-23T10:00",
        "--freeze",
    ])
    .size(120, 40)
    .start();
    session.wait_for_text("9 days remaining");

    std::fs::write(&path, good.replace("personnel = 989", "personnel = 1234")).expect("edit");
    session.wait_for_text("1,234");

    std::fs::write(
        &path,
        good.replace(
            "timezone = \"America/New_York\"",
            "timezone = \"Mars/Base\"",
        ),
    )
    .expect("bad edit");
    session.wait_for_texts(&["RELOAD FAILED", "Mars/Base", "9 days remaining"]);

    std::fs::write(&path, &good).expect("fix");
    session.wait_until("the banner to clear", |output| {
        let screen = output.parser.screen().contents();
        !screen.contains("RELOAD FAILED") && screen.contains("989")
    });
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
}

#[test]
fn the_board_opens_a_briefing_comes_back_and_shows_a_file_added_to_its_folder() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/briefings/board");
    std::fs::create_dir(dir.path().join("seeds")).expect("seeds folder");
    for name in [
        "alpha.toml",
        "bravo.toml",
        "delta.toml",
        "seeds/test-wire.txt",
    ] {
        std::fs::copy(fixtures.join(name), dir.path().join(name)).expect("fixture copied");
    }
    let folder = dir.path().to_string_lossy().into_owned();
    let mut session = Spawn::new(&[
        "--briefing",
        &folder,
        "--as-of",
        "2026-03-02T10:00:00Z",
        "--freeze",
    ])
    .size(120, 40)
    .start();
    session.wait_for_texts(&[
        "Mandate board \u{b7} 3 briefings \u{b7} 1 failing",
        "\u{25b6} BRAVO \u{b7} Test mission Bravo",
        "CANNOT BE LOADED",
    ]);

    // Down to ALPHA, open it: its full dashboard, in its own zone.
    session.send("\x1b[B");
    session.wait_for_text("\u{25b6} ALPHA \u{b7} Test mission Alpha");
    session.send("\r");
    session.wait_for_texts(&["Alpha: a test mission", "DAYS REMAINING", "Quotes"]);
    assert!(!session.contents().contains("Mandate board"));

    // Back to the board, ALPHA still selected.
    session.send("\x1b");
    session.wait_for_texts(&["Mandate board", "\u{25b6} ALPHA \u{b7} Test mission Alpha"]);

    // A file added to the folder appears as a row of its own.
    let alpha = std::fs::read_to_string(dir.path().join("alpha.toml")).expect("alpha.toml");
    let echo = alpha
        .replace("Test mission Alpha", "Test mission Echo")
        .replace("\"ALPHA\"", "\"ECHO\"");
    std::fs::write(dir.path().join("echo.toml"), echo).expect("a new briefing");
    session.wait_for_texts(&["4 briefings", "ECHO \u{b7} Test mission Echo"]);
    assert!(
        session
            .contents()
            .contains("\u{25b6} ALPHA \u{b7} Test mission Alpha"),
        "the selection stays on ALPHA:\n{}",
        session.contents()
    );

    // And one removed goes.
    std::fs::remove_file(dir.path().join("delta.toml")).expect("remove a file");
    session.wait_until("the failing row to go", |output| {
        let screen = output.parser.screen().contents();
        screen.contains("3 briefings") && !screen.contains("CANNOT BE LOADED")
    });
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
    assert_restored(&session);
}

#[test]
fn a_panic_exits_101_and_gives_the_terminal_back() {
    let mut session = Spawn::new(NINE_DAYS_LEFT)
        .env(&[("MANDATE_COUNTDOWN_TEST_PANIC", "1")])
        .start();
    assert_exit_code(&session.wait_exit(), 101);
    assert_restored(&session);
    let raw = session.raw();
    let entered = rfind(&raw, ENTER_ALTERNATE_SCREEN).expect("entered the alternate screen");
    let left =
        entered + find(&raw[entered..], LEAVE_ALTERNATE_SCREEN).expect("left the alternate screen");
    let after = String::from_utf8_lossy(&raw[left..]);
    assert!(
        after.contains("test-only panic after the first frame"),
        "the panic message is readable on the normal screen after leaving: {after}"
    );
}

#[test]
fn survives_a_storm_of_200_resizes_in_a_second() {
    let mut session = dashboard(120, 40);
    let started = Instant::now();
    for step in 0_u16..200 {
        // Sizes all over the place, tiny and huge, without a pattern the app could settle into.
        let cols = 1 + (step * 37) % 300;
        let rows = (step * 13) % 120;
        session.resize_pty(cols, rows);
        thread::sleep(Duration::from_millis(4));
    }
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the storm took too long to send"
    );
    session.resize(100, 30);
    session.wait_until("the dashboard at 100x30 after the storm", |output| {
        let screen = output.parser.screen().contents();
        screen.contains("9 days remaining") && screen.lines().count() <= 30
    });
    assert_exit_code(&session.quit_after_resizes(), 0);
    assert_restored(&session);
}

/// CPU time used by a process so far, in clock ticks (100 a second on Linux).
#[cfg(target_os = "linux")]
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) start at state, field 3.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
    let user: u64 = fields.get(11)?.parse().ok()?;
    let system: u64 = fields.get(12)?.parse().ok()?;
    Some(user + system)
}

#[test]
#[cfg(target_os = "linux")]
fn idles_on_almost_no_cpu_and_writes_only_the_changing_cells() {
    // A running clock: the seconds change, so something must be redrawn each second.
    let mut session = Spawn::new(&["--as-of", "2025-09-23T10:00"]).start();
    session.wait_for_text("9 days remaining");
    thread::sleep(Duration::from_secs(1));
    let window = Duration::from_secs(10);
    let (ticks_before, bytes_before) = (cpu_ticks(session.pid), session.raw_len());
    thread::sleep(window);
    let (ticks_after, bytes_after) = (cpu_ticks(session.pid), session.raw_len());
    let ticks =
        u32::try_from(ticks_after.unwrap_or(0) - ticks_before.unwrap_or(0)).unwrap_or(u32::MAX);
    let bytes = u32::try_from(bytes_after - bytes_before).unwrap_or(u32::MAX);
    let bytes_per_second = f64::from(bytes) / window.as_secs_f64();
    // 100 ticks a second is one core, so ticks per second is a percentage.
    let cpu_percent = f64::from(ticks) / window.as_secs_f64();
    eprintln!("idle over {window:?}: {cpu_percent:.2}% of a core, {bytes_per_second:.0} bytes/s");
    assert!(cpu_percent < 1.0, "idle CPU {cpu_percent:.2}% of a core");
    // The clock's seconds (and the header's) change each second; a full redraw of 120x40
    // would be several kilobytes.
    assert!(bytes_per_second > 0.0, "the clock must tick");
    assert!(
        bytes_per_second < 400.0,
        "{bytes_per_second:.0} bytes/s while idle"
    );
    assert!(
        session.raw().windows(4).filter(|w| w == b"\x1b[2J").count() <= 1,
        "the screen is cleared at most once, never every frame"
    );
    session.send("q");
    assert_exit_code(&session.wait_exit(), 0);
}

/// When the terminal goes away (an SSH link drops, a terminal window is closed), the program
/// must end. crossterm then reads end-of-file forever without returning, so the run loop never
/// sees the hang-up signal; the signal thread ends the program after a grace period instead of
/// leaving it spinning on a core.
#[test]
#[cfg(target_os = "linux")]
fn ends_when_its_terminal_goes_away() {
    let pair = native_pty_system()
        .openpty(pty_size(120, 40))
        .expect("a pseudo-terminal");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_mandate-countdown"));
    hermetic(&mut command);
    command.args(["--as-of", "2025-09-23T10:00"]);
    let mut child = pair
        .slave
        .spawn_command(command)
        .expect("the program starts");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("a reader");
    // Read what it draws for a moment (the running clock writes every second), then let go.
    let drained = thread::spawn(move || {
        let started = Instant::now();
        let mut buffer = [0_u8; 4096];
        while started.elapsed() < Duration::from_millis(1500) {
            if matches!(reader.read(&mut buffer), Ok(0) | Err(_)) {
                break;
            }
        }
    });
    drained.join().expect("the reader thread ends");
    drop(pair.master);
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        thread::sleep(POLL);
    }
    let _ = child.kill();
    panic!("still running 10 s after its terminal went away");
}
