//! Words in big glyphs: a text wrapped into lines of tui-big-text's glyphs at the largest size
//! that fits, for what a room must read from the back (a quote, a figure).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

use super::digits::{self, DigitSize, Fit};
use super::split;
use super::wrap::wrap;

/// The sizes text is drawn at, tallest first and, at one height, widest first; with the cells
/// one glyph takes across and down. Magnified glyphs keep the font's proportions or widen
/// them, never narrow them.
pub const SIZES: [(DigitSize, u16, u16); 6] = [
    (DigitSize::Magnified { across: 4, down: 2 }, 32, 16),
    (DigitSize::Magnified { across: 2, down: 2 }, 16, 16),
    (DigitSize::Magnified { across: 2, down: 1 }, 16, 8),
    (DigitSize::Font(PixelSize::Full), 8, 8),
    (DigitSize::Font(PixelSize::HalfHeight), 8, 4),
    (DigitSize::Font(PixelSize::Quadrant), 4, 4),
];

/// A text laid out in big glyphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lettering {
    pub lines: Vec<String>,
    size: DigitSize,
    glyph_width: u16,
    glyph_height: u16,
}

impl Lettering {
    /// The largest size at which `text`, wrapped at spaces, fits in `width` x `height` cells;
    /// `None` when even the smallest does not, or when the font lacks a glyph for one of its
    /// characters (then it is written in plain text instead).
    pub fn fit(text: &str, width: u16, height: u16) -> Option<Self> {
        let text = in_font(text)?;
        // Words take a line at least: sizes taller than the room are not worth wrapping for.
        let words = text.split_whitespace().next().is_some();
        SIZES
            .into_iter()
            .find_map(|(size, glyph_width, glyph_height)| {
                let per_line = usize::from(width / glyph_width);
                if per_line == 0 || (words && glyph_height > height) {
                    return None;
                }
                let lines = wrap(&text, per_line);
                let rows = u16::try_from(lines.len()).ok()?.checked_mul(glyph_height)?;
                (rows <= height).then_some(Self {
                    lines,
                    size,
                    glyph_width,
                    glyph_height,
                })
            })
    }

    /// The rows the lettering takes.
    pub fn height(&self) -> u16 {
        u16::try_from(self.lines.len())
            .unwrap_or(u16::MAX)
            .saturating_mul(self.glyph_height)
    }

    /// Draws each line centred across `area`, from its top.
    pub fn render(&self, style: Style, area: Rect, buf: &mut Buffer) {
        let rows = vec![Constraint::Length(self.glyph_height); self.lines.len()];
        for (line, row) in self
            .lines
            .iter()
            .zip(split::rows_vec(area, &rows, Flex::Start))
        {
            let chars = u16::try_from(line.chars().count()).unwrap_or(u16::MAX);
            let fit = Fit {
                size: self.size,
                width: chars.saturating_mul(self.glyph_width),
                height: self.glyph_height,
            };
            let row = split::centre_horizontally(row, fit.width);
            digits::render(line, fit, style, row, buf);
        }
    }
}

/// `text` with typographic quote marks and dashes as the font's plain ones, if the font has a
/// glyph for every character of it.
fn in_font(text: &str) -> Option<String> {
    let text: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            other => other,
        })
        .collect();
    text.chars().all(has_glyph).then_some(text)
}

/// Whether the font draws `c`: it has every printable ASCII character, and a space needs
/// nothing drawn; anything else is tried.
fn has_glyph(c: char) -> bool {
    if c == ' ' || c.is_ascii_graphic() {
        return true;
    }
    let mut cell = Buffer::empty(Rect::new(0, 0, 8, 8));
    BigText::builder()
        .pixel_size(PixelSize::Full)
        .lines(vec![Line::from(c.to_string())])
        .build()
        .render(cell.area, &mut cell);
    cell.content.iter().any(|cell| cell.symbol() != " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    const QUOTE: &str = "\u{201c}This effort responds to the call from our partners in Kenya and \
                         has the full endorsement of Haiti,\u{201d}";

    #[rstest]
    #[case::wall_screen(396, 100, DigitSize::Magnified { across: 2, down: 2 })]
    #[case::projector(196, 50, DigitSize::Font(PixelSize::Full))]
    #[case::laptop(116, 30, DigitSize::Font(PixelSize::Quadrant))]
    fn picks_the_tallest_size_whose_lines_fit(
        #[case] width: u16,
        #[case] height: u16,
        #[case] size: DigitSize,
    ) {
        let lettering = Lettering::fit(QUOTE, width, height).expect("a size fits");
        assert_eq!(lettering.size, size);
        assert!(lettering.height() <= height);
        for line in &lettering.lines {
            let cells = u16::try_from(line.chars().count()).unwrap() * lettering.glyph_width;
            assert!(cells <= width, "{line:?} is {cells} cells in {width}");
        }
        let words: Vec<&str> = lettering.lines.iter().flat_map(|l| l.split(' ')).collect();
        assert_eq!(
            words.join(" "),
            in_font(QUOTE).unwrap(),
            "every word, in order"
        );
    }

    #[test]
    fn fits_nothing_in_too_little_room() {
        assert_eq!(Lettering::fit(QUOTE, 76, 12), None);
    }

    #[test]
    fn leaves_text_the_font_cannot_draw_to_plain_type() {
        assert_eq!(Lettering::fit("海地多国安全支助团", 400, 100), None);
        assert!(Lettering::fit("Haïti, l\u{2019}ONU", 400, 100).is_some());
    }
}
