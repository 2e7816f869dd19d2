//! The dashboard as a pure function of `App`: the top layout and the mode switch. Panels live in
//! `ui/`; none of them reads a clock, a file or the terminal.

mod board;
mod cache;
mod countdown;
mod digits;
mod footer;
mod forces;
mod header;
pub(crate) mod help;
mod quotes;
mod screen;
mod slides;
mod source;
mod timeline;
mod wrap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use crate::app::{App, Mode, Overlay, Panel};
use crate::briefing::Thresholds;
use crate::clock::ReplayClock;
use crate::countdown::{Countdown, Status};
use crate::theme::{Theme, Urgency};

pub use board::on_screen as board_on_screen;
pub use cache::PanelCache;
pub use screen::{Drawn, Screen};

/// Below this the dashboard cannot say anything truthful, so it says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Narrower than this, the countdown and forces panels are stacked rather than side by side.
const SIDE_BY_SIDE_MIN_WIDTH: u16 = 70;

/// Widest the quotes may be before the timeline gets a column of its own.
const TIMELINE_MIN_WIDTH: u16 = 100;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme.theme();
        let fits = area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT;
        // The dashboard and the slides are drawn panel by panel over the last frame, keeping the
        // panels that have not changed (see `cache`); the board and overlays are drawn whole.
        let panel_by_panel = match &self.mode {
            Mode::Dashboard => Some(None),
            Mode::Presenting(show) if !show.is_board() => Some(Some(show.blank)),
            Mode::Board | Mode::Presenting(_) => None,
        };
        let layout = panel_by_panel
            .filter(|_| fits && self.overlay.is_none())
            .map(|presenting| {
                (
                    self.theme,
                    self.loaded.revision,
                    self.reload_error.as_deref(),
                    presenting,
                )
            });
        self.panels.begin(layout, area, buf, theme.base);
        if !fits {
            too_small(area, buf, theme);
            return;
        }
        let warnings = warnings(self);
        let [warnings_area, rest] = area.layout(&Layout::vertical([
            Constraint::Length(u16::try_from(warnings.len()).unwrap_or(u16::MAX)),
            Constraint::Fill(1),
        ]));
        let warnings_key = (
            self.theme,
            self.loaded.revision,
            self.reload_error.as_deref(),
        );
        self.panels
            .render("warnings", warnings_key, warnings_area, buf, |area, buf| {
                Paragraph::new(warnings)
                    .style(theme.warning_banner)
                    .render(area, buf);
            });
        match &self.mode {
            Mode::Board => board::render(self, rest, buf),
            Mode::Dashboard => dashboard(self, rest, buf),
            Mode::Presenting(show) if show.is_board() => board::present(self, show, rest, buf),
            Mode::Presenting(show) => slides::render(self, show, rest, buf),
        }
        match self.overlay {
            Some(Overlay::Help) => help::render(self, area, buf),
            Some(Overlay::Source(item)) => source::render(self, item, area, buf),
            None => {}
        }
    }
}

fn dashboard(app: &App, area: Rect, buf: &mut Buffer) {
    let countdown = app.countdown();
    let [header_area, body, footer_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    cached_header(app, header_area, buf);
    let top_height = match body.height {
        30.. => 14,
        18.. => 10,
        _ => body.height / 2,
    };
    let bottom = if body.width >= SIDE_BY_SIDE_MIN_WIDTH {
        let [top, bottom] = body.layout(&Layout::vertical([
            Constraint::Length(top_height),
            Constraint::Fill(1),
        ]));
        let [countdown_area, forces_area] = top.layout(&Layout::horizontal([
            Constraint::Percentage(50),
            Constraint::Percentage(50),
        ]));
        cached_countdown(app, &countdown, countdown_area, buf);
        cached_forces(app, forces_area, buf);
        bottom
    } else {
        // Narrow: the countdown takes the full width; the forces follow when there is room.
        let forces_height = if body.height >= 28 { 10 } else { 0 };
        let [countdown_area, forces_area, bottom] = body.layout(&Layout::vertical([
            Constraint::Length(top_height),
            Constraint::Length(forces_height),
            Constraint::Fill(1),
        ]));
        cached_countdown(app, &countdown, countdown_area, buf);
        if !forces_area.is_empty() {
            cached_forces(app, forces_area, buf);
        }
        bottom
    };
    if bottom.width >= TIMELINE_MIN_WIDTH {
        let [quotes_area, timeline_area] = bottom.layout(&Layout::horizontal([
            Constraint::Percentage(60),
            Constraint::Percentage(40),
        ]));
        cached_quotes(app, quotes_area, buf);
        let timeline_key = (
            app.theme,
            app.loaded.revision,
            countdown.today,
            countdown.status,
        );
        app.panels
            .render("timeline", timeline_key, timeline_area, buf, |area, buf| {
                timeline::render(app, &countdown, area, buf);
            });
    } else {
        cached_quotes(app, bottom, buf);
    }
    let footer_key = (app.theme, app.key_context());
    app.panels
        .render("footer", footer_key, footer_area, buf, |area, buf| {
            footer::render(app, area, buf);
        });
}

/// The top line, drawn again every second for its clock.
fn cached_header(app: &App, area: Rect, buf: &mut Buffer) {
    let clock_kind = (
        matches!(app.clock, ReplayClock::Frozen(_)),
        app.clock.is_replay(),
    );
    let key = (
        app.theme,
        app.loaded.revision,
        app.now.timestamp(),
        clock_kind,
    );
    app.panels.render("header", key, area, buf, |area, buf| {
        header::render(app, area, buf);
    });
}

/// The countdown's clock line, drawn again every second where the countdown left room for it.
fn cached_clock_line(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let key = (app.theme, countdown.until_lapse.num_seconds());
    app.panels
        .render("countdown clock", key, area, buf, |area, buf| {
            countdown::clock_line(app.theme.theme(), countdown, area, buf);
        });
}

/// What the countdown shows that changes once a day.
fn day_of(countdown: &Countdown) -> impl std::hash::Hash + use<> {
    (
        countdown.status,
        countdown.today,
        countdown.days_remaining,
        countdown.days_since_expiry,
    )
}

/// The countdown panel, drawn again when the day changes, and its clock line every second.
fn cached_countdown(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Panel::Countdown;
    let key = (app.theme, app.loaded.revision, focused, day_of(countdown));
    let clock_area = app
        .panels
        .render_around("countdown", key, area, buf, |area, buf| {
            countdown::render(app, countdown, area, buf)
        });
    cached_clock_line(app, countdown, clock_area, buf);
}

/// The forces panel, drawn again only when the briefing, the theme, the focus or the selection
/// changes.
fn cached_forces(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Panel::Forces;
    let key = (app.theme, app.loaded.revision, focused, app.selected_force);
    app.panels.render("forces", key, area, buf, |area, buf| {
        forces::render(app, area, buf);
    });
}

fn cached_quotes(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Panel::Quotes;
    let key = (app.theme, app.loaded.revision, focused, app.selected_quote);
    app.panels.render("quotes", key, area, buf, |area, buf| {
        quotes::render(app, area, buf);
    });
}

/// One line per thing the audience must not miss: a briefing that disagrees with its sources,
/// or a reload that failed.
fn warnings(app: &App) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    // The board gives each briefing's warning in its own row.
    if board::on_screen(app) {
        return lines;
    }
    if let Some(error) = &app.reload_error {
        let mut errors = error.lines();
        let first = errors.next().unwrap_or_default();
        let more = match errors.count() {
            0 => String::new(),
            n => format!(" (and {n} more)"),
        };
        lines.push(Line::from(format!(
            " \u{26a0} RELOAD FAILED, showing the last good briefing: {first}{more}"
        )));
    }
    let problems = &app.loaded.source_problems;
    if let Some(first) = problems.first() {
        let count = match problems.len() {
            1 => "1 source problem".to_owned(),
            n => format!("{n} source problems"),
        };
        lines.push(Line::from(format!(
            " \u{26a0} WARNING: {count}; run `mandate-countdown check`. {}:{}",
            app.loaded.origin,
            first.to_string().lines().next().unwrap_or_default()
        )));
    }
    lines
}

/// How close the deadline is, by the briefing's own thresholds.
pub fn urgency(app: &App, countdown: &Countdown) -> Urgency {
    urgency_of(app.loaded.briefing.thresholds, countdown)
}

/// How close a deadline is, by `thresholds`.
pub fn urgency_of(thresholds: Thresholds, countdown: &Countdown) -> Urgency {
    match countdown.status {
        Status::Expired => Urgency::Expired,
        Status::ExpiresToday => Urgency::Critical,
        Status::Active if countdown.days_remaining <= thresholds.critical_days => Urgency::Critical,
        Status::Active if countdown.days_remaining <= thresholds.warning_days => Urgency::Warning,
        Status::Active => Urgency::Calm,
    }
}

/// A bordered panel, its border brighter when it has the focus.
fn panel<'a>(app: &App, title: &'a str, which: Option<Panel>) -> Block<'a> {
    let theme = app.theme.theme();
    let focused = which.is_some_and(|panel| app.focus == panel);
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
        .title(Line::styled(format!(" {title} "), theme.title))
}

fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.is_empty() {
        return;
    }
    let text = format!(
        "Terminal too small: {}x{}. Need {MIN_WIDTH}x{MIN_HEIGHT}.",
        area.width, area.height
    );
    let top = area.height.saturating_sub(1) / 2;
    let message_area = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    Paragraph::new(text)
        .style(theme.title)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(message_area, buf);
}

#[cfg(test)]
mod tests;
