//! The dashboard as a file: render into an off-screen buffer, exactly as the screen would be,
//! then write it as SVG, HTML or plain text. Nothing here decides what is shown; it only
//! translates cells, so an export and the screen cannot disagree. Each format has its file in
//! `export/`; what they share (glyphs, colours, escaping) is here.

mod html;
mod svg;
mod txt;

use std::fmt;
use std::io::Write as _;
use std::path::Path;

use anyhow::Context;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::cli::{ExportFormat, Size};

pub use html::to_html;
pub use svg::to_svg;
pub use txt::to_txt;

/// The screen at `size`, drawn by the same code as the terminal.
pub fn render(app: &App, size: Size) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, size.cols, size.rows));
    app.render(buffer.area, &mut buffer);
    buffer
}

pub fn write(app: &App, format: ExportFormat, size: Size, output: &Path) -> anyhow::Result<()> {
    let buffer = render(app, size);
    let (title, description) = caption(app);
    let content = match format {
        ExportFormat::Txt => to_txt(&buffer),
        ExportFormat::Svg => to_svg(&buffer, &title, &description),
        ExportFormat::Html => to_html(&buffer, &title, &description),
    };
    if output == Path::new("-") {
        let mut stdout = std::io::stdout().lock();
        // A closed pipe (`| head`) is not an error worth reporting.
        return match stdout
            .write_all(content.as_bytes())
            .and_then(|()| stdout.flush())
        {
            Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(error).context("cannot write to standard output")
            }
            _ => Ok(()),
        };
    }
    replace_file(output, content.as_bytes())
        .with_context(|| format!("cannot write {}", output.display()))
}

/// The picture's title and description: the briefing's, or on a board every briefing's status.
fn caption(app: &App) -> (String, String) {
    let briefing = &app.loaded.briefing;
    match &app.board {
        Some(board) if crate::ui::board_on_screen(app) => {
            let statuses: Vec<String> = board
                .loaded(app.now)
                .iter()
                .map(|loaded| {
                    let mandate = &loaded.briefing.mandate;
                    let countdown = mandate.deadline.countdown_at(app.now);
                    format!("{}: {}", mandate.short_name, countdown.sentence())
                })
                .collect();
            let failing = match board.failing() {
                0 => String::new(),
                n => format!(" ({n} could not be loaded)"),
            };
            (
                "Mandate board".to_owned(),
                format!("{}{failing}", statuses.join("; ")),
            )
        }
        _ => (
            briefing.title.clone(),
            format!("{}: {}", briefing.mandate.name, app.countdown().sentence()),
        ),
    }
}

/// Writes a sibling temporary file and renames it over `path`, so a failure (full disk, killed
/// process) leaves either the old file or the new one, never half of one. What is not a regular
/// file (`/dev/null`, a pipe) is written into, not replaced, and a symbolic link is followed, so
/// the user's link, device or pipe is still there afterwards.
fn replace_file(path: &Path, content: &[u8]) -> std::io::Result<()> {
    let resolved;
    let path = match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => {
            let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
            return file.write_all(content).and_then(|()| file.flush());
        }
        Ok(_) if path.is_symlink() => {
            resolved = path.canonicalize()?;
            resolved.as_path()
        }
        _ => path,
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"))?;
    let mut temporary_name = std::ffi::OsString::from(".");
    temporary_name.push(name);
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = path.with_file_name(temporary_name);
    let result = std::fs::File::create_new(&temporary).and_then(|mut file| {
        file.write_all(content)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    });
    if result.is_err() {
        // Best effort: the error worth reporting is the one that got us here.
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// One thing drawn in a row: a character and the cells it covers (two for a wide one).
struct Glyph<'a> {
    x: u16,
    width: u16,
    symbol: &'a str,
    cell: &'a Cell,
}

/// The glyphs of row `y` (counted from the buffer's top left, as is `x`), skipping the cells
/// that a wide character covers.
fn glyphs(buffer: &Buffer, y: u16) -> impl Iterator<Item = Glyph<'_>> {
    let area = buffer.area;
    let row_width = area.width;
    let mut x = 0;
    std::iter::from_fn(move || {
        let cell = buffer.cell((area.x + x, area.y + y))?;
        let symbol = match cell.symbol() {
            "" => " ",
            symbol => symbol,
        };
        let width = u16::try_from(symbol.width())
            .unwrap_or(1)
            .clamp(1, row_width - x);
        let glyph = Glyph {
            x,
            width,
            symbol,
            cell,
        };
        x += width;
        Some(glyph)
    })
}

// ---------------------------------------------------------------------------------------------
// Colours

/// An opaque colour, written `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rgb(u8, u8, u8);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Rgb {
    /// `quarters`/4 of `self` over `other`: how a terminal's dim text and shade blocks look.
    fn over(self, other: Self, quarters: u16) -> Self {
        let channel = |a: u8, b: u8| {
            let mixed = (u16::from(a) * quarters + u16::from(b) * (4 - quarters)) / 4;
            u8::try_from(mixed).unwrap_or(u8::MAX)
        };
        Self(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }
}

/// The 16 terminal colours: close to common terminal defaults, with the two greys chosen to
/// stay readable on both black and white (`DarkGray` is 4.5:1 or better on each).
const ANSI: [Rgb; 16] = [
    Rgb(0x00, 0x00, 0x00), // Black
    Rgb(0xcd, 0x31, 0x31), // Red
    Rgb(0x0d, 0xbc, 0x79), // Green
    Rgb(0xe5, 0xe5, 0x10), // Yellow
    Rgb(0x24, 0x72, 0xc8), // Blue
    Rgb(0xbc, 0x3f, 0xbc), // Magenta
    Rgb(0x11, 0xa8, 0xcd), // Cyan
    Rgb(0xcc, 0xcc, 0xcc), // Gray
    Rgb(0x76, 0x76, 0x76), // DarkGray
    Rgb(0xf1, 0x4c, 0x4c), // LightRed
    Rgb(0x23, 0xd1, 0x8b), // LightGreen
    Rgb(0xf5, 0xf5, 0x43), // LightYellow
    Rgb(0x3b, 0x8e, 0xea), // LightBlue
    Rgb(0xd6, 0x70, 0xd6), // LightMagenta
    Rgb(0x29, 0xb8, 0xdb), // LightCyan
    Rgb(0xff, 0xff, 0xff), // White
];

/// What `Color::Reset` means in a file, where there is no terminal default to fall back on:
/// light grey on black, like most terminals, so the mono theme reads as it does on screen.
const DEFAULT_FG: Rgb = ANSI[7];
const DEFAULT_BG: Rgb = ANSI[0];

fn rgb(color: Color, reset: Rgb) -> Rgb {
    let index = match color {
        Color::Reset => return reset,
        Color::Rgb(r, g, b) => return Rgb(r, g, b),
        Color::Indexed(index) => return indexed(index),
        named => crate::theme::palette_index(named).unwrap_or_default(),
    };
    ANSI[usize::from(index)]
}

/// The xterm 256-colour palette: the 16 above, a 6x6x6 cube, then 24 greys.
fn indexed(index: u8) -> Rgb {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match index {
        0..=15 => ANSI[usize::from(index)],
        16..=231 => {
            let cube = index - 16;
            Rgb(
                LEVELS[usize::from(cube / 36)],
                LEVELS[usize::from(cube / 6 % 6)],
                LEVELS[usize::from(cube % 6)],
            )
        }
        232..=255 => {
            let grey = 8 + 10 * (index - 232);
            Rgb(grey, grey, grey)
        }
    }
}

/// How text is drawn: everything about a cell but its background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ink {
    color: Rgb,
    /// Only those a file can show: a picture cannot blink.
    modifier: Modifier,
}

const SHOWN: Modifier = Modifier::BOLD
    .union(Modifier::ITALIC)
    .union(Modifier::UNDERLINED)
    .union(Modifier::CROSSED_OUT);

impl Ink {
    /// Whether a blank in this ink still shows something.
    const fn marks_blanks(self) -> bool {
        self.modifier
            .intersects(Modifier::UNDERLINED.union(Modifier::CROSSED_OUT))
    }

    /// The CSS `text-decoration` (also an SVG attribute) of this ink, if any.
    fn decoration(self) -> Option<&'static str> {
        match (
            self.modifier.contains(Modifier::UNDERLINED),
            self.modifier.contains(Modifier::CROSSED_OUT),
        ) {
            (true, true) => Some("underline line-through"),
            (true, false) => Some("underline"),
            (false, true) => Some("line-through"),
            (false, false) => None,
        }
    }
}

/// A cell's style with every terminal convention resolved to plain colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Look {
    ink: Ink,
    background: Rgb,
}

fn look(cell: &Cell) -> Look {
    let modifier = cell.modifier;
    let mut fg = rgb(cell.fg, DEFAULT_FG);
    let mut bg = rgb(cell.bg, DEFAULT_BG);
    if modifier.contains(Modifier::DIM) {
        fg = fg.over(bg, 2);
    }
    if modifier.contains(Modifier::REVERSED) {
        std::mem::swap(&mut fg, &mut bg);
    }
    if modifier.contains(Modifier::HIDDEN) {
        fg = bg;
    }
    Look {
        ink: Ink {
            color: fg,
            modifier: modifier.intersection(SHOWN),
        },
        background: bg,
    }
}

/// The most common look, which the page or picture takes as its own so that only the
/// exceptions need markup.
fn common_look(buffer: &Buffer) -> Look {
    // A handful of looks per screen: a list is simpler than a map and keeps first-seen order.
    let mut counts: Vec<(Look, usize)> = Vec::new();
    for cell in &buffer.content {
        let look = look(cell);
        match counts.iter_mut().find(|(known, _)| *known == look) {
            Some((_, count)) => *count += 1,
            None => counts.push((look, 1)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, count)| count)
        .map_or_else(|| look(&Cell::EMPTY), |(look, _)| look)
}

/// Text for XML or HTML: markup characters as entities, and control characters, which neither
/// may carry, as U+FFFD (the loader strips them already; this is the last line of defence).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

const FONT_STACK: &str = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', \
                          'Liberation Mono', monospace";

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;
    use rstest::rstest;

    #[rstest]
    #[case::reset_fg(Color::Reset, DEFAULT_FG, "#cccccc")]
    #[case::reset_bg(Color::Reset, DEFAULT_BG, "#000000")]
    #[case::black(Color::Black, DEFAULT_FG, "#000000")]
    #[case::gray(Color::Gray, DEFAULT_FG, "#cccccc")]
    #[case::dark_gray(Color::DarkGray, DEFAULT_FG, "#767676")]
    #[case::white(Color::White, DEFAULT_FG, "#ffffff")]
    #[case::light_blue(Color::LightBlue, DEFAULT_FG, "#3b8eea")]
    #[case::rgb(Color::Rgb(0xb3, 0x58, 0x06), DEFAULT_FG, "#b35806")]
    #[case::indexed_ansi(Color::Indexed(9), DEFAULT_FG, "#f14c4c")]
    #[case::indexed_cube_start(Color::Indexed(16), DEFAULT_FG, "#000000")]
    #[case::indexed_cube(Color::Indexed(196), DEFAULT_FG, "#ff0000")]
    #[case::indexed_cube_mixed(Color::Indexed(110), DEFAULT_FG, "#87afd7")]
    #[case::indexed_cube_end(Color::Indexed(231), DEFAULT_FG, "#ffffff")]
    #[case::indexed_grey_first(Color::Indexed(232), DEFAULT_FG, "#080808")]
    #[case::indexed_grey_last(Color::Indexed(255), DEFAULT_FG, "#eeeeee")]
    fn maps_colours_to_hex(#[case] color: Color, #[case] reset: Rgb, #[case] hex: &str) {
        assert_eq!(rgb(color, reset).to_string(), hex);
    }

    #[test]
    fn resolves_reversed_dim_and_hidden_cells() {
        let mut cell = Cell::default();
        cell.set_style(
            Style::new()
                .fg(Color::White)
                .bg(Color::Black)
                .add_modifier(Modifier::REVERSED),
        );
        let reversed = look(&cell);
        assert_eq!(
            (reversed.ink.color, reversed.background),
            (ANSI[0], ANSI[15])
        );

        cell.modifier = Modifier::DIM;
        assert_eq!(look(&cell).ink.color, Rgb(0x7f, 0x7f, 0x7f));

        cell.modifier = Modifier::HIDDEN;
        assert_eq!(look(&cell).ink.color, ANSI[0]);
    }

    #[test]
    fn escapes_markup_quotes_and_control_characters() {
        assert_eq!(
            escape("<script>alert(\"x\" & 'y')</script> ]]> \u{1b}[2J\u{7}\u{9b}"),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt; ]]&gt; \
             \u{fffd}[2J\u{fffd}\u{fffd}"
        );
    }

    fn buffer_with(lines: &[&str]) -> Buffer {
        Buffer::with_lines(lines.iter().copied())
    }

    #[test]
    fn keeps_hostile_text_as_text_in_svg_and_html() {
        let hostile = "<script>&\"]]>'";
        let buffer = buffer_with(&[hostile]);
        let svg = to_svg(&buffer, hostile, hostile);
        let document = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
        let texts: Vec<&str> = document
            .descendants()
            .filter(|node| node.has_tag_name("text"))
            .filter_map(|node| node.text())
            .collect();
        assert_eq!(texts, [hostile]);
        let title = document
            .descendants()
            .find(|node| node.has_tag_name("title"))
            .and_then(|node| node.text());
        assert_eq!(title, Some(hostile));

        let html = to_html(&buffer, hostile, hostile);
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("]]>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;&amp;&quot;]]&gt;&#39;"),
            "{html}"
        );
    }

    #[test]
    fn keeps_wide_characters_to_their_cells() {
        let buffer = buffer_with(&["界x"]);
        assert_eq!(to_txt(&buffer), "界x\n");
        let svg = to_svg(&buffer, "t", "d");
        assert!(svg.contains(r#"textLength="48""#), "{svg}");
    }
}
