//! The dashboard's state and the one place it changes. The run loop reads the wall clock and the
//! terminal's events; everything else is `update`, which tests drive directly.

use std::io;
use std::time::Duration;

use chrono::{DateTime, Utc};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

use crate::action::{self, Action};
use crate::briefing::Loaded;
use crate::clock::ReplayClock;
use crate::countdown::Countdown;
use crate::terminal::{self, Signals};
use crate::theme::ThemeName;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Dashboard,
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Countdown,
    Forces,
    Quotes,
}

impl Panel {
    const ORDER: [Self; 3] = [Self::Countdown, Self::Forces, Self::Quotes];

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
    pub mode: Mode,
    pub focus: Panel,
    pub selected_quote: usize,
    pub source_open: bool,
    pub theme: ThemeName,
    pub exit: Option<Exit>,
}

impl App {
    pub fn new(loaded: Loaded, clock: ReplayClock, theme: ThemeName, wall: DateTime<Utc>) -> Self {
        Self {
            now: clock.shown(wall),
            loaded,
            clock,
            mode: Mode::Dashboard,
            focus: Panel::Quotes,
            selected_quote: 0,
            source_open: false,
            theme,
            exit: None,
        }
    }

    pub fn countdown(&self) -> Countdown {
        self.loaded.briefing.mandate.deadline.countdown_at(self.now)
    }

    /// Brings `now` up to date with the wall clock. Returns whether the shown second changed,
    /// which is the only thing that makes an idle screen redraw.
    pub fn tick(&mut self, wall: DateTime<Utc>) -> bool {
        let shown = self.clock.shown(wall);
        let changed = shown.timestamp() != self.now.timestamp();
        self.now = shown;
        changed
    }

    /// How long the loop may sleep before the shown second changes.
    pub fn until_next_second(&self, wall: DateTime<Utc>) -> Duration {
        match self.clock {
            // Nothing on screen moves; wake only to notice signals.
            ReplayClock::Frozen(_) => Duration::from_secs(1),
            ReplayClock::Running { .. } => {
                let nanos = self
                    .clock
                    .shown(wall)
                    .timestamp_subsec_nanos()
                    .min(999_999_999);
                Duration::from_nanos(u64::from(1_000_000_000 - nanos))
            }
        }
    }

    pub fn update(&mut self, action: Action, wall: DateTime<Utc>) {
        let quotes = self.loaded.briefing.quotes.len();
        match action {
            Action::Quit => self.exit = Some(Exit::Quit),
            // The run loop does the suspending; there is no state to change.
            Action::Suspend => {}
            Action::ToggleHelp => {
                self.mode = match self.mode {
                    Mode::Help => Mode::Dashboard,
                    Mode::Dashboard => Mode::Help,
                };
            }
            Action::FocusNext => self.focus = self.focus.step(1),
            Action::FocusPrevious => self.focus = self.focus.step(-1),
            Action::SelectPrevious => {
                self.selected_quote = self.selected_quote.saturating_sub(1);
                self.focus = Panel::Quotes;
            }
            Action::SelectNext => {
                self.selected_quote = (self.selected_quote + 1).min(quotes.saturating_sub(1));
                self.focus = Panel::Quotes;
            }
            Action::ToggleSource => {
                self.source_open = !self.source_open;
                self.focus = Panel::Quotes;
            }
            Action::StepDays(days) => {
                let tz = self.loaded.briefing.mandate.deadline.timezone;
                self.clock.step_days(days, tz, wall);
            }
            Action::BackToNow => self.clock = ReplayClock::REAL,
            Action::CycleTheme => self.theme = self.theme.next(),
        }
        self.now = self.clock.shown(wall);
    }

    /// Draws, then sleeps until a key, a resize, a signal or the next second; redraws only when
    /// one of those changed something visible.
    pub fn run(&mut self, terminal: &mut DefaultTerminal, signals: &Signals) -> io::Result<Exit> {
        let mut dirty = true;
        loop {
            if dirty {
                terminal.draw(|frame| frame.render_widget(&*self, frame.area()))?;
            }
            let timeout = self.until_next_second(Utc::now());
            dirty = false;
            if event::poll(timeout)? {
                match event::read()? {
                    Event::Key(key) => {
                        if let Some(action) = action::action_for(key) {
                            if action == Action::Suspend {
                                suspend(terminal, signals)?;
                            }
                            self.update(action, Utc::now());
                            dirty = true;
                        }
                    }
                    Event::Resize(..) => dirty = true,
                    _ => {}
                }
            }
            if let Some(signal) = signals.received() {
                self.exit = Some(Exit::Signal(signal));
            }
            if let Some(exit) = self.exit {
                return Ok(exit);
            }
            if signals.take_stop() {
                suspend(terminal, signals)?;
                dirty = true;
            }
            // Continued after a stop we did not arrange (SIGSTOP from outside): the screen may
            // hold anything, so draw it all again.
            if signals.take_resumed() {
                terminal.clear()?;
                dirty = true;
            }
            dirty |= self.tick(Utc::now());
        }
    }
}

fn suspend(terminal: &mut DefaultTerminal, signals: &Signals) -> io::Result<()> {
    terminal::suspend(terminal)?;
    // The SIGCONT that woke us is already handled: suspend cleared the screen.
    signals.take_resumed();
    Ok(())
}

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
        assert_eq!(app.mode, Mode::Help);
        app.update(Action::ToggleHelp, wall);
        assert_eq!(app.mode, Mode::Dashboard);
        app.update(Action::Quit, wall);
        assert_eq!(app.exit, Some(Exit::Quit));
    }

    #[test]
    fn idle_redraw_is_due_once_per_shown_second() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut app = app_at("2025-09-22T16:00:00Z");
        app.tick(wall);
        assert_eq!(app.until_next_second(wall), Duration::from_secs(1));
        let later = wall + chrono::TimeDelta::milliseconds(400);
        assert!(!app.tick(later), "same second: nothing to redraw");
        assert_eq!(app.until_next_second(later), Duration::from_millis(600));
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
}
