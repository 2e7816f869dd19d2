//! The bytes that reach the terminal. Cells are encoded straight into one buffer and written in
//! one go per frame: a cursor move only where the next cell is not the one after the last, one
//! SGR sequence with the whole style only where the style changes, one reset at the end. This
//! says what ratatui's crossterm backend says with a command per attribute, in fewer bytes and
//! without the formatting machinery on every cell.

use std::io::{self, Write, stdout};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::{Hide, MoveTo, Show};
use ratatui::crossterm::terminal::{self, Clear};
use ratatui::crossterm::{QueueableCommand, cursor};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

use crate::ui::Widths;

/// What is written to the terminal, held until a frame is complete. Unlike a `BufWriter` it
/// never writes on drop: after a panic has given the terminal back, half a frame must not land
/// on the shell's screen.
#[derive(Debug, Default)]
pub struct Output {
    pending: Vec<u8>,
}

impl Output {
    /// Large frames go out in parts of about this size, so the memory held stays small.
    const PART: usize = 16 * 1024;
}

impl Write for Output {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        if self.pending.len() >= Self::PART {
            Write::flush(self)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut out = stdout().lock();
        out.write_all(&self.pending)?;
        self.pending.clear();
        out.flush()
    }
}

/// How a cell looks, apart from its symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    fn of(cell: &Cell) -> Self {
        Self {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }

    /// One SGR sequence that resets everything, then sets this pen.
    fn write(self, out: &mut Vec<u8>) {
        const CODES: [(Modifier, &[u8]); 9] = [
            (Modifier::BOLD, b";1"),
            (Modifier::DIM, b";2"),
            (Modifier::ITALIC, b";3"),
            (Modifier::UNDERLINED, b";4"),
            (Modifier::SLOW_BLINK, b";5"),
            (Modifier::RAPID_BLINK, b";6"),
            (Modifier::REVERSED, b";7"),
            (Modifier::HIDDEN, b";8"),
            (Modifier::CROSSED_OUT, b";9"),
        ];
        out.extend_from_slice(b"\x1b[0");
        for (modifier, code) in CODES {
            if self.modifier.contains(modifier) {
                out.extend_from_slice(code);
            }
        }
        colour(out, b";38", self.fg);
        colour(out, b";48", self.bg);
        colour(out, b";58", self.underline);
        out.push(b'm');
    }
}

/// An SGR colour parameter: `38` for the foreground, `48` the background, `58` underlines. Named
/// colours are written as palette entries 0 to 15, as crossterm writes them, so that bold text
/// looks as it did.
fn colour(out: &mut Vec<u8>, which: &[u8], colour: Color) {
    let index = match colour {
        Color::Reset => return,
        Color::Indexed(index) => index,
        Color::Rgb(r, g, b) => {
            out.extend_from_slice(which);
            out.extend_from_slice(b";2");
            for part in [r, g, b] {
                out.push(b';');
                number(out, part.into());
            }
            return;
        }
        named => crate::theme::palette_index(named).unwrap_or_default(),
    };
    out.extend_from_slice(which);
    out.extend_from_slice(b";5;");
    number(out, index.into());
}

fn number(out: &mut Vec<u8>, n: u32) {
    let mut digits = [0_u8; 10];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        // A single decimal digit.
        #[allow(clippy::cast_possible_truncation)]
        let digit = (n % 10) as u8;
        digits[at] = b'0' + digit;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

impl Backend for Output {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // Where the cursor stands after the last symbol, when that is known.
        let mut cursor: Option<(u16, u16)> = None;
        let mut pen: Option<Pen> = None;
        let mut widths = Widths::default();
        for (x, y, cell) in content {
            if cursor != Some((x, y)) {
                self.pending.extend_from_slice(b"\x1b[");
                number(&mut self.pending, u32::from(y) + 1);
                self.pending.push(b';');
                number(&mut self.pending, u32::from(x) + 1);
                self.pending.push(b'H');
            }
            let this = Pen::of(cell);
            if pen != Some(this) {
                this.write(&mut self.pending);
                pen = Some(this);
            }
            // Most symbols are one byte: pushed, not copied.
            match cell.symbol().as_bytes() {
                [byte] => self.pending.push(*byte),
                bytes => self.pending.extend_from_slice(bytes),
            }
            // Terminals disagree on where a wide character leaves the cursor: move after one.
            cursor = (widths.of(cell) == 1).then(|| (x.saturating_add(1), y));
            if self.pending.len() >= Self::PART {
                Write::flush(self)?;
            }
        }
        if pen.is_some() {
            self.pending.extend_from_slice(b"\x1b[0m");
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.queue(Hide)?;
        Write::flush(self)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.queue(Show)?;
        Write::flush(self)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        let (x, y) = cursor::position()?;
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        self.queue(MoveTo(x, y))?;
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.queue(Clear(match clear_type {
            ClearType::All => terminal::ClearType::All,
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        }))?;
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn encoded(cells: &[(u16, u16, Cell)]) -> String {
        let mut output = Output::default();
        output
            .draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell)))
            .unwrap();
        String::from_utf8(output.pending).unwrap()
    }

    fn cell(symbol: &str, style: Style) -> Cell {
        let mut cell = Cell::default();
        cell.set_symbol(symbol);
        cell.set_style(style);
        cell
    }

    #[test]
    fn moves_only_between_separate_cells_and_styles_only_on_a_change() {
        let title = Style::new().fg(Color::White).bg(Color::Black).bold();
        let cells = [
            (87, 0, cell("0", title)),
            (88, 0, cell("3", title)),
            (24, 12, cell("7", title)),
            (25, 12, cell("!", Style::new().fg(Color::Rgb(1, 20, 255)))),
        ];
        assert_eq!(
            encoded(&cells),
            "\x1b[1;88H\x1b[0;1;38;5;15;48;5;0m03\x1b[13;25H7\x1b[0;38;2;1;20;255m!\x1b[0m"
        );
    }

    #[test]
    fn says_nothing_of_default_colours_and_moves_after_a_wide_character() {
        let plain = Style::new().underlined();
        let cells = [(0, 0, cell("\u{4e16}", plain)), (2, 0, cell("x", plain))];
        assert_eq!(
            encoded(&cells),
            "\x1b[1;1H\x1b[0;4m\u{4e16}\x1b[1;3Hx\x1b[0m"
        );
        assert_eq!(encoded(&[]), "", "no cells, no bytes");
    }
}
