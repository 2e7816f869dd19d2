//! The board: every briefing on one screen, soonest lapse first. A row gives the mandate, its
//! expiry, the days left (or since the lapse), the status in words and urgency colours, how
//! much of the mandate period has run and the next milestone. Tall rows are cards with big
//! digits; short of height, rows become one line each, the list scrolls to keep the selection
//! in view, and the selected briefing's details sit beneath it.

mod card;
mod list;

use std::path::Path;

use chrono::{DateTime, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::forces::EIGHTHS;
use super::wrap::{fit, truncate};
use super::{footer, header, slides};
use crate::app::{App, Mode};
use crate::board::{self, Board};
use crate::briefing::{Loaded, Origin};
use crate::presentation::{Presentation, Slide};
use crate::theme::Theme;

/// Whether the board (or a board's presentation) is on screen rather than one briefing.
pub fn on_screen(app: &App) -> bool {
    match &app.mode {
        Mode::Board => true,
        Mode::Presenting(show) => show.is_board(),
        Mode::Dashboard => false,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(board) = &app.board else { return };
    let [header_area, body, footer_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    heading(app, board, header_area, buf);
    rows(app, board, body, buf);
    footer::render(app, footer_area, buf);
}

/// A board's presentation: the board itself, then each briefing's countdown, full screen.
pub fn present(app: &App, show: &Presentation, area: Rect, buf: &mut Buffer) {
    let Some(board) = &app.board else { return };
    if show.blank {
        slides::blank(app, area, buf);
        return;
    }
    let [header_area, body, status_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    heading(app, board, header_area, buf);
    match show.slide() {
        Slide::Mandate(index) => {
            if let Some(loaded) = board.loaded(app.now).get(index) {
                mandate_slide(app, loaded, body.inner(Margin::new(2, 1)), buf);
            }
        }
        _ => rows(app, board, body, buf),
    }
    slides::status_line(app, show, &app.countdown(), status_area, buf);
}

/// One briefing's countdown as its slide shows it, under its name.
fn mandate_slide(app: &App, loaded: &Loaded, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let briefing = &loaded.briefing;
    let countdown = briefing.mandate.deadline.countdown_at(app.now);
    let warning = source_warning(loaded);
    let [title_area, body, warning_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::from(warning.is_some())),
    ]));
    let width = usize::from(area.width);
    let mandate = &briefing.mandate;
    Line::styled(
        fit(
            &[
                format!("{} \u{b7} {}", mandate.short_name, mandate.name),
                mandate.short_name.clone(),
            ],
            width,
        ),
        theme.title,
    )
    .centered()
    .render(title_area, buf);
    super::countdown::body_of(theme, briefing, &countdown, body, buf);
    if let Some(warning) = warning {
        Line::styled(truncate(&warning, width), theme.warning_banner).render(warning_area, buf);
    }
}

/// The top line: what the board holds, and which instant is on screen (in UTC, as the rows
/// are in several zones).
fn heading(app: &App, board: &Board, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let failing = match board.failing() {
        0 => String::new(),
        n => format!(" \u{b7} {n} failing"),
    };
    let title = format!(
        " Mandate board \u{b7} {}{failing}",
        plural(board.entries.len(), "briefing")
    );
    let (badge, badge_style) = header::badge(app);
    let badge = format!(" {badge} ");
    let width = usize::from(area.width);
    let times = [
        app.now.format(" %a %-d %b %Y %H:%M:%S UTC ").to_string(),
        app.now.format(" %-d %b %Y %H:%M UTC ").to_string(),
        app.now.format(" %-d %b %Y ").to_string(),
    ];
    let time = times
        .iter()
        .find(|time| title.width() + time.width() + badge.width() <= width)
        .unwrap_or(&times[times.len() - 1]);
    let right = Line::from(vec![
        Span::styled(time.clone(), theme.title),
        Span::styled(badge, badge_style),
    ]);
    let right_width = u16::try_from(right.width())
        .unwrap_or(u16::MAX)
        .min(area.width);
    let [left_area, right_area] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ]));
    Line::styled(truncate(&title, usize::from(left_area.width)), theme.title)
        .render(left_area, buf);
    right.render(right_area, buf);
}

fn rows(app: &App, board: &Board, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let entries = board.rows(app.now);
    if entries.is_empty() {
        let middle = area.centered_vertically(Constraint::Length(1));
        Line::styled(
            truncate(
                "No briefings yet: add a *.toml briefing to the folder",
                usize::from(area.width),
            ),
            theme.muted,
        )
        .centered()
        .render(middle, buf);
        return;
    }
    let selected = app
        .selected_briefing
        .as_deref()
        .and_then(|path| entries.iter().position(|entry| entry.path == path));
    let count = u16::try_from(entries.len()).unwrap_or(u16::MAX);
    let each = area.height / count;
    if each >= card::CARD_MIN_HEIGHT {
        // Cards of one height, so the digits are one size down the board.
        let areas = area.layout_vec(&Layout::vertical(vec![
            Constraint::Length(each);
            entries.len()
        ]));
        let bordered = each >= card::BORDERED_CARD_MIN_HEIGHT;
        for (index, (entry, card_area)) in entries.iter().zip(areas).enumerate() {
            card::card(
                app,
                entry,
                selected == Some(index),
                bordered,
                card_area,
                buf,
            );
        }
    } else {
        list::list(app, &entries, selected, area, buf);
    }
}

/// The expiry date, time and zone, as much as fits.
fn expiry(loaded: &Loaded, width: usize) -> String {
    let deadline = loaded.briefing.mandate.deadline;
    let when = deadline.lapse_time.map_or_else(
        || "end of day".to_owned(),
        |time| time.format("%H:%M").to_string(),
    );
    let date = deadline.expires.format("%a %-d %b %Y");
    fit(
        &[
            format!("Expiry {date}, {when} ({})", deadline.timezone),
            format!("Expiry {date} ({})", deadline.timezone),
            format!("Expiry {date}"),
            deadline.expires.to_string(),
        ],
        width,
    )
}

/// The next milestone, or that none is ahead.
fn next(loaded: &Loaded, now: DateTime<Utc>, width: usize) -> String {
    let briefing = &loaded.briefing;
    let Some(milestone) = board::next_milestone(briefing, now) else {
        return truncate("No milestone ahead", width);
    };
    let today = briefing.mandate.deadline.countdown_at(now).today;
    let when = if milestone.date == today {
        "today".to_owned()
    } else {
        milestone.date.format("%a %-d %b %Y").to_string()
    };
    truncate(&format!("Next: {when}, {}", milestone.label), width)
}

/// A bar of how much of the mandate period has run, `bar_width` cells long, with the share in
/// words, in `width` cells.
fn period_line(
    theme: &Theme,
    loaded: &Loaded,
    now: DateTime<Utc>,
    width: usize,
    bar_width: usize,
) -> Line<'static> {
    let Some(period) = board::period(&loaded.briefing, now) else {
        return Line::styled(
            truncate("Period: no start date or milestone to measure from", width),
            theme.muted,
        );
    };
    let percent = period.percent;
    let bar_width = bar_width.min(width.saturating_sub(2));
    let words = fit(
        &[
            format!(
                " {percent}% of the period run (from {})",
                period.start.format("%-d %b %Y")
            ),
            format!(" {percent}% of the period run"),
            format!(" {percent}% run"),
            format!(" {percent}%"),
        ],
        width.saturating_sub(bar_width + 2),
    );
    let (done, left) = bar(period.run, bar_width);
    Line::from(vec![
        Span::styled(done, theme.bar_baseline),
        Span::styled(left, theme.muted),
        Span::styled(words, theme.base),
    ])
}

/// `width` cells: the part run in eighths of a cell, and the part still to run as a light track.
/// Rounded down, as the percentage beside it is, so a full bar means the period is over.
fn bar(run: f64, width: usize) -> (String, String) {
    let cells = u32::try_from(width).unwrap_or(u32::MAX);
    // Between 0 and 8 x width, which fits in a u32.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let eighths = (run.clamp(0.0, 1.0) * f64::from(cells * 8)).floor() as u32;
    let full = usize::try_from(eighths / 8).unwrap_or(0);
    let mut done = "\u{2588}".repeat(full);
    let part = EIGHTHS[usize::try_from(eighths % 8).unwrap_or(0)];
    done.push_str(part);
    let used = full + usize::from(!part.is_empty());
    (done, "\u{2591}".repeat(width.saturating_sub(used)))
}

/// The warning for a briefing that its sources contradict, where and what first, as the end
/// is what gets cut.
fn source_warning(loaded: &Loaded) -> Option<String> {
    let first = loaded.source_problems.first()?;
    let file = match &loaded.origin {
        Origin::File(path) => file_name(path),
        Origin::BuiltIn => loaded.origin.to_string(),
    };
    Some(format!(
        "\u{26a0} {}: {file}:{} (run `mandate-countdown check`)",
        plural(loaded.source_problems.len(), "source problem"),
        first.to_string().lines().next().unwrap_or_default()
    ))
}

/// A file's name without its folder, as rows are narrow.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

#[cfg(test)]
mod tests;
