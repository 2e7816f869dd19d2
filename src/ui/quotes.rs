//! The quotes: every quote whole, in order, with its speaker, role and date; the selected one
//! marked, with its source (`Enter` opens the passage it comes from). When they do not all fit
//! the list scrolls to the selected quote and says how many more there are.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;

use super::lettering::Lettering;
use super::scroll::{self, Grow};
use super::split;
use super::text;
use super::wrap::hanging;
use crate::app::{App, Panel};
use crate::briefing::{NO_QUOTES, Quote};
use crate::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let quotes = &app.loaded.briefing.quotes;
    if quotes.is_empty() {
        let inner = super::frame(app, "Quotes", Some(Panel::Quotes), area, buf);
        // Indented as the quotes themselves are, under their date lines.
        let lines: Vec<Line> = super::wrap::hanging(NO_QUOTES, "  ", usize::from(inner.width))
            .into_iter()
            .map(|line| Line::styled(line, theme.muted))
            .collect();
        text::lines(&lines, inner, buf);
        return;
    }
    let title = format!("Quotes {}/{}", app.selected_quote + 1, quotes.len());
    let inner = super::frame(app, &title, Some(Panel::Quotes), area, buf);
    let (width, rows) = (usize::from(inner.width), usize::from(inner.height));
    let mut entries: Vec<Vec<Line<'static>>> = quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| entry(quote, index == app.selected_quote, width, theme))
        .collect();
    if big_selected(app, &entries, inner, buf) {
        return;
    }
    let total: usize = entries.iter().map(Vec::len).sum();
    let lines = if total + entries.len().saturating_sub(1) <= rows {
        // All of them, a blank line between each.
        let last = entries.len().saturating_sub(1);
        for entry in &mut entries[..last] {
            entry.push(Line::from(""));
        }
        entries.into_iter().flatten().collect()
    } else if total <= rows {
        entries.into_iter().flatten().collect()
    } else {
        scroll::lines(
            entries,
            app.selected_quote,
            rows,
            width,
            Grow::UpFirst,
            theme.muted,
        )
    };
    text::lines(&lines, inner, buf);
}

/// On a wall: every quote whole, and the selected one's words in big glyphs, when there is
/// room for that. `entries` are the quotes' lines, as the list gives them. Returns whether it
/// drew.
fn big_selected(app: &App, entries: &[Vec<Line<'static>>], area: Rect, buf: &mut Buffer) -> bool {
    let theme = app.theme.theme();
    let selected = app.selected_quote;
    let Some(quote) = app.loaded.briefing.quotes.get(selected) else {
        return false;
    };
    let width = usize::from(area.width);
    let head = head(quote, true, width, theme);
    let source = source(quote, width, theme);
    let words = format!("\u{201c}{}\u{201d}", quote.text.value);
    // The other quotes, each with a blank line on the side facing the selected one.
    let (before, after) = (&entries[..selected], &entries[selected + 1..]);
    let rows = |entries: &[Vec<Line>]| entries.iter().map(|entry| entry.len() + 1).sum::<usize>();
    let plain = rows(before) + head.len() + source.len() + rows(after);
    let Some(room) = usize::from(area.height).checked_sub(plain) else {
        return false;
    };
    let Some(lettering) = Lettering::fit(
        &words,
        area.width.saturating_sub(2),
        u16::try_from(room).unwrap_or(u16::MAX),
    ) else {
        return false;
    };
    let blank = || Line::from("");
    let mut top: Vec<Line> = Vec::new();
    for entry in before {
        top.extend(entry.iter().cloned());
        top.push(blank());
    }
    top.extend(head);
    let mut bottom = source;
    for entry in after {
        bottom.push(blank());
        bottom.extend(entry.iter().cloned());
    }
    let count = |lines: &[Line]| u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let [top_area, words_area, bottom_area] = split::rows(
        area,
        [
            Constraint::Length(count(&top)),
            Constraint::Length(lettering.height()),
            Constraint::Fill(1),
        ],
    );
    text::lines(&top, top_area, buf);
    lettering.render(theme.title, words_area, buf);
    text::lines(&bottom, bottom_area, buf);
    true
}

/// A quote's lines: who said it and when, then the words, wrapped; the selected one marked, with
/// its source.
fn entry(quote: &Quote, selected: bool, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let text_style = if selected { theme.title } else { Style::new() };
    let mut lines = head(quote, selected, width, theme);
    let text = format!("\u{201c}{}\u{201d}", quote.text.value);
    lines.extend(indented(&text, "  ", width, text_style));
    if selected {
        lines.extend(source(quote, width, theme));
    }
    lines
}

/// Who said it, in what role, and when; the selected quote marked.
fn head(quote: &Quote, selected: bool, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let (mark, style) = if selected {
        ("\u{25b6} ", theme.selected)
    } else {
        ("  ", theme.muted)
    };
    let head = format!(
        "{} \u{b7} {}, {}",
        quote.date.format("%a %-d %b %Y"),
        quote.speaker,
        quote.role
    );
    indented(&head, mark, width, style)
}

fn source(quote: &Quote, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let source = format!("Source: {} (Enter: in context)", quote.source_name());
    indented(&source, "  ", width, theme.muted)
}

fn indented(text: &str, lead: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    hanging(text, lead, width)
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}
