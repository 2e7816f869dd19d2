//! The top line: what is being briefed, and which instant is on screen, in which zone.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::split;
use super::text;
use super::wrap::truncate;
use crate::app::App;
use crate::clock::ReplayClock;
use ratatui::style::Style;

/// Whether the screen shows the real present, in words and a style that stands out if not.
pub fn badge(app: &App) -> (&'static str, Style) {
    let theme = app.theme.theme();
    match app.clock {
        ReplayClock::Frozen(_) => ("REPLAY, FROZEN", theme.replay),
        clock if clock.is_replay() => ("REPLAY", theme.replay),
        ReplayClock::Running { .. } => ("LIVE", theme.muted),
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let tz = app.loaded.briefing.mandate.deadline.timezone;
    let local = app.now.with_timezone(&tz);
    let (badge, badge_style) = badge(app);
    let full_time = local.format("%a %-d %b %Y %H:%M:%S %Z").to_string();
    let short_time = local.format("%-d %b %Y %H:%M:%S %Z").to_string();
    // Longest first; the zone's name goes before the time or the replay mark do.
    let variants = [
        (format!(" {full_time} ({tz}) "), format!(" {badge} ")),
        (format!(" {full_time} "), format!(" {badge} ")),
        (format!(" {short_time} "), format!(" {badge} ")),
        (
            format!("{short_time} "),
            format!("{} ", badge.split(',').next().unwrap_or(badge)),
        ),
    ];
    let width = usize::from(area.width);
    let title = format!(" {}", app.loaded.briefing.title);
    // The whole title if possible, then as much of the time as fits.
    let (time, badge) = variants
        .iter()
        .find(|(time, badge)| title.width() + 1 + time.width() + badge.width() <= width)
        .or_else(|| {
            variants
                .iter()
                .find(|(time, badge)| time.width() + badge.width() <= width)
        })
        .unwrap_or(&variants[variants.len() - 1]);
    let right = Line::from(vec![
        Span::styled(time.clone(), theme.title),
        Span::styled(badge.clone(), badge_style),
    ]);
    let right_width = u16::try_from(right.width())
        .unwrap_or(u16::MAX)
        .min(area.width);
    let [left_area, right_area] =
        split::columns(area, [Constraint::Fill(1), Constraint::Length(right_width)]);
    let left = Line::styled(truncate(&title, usize::from(left_area.width)), theme.title);
    text::line(&left, left_area, buf);
    text::line(&right, right_area, buf);
}
