//! The frame on the terminal, kept between draws. Each frame is drawn over the last one (see
//! `cache`) and only the cells that changed are written, so an idle second costs what the clock
//! costs, not what the size of the screen does. One buffer: the panel cache keeps no copies of
//! panels, and the cells an area covered before it was drawn again are set aside only for as
//! long as it takes to compare them.

use std::sync::atomic::{AtomicU64, Ordering};

use ratatui::backend::{Backend, ClearType};
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::widgets::Widget;

use super::cache::rows;
use crate::app::App;

/// Styles that show on a blank cell, so a wide character's old columns must be written again.
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

#[derive(Debug)]
pub struct Screen {
    /// Tells the panel cache which screen a kept frame belongs to.
    id: u64,
    buffer: Buffer,
    /// The terminal shows nothing of ours: the next draw clears it and writes every cell.
    blank: bool,
}

/// What one frame cost, for tests and benchmarks to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawn {
    /// Cells drawn again, in panels whose content changed.
    pub cells_drawn: usize,
    /// Cells written to the terminal.
    pub cells_written: usize,
}

impl Screen {
    pub fn new(area: Rect) -> Self {
        static SCREENS: AtomicU64 = AtomicU64::new(1);
        Self {
            id: SCREENS.fetch_add(1, Ordering::Relaxed),
            buffer: Buffer::empty(area),
            blank: true,
        }
    }

    pub fn area(&self) -> Rect {
        self.buffer.area
    }

    /// What the terminal shows, cell for cell.
    pub fn buffer(&self) -> &Buffer {
        &self.buffer
    }

    /// Takes a new size: the next draw clears the terminal and writes everything.
    pub fn resize(&mut self, area: Rect) {
        if area != self.buffer.area {
            // Let go of the old frame before taking the new one, so the two never coexist.
            self.buffer = Buffer::empty(Rect::ZERO);
            self.buffer = Buffer::empty(area);
        }
        self.blank = true;
    }

    /// The terminal may show anything (the program was stopped and continued): the next draw
    /// clears it and writes everything.
    pub fn forget(&mut self) {
        self.blank = true;
    }

    /// Draws `app` over the last frame and writes the cells that changed to `backend`.
    pub fn draw<B: Backend>(&mut self, app: &App, backend: &mut B) -> Result<Drawn, B::Error> {
        let area = self.buffer.area;
        app.panels.start_over(self.id, self.blank);
        app.render(area, &mut self.buffer);
        let damage = app.panels.finish();
        let buffer = &self.buffer;
        let at = |index: usize| {
            let width = usize::from(area.width);
            // In range: the index is of a cell of this buffer, whose sides are u16.
            #[allow(clippy::cast_possible_truncation)]
            let (x, y) = ((index % width) as u16, (index / width) as u16);
            (area.x + x, area.y + y, &buffer.content[index])
        };
        let mut cells_written = 0;
        let cells_drawn = if self.blank {
            backend.clear_region(ClearType::All)?;
            backend.draw(not_blank(buffer).map(at).inspect(|_| cells_written += 1))?;
            usize::from(area.width) * usize::from(area.height)
        } else {
            let mut changes = Vec::new();
            for (area, before) in &damage.areas {
                changed(buffer, *area, before, &mut changes);
            }
            cells_written = changes.len();
            backend.draw(changes.into_iter().map(at))?;
            damage
                .areas
                .iter()
                .map(|(area, _)| usize::from(area.width) * usize::from(area.height))
                .sum()
        };
        backend.flush()?;
        self.blank = false;
        Ok(Drawn {
            cells_drawn,
            cells_written,
        })
    }
}

/// Where the cells that differ from a cleared terminal's are, in order.
fn not_blank(buf: &Buffer) -> impl Iterator<Item = usize> {
    let width = usize::from(buf.area.width);
    let mut index = 0;
    let mut widths = Widths::default();
    std::iter::from_fn(move || {
        while let Some(cell) = buf.content.get(index) {
            let at = index;
            // A wide character covers the cells after it, to the end of its row.
            let left_in_row = width - at % width;
            index += usize::from(widths.of(cell)).clamp(1, left_in_row);
            if !is_blank(cell) && !is_skip(cell) {
                return Some(at);
            }
        }
        None
    })
}

/// The cells of `area` that differ from `before`, the cells it held on screen, by ratatui's
/// rules for wide characters (`Buffer::diff`), which the terminal's backend expects.
fn changed(buf: &Buffer, area: Rect, before: &[Cell], out: &mut Vec<usize>) {
    let width = usize::from(area.width);
    for (row, range) in rows(buf, area).enumerate() {
        let was = &before[row * width..(row + 1) * width];
        let mut x = 0;
        while x < width {
            let (new, old) = (&buf.content[range.start + x], &was[x]);
            let new_width = usize::from(new.cell_width());
            if is_skip(new) || (new == old && new.diff_option == CellDiffOption::None) {
                x += new_width.max(1);
                continue;
            }
            out.push(range.start + x);
            let old_width = usize::from(old.cell_width());
            if new_width > 1 {
                // Some terminals leave the old columns under an emoji with VS16: write them.
                if new.symbol().contains('\u{FE0F}') {
                    let end = (x + new_width).min(width);
                    let now = &buf.content[range.start + x + 1..range.start + end];
                    for (offset, (cell, old)) in now.iter().zip(&was[x + 1..end]).enumerate() {
                        if !is_skip(cell) && cell.symbol() != old.symbol() {
                            out.push(range.start + x + 1 + offset);
                        }
                    }
                }
                x += new_width;
            } else if old_width > new_width
                && (old.bg != Color::Reset || old.modifier.intersects(VISIBLE_ON_BLANK))
            {
                // The old wide character's style may still show on its other columns.
                for trailing in x + 1..(x + old_width).min(width) {
                    out.push(range.start + trailing);
                }
                x += old_width;
            } else {
                x += 1;
            }
        }
    }
}

/// The widths of cells taken in order (`Cell::cell_width`), the last symbol of more than one
/// byte remembered: borders and bars repeat one symbol cell after cell, and measuring each cell
/// cost as much as writing it out.
#[derive(Debug, Default)]
pub struct Widths<'a> {
    last: Option<(&'a str, u16)>,
}

impl<'a> Widths<'a> {
    pub fn of(&mut self, cell: &'a Cell) -> u16 {
        if cell.diff_option != CellDiffOption::None {
            return cell.cell_width();
        }
        let symbol = cell.symbol();
        // As ratatui counts it: a symbol of one byte takes one cell.
        if symbol.len() == 1 {
            return 1;
        }
        if let Some((last, width)) = self.last
            && last == symbol
        {
            return width;
        }
        let width = cell.cell_width();
        self.last = Some((symbol, width));
        width
    }
}

/// `*cell == Cell::EMPTY`, the colours compared first: nearly every cell of a themed screen has
/// a background, and the whole comparison (symbols first) cost as much as writing the cell out.
fn is_blank(cell: &Cell) -> bool {
    cell.bg == Color::Reset && cell.fg == Color::Reset && *cell == Cell::EMPTY
}

#[allow(deprecated)]
fn is_skip(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::Skip)
        || (cell.skip && matches!(cell.diff_option, CellDiffOption::None))
}

#[cfg(test)]
mod tests {
    use std::num::NonZeroU16;

    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn widths_are_the_cells_own(
            symbols in prop::collection::vec(
                prop::sample::select(vec![
                    "a", " ", "\u{2500}", "\u{2502}", "\u{2588}", "\u{6d77}", "\u{1f469}\u{200d}\u{1f4bb}",
                    "e\u{301}", "\u{ff9e}", "",
                ]),
                0..40,
            ),
            forced in prop::collection::vec(any::<bool>(), 40),
        ) {
            let cells: Vec<Cell> = symbols
                .iter()
                .zip(&forced)
                .map(|(symbol, forced)| {
                    let mut cell = Cell::new(symbol);
                    if *forced {
                        cell.set_diff_option(CellDiffOption::ForcedWidth(NonZeroU16::new(3).unwrap()));
                    }
                    cell
                })
                .collect();
            let mut widths = Widths::default();
            for cell in &cells {
                prop_assert_eq!(widths.of(cell), cell.cell_width());
            }
        }
    }
}
