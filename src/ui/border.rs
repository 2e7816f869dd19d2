//! A panel's border and title, drawn cell for cell as `Block::bordered()` draws them. A block
//! also sets its own style on every cell it covers, and a panel's is the default style, which
//! changes no cell: on a full screen that was a tenth of the first frame.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType};

use super::text;

pub struct Border<'a> {
    pub kind: BorderType,
    pub style: Style,
    pub title: Line<'a>,
}

impl Border<'_> {
    /// Draws the border round `area` with the title at its top left, and returns the area
    /// inside.
    pub fn render(&self, area: Rect, buf: &mut Buffer) -> Rect {
        let inner = Block::bordered().inner(area);
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return inner;
        }
        let set = self.kind.to_border_set();
        let (left, top) = (area.left(), area.top());
        let (right, bottom) = (area.right() - 1, area.bottom() - 1);
        let mut put = |x, y, symbol| {
            buf[(x, y)].set_symbol(symbol).set_style(self.style);
        };
        // In Block's order, which decides the cells two sides share: sides, then corners.
        for y in top..=bottom {
            put(left, y, set.vertical_left);
        }
        for x in left..=right {
            put(x, top, set.horizontal_top);
        }
        for y in top..=bottom {
            put(right, y, set.vertical_right);
        }
        for x in left..=right {
            put(x, bottom, set.horizontal_bottom);
        }
        put(right, bottom, set.bottom_right);
        put(right, top, set.top_right);
        put(left, bottom, set.bottom_left);
        put(left, top, set.top_left);
        let title_width = u16::try_from(self.title.width()).unwrap_or(u16::MAX);
        let title_area = Rect {
            x: left.saturating_add(1),
            y: top,
            width: area.width.saturating_sub(2).min(title_width),
            height: 1,
        };
        if !title_area.is_empty() {
            text::line(&self.title, title_area, buf);
        }
        inner
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tests::filled;
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::Color;
    use ratatui::widgets::Widget;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn draws_every_cell_as_a_bordered_block_does(
            x in 0_u16..14,
            y in 0_u16..8,
            width in 0_u16..14,
            height in 0_u16..8,
            thick in any::<bool>(),
            focused in any::<bool>(),
            title in prop::sample::select(vec![
                "", " Quotes 1/4 ", " MSS ", " \u{6d77}\u{5730} ", "e\u{301}", "\u{2588}x\t",
            ]),
        ) {
            let area = Rect::new(x, y, width, height);
            let kind = if thick { BorderType::Thick } else { BorderType::Plain };
            let style = if focused { Style::new().fg(Color::Cyan) } else { Style::new() };
            let title = Line::styled(title, Style::new().bold().fg(Color::Indexed(3)));
            let canvas = Rect::new(0, 0, 12, 6);
            let (mut fast, mut slow) = (filled(canvas), filled(canvas));
            let border = Border { kind, style, title: title.clone() };
            let inner = border.render(area, &mut fast);
            let block = Block::bordered().border_type(kind).border_style(style).title(title);
            prop_assert_eq!(inner, block.inner(area));
            block.render(area, &mut slow);
            prop_assert_eq!(fast, slow);
        }
    }
}
