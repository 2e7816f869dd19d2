//! The provenance pop-up: where the facts of the focused panel come from. For the countdown,
//! the mandate's resolutions and the convention for its last hour; for a quote or a figure, how
//! it is known and the passage of the source around it; for the timeline, each event's source.
//! Every text here is whole, so what a panel had to shorten can be read in full.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::wrap::wrap;
use crate::app::{App, Item};
use crate::briefing::verify::in_context;
use crate::briefing::{Basis, Located, Source};
use crate::theme::Theme;

pub fn render(app: &App, item: Item, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let Some((title, lines)) = content(app, item, theme) else {
        return;
    };
    // As wide as four fifths of the screen, and as tall as the text needs (a row to spare, as
    // the paragraph may break a line where `wrap` would not), within the screen.
    let width = area.width.saturating_mul(4) / 5;
    let text_width = usize::from(width.saturating_sub(2));
    let needed: usize = lines
        .iter()
        .map(|line| wrap(&line.to_string(), text_width).len().max(1))
        .sum::<usize>()
        + 1;
    let needed = u16::try_from(needed).unwrap_or(u16::MAX);
    let tallest = area.height.saturating_sub(2).max(1);
    let height = needed.saturating_add(2).clamp(5.min(tallest), tallest);
    // Taller than the screen: it scrolls, and says so.
    let hidden = needed.saturating_sub(height.saturating_sub(2));
    let scroll = app.source_scroll.min(hidden);
    let close = if hidden > 0 {
        " \u{2191}\u{2193} scroll \u{b7} Enter or Esc to close "
    } else {
        " Enter or Esc to close "
    };
    let block = Block::bordered()
        .style(theme.base)
        .border_style(theme.border_focused)
        .title(Line::styled(format!(" {title} "), theme.title))
        .title_bottom(Line::styled(close, theme.muted));
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .block(block);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    Clear.render(popup, buf);
    paragraph.render(popup, buf);
}

/// The pop-up's title and lines for `item`; `None` when it no longer exists (after a reload).
fn content(app: &App, item: Item, theme: &Theme) -> Option<(String, Vec<Line<'static>>)> {
    let briefing = &app.loaded.briefing;
    Some(match item {
        Item::Mandate => (briefing.mandate.name.clone(), mandate(app, theme)),
        Item::Quote(index) => {
            let quote = briefing.quotes.get(index)?;
            let mut lines = vec![
                field(
                    "Speaker",
                    format!("{}, {}", quote.speaker, quote.role),
                    theme,
                ),
                field("Date", quote.date.format("%A %-d %B %Y").to_string(), theme),
                field(
                    "Basis",
                    "a direct quote, checked word for word".to_owned(),
                    theme,
                ),
                field("Source", quote.source_name().to_owned(), theme),
            ];
            let passage = quote.excerpt.as_ref().unwrap_or(&quote.text);
            lines.extend(in_context_lines(
                app,
                Some(quote.source.as_str()),
                passage,
                theme,
            ));
            (format!("Quote by {}", quote.speaker), lines)
        }
        Item::Force(index) => {
            let force = briefing.forces.get(index)?;
            let basis = match force.basis {
                Basis::Stated => "stated in the source",
                Basis::Reported => "reported elsewhere, not stated in the article",
                Basis::Derived => "derived from other figures",
            };
            let mut lines = vec![
                field(
                    "Figure",
                    format!(
                        "{} personnel",
                        crate::briefing::text::thousands(force.personnel)
                    ),
                    theme,
                ),
                field("Basis", basis.to_owned(), theme),
                field("Source", force.source.describe().to_owned(), theme),
            ];
            if let Some(note) = &force.note {
                lines.push(field("Note", note.clone(), theme));
            }
            if let Some(passage) = &force.excerpt {
                lines.extend(in_context_lines(app, seed(&force.source), passage, theme));
            }
            (force.label.clone(), lines)
        }
        Item::Timeline => (
            "Timeline: where each date comes from".to_owned(),
            timeline(app, theme),
        ),
    })
}

/// What the countdown counts to and why: the expiry in its zone, the instant it lapses, the
/// resolutions that set it, the convention for the hour, and what that makes today.
fn mandate(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let mandate = &app.loaded.briefing.mandate;
    let deadline = mandate.deadline;
    let countdown = app.countdown();
    let hour = deadline.lapse_time.map_or_else(
        || "at the end of the day".to_owned(),
        |time| format!("at {}", time.format("%H:%M")),
    );
    let mut lines = vec![
        field(
            "Expires",
            format!(
                "{}, {hour}, {} time",
                deadline.expires.format("%A %-d %B %Y"),
                deadline.timezone
            ),
            theme,
        ),
        field(
            "Lapses",
            deadline
                .lapse_instant()
                .format("%Y-%m-%d %H:%M UTC")
                .to_string(),
            theme,
        ),
    ];
    if let Some(convention) = &mandate.convention {
        lines.push(field("Convention", convention.clone(), theme));
    }
    if !mandate.resolutions.is_empty() {
        lines.push(Line::styled("Resolutions:", theme.key));
        lines.extend(
            mandate
                .resolutions
                .iter()
                .map(|resolution| Line::styled(format!("  \u{2022} {resolution}"), theme.base)),
        );
    }
    lines.push(field("Source", mandate.source.describe().to_owned(), theme));
    lines.push(field(
        "On screen",
        format!(
            "{} in {}: {}",
            countdown.today.format("%a %-d %b %Y"),
            deadline.timezone,
            countdown.sentence()
        ),
        theme,
    ));
    lines
}

/// Each event of the timeline, whole, with its source.
fn timeline(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let briefing = &app.loaded.briefing;
    let mut events: Vec<(chrono::NaiveDate, String, String)> = briefing
        .milestones
        .iter()
        .map(|m| (m.date, m.label.clone(), m.source.describe().to_owned()))
        .collect();
    events.extend(briefing.quotes.iter().map(|q| {
        (
            q.date,
            format!("{} is quoted: \u{201c}{}\u{201d}", q.speaker, q.text.value),
            q.source_name().to_owned(),
        )
    }));
    events.sort_by_key(|(date, _, _)| *date);
    let mut lines = Vec::new();
    for (date, label, source) in events {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", date.format("%Y-%m-%d")), theme.key),
            Span::styled(label, theme.base),
        ]));
        lines.push(Line::styled(format!("    Source: {source}"), theme.muted));
    }
    lines
}

fn seed(source: &Source) -> Option<&str> {
    match source {
        Source::Seed(path) => Some(path.as_str()),
        Source::Citation(_) => None,
    }
}

fn field(name: &str, value: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{name}: "), theme.key),
        Span::styled(value, theme.base),
    ])
}

/// A blank line, then the paragraph of the seed around the passage, the passage itself
/// highlighted; the passage alone when the seed is not at hand or does not hold it (`check`
/// reports that).
fn in_context_lines(
    app: &App,
    seed: Option<&str>,
    passage: &Located<String>,
    theme: &Theme,
) -> [Line<'static>; 3] {
    let found = seed
        .and_then(|path| app.loaded.seeds.get(path))
        .and_then(|text| in_context(text, &passage.value));
    let clean = crate::briefing::text::strip;
    let context = match found {
        Some((before, matched, after)) => Line::from(vec![
            Span::styled(clean(&before), theme.muted),
            Span::styled(clean(&matched), theme.selected),
            Span::styled(clean(&after), theme.muted),
        ]),
        None => Line::from(Span::styled(passage.value.clone(), Style::new())),
    };
    [
        Line::from(""),
        Line::styled("In context:", theme.title),
        context,
    ]
}
