//! The board one line a briefing, when there are too many for cards: the list scrolls to keep
//! the selection in view, and the selected briefing is given in full beneath it.

use chrono::{DateTime, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthStr;

use super::{bar, expiry, file_name, next, period_line, source_warning};
use crate::app::App;
use crate::board::{self, Entry};
use crate::briefing::{LoadError, Loaded};
use crate::ui::countdown::{capitalised, urgency_word};
use crate::ui::urgency_of;
use crate::ui::wrap::{truncate, wrap};

/// Rows under the one-line list that give the selected briefing in full.
const DETAILS_HEIGHT: u16 = 4;
/// The list needs this many rows, besides the details, before the details are shown.
const LIST_MIN_HEIGHT: u16 = 4;

/// How wide each column of the one-line rows is; 0 leaves a column out.
struct Columns {
    name: usize,
    status: usize,
    word: usize,
    date: usize,
    period: usize,
    next: usize,
}

impl Columns {
    /// The name and status always; then the urgency word, the expiry date, the period and the
    /// next milestone while they fit.
    fn fitting(width: usize, entries: &[&Entry], now: DateTime<Utc>) -> Self {
        let name = entries
            .iter()
            .map(|entry| match &entry.loaded {
                Ok(loaded) => row_name(loaded).width(),
                Err(_) => file_stem(entry).width(),
            })
            .max()
            .unwrap_or(0)
            .clamp(4, 14);
        let status = entries
            .iter()
            .map(|entry| match &entry.loaded {
                Ok(loaded) => loaded
                    .briefing
                    .mandate
                    .deadline
                    .countdown_at(now)
                    .sentence()
                    .width(),
                Err(_) => "CANNOT BE LOADED".width(),
            })
            .max()
            .unwrap_or(0)
            .min(24);
        let mut left = width.saturating_sub(2 + name + 1 + status);
        let mut take = |want: usize| {
            if left > want {
                left -= want + 1;
                want
            } else {
                0
            }
        };
        let word = take(8);
        let date = take(11);
        let period = take(15);
        let next = if left > 12 { left - 1 } else { 0 };
        Self {
            name,
            status,
            word,
            date,
            period,
            next,
        }
    }
}

/// One line per briefing, scrolled to keep the selection in view, with its details below.
pub fn list(app: &App, entries: &[&Entry], selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let details = if area.height >= LIST_MIN_HEIGHT + DETAILS_HEIGHT {
        DETAILS_HEIGHT
    } else {
        0
    };
    let room = area.height.saturating_sub(details);
    let rows = u16::try_from(entries.len()).unwrap_or(u16::MAX).min(room);
    let [list_area, _, details_area] = area.layout(&Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(u16::from(room > rows)),
        Constraint::Length(details),
    ]));
    let visible = usize::from(list_area.height);
    let scrolling = entries.len() > visible;
    let [rows_area, bar_area] = list_area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(u16::from(scrolling)),
    ]));
    let selected_row = selected.unwrap_or(0);
    // Stateless scrolling: the selection sits mid-list wherever the list allows.
    let offset = selected_row
        .saturating_sub(visible / 2)
        .min(entries.len().saturating_sub(visible));
    let columns = Columns::fitting(usize::from(rows_area.width), entries, app.now);
    let lines: Vec<Line> = entries
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(index, entry)| line(app, entry, selected == Some(index), &columns))
        .collect();
    Paragraph::new(lines).render(rows_area, buf);
    if scrolling {
        let mut state = ScrollbarState::new(entries.len().saturating_sub(visible))
            .position(offset)
            .viewport_content_length(visible);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .style(theme.border)
            .render(bar_area, buf, &mut state);
    }
    if let Some(entry) = selected.and_then(|index| entries.get(index)) {
        selected_details(app, entry, details_area, buf);
    }
}

fn line(app: &App, entry: &Entry, selected: bool, columns: &Columns) -> Line<'static> {
    let theme = app.theme.theme();
    let (marker, name_style) = if selected {
        ("\u{25b6} ", theme.selected)
    } else {
        ("  ", theme.title)
    };
    let mut spans = vec![Span::styled(marker, theme.key)];
    let loaded = match &entry.loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            spans.push(Span::styled(
                cell(&file_stem(entry), columns.name),
                name_style,
            ));
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                cell("CANNOT BE LOADED", columns.status),
                theme.warning_banner,
            ));
            spans.push(Span::raw(" "));
            spans.push(Span::styled(first_error(entry, error), theme.base));
            return Line::from(spans);
        }
    };
    let briefing = &loaded.briefing;
    let countdown = briefing.mandate.deadline.countdown_at(app.now);
    let urgency = urgency_of(briefing.thresholds, &countdown);
    let style = theme.urgency(urgency);
    spans.push(Span::styled(
        cell(&row_name(loaded), columns.name),
        name_style,
    ));
    spans.push(Span::raw(" "));
    spans.push(Span::styled(
        cell(&countdown.sentence(), columns.status),
        style,
    ));
    if columns.word > 0 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(urgency_word(urgency), columns.word),
            style,
        ));
    }
    if columns.date > 0 {
        let date = briefing.mandate.deadline.expires.format("%-d %b %Y");
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(&date.to_string(), columns.date),
            theme.base,
        ));
    }
    if columns.period > 0 {
        spans.push(Span::raw(" "));
        match board::period(briefing, app.now) {
            Some(period) => {
                let (done, left) = bar(period.run, 10);
                spans.push(Span::styled(done, theme.bar_baseline));
                spans.push(Span::styled(left, theme.muted));
                spans.push(Span::styled(format!(" {:>3}%", period.percent), theme.base));
            }
            None => spans.push(Span::styled(cell("", columns.period), theme.muted)),
        }
    }
    if columns.next > 0 {
        let next = board::next_milestone(briefing, app.now).map_or_else(String::new, |m| {
            format!("{} {}", m.date.format("%-d %b"), m.label)
        });
        spans.push(Span::raw(" "));
        spans.push(Span::styled(truncate(&next, columns.next), theme.muted));
    }
    Line::from(spans)
}

/// The selected briefing in full, under the one-line list: its name, expiry, period, next
/// milestone and any warning, or every problem of a file that failed.
fn selected_details(app: &App, entry: &Entry, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let theme = app.theme.theme();
    let width = usize::from(area.width);
    let title = match &entry.loaded {
        Ok(loaded) => {
            let mandate = &loaded.briefing.mandate;
            format!("\u{2500} {} \u{b7} {} ", mandate.short_name, mandate.name)
        }
        Err(_) => format!("\u{2500} {} ", entry.path.display()),
    };
    let title = truncate(&title, width);
    let rule = "\u{2500}".repeat(width.saturating_sub(title.width()));
    let mut lines = vec![Line::from(vec![
        Span::styled(title, theme.title),
        Span::styled(rule, theme.border),
    ])];
    match &entry.loaded {
        Ok(loaded) => {
            let countdown = loaded.briefing.mandate.deadline.countdown_at(app.now);
            let urgency = urgency_of(loaded.briefing.thresholds, &countdown);
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} \u{b7} {}  ",
                        capitalised(&countdown.sentence()),
                        urgency_word(urgency)
                    ),
                    theme.urgency(urgency),
                ),
                Span::styled(expiry(loaded, width), theme.base),
            ]));
            lines.push(period_line(
                theme,
                loaded,
                app.now,
                width,
                (width / 3).min(40),
            ));
            lines.push(match source_warning(loaded) {
                Some(warning) => Line::styled(truncate(&warning, width), theme.warning_banner),
                None => Line::styled(next(loaded, app.now, width), theme.base),
            });
        }
        Err(error) => lines.extend(
            error
                .to_string()
                .lines()
                .flat_map(|line| wrap(line, width.max(1)))
                .map(|line| Line::styled(line, theme.base)),
        ),
    }
    Paragraph::new(lines).render(area, buf);
}

/// The short name, marked when the briefing's sources contradict it.
fn row_name(loaded: &Loaded) -> String {
    let short_name = &loaded.briefing.mandate.short_name;
    if loaded.source_problems.is_empty() {
        short_name.clone()
    } else {
        format!("\u{26a0}{short_name}")
    }
}

/// `text` cut or padded to exactly `width` cells.
fn cell(text: &str, width: usize) -> String {
    let text = truncate(text, width);
    let pad = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(pad))
}

fn file_stem(entry: &Entry) -> String {
    entry
        .path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Where a file failed, first problem first: `delta.toml:10:12: unknown time zone ...`.
fn first_error(entry: &Entry, error: &LoadError) -> String {
    match error {
        LoadError::Invalid { problems, .. } => {
            let more = match problems.len() {
                0 | 1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            format!("{}:{first}{more}", file_name(&entry.path))
        }
        LoadError::Read { source, .. } => {
            format!("{}: cannot read it: {source}", file_name(&entry.path))
        }
    }
}
