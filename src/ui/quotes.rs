//! The quotes timeline: every quote in order, the selected one opened to its speaker, role, date
//! and source, and on `Enter` to the passage it comes from.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::wrap::{truncate, wrap};
use crate::app::{App, Panel};
use crate::briefing::Quote;
use crate::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let quotes = &app.loaded.briefing.quotes;
    let title = format!("Quotes {}/{}", app.selected_quote + 1, quotes.len());
    let block = super::panel(app, &title, Some(Panel::Quotes));
    let inner = block.inner(area);
    block.render(area, buf);

    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    let mut selected_span = 0..0;
    for (index, quote) in quotes.iter().enumerate() {
        if index == app.selected_quote {
            let start = lines.len();
            lines.extend(opened(quote, width, theme));
            selected_span = start..lines.len();
        } else {
            lines.push(closed(quote, width, theme));
        }
    }
    let height = usize::from(inner.height);
    // Keep the whole selected quote in view when it fits, and its top when it does not.
    let scroll = selected_span
        .end
        .saturating_sub(height)
        .min(selected_span.start);
    Paragraph::new(lines)
        .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
        .render(inner, buf);
}

/// One line: date, speaker and as much of the quote as fits.
fn closed(quote: &Quote, width: usize, theme: &Theme) -> Line<'static> {
    let head = format!("  {}  {}: ", quote.date.format("%-d %b"), quote.speaker);
    let rest = width.saturating_sub(unicode_width::UnicodeWidthStr::width(head.as_str()));
    Line::from(vec![
        Span::styled(truncate(&head, width), theme.muted),
        Span::raw(truncate(
            &format!("\u{201c}{}\u{201d}", quote.text.value),
            rest,
        )),
    ])
}

fn opened(quote: &Quote, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let head = format!(
        "\u{25b6} {} \u{b7} {}, {}",
        quote.date.format("%a %-d %b %Y"),
        quote.speaker,
        quote.role
    );
    let mut lines: Vec<Line> = wrap(&head, width)
        .into_iter()
        .map(|line| Line::styled(line, theme.selected))
        .collect();
    let text = format!("\u{201c}{}\u{201d}", quote.text.value);
    lines.extend(
        wrap(&text, width.saturating_sub(4))
            .into_iter()
            .map(|line| Line::styled(format!("  {line}"), theme.title)),
    );
    let source = format!("Source: {} (Enter: in context)", quote.source_name());
    lines.extend(
        wrap(&source, width.saturating_sub(2))
            .into_iter()
            .map(|line| Line::styled(format!("  {line}"), theme.muted)),
    );
    lines
}
