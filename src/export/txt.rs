//! The export as plain text: the characters of the grid, nothing else.

use ratatui::buffer::Buffer;

use super::glyphs;

/// The plain characters, one line per row, trailing spaces trimmed.
pub fn to_txt(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let line: String = glyphs(buffer, y).map(|glyph| glyph.symbol).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
