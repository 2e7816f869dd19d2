//! The big digits: tui-big-text's glyphs at the largest size the space allows. Full-size glyphs
//! are solid blocks, so they can be magnified whole; below full size the font's own half-height
//! and quadrant forms take over, and below those the caller falls back to plain text.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// How big the digits are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigitSize {
    /// Full-size glyphs magnified by whole cells across and down.
    Magnified { across: u16, down: u16 },
    /// One of the font's own sizes.
    Font(PixelSize),
}

/// A size, and the cells the text takes at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    pub size: DigitSize,
    pub width: u16,
    pub height: u16,
}

/// The font's sizes from the largest down, with the cells one glyph takes.
const FONT_SIZES: [(PixelSize, u16, u16); 3] = [
    (PixelSize::Full, 8, 8),
    (PixelSize::HalfHeight, 8, 4),
    (PixelSize::Quadrant, 4, 4),
];

/// The largest size at which `text` fits whole in `width` x `height` cells, if any.
pub fn fit(text: &str, width: u16, height: u16) -> Option<Fit> {
    let chars = u16::try_from(text.chars().count())
        .unwrap_or(u16::MAX)
        .max(1);
    // Terminal cells are about twice as tall as wide, so a glyph looks square when magnified
    // twice as much across as down; allow anything from that to as much across as down.
    let most_across = width / chars.saturating_mul(8).max(1);
    let down = (height / 8).min(most_across);
    let across = (2 * down).min(most_across);
    if down >= 1 && across > 1 {
        return Some(Fit {
            size: DigitSize::Magnified { across, down },
            width: chars * 8 * across,
            height: 8 * down,
        });
    }
    FONT_SIZES
        .into_iter()
        .find(|(_, w, h)| chars.saturating_mul(*w) <= width && *h <= height)
        .map(|(size, w, h)| Fit {
            size: DigitSize::Font(size),
            width: w * chars,
            height: h,
        })
}

/// Draws `text` at `fit`'s size into `area`, which should be at least `fit`'s size; anything
/// beyond `area` is left out rather than drawn outside it.
pub fn render(text: &str, fit: Fit, style: Style, area: Rect, buf: &mut Buffer) {
    super::record::note(|| super::record::Drawn::Big {
        text: text.to_owned(),
        fit,
        area,
    });
    let area = area.intersection(buf.area);
    let mut big = BigText::builder();
    big.style(style).lines(vec![Line::from(text.to_owned())]);
    match fit.size {
        DigitSize::Font(pixel_size) => big.pixel_size(pixel_size).build().render(area, buf),
        DigitSize::Magnified { across, down } => {
            let chars = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
            let mut glyphs = Buffer::empty(Rect::new(0, 0, chars.saturating_mul(8), 8));
            big.pixel_size(PixelSize::Full)
                .build()
                .render(glyphs.area, &mut glyphs);
            buf.set_style(area, style);
            for Position { x, y } in glyphs.area.positions() {
                if glyphs[(x, y)].symbol() == " " {
                    continue;
                }
                let block = Rect::new(
                    area.x.saturating_add(x * across),
                    area.y.saturating_add(y * down),
                    across,
                    down,
                )
                .intersection(area);
                for position in block.positions() {
                    buf[position].set_symbol("\u{2588}");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::wall_screen("422", 200, 40, DigitSize::Magnified { across: 8, down: 5 })]
    #[case::wide_and_short("9", 200, 16, DigitSize::Magnified { across: 4, down: 2 })]
    #[case::narrow_and_tall("422", 60, 40, DigitSize::Magnified { across: 2, down: 2 })]
    #[case::roomy_panel("10", 56, 10, DigitSize::Magnified { across: 2, down: 1 })]
    #[case::full("422", 30, 10, DigitSize::Font(PixelSize::Full))]
    #[case::short("422", 60, 6, DigitSize::Font(PixelSize::HalfHeight))]
    #[case::narrow("422", 20, 10, DigitSize::Font(PixelSize::Quadrant))]
    fn picks_the_largest_size_that_fits(
        #[case] text: &str,
        #[case] width: u16,
        #[case] height: u16,
        #[case] size: DigitSize,
    ) {
        let fit = fit(text, width, height).unwrap();
        assert_eq!(fit.size, size);
        assert!(
            fit.width <= width && fit.height <= height,
            "{fit:?} overflows {width}x{height}"
        );
    }

    #[rstest]
    #[case("422", 11, 10)]
    #[case("9", 80, 3)]
    #[case("TODAY", 0, 0)]
    fn fits_nothing_when_even_the_smallest_glyph_is_too_big(
        #[case] text: &str,
        #[case] width: u16,
        #[case] height: u16,
    ) {
        assert_eq!(fit(text, width, height), None);
    }

    #[test]
    fn magnified_digits_are_the_font_glyphs_scaled_without_seams() {
        let fit = fit("1", 16, 8).unwrap();
        assert_eq!(fit.size, DigitSize::Magnified { across: 2, down: 1 });
        let mut magnified = Buffer::empty(Rect::new(0, 0, 16, 8));
        render("1", fit, Style::new(), magnified.area, &mut magnified);
        let mut plain = Buffer::empty(Rect::new(0, 0, 8, 8));
        BigText::builder()
            .lines(vec![Line::from("1")])
            .build()
            .render(plain.area, &mut plain);
        for Position { x, y } in magnified.area.positions() {
            assert_eq!(
                magnified[(x, y)].symbol(),
                plain[(x / 2, y)].symbol(),
                "cell {x},{y} differs from the glyph it magnifies"
            );
        }
    }
}
