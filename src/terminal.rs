//! Entering and leaving the full-screen terminal, so that it is given back whatever happens:
//! quit, a signal, Ctrl-Z, or a panic.

use std::io::{self, Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use ratatui::DefaultTerminal;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::{Position, Rect};

/// Enters raw mode and the alternate screen, and makes sure a panic leaves them first.
/// No mouse capture: it would stop people selecting text to copy.
pub fn init() -> io::Result<DefaultTerminal> {
    install_panic_hook();
    enter()?;
    Terminal::new(CrosstermBackend::new(stdout()))
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
pub struct Signals {
    terminate: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl Signals {
    #[cfg(unix)]
    pub fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        use signal_hook::flag;
        let signals = Self::none();
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            flag::register_usize(
                signal,
                Arc::clone(&signals.terminate),
                signal.cast_unsigned() as usize,
            )?;
        }
        flag::register(SIGTSTP, Arc::clone(&signals.stop))?;
        flag::register(SIGCONT, Arc::clone(&signals.resumed))?;
        Ok(signals)
    }

    #[cfg(not(unix))]
    pub fn register() -> io::Result<Self> {
        Ok(Self::none())
    }

    fn none() -> Self {
        Self {
            terminate: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
        }
    }

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

/// Gives the terminal back, stops the process like Ctrl-Z in a shell, and takes the screen
/// again once the shell continues it. The caller redraws everything afterwards.
pub fn suspend(terminal: &mut DefaultTerminal) -> io::Result<()> {
    restore();
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    enter()?;
    repaint(terminal)
}

/// Makes the next draw repaint every cell. Unlike `Terminal::clear` it does not ask the terminal
/// where its cursor is: a terminal or link that never answers must not end the briefing.
pub fn repaint(terminal: &mut DefaultTerminal) -> io::Result<()> {
    let size = terminal.size()?;
    terminal.resize(Rect::from((Position::ORIGIN, size)))
}
