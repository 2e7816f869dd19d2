//! The dashboard as a file: render into an off-screen buffer, exactly as the screen would be,
//! then write it as SVG, HTML or plain text.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::App;
use crate::cli::{ExportFormat, Size};

/// The screen at `size`, drawn by the same code as the terminal.
pub fn render(app: &App, size: Size) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, size.cols, size.rows));
    app.render(buffer.area, &mut buffer);
    buffer
}

/// The plain characters, one line per row, trailing spaces trimmed.
pub fn to_txt(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn write(app: &App, format: ExportFormat, size: Size, output: &Path) -> anyhow::Result<()> {
    let buffer = render(app, size);
    let content = match format {
        ExportFormat::Txt => to_txt(&buffer),
        ExportFormat::Svg | ExportFormat::Html => {
            anyhow::bail!("export as {format:?} is not written yet")
        }
    };
    if output == Path::new("-") {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(content.as_bytes())?;
        return stdout.flush().context("cannot write to standard output");
    }
    std::fs::write(output, content).with_context(|| format!("cannot write {}", output.display()))
}
