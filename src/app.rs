//! The dashboard's state and the one place it changes. The run loop reads the wall clock, the
//! terminal's events and the briefing file; everything else is `update`, which tests drive
//! directly with a fixed clock.

use std::io;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use ratatui::crossterm::event::KeyEvent;

use crate::action::{self, Action, Context};
use crate::board::{self, Board};
use crate::briefing::{LoadError, Loaded, Origin};
use crate::clock::ReplayClock;
use crate::countdown::Countdown;
use crate::presentation::Presentation;
use crate::theme::ThemeName;

/// How long a slide stays when presentation mode is started without `--present SECS`.
pub const DEFAULT_SLIDE_SECONDS: i64 = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Every briefing of the board, one row each.
    Board,
    Dashboard,
    Presenting(Presentation),
}

/// What is drawn over the current mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// Where a quote or a figure comes from, in the words of its source.
    Source(Item),
}

/// Something on the dashboard that has a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The countdown's facts: the expiry, the resolutions behind it, the hour it lapses.
    Mandate,
    Force(usize),
    Quote(usize),
    /// Every dated event, each with its source.
    Timeline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Countdown,
    Forces,
    Quotes,
    Timeline,
}

impl Panel {
    const ORDER: [Self; 4] = [Self::Countdown, Self::Forces, Self::Quotes, Self::Timeline];

    fn step(self, by: isize) -> Self {
        let index = Self::ORDER.iter().position(|p| *p == self).unwrap_or(0);
        let len = Self::ORDER.len().cast_signed();
        Self::ORDER[(index.cast_signed() + by).rem_euclid(len).cast_unsigned()]
    }
}

/// Why the run loop ended, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    Signal(i32),
}

#[derive(Debug)]
pub struct App {
    pub loaded: Loaded,
    pub clock: ReplayClock,
    /// The instant on screen, refreshed from the wall clock by `tick`.
    pub now: DateTime<Utc>,
    /// Wall time of the last update, for the slide progress bar.
    pub wall: DateTime<Utc>,
    pub mode: Mode,
    pub overlay: Option<Overlay>,
    pub focus: Panel,
    pub selected_quote: usize,
    pub selected_force: usize,
    /// Rows the source pop-up is scrolled down by, when its text is taller than the screen.
    pub source_scroll: u16,
    pub theme: ThemeName,
    /// Seconds per slide when presenting.
    pub slide_interval: TimeDelta,
    /// Why the last reload of the briefing file failed; the last good briefing stays on screen.
    pub reload_error: Option<String>,
    /// Panels drawn in earlier frames that have not changed since (see `ui::cache`).
    pub panels: crate::ui::PanelCache,
    pub exit: Option<Exit>,
    /// The briefings of the board, when several were given. `loaded` is then the one opened
    /// last (at first the top row), so the dashboard and its keys work on it unchanged.
    pub board: Option<Board>,
    /// The board's selected row, by file, so it stays selected as rows move and files change.
    pub selected_briefing: Option<PathBuf>,
}

impl App {
    pub fn new(loaded: Loaded, clock: ReplayClock, theme: ThemeName, wall: DateTime<Utc>) -> Self {
        Self {
            now: clock.shown(wall),
            wall,
            loaded,
            clock,
            mode: Mode::Dashboard,
            overlay: None,
            focus: Panel::Quotes,
            selected_quote: 0,
            selected_force: 0,
            source_scroll: 0,
            theme,
            slide_interval: TimeDelta::seconds(DEFAULT_SLIDE_SECONDS),
            reload_error: None,
            panels: crate::ui::PanelCache::default(),
            exit: None,
            board: None,
            selected_briefing: None,
        }
    }

    /// The app on `board`, its top row selected. Until a briefing is opened, `loaded` is the
    /// top briefing that loaded; on a board whose files all fail it is the built-in briefing,
    /// never shown, since only a briefing that loaded can be opened.
    pub fn with_board(
        board: Board,
        clock: ReplayClock,
        theme: ThemeName,
        wall: DateTime<Utc>,
    ) -> Result<Self, LoadError> {
        let now = clock.shown(wall);
        let loaded = match board.loaded(now).first() {
            Some(first) => (*first).clone(),
            None => crate::briefing::load_built_in()?,
        };
        let mut app = Self::new(loaded, clock, theme, wall);
        app.selected_briefing = board.rows(now).first().map(|e| e.path.clone());
        app.board = Some(board);
        app.mode = Mode::Board;
        Ok(app)
    }

    /// Starts in presentation mode, advancing every `interval`.
    #[must_use]
    pub fn presenting(mut self, interval: TimeDelta) -> Self {
        self.slide_interval = interval;
        self.mode = self.show(self.wall);
        self
    }

    /// A presentation of what is on screen: the board, or the briefing.
    fn show(&self, wall: DateTime<Utc>) -> Mode {
        let interval = Some(self.slide_interval);
        Mode::Presenting(match (&self.board, &self.mode) {
            (Some(board), Mode::Board) => {
                Presentation::of_board(board.loaded(self.now).len(), interval, wall)
            }
            _ => Presentation::new(&self.loaded.briefing, interval, wall),
        })
    }

    /// The board's selected entry.
    pub fn selected_entry(&self) -> Option<&board::Entry> {
        let path = self.selected_briefing.as_deref()?;
        self.board.as_ref()?.get(path)
    }

    /// The time zone that `[` `]` `{` `}` step days in: the briefing's, or on the board the
    /// selected one's.
    fn zone(&self) -> chrono_tz::Tz {
        let selected = match self.mode {
            Mode::Board => self.selected_entry().and_then(|e| e.loaded.as_ref().ok()),
            _ => None,
        };
        selected
            .unwrap_or(&self.loaded)
            .briefing
            .mandate
            .deadline
            .timezone
    }

    pub fn countdown(&self) -> Countdown {
        self.loaded.briefing.mandate.deadline.countdown_at(self.now)
    }

    pub fn presentation(&self) -> Option<&Presentation> {
        match &self.mode {
            Mode::Presenting(show) => Some(show),
            Mode::Dashboard | Mode::Board => None,
        }
    }

    pub fn key_context(&self) -> Context {
        match self.mode {
            Mode::Board => Context::Board,
            Mode::Dashboard if self.board.is_some() => Context::FromBoard,
            Mode::Dashboard => Context::Dashboard,
            Mode::Presenting(_) => Context::Presenting,
        }
    }

    /// Brings the screen up to date with the wall clock and advances a due slide. Returns
    /// whether anything visible changed, which is the only thing that makes an idle screen
    /// redraw.
    pub fn tick(&mut self, wall: DateTime<Utc>) -> bool {
        let shown = self.clock.shown(wall);
        let mut changed = shown.timestamp() != self.now.timestamp();
        if let Mode::Presenting(show) = &mut self.mode {
            changed |= show.advance_if_due(wall);
            // The progress bar moves with the wall clock even when the shown time is frozen.
            changed |= show.due().is_some() && wall.timestamp() != self.wall.timestamp();
        }
        self.now = shown;
        self.wall = wall;
        changed
    }

    /// How long the loop may sleep before something on screen changes: the shown second, or
    /// the end of a slide's time.
    pub fn until_next_change(&self, wall: DateTime<Utc>) -> Duration {
        let second = Duration::from_secs(1);
        let next_second = match self.clock {
            // Nothing on screen moves; wake once a second only to notice signals.
            ReplayClock::Frozen(_) => second,
            ReplayClock::Running { .. } => {
                let nanos = self
                    .clock
                    .shown(wall)
                    .timestamp_subsec_nanos()
                    .min(999_999_999);
                Duration::from_nanos(u64::from(1_000_000_000 - nanos))
            }
        };
        let slide_due = self
            .presentation()
            .and_then(Presentation::due)
            .and_then(|due| (due - wall).to_std().ok());
        slide_due.map_or(next_second, |due| due.min(next_second))
    }

    pub fn update(&mut self, action: Action, wall: DateTime<Utc>) {
        let quotes = self.loaded.briefing.quotes.len();
        match action {
            Action::Quit => self.exit = Some(Exit::Quit),
            // The run loop does the suspending; there is no state to change.
            Action::Suspend => {}
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Some(Overlay::Help) => None,
                    _ => Some(Overlay::Help),
                };
            }
            Action::CloseOverlay => self.overlay = None,
            Action::FocusNext => self.focus = self.focus.step(1),
            Action::FocusPrevious => self.focus = self.focus.step(-1),
            Action::SelectPrevious | Action::SelectNext => {
                let forward = action == Action::SelectNext;
                if matches!(self.overlay, Some(Overlay::Source(_))) {
                    // The pop-up scrolls; the selection under it stays what it shows.
                    self.source_scroll = if forward {
                        self.source_scroll.saturating_add(1)
                    } else {
                        self.source_scroll.saturating_sub(1)
                    };
                } else if self.mode == Mode::Board {
                    self.step_briefing(forward);
                } else if self.focus == Panel::Forces {
                    let forces = self.loaded.briefing.forces.len();
                    self.selected_force = step_within(self.selected_force, forward, forces);
                } else {
                    self.selected_quote = step_within(self.selected_quote, forward, quotes);
                    self.focus = Panel::Quotes;
                }
            }
            Action::ToggleSource => {
                let item = match self.focus {
                    Panel::Countdown => Item::Mandate,
                    Panel::Forces => Item::Force(self.selected_force),
                    Panel::Quotes => Item::Quote(self.selected_quote),
                    Panel::Timeline => Item::Timeline,
                };
                self.overlay = match self.overlay {
                    Some(Overlay::Source(_)) => None,
                    _ => Some(Overlay::Source(item)),
                };
                self.source_scroll = 0;
            }
            Action::StepDays(days) => self.clock.step_days(days, self.zone(), wall),
            Action::BackToNow => self.clock = ReplayClock::REAL,
            Action::CycleTheme => self.theme = self.theme.next(),
            Action::TogglePresentation => {
                self.mode = match &self.mode {
                    Mode::Board | Mode::Dashboard => self.show(wall),
                    Mode::Presenting(show) if show.is_board() => Mode::Board,
                    Mode::Presenting(_) => Mode::Dashboard,
                };
            }
            Action::OpenBriefing => self.open_selected(),
            Action::Back => match (&self.board, &self.mode) {
                (Some(_), Mode::Dashboard) => {
                    self.mode = Mode::Board;
                    self.overlay = None;
                }
                _ => self.exit = Some(Exit::Quit),
            },
            Action::NextSlide
            | Action::PreviousSlide
            | Action::JumpToSlide(_)
            | Action::TogglePause
            | Action::ToggleBlank => {
                if let Mode::Presenting(show) = &mut self.mode {
                    match action {
                        Action::NextSlide => show.next(wall),
                        Action::PreviousSlide => show.previous(wall),
                        Action::JumpToSlide(number) => show.jump(number, wall),
                        Action::TogglePause => show.toggle_pause(wall),
                        _ => show.blank = !show.blank,
                    }
                }
            }
        }
        self.now = self.clock.shown(wall);
        self.wall = wall;
    }

    /// Moves the board's selection one row, in the order shown.
    fn step_briefing(&mut self, forward: bool) {
        let Some(board) = &self.board else { return };
        let rows = board.rows(self.now);
        let current = self
            .selected_briefing
            .as_ref()
            .and_then(|path| rows.iter().position(|entry| &entry.path == path))
            .unwrap_or(0);
        let next = step_within(current, forward, rows.len());
        self.selected_briefing = rows.get(next).map(|entry| entry.path.clone());
    }

    /// Opens the selected briefing's dashboard, if it loaded. Reopening the same briefing keeps
    /// its focus and selections.
    fn open_selected(&mut self) {
        let Some(Ok(loaded)) = self.selected_entry().map(|entry| &entry.loaded) else {
            return;
        };
        let loaded = loaded.clone();
        if loaded.origin != self.loaded.origin {
            self.focus = Panel::Quotes;
            self.selected_quote = 0;
            self.selected_force = 0;
        }
        self.loaded = loaded;
        self.reload_error = None;
        self.overlay = None;
        self.mode = Mode::Dashboard;
    }

    /// Takes in files of the board that changed, came or went. The selection stays on its file,
    /// or if that went, on the row that took its place; the briefing open on the dashboard is
    /// reloaded as a single briefing file would be.
    pub fn board_changed(&mut self, update: board::Update) {
        let Some(board) = &mut self.board else { return };
        let now = self.now;
        let place = self
            .selected_briefing
            .as_deref()
            .and_then(|path| board.position(path, now))
            .unwrap_or(0);
        let open = match &self.loaded.origin {
            Origin::File(path) => Some(path.clone()),
            Origin::BuiltIn => None,
        };
        let open_reloaded = update
            .reloaded
            .iter()
            .find(|entry| Some(&entry.path) == open.as_ref())
            .map(|entry| {
                entry
                    .loaded
                    .as_ref()
                    .map(Loaded::clone)
                    .map_err(ToString::to_string)
            });
        let open_removed = open
            .as_ref()
            .is_some_and(|path| board.get(path).is_some() && !update.paths.contains(path));
        board.apply(update);
        let rows = board.rows(now);
        let kept = self
            .selected_briefing
            .as_deref()
            .is_some_and(|path| board.get(path).is_some());
        if !kept {
            let row = rows.get(place.min(rows.len().saturating_sub(1)));
            self.selected_briefing = row.map(|entry| entry.path.clone());
        }
        let briefings = board.loaded(now).len();
        if let Mode::Presenting(show) = &mut self.mode
            && show.is_board()
        {
            show.refresh_board_slides(briefings);
        }
        match open_reloaded {
            Some(Ok(loaded)) => self.reloaded(Ok(loaded)),
            Some(Err(error)) => self.reload_error = Some(error),
            None if open_removed => {
                self.reload_error = Some(format!(
                    "{}: the file is gone from the board",
                    self.loaded.origin
                ));
            }
            None => {}
        }
    }

    /// Takes a reloaded briefing, or keeps the last good one and says why the new one failed.
    pub fn reloaded(&mut self, result: Result<Loaded, LoadError>) {
        match result {
            Ok(loaded) => {
                self.loaded = loaded;
                self.reload_error = None;
                let briefing = &self.loaded.briefing;
                self.selected_quote = self
                    .selected_quote
                    .min(briefing.quotes.len().saturating_sub(1));
                self.selected_force = self
                    .selected_force
                    .min(briefing.forces.len().saturating_sub(1));
                // The item a source pop-up shows may be gone.
                self.overlay = self.overlay.filter(|o| *o == Overlay::Help);
                // A board's show is rebuilt from the board, not from the briefing behind it.
                if let Mode::Presenting(show) = &mut self.mode
                    && !show.is_board()
                {
                    show.refresh_slides(&self.loaded.briefing);
                }
            }
            Err(error) => self.reload_error = Some(error.to_string()),
        }
    }

    /// Draws, then sleeps until a key, a resize, a signal, the next second or a slide change;
    /// redraws only when one of those changed something visible.
    pub fn run(&mut self, host: &mut impl Host) -> io::Result<Exit> {
        let mut dirty = true;
        loop {
            if dirty {
                host.draw(self)?;
            }
            // Left until the first frame is on screen; a problem shows as a warning in the next.
            if self.loaded.check_sources() {
                continue;
            }
            let timeout = self.until_next_change(host.now());
            dirty = false;
            for happening in host.wait(timeout)? {
                match happening {
                    Happening::Key(key) => {
                        let overlay_open = self.overlay.is_some();
                        let action = action::action_for(key, self.key_context(), overlay_open);
                        if let Some(action) = action {
                            if action == Action::Suspend {
                                host.suspend()?;
                            }
                            self.update(action, host.now());
                            dirty = true;
                        }
                    }
                    Happening::Resize => dirty = true,
                    Happening::Terminate(signal) => self.exit = Some(Exit::Signal(signal)),
                    Happening::Stop if self.exit.is_none() => {
                        host.suspend()?;
                        dirty = true;
                    }
                    Happening::Stop => {}
                    Happening::Continued => {
                        host.repaint()?;
                        dirty = true;
                    }
                    Happening::Reloaded(result) => {
                        self.reloaded(*result);
                        dirty = true;
                    }
                    Happening::BoardChanged(update) => {
                        self.board_changed(update);
                        dirty = true;
                    }
                }
            }
            if let Some(exit) = self.exit {
                return Ok(exit);
            }
            let now = host.now();
            dirty |= self.tick(now);
        }
    }
}

/// Something from outside that the run loop acts on.
#[derive(Debug)]
pub enum Happening {
    Key(KeyEvent),
    Resize,
    /// A signal asking the program to end.
    Terminate(i32),
    /// A stop asked for from outside (`kill -TSTP`).
    Stop,
    /// Continued after a stop we did not arrange: the screen may hold anything.
    Continued,
    /// The briefing file changed and was read again.
    Reloaded(Box<Result<Loaded, LoadError>>),
    /// Files of the board changed, came or went.
    BoardChanged(board::Update),
}

/// What the run loop needs from the world: the clock, input, and a screen. The terminal is one
/// host (`terminal::Console`); tests bring a fake one with a clock they step themselves.
pub trait Host {
    fn now(&mut self) -> DateTime<Utc>;
    /// Sleeps until something happens or `timeout` passes, and says what happened.
    fn wait(&mut self, timeout: Duration) -> io::Result<Vec<Happening>>;
    fn draw(&mut self, app: &App) -> io::Result<()>;
    /// Gives the terminal back and stops until the shell continues the program.
    fn suspend(&mut self) -> io::Result<()>;
    /// Makes the next draw repaint every cell.
    fn repaint(&mut self) -> io::Result<()>;
}

/// One step through `len` items, stopping at either end.
fn step_within(index: usize, forward: bool, len: usize) -> usize {
    if forward {
        (index + 1).min(len.saturating_sub(1))
    } else {
        index.saturating_sub(1)
    }
}

#[cfg(test)]
mod board_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing;

    fn instant(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn app_at(shown: &str) -> App {
        let wall = instant("2026-11-28T12:00:00Z");
        let clock = ReplayClock::starting_at(instant(shown), wall, false);
        App::new(
            briefing::load_built_in().unwrap(),
            clock,
            ThemeName::Dark,
            wall,
        )
    }

    #[test]
    fn stepping_days_replays_the_approach_to_the_deadline() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        assert_eq!(app.countdown().days_remaining, 10);
        app.update(Action::StepDays(1), wall);
        assert_eq!(app.countdown().days_remaining, 9);
        app.update(Action::StepDays(7), wall);
        assert_eq!(app.countdown().days_remaining, 2);
        app.update(Action::StepDays(-1), wall);
        assert_eq!(app.countdown().days_remaining, 3);
        app.update(Action::BackToNow, wall);
        assert_eq!(app.countdown().days_since_expiry, Some(422));
        assert!(!app.clock.is_replay());
    }

    #[test]
    fn quote_selection_stays_in_range() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        app.update(Action::SelectPrevious, wall);
        assert_eq!(app.selected_quote, 0);
        for _ in 0..10 {
            app.update(Action::SelectNext, wall);
        }
        assert_eq!(app.selected_quote, app.loaded.briefing.quotes.len() - 1);
    }

    #[test]
    fn focus_cycles_through_every_panel_and_back() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        let start = app.focus;
        let mut seen = vec![start];
        for _ in 0..Panel::ORDER.len() {
            app.update(Action::FocusNext, wall);
            seen.push(app.focus);
        }
        assert_eq!(app.focus, start);
        assert!(Panel::ORDER.iter().all(|p| seen.contains(p)));
        app.update(Action::FocusPrevious, wall);
        assert_eq!(app.focus, start.step(-1));
    }

    #[test]
    fn help_toggles_and_quit_sets_the_exit() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        app.update(Action::ToggleHelp, wall);
        assert_eq!(app.overlay, Some(Overlay::Help));
        app.update(Action::ToggleHelp, wall);
        assert_eq!(app.overlay, None);
        app.update(Action::Quit, wall);
        assert_eq!(app.exit, Some(Exit::Quit));
    }

    #[test]
    fn idle_redraw_is_due_once_per_shown_second() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        app.tick(wall);
        assert_eq!(app.until_next_change(wall), Duration::from_secs(1));
        let later = wall + chrono::TimeDelta::milliseconds(400);
        assert!(!app.tick(later), "same second: nothing to redraw");
        assert_eq!(app.until_next_change(later), Duration::from_millis(600));
        assert!(app.tick(later + chrono::TimeDelta::milliseconds(600)));
    }

    #[test]
    fn a_wall_clock_jump_of_hours_gives_the_right_next_frame() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-10-02T12:00:00Z");
        assert_eq!(
            app.countdown().status,
            crate::countdown::Status::ExpiresToday
        );
        // The laptop slept for sixteen hours: the next frame is computed afresh, not counted on.
        assert!(app.tick(wall + chrono::TimeDelta::hours(16)));
        assert_eq!(app.countdown().days_since_expiry, Some(1));
    }

    fn presenting_app(interval_secs: i64) -> (App, DateTime<Utc>) {
        let wall = instant("2026-11-28T12:00:00Z");
        let clock = ReplayClock::starting_at(instant("2025-09-23T14:00:00Z"), wall, false);
        let app = App::new(
            briefing::load_built_in().unwrap(),
            clock,
            ThemeName::Dark,
            wall,
        )
        .presenting(TimeDelta::seconds(interval_secs));
        (app, wall)
    }

    fn slide(app: &App) -> crate::presentation::Slide {
        app.presentation().expect("presenting").slide()
    }

    #[test]
    fn presentation_advances_on_the_tick_that_ends_a_slide() {
        use crate::presentation::Slide;
        let (mut app, wall) = presenting_app(5);
        assert_eq!(slide(&app), Slide::Countdown);
        assert!(app.until_next_change(wall) <= Duration::from_secs(1));
        app.tick(wall + TimeDelta::seconds(4));
        assert_eq!(slide(&app), Slide::Countdown);
        assert!(app.tick(wall + TimeDelta::seconds(5)));
        assert_eq!(slide(&app), Slide::Forces);
    }

    #[test]
    fn presentation_keys_drive_the_slides() {
        use crate::presentation::Slide;
        let (mut app, wall) = presenting_app(12);
        app.update(Action::NextSlide, wall);
        assert_eq!(slide(&app), Slide::Forces);
        app.update(Action::JumpToSlide(4), wall);
        assert_eq!(slide(&app), Slide::Quote(1));
        app.update(Action::PreviousSlide, wall);
        assert_eq!(slide(&app), Slide::Quote(0));
        app.update(Action::TogglePause, wall);
        app.tick(wall + TimeDelta::minutes(5));
        assert_eq!(slide(&app), Slide::Quote(0), "paused slides stay");
        app.update(Action::ToggleBlank, wall);
        assert!(app.presentation().unwrap().blank);
        app.update(Action::TogglePresentation, wall);
        assert_eq!(app.mode, Mode::Dashboard);
    }

    #[test]
    fn stepping_the_date_works_while_presenting() {
        let (mut app, wall) = presenting_app(12);
        assert_eq!(app.countdown().days_remaining, 9);
        app.update(Action::StepDays(7), wall);
        assert_eq!(app.countdown().days_remaining, 2);
        assert!(app.clock.is_replay());
    }

    #[test]
    fn a_frozen_clock_still_redraws_for_the_slide_progress() {
        let wall = instant("2026-11-28T12:00:00Z");
        let clock = ReplayClock::starting_at(instant("2025-09-23T14:00:00Z"), wall, true);
        let mut app = App::new(
            briefing::load_built_in().unwrap(),
            clock,
            ThemeName::Dark,
            wall,
        )
        .presenting(TimeDelta::seconds(10));
        assert!(app.tick(wall + TimeDelta::seconds(1)));
        app.update(Action::TogglePause, wall + TimeDelta::seconds(1));
        assert!(
            !app.tick(wall + TimeDelta::seconds(2)),
            "paused and frozen: nothing moves"
        );
    }

    #[test]
    fn reload_takes_a_good_edit_and_keeps_the_last_good_briefing_on_a_bad_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("briefing.toml");
        let good = include_str!("../tests/briefings/good.toml");
        std::fs::create_dir(dir.path().join("seeds")).unwrap();
        std::fs::write(
            dir.path().join("seeds/000_0073b1465f77e1bd.txt"),
            include_str!("../seeds/000_0073b1465f77e1bd.txt"),
        )
        .unwrap();
        std::fs::write(&path, good).unwrap();
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = App::new(
            briefing::load_file(&path).unwrap(),
            ReplayClock::REAL,
            ThemeName::Dark,
            wall,
        );

        std::fs::write(&path, good.replace("personnel = 989", "personnel = 1000")).unwrap();
        app.reloaded(briefing::load_file(&path));
        assert_eq!(app.loaded.briefing.forces[0].personnel, 1000);
        assert_eq!(app.reload_error, None);

        std::fs::write(&path, good.replace("personnel = 989", "personnel = -5")).unwrap();
        app.reloaded(briefing::load_file(&path));
        assert_eq!(
            app.loaded.briefing.forces[0].personnel, 1000,
            "last good data stays"
        );
        let error = app.reload_error.clone().expect("a banner");
        assert!(
            error.contains("briefing.toml:") && error.contains("-5"),
            "{error}"
        );

        std::fs::write(&path, good).unwrap();
        app.reloaded(briefing::load_file(&path));
        assert_eq!(app.reload_error, None, "fixing the file clears the banner");
        assert_eq!(app.loaded.briefing.forces[0].personnel, 989);
    }

    #[test]
    fn enter_opens_the_source_of_what_has_the_focus() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        app.update(Action::SelectNext, wall);
        app.update(Action::ToggleSource, wall);
        assert_eq!(app.overlay, Some(Overlay::Source(Item::Quote(1))));
        app.update(Action::CloseOverlay, wall);
        app.focus = Panel::Forces;
        app.update(Action::SelectNext, wall);
        app.update(Action::ToggleSource, wall);
        assert_eq!(app.overlay, Some(Overlay::Source(Item::Force(1))));
        app.update(Action::ToggleSource, wall);
        assert_eq!(app.overlay, None);
        assert_eq!(
            app.selected_quote, 1,
            "moving through forces leaves the quote alone"
        );
    }

    #[test]
    fn enter_on_each_panel_opens_where_its_facts_come_from() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        app.update(Action::SelectNext, wall);
        let mut opened = Vec::new();
        for _ in 0..Panel::ORDER.len() {
            app.update(Action::FocusNext, wall);
            app.update(Action::ToggleSource, wall);
            opened.push((app.focus, app.overlay));
            app.update(Action::ToggleSource, wall);
            assert_eq!(app.overlay, None, "Enter again closes it");
        }
        assert_eq!(
            opened,
            [
                (Panel::Timeline, Some(Overlay::Source(Item::Timeline))),
                (Panel::Countdown, Some(Overlay::Source(Item::Mandate))),
                (Panel::Forces, Some(Overlay::Source(Item::Force(0)))),
                (Panel::Quotes, Some(Overlay::Source(Item::Quote(1)))),
            ]
        );
    }

    #[test]
    fn up_and_down_scroll_an_open_source_and_leave_the_selection() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        app.update(Action::ToggleSource, wall);
        app.update(Action::SelectNext, wall);
        app.update(Action::SelectNext, wall);
        app.update(Action::SelectPrevious, wall);
        assert_eq!(app.source_scroll, 1);
        assert_eq!(app.selected_quote, 0);
        app.update(Action::ToggleSource, wall);
        app.update(Action::ToggleSource, wall);
        assert_eq!(app.source_scroll, 0, "a pop-up opens at its top");
    }

    /// A host whose clock moves only when the loop sleeps, by exactly as long as it asks to:
    /// the loop's wake-ups and frames, and the cells each frame drew and wrote, are counted, not
    /// timed. Its terminal is a `TestBackend` drawn through the same `Screen` as the real one.
    struct SimulatedHost {
        now: DateTime<Utc>,
        end: DateTime<Utc>,
        wakeups: usize,
        frames: Vec<DateTime<Utc>>,
        costs: Vec<crate::ui::Drawn>,
        screen: crate::ui::Screen,
        terminal: ratatui::backend::TestBackend,
    }

    impl SimulatedHost {
        fn new(start: DateTime<Utc>, run_for: TimeDelta) -> Self {
            Self::sized(start, run_for, (120, 40))
        }

        fn sized(start: DateTime<Utc>, run_for: TimeDelta, (cols, rows): (u16, u16)) -> Self {
            Self {
                now: start,
                end: start + run_for,
                wakeups: 0,
                frames: Vec::new(),
                costs: Vec::new(),
                screen: crate::ui::Screen::new(ratatui::layout::Rect::new(0, 0, cols, rows)),
                terminal: ratatui::backend::TestBackend::new(cols, rows),
            }
        }
    }

    impl Host for SimulatedHost {
        fn now(&mut self) -> DateTime<Utc> {
            self.now
        }

        fn wait(&mut self, timeout: Duration) -> io::Result<Vec<Happening>> {
            self.wakeups += 1;
            self.now += TimeDelta::from_std(timeout).unwrap();
            Ok(if self.now >= self.end {
                vec![Happening::Terminate(15)]
            } else {
                Vec::new()
            })
        }

        fn draw(&mut self, app: &App) -> io::Result<()> {
            self.frames.push(app.now);
            let Ok(cost) = self.screen.draw(app, &mut self.terminal);
            self.costs.push(cost);
            Ok(())
        }

        fn suspend(&mut self) -> io::Result<()> {
            Ok(())
        }

        fn repaint(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn idle_dashboard_wakes_at_most_once_a_second_on_the_second() {
        // Starting a third of a second into a second: the first wake-up is at the next boundary.
        let start = instant("2026-11-28T12:00:00.333Z");
        let mut app = App::new(
            briefing::load_built_in().unwrap(),
            ReplayClock::REAL,
            ThemeName::Dark,
            start,
        );
        let mut host = SimulatedHost::new(start, TimeDelta::seconds(60));
        assert_eq!(app.run(&mut host).unwrap(), Exit::Signal(15));
        assert!(
            host.wakeups <= 61,
            "{} wake-ups in 60 idle seconds",
            host.wakeups
        );
        assert!(
            host.frames.len() >= 60,
            "the clock must still tick: {} frames",
            host.frames.len()
        );
        assert!(
            host.frames[1..]
                .iter()
                .all(|at| at.timestamp_subsec_nanos() == 0),
            "frames are drawn on the second boundary"
        );
    }

    /// In an idle second only two lines change: the time in the header and the countdown's
    /// clock line. Whatever the size of the screen (and of the digits), that is all a second may
    /// draw again, and of it only the characters of those two clocks may reach the terminal.
    #[rstest::rstest]
    #[case::laptop(120, 40)]
    #[case::wall_screen(300, 100)]
    fn an_idle_second_redraws_only_the_clock_and_the_countdown_line(
        #[case] cols: u16,
        #[case] rows: u16,
    ) {
        // Mid-second, ten seconds before an hour turns: some seconds change every digit.
        let start = instant("2025-09-23T13:59:50.250Z");
        let mut app = App::new(
            briefing::load_built_in().unwrap(),
            ReplayClock::REAL,
            ThemeName::Dark,
            start,
        );
        let mut host = SimulatedHost::sized(start, TimeDelta::seconds(90), (cols, rows));
        app.run(&mut host).unwrap();
        let (first, idle) = host.costs.split_first().unwrap();
        let screen = usize::from(cols) * usize::from(rows);
        assert_eq!(
            first.cells_drawn, screen,
            "the first frame draws every cell"
        );
        assert!(first.cells_written > screen / 2, "{first:?}");
        assert!(idle.len() >= 89, "{} idle frames", idle.len());
        // Two lines, each at most the screen's width.
        let two_lines = 2 * usize::from(cols);
        // The header's HH:MM:SS, and the countdown's clock ("9d 13:59:53").
        let clock_figure = crate::countdown::format_clock(app.countdown().until_lapse);
        let clock_characters = "HH:MM:SS".len() + clock_figure.chars().count();
        for (second, cost) in idle.iter().enumerate() {
            assert!(
                cost.cells_drawn <= two_lines,
                "idle second {second} at {cols}x{rows} drew {} cells",
                cost.cells_drawn
            );
            assert!(
                (1..=clock_characters).contains(&cost.cells_written),
                "idle second {second} at {cols}x{rows} wrote {} cells",
                cost.cells_written
            );
        }
    }

    /// On a slide, an idle second changes the header's clock, the status line (progress and the
    /// corner clock) and, on the countdown slide, the clock line: three lines at most, whatever
    /// the size of the screen and of the slide.
    #[rstest::rstest]
    fn an_idle_second_on_a_slide_redraws_at_most_three_lines(
        #[values((120, 40), (300, 100))] (cols, rows): (u16, u16),
        #[values(1, 4)] slide: usize,
    ) {
        let start = instant("2025-09-23T13:59:50.250Z");
        let mut app = App::new(
            briefing::load_built_in().unwrap(),
            ReplayClock::REAL,
            ThemeName::Dark,
            start,
        )
        .presenting(TimeDelta::hours(1));
        app.update(Action::JumpToSlide(slide), start);
        let mut host = SimulatedHost::sized(start, TimeDelta::seconds(30), (cols, rows));
        app.run(&mut host).unwrap();
        let (first, idle) = host.costs.split_first().unwrap();
        assert_eq!(first.cells_drawn, usize::from(cols) * usize::from(rows));
        assert!(idle.len() >= 29, "{} idle frames", idle.len());
        for (second, cost) in idle.iter().enumerate() {
            assert!(
                cost.cells_drawn <= 3 * usize::from(cols),
                "idle second {second} on slide {slide} at {cols}x{rows} drew {} cells",
                cost.cells_drawn
            );
            assert!((1..=cost.cells_drawn).contains(&cost.cells_written));
        }
    }

    #[test]
    fn sources_are_compared_after_the_first_frame_and_a_problem_shows_at_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("seeds")).unwrap();
        std::fs::write(
            dir.path().join("seeds/000_0073b1465f77e1bd.txt"),
            include_str!("../seeds/000_0073b1465f77e1bd.txt"),
        )
        .unwrap();
        let path = dir.path().join("briefing.toml");
        let good = include_str!("../tests/briefings/good.toml");
        let misquoted = good.replacen("full endorsement", "complete endorsement", 1);
        assert_ne!(misquoted, good);
        std::fs::write(&path, misquoted).unwrap();
        let start = instant("2026-11-28T12:00:00.500Z");
        let loaded = briefing::load_unchecked(Some(&path)).unwrap();
        assert!(loaded.source_problems.is_empty());
        let mut app = App::new(loaded, ReplayClock::REAL, ThemeName::Dark, start);
        let mut host = SimulatedHost::new(start, TimeDelta::seconds(2));
        app.run(&mut host).unwrap();
        assert_eq!(
            &host.frames[..2],
            &[start, start],
            "the warning follows the first frame without waiting for the clock"
        );
        assert!(!app.loaded.source_problems.is_empty());
        let screen = format!("{:?}", host.terminal.buffer());
        assert!(screen.contains("WARNING: "), "{screen}");
    }

    #[test]
    fn frozen_dashboard_wakes_at_most_once_a_second_and_never_redraws() {
        let start = instant("2026-11-28T12:00:00Z");
        let clock = ReplayClock::starting_at(instant("2025-09-22T14:00:00Z"), start, true);
        let mut app = App::new(
            briefing::load_built_in().unwrap(),
            clock,
            ThemeName::Dark,
            start,
        );
        let mut host = SimulatedHost::new(start, TimeDelta::seconds(60));
        app.run(&mut host).unwrap();
        assert!(
            host.wakeups <= 60,
            "{} wake-ups in 60 idle seconds",
            host.wakeups
        );
        assert_eq!(host.frames.len(), 1, "nothing on screen moves");
    }

    /// A day on a kiosk, through the simulated clock: every second drawn once, none skipped,
    /// none repeated, and memory flat. Ignored by default (it draws 86,400 frames);
    /// `SOAK_HOURS` shortens it, as CI does.
    #[test]
    #[ignore = "long: run with --ignored (SOAK_HOURS=1 for a short form)"]
    fn soak_a_day_of_seconds_without_skips_repeats_or_growth() {
        let hours: i64 = std::env::var("SOAK_HOURS")
            .ok()
            .and_then(|h| h.parse().ok())
            .unwrap_or(24);
        let start = instant("2025-10-02T12:00:00Z");
        let mut app = App::new(
            briefing::load_built_in().unwrap(),
            ReplayClock::REAL,
            ThemeName::Dark,
            start,
        );
        // Warm up for a simulated minute so one-off allocations are not counted as growth.
        let mut host = SimulatedHost::new(start, TimeDelta::minutes(1));
        app.run(&mut host).unwrap();
        app.exit = None;
        app.tick(host.now);
        let before = resident_kib();
        let mut host = SimulatedHost::new(host.now, TimeDelta::hours(hours));
        app.run(&mut host).unwrap();
        let after = resident_kib();
        for pair in host.frames.windows(2) {
            assert_eq!(
                pair[1] - pair[0],
                TimeDelta::seconds(1),
                "clock skipped or repeated at {}",
                pair[0]
            );
        }
        let seconds = usize::try_from(hours * 3600).unwrap();
        assert!(
            host.frames.len() >= seconds,
            "{} frames for {seconds} seconds",
            host.frames.len()
        );
        if let (Some(before), Some(after)) = (before, after) {
            assert!(
                after <= before + 1024,
                "resident memory grew from {before} KiB to {after} KiB"
            );
        }
    }

    /// Resident memory of this process, where the system says (Linux).
    fn resident_kib() -> Option<u64> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }
}
