//! Text drawn cell for cell as ratatui draws it: lines already wrapped to their panel as
//! `Paragraph::new(lines)` draws them, one line as `Line::render` does. Ratatui splits every
//! span into grapheme clusters, which was a third of the dashboard's first frame; nearly all of
//! a briefing's text is characters that are each a cluster one cell wide, and those are put
//! down one by one. Anything else is left to ratatui.

use std::ops::ControlFlow;

use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, StyledGrapheme};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthChar;

/// Draws `lines` into `area` exactly as `Paragraph::new(lines).render(area, buf)` would.
pub fn lines(lines: &[Line], area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let stride = usize::from(buf.area.width);
    let first = buf.index_of(area.x, area.y);
    let width = usize::from(area.width);
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        if line
            .alignment
            .is_some_and(|alignment| alignment != Alignment::Left)
        {
            // Placed by its width once cut: left to ratatui, which measures it.
            let row = Rect {
                y,
                height: 1,
                ..area
            };
            Paragraph::new(line.clone()).render(row, buf);
            continue;
        }
        let start = first + usize::from(y - area.y) * stride;
        let mut row = Row {
            cells: &mut buf.content[start..start + width],
            x: 0,
        };
        for span in &line.spans {
            if row.span(span, line.style).is_break() {
                break;
            }
        }
    }
}

/// Draws `line` into the top row of `area` exactly as `line.render(area, buf)` would.
pub fn line(line: &Line, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    let alone = |span: &Span| span.content.chars().all(stands_alone);
    if area.is_empty() || !line.spans.iter().all(alone) {
        line.render(area, buf);
        return;
    }
    // One cell a character; a line too wide is cut, on the left too unless left-aligned.
    let width: usize = line
        .spans
        .iter()
        .map(|span| span.content.chars().count())
        .sum();
    let room = usize::from(area.width);
    if width > room {
        line.render(area, buf);
        return;
    }
    if width == 0 {
        return;
    }
    // The default style changes no cell.
    if line.style != Style::default() {
        buf.set_style(Rect { height: 1, ..area }, line.style);
    }
    let indent = match line.alignment {
        Some(Alignment::Center) => (room - width) / 2,
        Some(Alignment::Right) => room - width,
        Some(Alignment::Left) | None => 0,
    };
    let start = buf.index_of(area.x, area.y) + indent;
    let mut cells = buf.content[start..start + width].iter_mut();
    for span in &line.spans {
        let content: &str = &span.content;
        for ((at, c), cell) in content.char_indices().zip(&mut cells) {
            cell.set_symbol(&content[at..at + c.len_utf8()])
                .set_style(span.style);
        }
    }
}

/// One row of cells being filled from the left, as ratatui's `LineTruncator` and `render_line`
/// fill it.
struct Row<'a> {
    cells: &'a mut [Cell],
    /// Columns taken so far.
    x: usize,
}

impl Row<'_> {
    /// Puts down `span`'s clusters in its style over the line's; breaks when the row is full.
    fn span(&mut self, span: &Span, line_style: Style) -> ControlFlow<()> {
        let content: &str = &span.content;
        if content.chars().all(stands_alone) {
            let style = line_style.patch(span.style);
            for (at, c) in content.char_indices() {
                self.put(&content[at..at + c.len_utf8()], 1, style)?;
            }
        } else {
            for StyledGrapheme { symbol, style } in span.styled_graphemes(line_style) {
                self.put(symbol, usize::from(symbol.cell_width()), style)?;
            }
        }
        ControlFlow::Continue(())
    }

    fn put(&mut self, symbol: &str, width: usize, style: Style) -> ControlFlow<()> {
        // A cluster wider than the whole row is left out; one that does not fit ends the row.
        if width > self.cells.len() {
            return ControlFlow::Continue(());
        }
        if self.x + width > self.cells.len() {
            return ControlFlow::Break(());
        }
        if width > 0 {
            self.cells[self.x].set_symbol(symbol).set_style(style);
        }
        self.x += width;
        ControlFlow::Continue(())
    }
}

/// Whether `c` is a grapheme cluster of its own, one cell wide, whatever such characters stand
/// beside it: printable ASCII, Latin letters and signs, punctuation (dashes, curly quotes,
/// bullets), arrows, box drawing and geometric shapes. None of them is a control, a combining
/// or joining mark, a prefix, a Hangul jamo or a regional indicator, the characters that join
/// clusters.
fn stands_alone(c: char) -> bool {
    match c {
        ' '..='~' => true,
        // U+00AD, the soft hyphen, is a format character: a cluster of its own, but not drawn.
        '\u{a0}'..='\u{24f}' => c != '\u{ad}',
        '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205e}'
        | '\u{2190}'..='\u{21ff}'
        | '\u{2500}'..='\u{27bf}' => c.width() == Some(1),
        _ => false,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use unicode_width::UnicodeWidthStr;

    /// A buffer whose cells all differ from a blank one, so a cell drawn by one and not by the
    /// other shows.
    pub(in crate::ui) fn filled(area: Rect) -> Buffer {
        let mut buf = Buffer::empty(area);
        for (index, cell) in buf.content.iter_mut().enumerate() {
            let letter = char::from(b'a' + u8::try_from(index % 26).unwrap());
            cell.set_char(letter).set_bg(Color::Indexed(17));
        }
        buf
    }

    /// The buffer drawn by `fast` and by `slow`, from the same start.
    fn drawn_by(
        fast: impl FnOnce(&mut Buffer),
        slow: impl FnOnce(&mut Buffer),
    ) -> (Buffer, Buffer) {
        let canvas = Rect::new(0, 0, 24, 6);
        let (mut fast_buf, mut slow_buf) = (filled(canvas), filled(canvas));
        fast(&mut fast_buf);
        slow(&mut slow_buf);
        (fast_buf, slow_buf)
    }

    fn both(lines: &[Line], area: Rect) -> (Buffer, Buffer) {
        drawn_by(
            |buf| super::lines(lines, area, buf),
            |buf| Paragraph::new(lines.to_vec()).render(area, buf),
        )
    }

    #[test]
    fn draws_briefing_text_as_paragraph_does() {
        let lines = [
            Line::styled("\u{25b6} Mon 22 Sep 2025 \u{b7} Ruto", Style::new().bold()),
            Line::from(vec![
                Span::styled("  \u{201c}we don\u{2019}t", Style::new().fg(Color::Cyan)),
                Span::raw(" let the people of Haiti down,\u{201d}"),
            ]),
            Line::from("  2025-10-02  \u{25c6} MSS mandate expires"),
        ];
        let (fast, slow) = both(&lines, Rect::new(1, 1, 22, 4));
        assert_eq!(fast, slow);
        assert_eq!(fast[(1, 1)].symbol(), "\u{25b6}");
    }

    /// Ratatui's clusters of `text`, as Paragraph finds them.
    fn clusters(text: &str) -> Vec<String> {
        Span::raw(text)
            .styled_graphemes(Style::new())
            .map(|grapheme| grapheme.symbol.to_owned())
            .collect()
    }

    #[test]
    fn every_character_it_puts_down_alone_is_a_cluster_one_cell_wide() {
        let alone: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|c| stands_alone(*c))
            .collect();
        assert!(alone.len() > 1000, "{}", alone.len());
        for c in alone {
            assert_eq!(c.to_string().cell_width(), 1, "{c:?}");
            // A boundary between two of them depends on their classes: a letter or sign, or a
            // pictograph (which joins only through a joiner).
            for beside in ['a', '\u{25b6}', '\u{2194}', c] {
                let text = format!("{beside}{c}{beside}");
                let expected = [beside, c, beside].map(String::from);
                assert_eq!(clusters(&text), expected, "{text:?}");
                assert_eq!(text.width(), 3, "{text:?}");
            }
        }
    }

    /// Text from characters of every kind: ASCII, Latin, punctuation, wide CJK and emoji,
    /// combining marks, joiners, variation selectors, flags, halfwidth kana and controls; half
    /// the time only characters that stand alone, so both ways of drawing are taken.
    fn text() -> impl Strategy<Value = String> {
        const ALONE: [&str; 14] = [
            "a", "Z", " ", "~", "\u{e9}", "\u{b7}", "\u{2019}", "\u{201c}", "\u{25b6}", "\u{25c6}",
            "\u{275d}", "\u{2588}", "\u{2193}", "\u{a0}",
        ];
        const JOINING: [&str; 26] = [
            "\u{ad}",
            "\u{6d77}",
            "\u{5730}",
            "\u{301}",
            "\u{200d}",
            "\u{fe0f}",
            "\u{1f600}",
            "\u{1f469}",
            "\u{1f3fb}",
            "\u{1f1ed}",
            "\u{1f1f9}",
            "\u{ff76}",
            "\u{ff9e}",
            "\u{1100}",
            "\u{1161}",
            "\u{a8}",
            "\u{2705}",
            "\u{25fd}",
            "\t",
            "\n",
            "\r",
            "\x1b",
            "\x7f",
            "\u{85}",
            "\u{200b}",
            "\u{600}",
        ];
        let alone = prop::sample::select(ALONE.to_vec());
        let any = prop::sample::select([ALONE.as_slice(), JOINING.as_slice()].concat());
        prop_oneof![
            prop::collection::vec(alone, 0..30),
            prop::collection::vec(any, 0..30),
        ]
        .prop_map(|pieces| pieces.concat())
    }

    fn style() -> impl Strategy<Value = Style> {
        (0_u8..4, 0_u8..4, any::<bool>()).prop_map(|(fg, bg, bold)| {
            let mut style = Style::new();
            if fg > 0 {
                style = style.fg(Color::Indexed(fg));
            }
            if bg > 0 {
                style = style.bg(Color::Indexed(bg));
            }
            if bold {
                style = style.add_modifier(Modifier::BOLD);
            } else {
                style = style.remove_modifier(Modifier::BOLD);
            }
            style
        })
    }

    fn line() -> impl Strategy<Value = Line<'static>> {
        let alignment = prop::sample::select(vec![
            None,
            Some(Alignment::Left),
            Some(Alignment::Center),
            Some(Alignment::Right),
        ]);
        (
            prop::collection::vec((text(), style()), 0..4),
            style(),
            alignment,
        )
            .prop_map(|(spans, style, alignment)| {
                let spans: Vec<Span> = spans
                    .into_iter()
                    .map(|(text, style)| Span::styled(text, style))
                    .collect();
                let line = Line::from(spans).style(style);
                match alignment {
                    Some(alignment) => line.alignment(alignment),
                    None => line,
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn draws_every_cell_as_paragraph_does(
            lines in prop::collection::vec(line(), 0..8),
            x in 0_u16..26,
            y in 0_u16..8,
            width in 0_u16..26,
            height in 0_u16..8,
        ) {
            let (fast, slow) = both(&lines, Rect::new(x, y, width, height));
            prop_assert_eq!(fast, slow);
        }

        #[test]
        fn draws_every_cell_of_a_line_as_ratatui_does(
            line in line(),
            x in 0_u16..26,
            y in 0_u16..8,
            width in 0_u16..26,
            height in 0_u16..3,
        ) {
            let area = Rect::new(x, y, width, height);
            let (fast, slow) = drawn_by(
                |buf| super::line(&line, area, buf),
                |buf| (&line).render(area, buf),
            );
            prop_assert_eq!(fast, slow);
        }
    }
}
