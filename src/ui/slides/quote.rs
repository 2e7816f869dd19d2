//! A quote's slide: the words as large as the screen allows (big glyphs where they fit, plain
//! bold text where they do not), and beneath them who said it, in what role, and when.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::briefing::Quote;
use crate::theme::Theme;
use crate::ui::lettering::Lettering;
use crate::ui::wrap::{truncate, wrap};

pub fn render(
    quote: &Quote,
    index: usize,
    total: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    let attribution = wrap(
        &format!(
            "{}, {} \u{b7} {}",
            quote.speaker,
            quote.role,
            quote.date.format("%A %-d %B %Y")
        ),
        width,
    );
    let mut source = wrap(
        &format!(
            "Quote {} of {total} \u{b7} Source: {}",
            index + 1,
            quote.source_name()
        ),
        width,
    );
    let text = format!("\u{201c}{}\u{201d}", quote.text.value);
    // The words, then who said them, then (with a blank row each side) where they are from.
    let room = height.saturating_sub(attribution.len() + source.len() + 2);
    let lettering = Lettering::fit(&text, area.width, u16::try_from(room).unwrap_or(u16::MAX));
    let mut gap = 1;
    let words = if let Some(lettering) = &lettering {
        Words::Big(lettering)
    } else {
        let mut plain = wrap(&text, width);
        if plain.len() > room {
            // The source line and the spacing give way to the words.
            source.clear();
            gap = 0;
            let room = height.saturating_sub(attribution.len()).max(1);
            if plain.len() > room {
                plain.truncate(room);
                if let Some(last) = plain.last_mut() {
                    *last = truncate(&format!("{last} \u{2026}"), width);
                }
            }
        }
        Words::Plain(plain)
    };
    let rows = |count: usize| u16::try_from(count).unwrap_or(u16::MAX);
    let words_rows = match &words {
        Words::Big(lettering) => lettering.height(),
        Words::Plain(lines) => rows(lines.len()),
    };
    let [words_area, _, attribution_area, _, source_area] = area.layout(
        &Layout::vertical([
            Constraint::Length(words_rows),
            Constraint::Length(gap),
            Constraint::Length(rows(attribution.len())),
            Constraint::Length(gap),
            Constraint::Length(rows(source.len())),
        ])
        .flex(Flex::Center),
    );
    match words {
        Words::Big(lettering) => lettering.render(theme.title, words_area, buf),
        Words::Plain(lines) => centred(lines, theme.title).render(words_area, buf),
    }
    centred(attribution, theme.title).render(attribution_area, buf);
    centred(source, theme.muted).render(source_area, buf);
}

enum Words<'a> {
    Big(&'a Lettering),
    Plain(Vec<String>),
}

fn centred(lines: Vec<String>, style: Style) -> Paragraph<'static> {
    Paragraph::new(
        lines
            .into_iter()
            .map(|line| Line::styled(line, style).centered())
            .collect::<Vec<_>>(),
    )
}
