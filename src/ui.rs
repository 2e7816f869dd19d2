//! The dashboard as a pure function of `App`: the top layout and the mode switch. Panels live in
//! `ui/`; none of them reads a clock, a file or the terminal.

mod board;
mod border;
mod cache;
mod countdown;
mod digits;
mod footer;
mod forces;
mod header;
pub(crate) mod help;
mod lettering;
mod quotes;
mod record;
mod screen;
mod scroll;
mod slides;
mod source;
mod split;
mod text;
mod timeline;
mod wrap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{BorderType, Paragraph, Widget, Wrap};

use self::border::Border;
use crate::app::{App, Mode, Overlay, Panel};
use crate::briefing::Thresholds;
use crate::clock::ReplayClock;
use crate::countdown::{Countdown, Status};
use crate::theme::{Theme, Urgency};

pub use board::on_screen as board_on_screen;
pub use cache::PanelCache;
pub use screen::{Drawn, Screen, Widths};

/// Below this the dashboard cannot say anything truthful, so it says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Narrower than this, the countdown and forces panels are stacked rather than side by side.
const SIDE_BY_SIDE_MIN_WIDTH: u16 = 70;

/// Widest the quotes may be before the timeline gets a column of its own.
const TIMELINE_MIN_WIDTH: u16 = 100;

/// Rows the quotes keep, at the least, on a narrow screen before the forces get a panel.
const BOTTOM_MIN_ROWS: u16 = 8;

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
        let [warnings_area, rest] = split::rows(
            area,
            [
                Constraint::Length(u16::try_from(warnings.len()).unwrap_or(u16::MAX)),
                Constraint::Fill(1),
            ],
        );
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
    let [header_area, body, footer_area] = split::rows(
        area,
        [
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ],
    );
    cached_header(app, header_area, buf);
    let areas = Areas::new(app, &countdown, body);
    countdown::render(app, &countdown, areas.countdown, buf);
    if let Some(area) = areas.forces {
        cached_forces(app, area, buf);
    }
    if let Some(area) = areas.quotes {
        cached_quotes(app, area, buf);
    }
    if let Some(area) = areas.timeline {
        let focused = app.focus == Panel::Timeline;
        let key = (
            app.theme,
            app.loaded.revision,
            focused,
            countdown.today,
            countdown.status,
        );
        app.panels.render("timeline", key, area, buf, |area, buf| {
            timeline::render(app, &countdown, area, buf);
        });
    }
    let footer_key = (app.theme, app.key_context(), footer::offers_next_quote(app));
    app.panels
        .render("footer", footer_key, footer_area, buf, |area, buf| {
            footer::render(app, area, buf);
        });
}

/// Where the dashboard's panels go. Sizes follow the screen: the countdown takes the rows its
/// digits aim for (a share of the height), the forces sit beside it, and the quotes and the
/// timeline share the rest. A panel with no room of its own takes the bottom slot while it has
/// the focus, so Tab always shows what it moved to.
struct Areas {
    countdown: Rect,
    forces: Option<Rect>,
    quotes: Option<Rect>,
    timeline: Option<Rect>,
}

impl Areas {
    fn new(app: &App, countdown: &Countdown, body: Rect) -> Self {
        let half = body.height / 2;
        let (countdown_area, forces, bottom) = if body.width >= SIDE_BY_SIDE_MIN_WIDTH {
            let countdown_width = countdown::width(countdown, body.width, body.height);
            let forces_width = body.width - countdown_width;
            let top = countdown::rows(countdown, countdown_width, body.height)
                .max(forces::rows(app, forces_width))
                .min(half);
            let [top, bottom] = split::rows(body, [Constraint::Length(top), Constraint::Fill(1)]);
            let [countdown_area, forces_area] = split::columns(
                top,
                [Constraint::Length(countdown_width), Constraint::Fill(1)],
            );
            (countdown_area, Some(forces_area), bottom)
        } else {
            // Narrow: the panels stacked, the forces only when the quotes keep a useful height.
            let countdown_rows = countdown::rows(countdown, body.width, body.height).min(half);
            let forces_rows = forces::rows(app, body.width);
            let room_for_forces = body.height >= countdown_rows + forces_rows + BOTTOM_MIN_ROWS;
            let forces_rows = if room_for_forces { forces_rows } else { 0 };
            let [countdown_area, forces_area, bottom] = split::rows(
                body,
                [
                    Constraint::Length(countdown_rows),
                    Constraint::Length(forces_rows),
                    Constraint::Fill(1),
                ],
            );
            (
                countdown_area,
                room_for_forces.then_some(forces_area),
                bottom,
            )
        };
        let mut areas = Self {
            countdown: countdown_area,
            forces,
            quotes: None,
            timeline: None,
        };
        if bottom.width >= TIMELINE_MIN_WIDTH {
            let [quotes_area, timeline_area] = split::columns(
                bottom,
                [Constraint::Percentage(60), Constraint::Percentage(40)],
            );
            areas.quotes = Some(quotes_area);
            areas.timeline = Some(timeline_area);
        } else {
            match app.focus {
                Panel::Timeline => areas.timeline = Some(bottom),
                Panel::Forces if areas.forces.is_none() => areas.forces = Some(bottom),
                _ => areas.quotes = Some(bottom),
            }
        }
        areas
    }
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

/// Draws a bordered panel, its border brighter when it has the focus, and returns the area
/// inside the border.
fn frame(app: &App, title: &str, which: Option<Panel>, area: Rect, buf: &mut Buffer) -> Rect {
    let theme = app.theme.theme();
    let focused = which.is_some_and(|panel| app.focus == panel);
    let border = Border {
        kind: if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        },
        style: if focused {
            theme.border_focused
        } else {
            theme.border
        },
        title: Line::styled(format!(" {title} "), theme.title),
    };
    let inner = border.render(area, buf);
    record::note(|| record::Drawn::Panel {
        name: title.to_owned(),
        inner,
    });
    inner
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
