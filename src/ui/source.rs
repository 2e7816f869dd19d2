//! The provenance pop-up: where a quote or a figure comes from, how it is known, and the
//! passage of the source around it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use crate::app::{App, Item};
use crate::briefing::verify::in_context;
use crate::briefing::{Basis, Located, Source};
use crate::theme::Theme;

pub fn render(app: &App, item: Item, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let briefing = &app.loaded.briefing;
    let (title, mut lines, seed, passage) = match item {
        Item::Quote(index) => {
            let Some(quote) = briefing.quotes.get(index) else {
                return;
            };
            let lines = vec![
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
            (
                format!("Quote by {}", quote.speaker),
                lines,
                Some(quote.source.as_str()),
                Some(passage),
            )
        }
        Item::Force(index) => {
            let Some(force) = briefing.forces.get(index) else {
                return;
            };
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
            let seed = match &force.source {
                Source::Seed(path) => Some(path.as_str()),
                Source::Citation(_) => None,
            };
            (force.label.clone(), lines, seed, force.excerpt.as_ref())
        }
    };
    if let Some(passage) = passage {
        lines.push(Line::from(""));
        lines.push(Line::styled("In context:", theme.title));
        lines.push(context_line(app, seed, passage, theme));
    }
    let popup = area.centered(Constraint::Percentage(80), Constraint::Percentage(70));
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .style(theme.base)
                .border_style(theme.border_focused)
                .title(Line::styled(format!(" {title} "), theme.title))
                .title_bottom(Line::styled(" Enter or Esc to close ", theme.muted)),
        )
        .render(popup, buf);
}

fn field(name: &str, value: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{name}: "), theme.key),
        Span::styled(value, theme.base),
    ])
}

/// The paragraph of the seed around the passage, the passage itself highlighted; the passage
/// alone when the seed is not at hand or does not hold it (`check` reports that).
fn context_line(
    app: &App,
    seed: Option<&str>,
    passage: &Located<String>,
    theme: &Theme,
) -> Line<'static> {
    let found = seed
        .and_then(|path| app.loaded.seeds.get(path))
        .and_then(|text| in_context(text, &passage.value));
    let clean = crate::briefing::text::strip;
    match found {
        Some((before, matched, after)) => Line::from(vec![
            Span::styled(clean(&before), theme.muted),
            Span::styled(clean(&matched), theme.selected),
            Span::styled(clean(&after), theme.muted),
        ]),
        None => Line::from(Span::styled(passage.value.clone(), Style::new())),
    }
}
