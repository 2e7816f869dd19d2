//! Milestones and quotes on one time axis, with a marker for the date on screen. The same lines
//! make the dashboard's panel and the timeline slide.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::wrap::truncate;
use crate::app::App;
use crate::countdown::Countdown;

pub fn render(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let block = super::panel(app, "Timeline", None);
    let inner = block.inner(area);
    block.render(area, buf);
    let (lines, now) = lines(app, countdown, usize::from(inner.width));
    // Keep the "now" marker in view when the list is longer than the panel.
    let scroll = (now + 1).saturating_sub(usize::from(inner.height));
    Paragraph::new(lines)
        .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
        .render(inner, buf);
}

/// One line per milestone and quote in date order (quotes after the milestones of their day),
/// and a "now" line where the shown date falls, whose index comes second. Past entries are
/// muted.
pub fn lines(app: &App, countdown: &Countdown, width: usize) -> (Vec<Line<'static>>, usize) {
    let theme = app.theme.theme();
    let briefing = &app.loaded.briefing;
    let today = countdown.today;
    let mut entries: Vec<(chrono::NaiveDate, String)> = briefing
        .milestones
        .iter()
        .map(|m| (m.date, m.label.clone()))
        .collect();
    entries.extend(briefing.quotes.iter().map(|q| {
        let surname = q.speaker.rsplit(' ').next().unwrap_or(&q.speaker);
        (
            q.date,
            format!("\u{275d} {surname}: \u{201c}{}\u{201d}", q.text.value),
        )
    }));
    // Stable: milestones stay before the quotes of the same day.
    entries.sort_by_key(|(date, _)| *date);

    let now = Line::styled(
        truncate(
            &format!(
                "\u{25b6} {}  now, {}",
                today.format("%Y-%m-%d"),
                countdown.sentence()
            ),
            width,
        ),
        theme.replay,
    );
    let mut lines = Vec::new();
    let mut now_index = None;
    for (date, label) in entries {
        if now_index.is_none() && date > today {
            now_index = Some(lines.len());
            lines.push(now.clone());
        }
        let style = if date <= today {
            theme.muted
        } else {
            theme.title
        };
        let date = format!("  {}  ", date.format("%Y-%m-%d"));
        let rest = width.saturating_sub(date.width());
        lines.push(Line::from(vec![
            Span::styled(truncate(&date, width), style),
            Span::styled(truncate(&label, rest), style),
        ]));
    }
    let now_index = now_index.unwrap_or_else(|| {
        lines.push(now);
        lines.len() - 1
    });
    (lines, now_index)
}
