//! Entering and leaving the full-screen terminal, so that it is given back whatever happens:
//! quit, a signal, Ctrl-Z, or a panic.

use std::io::{self, Write, stdout};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};

mod output;

use crate::app::{App, Happening, Host};
use crate::ui::Screen;
use output::Output;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    self as crossterm_terminal, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
    enable_raw_mode,
};
use ratatui::layout::Rect;

/// Enters raw mode and the alternate screen, and makes sure a panic leaves them first.
/// No mouse capture: it would stop people selecting text to copy.
fn init() -> io::Result<()> {
    install_panic_hook();
    enter()
}

/// The terminal's size now. Asked only at the start and after a stop: every resize in between
/// arrives as an event that carries the new size.
fn size() -> io::Result<Rect> {
    let (cols, rows) = crossterm_terminal::size()?;
    Ok(Rect::new(0, 0, cols, rows))
}

fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, Hide)
}

/// Leaves the alternate screen, shows the cursor and turns raw mode off. Safe to call twice.
pub fn restore() {
    // Raw mode first: if writing fails, the shell is at least usable.
    let _ = disable_raw_mode();
    let mut out = stdout();
    let _ = execute!(out, LeaveAlternateScreen, Show);
    let _ = out.flush();
}

fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Signals that end or pause the dashboard, noted by handlers and acted on by the run loop.
struct Signals {
    terminate: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
    /// Signals that end the program, caught from the start and read by a thread of their own
    /// once the first frame is up (`listen`): starting a thread can wait, the frame cannot.
    #[cfg(unix)]
    ending: Option<signal_hook::iterator::Signals>,
}

impl Signals {
    #[cfg(unix)]
    fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        use signal_hook::flag;
        let signals = Self {
            terminate: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
            ending: Some(signal_hook::iterator::Signals::new([
                SIGTERM, SIGHUP, SIGINT, SIGQUIT,
            ])?),
        };
        flag::register(SIGTSTP, Arc::clone(&signals.stop))?;
        flag::register(SIGCONT, Arc::clone(&signals.resumed))?;
        Ok(signals)
    }

    #[cfg(not(unix))]
    fn register() -> io::Result<Self> {
        Ok(Self {
            terminate: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Starts reading the signals that end the program, if not yet started. One that arrived
    /// before is read at once.
    #[cfg(unix)]
    fn listen(&mut self) {
        let Some(mut ending) = self.ending.take() else {
            return;
        };
        let terminate = Arc::clone(&self.terminate);
        std::thread::spawn(move || {
            if let Some(signal) = ending.forever().next() {
                terminate.store(signal.cast_unsigned() as usize, Ordering::Relaxed);
                // The run loop notices within a second and leaves through the normal restore.
                // If it has not, it is stuck: crossterm reads a hung-up terminal's end of file
                // forever without returning. End here rather than spin on.
                std::thread::sleep(SIGNAL_GRACE);
                restore();
                std::process::exit(128 + signal);
            }
        });
    }

    #[cfg(not(unix))]
    fn listen(&mut self) {}

    /// The signal asking the program to end, if one arrived.
    pub fn received(&self) -> Option<i32> {
        match self.terminate.load(Ordering::Relaxed) {
            0 => None,
            signal => i32::try_from(signal).ok(),
        }
    }

    /// Whether a stop was asked for from outside (`kill -TSTP`), clearing the request.
    pub fn take_stop(&self) -> bool {
        self.stop.swap(false, Ordering::Relaxed)
    }

    /// Whether the process was continued since the last call, clearing the note.
    pub fn take_resumed(&self) -> bool {
        self.resumed.swap(false, Ordering::Relaxed)
    }
}

/// How long the run loop has to act on a signal before the program ends without it.
#[cfg(unix)]
const SIGNAL_GRACE: Duration = Duration::from_secs(3);

/// Input handled before the next frame is drawn; more waits for the frame after.
const MAX_EVENTS_PER_FRAME: usize = 64;

/// The real host of the run loop: this terminal, the system clock, signals, and the briefing file
/// when one was given.
pub struct Console {
    output: Output,
    screen: Screen,
    signals: Signals,
    watch: Option<FileWatch>,
    /// The board's files and folders, when several briefings are shown.
    board_watch: Option<crate::board::Watch>,
    /// Set by the end-to-end tests (`MANDATE_COUNTDOWN_TEST_PANIC`) to prove that a panic
    /// gives the terminal back: panic once the first frame is on screen.
    panic_after_first_frame: bool,
}

impl Console {
    /// Takes over the terminal. Call only once the briefing has loaded: an error before this
    /// point leaves the terminal untouched.
    pub fn start(briefing_file: Option<PathBuf>) -> io::Result<Self> {
        let signals = Signals::register()?;
        init()?;
        // crossterm starts listening for window-size changes on its first poll; without this a
        // resize between the first frame and that poll would go unnoticed. From then on every
        // resize arrives as an event, so the loop never needs to ask for the size itself.
        event::poll(Duration::ZERO)?;
        Ok(Self {
            output: Output::default(),
            screen: Screen::new(size()?),
            signals,
            watch: briefing_file.map(FileWatch::new),
            board_watch: None,
            panic_after_first_frame: std::env::var_os("MANDATE_COUNTDOWN_TEST_PANIC").is_some(),
        })
    }
}

impl Console {
    /// Also watches a board's files and folders, so files written, added or removed show
    /// within a second.
    #[must_use]
    pub fn watching_board(mut self, watch: Option<crate::board::Watch>) -> Self {
        self.board_watch = watch;
        self
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        restore();
    }
}

impl Host for Console {
    fn now(&mut self) -> DateTime<Utc> {
        Utc::now()
    }

    fn wait(&mut self, timeout: Duration) -> io::Result<Vec<Happening>> {
        let mut happened = Vec::new();
        // Take everything already waiting, so a burst of input (a window dragged to a new size
        // sends dozens of resizes) is answered with one frame rather than one frame each.
        let mut wait = timeout;
        while happened.len() < MAX_EVENTS_PER_FRAME && event::poll(wait)? {
            wait = Duration::ZERO;
            match event::read()? {
                Event::Key(key) => happened.push(Happening::Key(key)),
                Event::Resize(cols, rows) => {
                    self.screen.resize(Rect::new(0, 0, cols, rows));
                    if !happened.iter().any(|h| matches!(h, Happening::Resize)) {
                        happened.push(Happening::Resize);
                    }
                }
                _ => {}
            }
        }
        if let Some(signal) = self.signals.received() {
            happened.push(Happening::Terminate(signal));
        }
        if self.signals.take_stop() {
            happened.push(Happening::Stop);
        }
        if self.signals.take_resumed() {
            happened.push(Happening::Continued);
        }
        if let Some(watch) = &mut self.watch
            && watch.changed()
        {
            let reloaded = crate::briefing::load_file(&watch.path);
            happened.push(Happening::Reloaded(Box::new(reloaded)));
        }
        if let Some(update) = self
            .board_watch
            .as_mut()
            .and_then(crate::board::Watch::poll)
        {
            happened.push(Happening::BoardChanged(update));
        }
        Ok(happened)
    }

    fn draw(&mut self, app: &App) -> io::Result<()> {
        self.screen.draw(app, &mut self.output)?;
        self.signals.listen();
        assert!(
            !self.panic_after_first_frame,
            "test-only panic after the first frame, as asked by MANDATE_COUNTDOWN_TEST_PANIC"
        );
        Ok(())
    }

    fn suspend(&mut self) -> io::Result<()> {
        restore();
        #[cfg(unix)]
        signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
        enter()?;
        // The SIGCONT that woke us is handled here: the next frame repaints the screen.
        self.signals.take_resumed();
        self.repaint()
    }

    /// Makes the next draw clear the screen and write every cell, at the size the terminal has
    /// now (it may have changed while the program was stopped). Unlike `Terminal::clear` it does
    /// not ask the terminal where its cursor is: a terminal or link that never answers must not
    /// end the briefing.
    fn repaint(&mut self) -> io::Result<()> {
        self.screen.resize(size()?);
        Ok(())
    }
}

/// Notices when the briefing file is written, by its modification time: one `stat` per wake-up
/// costs less than a file-watching thread and needs no extra crate.
struct FileWatch {
    path: PathBuf,
    modified: Option<SystemTime>,
}

impl FileWatch {
    fn new(path: PathBuf) -> Self {
        let modified = Self::modified(&path);
        Self { path, modified }
    }

    fn modified(path: &std::path::Path) -> Option<SystemTime> {
        std::fs::metadata(path).and_then(|m| m.modified()).ok()
    }

    fn changed(&mut self) -> bool {
        let modified = Self::modified(&self.path);
        let changed = modified != self.modified;
        self.modified = modified;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_watch_notices_a_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("briefing.toml");
        std::fs::write(&path, "a").unwrap();
        let mut watch = FileWatch::new(path.clone());
        assert!(!watch.changed());
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(SystemTime::now() + Duration::from_secs(5))
            .unwrap();
        assert!(watch.changed());
        assert!(!watch.changed());
    }
}
