//! The timeline: milestones and quotes in date order with the shown date marked "now", and
//! above the list, where there is room, the same events on a time axis with the expiry. The
//! dashboard's panel and the timeline slide are drawn alike; the slide has the room to give
//! each quote in full, the panel counts them (their words are in the quotes panel beside it).

mod axis;
mod picture;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use self::picture::Picture;
use super::scroll::{self, Grow};
use super::split;
use super::text;
use super::wrap::{hanging, wrap};
use crate::app::{App, Panel};
use crate::briefing::{Briefing, NO_QUOTES};
use crate::countdown::Countdown;

/// The dashboard's timeline panel.
pub fn render(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let inner = super::frame(app, "Timeline", Some(Panel::Timeline), area, buf);
    draw(app, countdown, inner, buf, &[Quotes::ByDay]);
}

/// The timeline slide's body.
pub fn slide(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    draw(app, countdown, area, buf, &[Quotes::Full, Quotes::ByDay]);
}

/// How the list gives the quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quotes {
    /// Each quote in full under its speaker's name.
    Full,
    /// One line a day: how many quotes, by whom.
    ByDay,
}

/// The picture and the list, as much of both as `area` holds: the list whole if at all
/// possible, the picture above it when there is room, and failing both the list scrolled to
/// "now".
fn draw(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer, forms: &[Quotes]) {
    if area.is_empty() {
        return;
    }
    let rows = usize::from(area.height);
    let width = usize::from(area.width);
    let picture = Picture::new(app, countdown, area.width);
    for quotes in forms {
        let (entries, _) = entries(app, countdown, *quotes, width);
        let list_rows: usize = entries.iter().map(Vec::len).sum();
        let Some(room) = rows.checked_sub(list_rows) else {
            continue;
        };
        let picture_rows = picture.as_ref().and_then(|p| p.rows_within(room));
        let (picture_area, list_area) = match picture_rows {
            Some(picture_rows) => {
                // A blank row between picture and list when one is spare.
                let gap = u16::from(room > picture_rows);
                let [picture_area, _, list_area] = split::rows(
                    area,
                    [
                        Constraint::Length(u16::try_from(picture_rows).unwrap_or(u16::MAX)),
                        Constraint::Length(gap),
                        Constraint::Fill(1),
                    ],
                );
                (Some(picture_area), list_area)
            }
            None => (None, area),
        };
        if let (Some(picture), Some(picture_area)) = (&picture, picture_area) {
            picture.render(app, countdown, picture_area, buf);
        }
        let lines: Vec<Line> = entries.into_iter().flatten().collect();
        text::lines(&lines, list_area, buf);
        return;
    }
    // Too long for the area: the shortest form, scrolled so that "now" stays in view.
    let quotes = forms.last().copied().unwrap_or(Quotes::ByDay);
    let (entries, now) = entries(app, countdown, quotes, width);
    let theme = app.theme.theme();
    let lines = scroll::lines(entries, now, rows, width, Grow::DownFirst, theme.muted);
    text::lines(&lines, area, buf);
}

/// One entry a line or more: milestones and quotes in date order (quotes after the milestones
/// of their day), wrapped under their date, and a "now" entry where the shown date falls, whose
/// index comes second. Past entries are muted.
fn entries(
    app: &App,
    countdown: &Countdown,
    quotes: Quotes,
    width: usize,
) -> (Vec<Vec<Line<'static>>>, usize) {
    let theme = app.theme.theme();
    let briefing = &app.loaded.briefing;
    let today = countdown.today;
    let mut events: Vec<(NaiveDate, String)> = briefing
        .milestones
        .iter()
        .map(|m| (m.date, format!("\u{25c6} {}", m.label)))
        .collect();
    match quotes {
        Quotes::Full => events.extend(briefing.quotes.iter().map(|q| {
            (
                q.date,
                format!(
                    "\u{275d} {}: \u{201c}{}\u{201d}",
                    surname(&q.speaker),
                    q.text.value
                ),
            )
        })),
        Quotes::ByDay => events.extend(quotes_by_day(briefing)),
    }
    // Stable: milestones stay before the quotes of the same day.
    events.sort_by_key(|(date, _)| *date);

    let now = format!("now, {}", countdown.sentence());
    let mut entries = Vec::new();
    let mut now_index = None;
    for (date, label) in events {
        if now_index.is_none() && date > today {
            now_index = Some(entries.len());
            entries.push(entry("\u{25b6} ", today, &now, width, theme.replay));
        }
        let style = if date <= today {
            theme.muted
        } else {
            theme.title
        };
        entries.push(entry("  ", date, &label, width, style));
    }
    let now_index = now_index.unwrap_or_else(|| {
        entries.push(entry("\u{25b6} ", today, &now, width, theme.replay));
        entries.len() - 1
    });
    if briefing.quotes.is_empty() {
        // Said, so that a timeline of milestones alone is not taken for one missing its quotes.
        entries.push(
            hanging(NO_QUOTES, "  \u{275d} ", width)
                .into_iter()
                .map(|line| Line::styled(line, theme.muted))
                .collect(),
        );
    }
    (entries, now_index)
}

/// `mark date  label`, the label wrapped in a column of its own under the first line's; on a
/// narrow panel the date goes on a line of its own.
fn entry(
    mark: &str,
    date: NaiveDate,
    label: &str,
    width: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let head = format!("{mark}{}  ", date.format("%Y-%m-%d"));
    let indent = head.width();
    if width < indent + 12 {
        let mut lines = vec![Line::styled(head.trim_end().to_owned(), style)];
        lines.extend(
            wrap(label, width.saturating_sub(2))
                .into_iter()
                .map(|line| Line::styled(format!("  {line}"), style)),
        );
        return lines;
    }
    hanging(label, &head, width)
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

/// For each day with quotes, how many and by whom: "❝ 4 quotes: Landau (2), Ruto (2)".
fn quotes_by_day(briefing: &Briefing) -> Vec<(NaiveDate, String)> {
    let mut days: Vec<(NaiveDate, Vec<(&str, usize)>)> = Vec::new();
    for quote in &briefing.quotes {
        let name = surname(&quote.speaker);
        if days.last().is_none_or(|(date, _)| *date != quote.date) {
            days.push((quote.date, Vec::new()));
        }
        let Some((_, speakers)) = days.last_mut() else {
            continue;
        };
        match speakers.iter_mut().find(|(speaker, _)| *speaker == name) {
            Some((_, count)) => *count += 1,
            None => speakers.push((name, 1)),
        }
    }
    days.into_iter()
        .map(|(date, speakers)| {
            let total: usize = speakers.iter().map(|(_, count)| count).sum();
            let names: Vec<String> = speakers
                .iter()
                .map(|(name, count)| match count {
                    1 => (*name).to_owned(),
                    n => format!("{name} ({n})"),
                })
                .collect();
            let noun = if total == 1 { "quote" } else { "quotes" };
            (
                date,
                format!("\u{275d} {total} {noun}: {}", names.join(", ")),
            )
        })
        .collect()
}

fn surname(speaker: &str) -> &str {
    speaker.rsplit(' ').next().unwrap_or(speaker)
}
