//! The dashboard as a file: render into an off-screen buffer, exactly as the screen would be,
//! then write it as SVG, HTML or plain text. Nothing here decides what is shown; it only
//! translates cells, so an export and the screen cannot disagree.

use std::fmt::{self, Write as _};
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

/// The screen at `size`, drawn by the same code as the terminal.
pub fn render(app: &App, size: Size) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, size.cols, size.rows));
    app.render(buffer.area, &mut buffer);
    buffer
}

pub fn write(app: &App, format: ExportFormat, size: Size, output: &Path) -> anyhow::Result<()> {
    let buffer = render(app, size);
    let briefing = &app.loaded.briefing;
    let title = &briefing.title;
    let description = format!("{}: {}", briefing.mandate.name, app.countdown().sentence());
    let content = match format {
        ExportFormat::Txt => to_txt(&buffer),
        ExportFormat::Svg => to_svg(&buffer, title, &description),
        ExportFormat::Html => to_html(&buffer, title, &description),
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

/// Writes a sibling temporary file and renames it over `path`, so a failure (full disk, killed
/// process) leaves either the old file or the new one, never half of one.
fn replace_file(path: &Path, content: &[u8]) -> std::io::Result<()> {
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
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    ANSI[index]
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

// ---------------------------------------------------------------------------------------------
// SVG

/// A cell in SVG units. Both divide by 8, so every eighth block and line falls on whole units
/// and touching shapes share exact edges.
const CELL_WIDTH: u32 = 16;
const CELL_HEIGHT: u32 = 32;
/// The picture's natural size per cell, in CSS pixels (it scales freely from there).
const PIXELS_PER_CELL: (u32, u32) = (10, 20);
/// A monospace advance is about 0.6 em; `textLength` absorbs the difference between fonts.
const FONT_SIZE: u32 = 26;
const BASELINE: u32 = 24;
/// Box-drawing line widths in SVG units.
const LIGHT: u32 = 2;
const HEAVY: u32 = 4;

/// An SVG picture of the buffer: background rectangles, then block and line characters as
/// rectangles (glyphs from whatever font is at hand would leave seams), then text runs.
pub fn to_svg(buffer: &Buffer, title: &str, description: &str) -> String {
    let (cols, rows) = (u32::from(buffer.area.width), u32::from(buffer.area.height));
    let canvas = common_look(buffer);
    let mut layers = Layers::default();
    for y in 0..buffer.area.height {
        layers.draw_row(buffer, y, canvas.background);
    }

    let (width, height) = (cols * CELL_WIDTH, rows * CELL_HEIGHT);
    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="title desc" xml:space="preserve">"#,
        cols * PIXELS_PER_CELL.0,
        rows * PIXELS_PER_CELL.1,
    );
    let _ = writeln!(out, r#"<title id="title">{}</title>"#, escape(title));
    let _ = writeln!(out, r#"<desc id="desc">{}</desc>"#, escape(description));
    let _ = writeln!(out, r#"<g shape-rendering="crispEdges">"#);
    let _ = writeln!(
        out,
        r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
        canvas.background
    );
    for patch in merge(layers.backgrounds)
        .into_iter()
        .chain(merge(layers.shapes))
    {
        let _ = writeln!(out, "{patch}");
    }
    let _ = writeln!(out, "</g>");
    let _ = writeln!(
        out,
        r#"<g font-family="{FONT_STACK}" font-size="{FONT_SIZE}">"#
    );
    out.push_str(&layers.texts);
    let _ = writeln!(out, "</g>");
    let _ = writeln!(out, "</svg>");
    out
}

/// The picture's three layers, bottom to top.
#[derive(Default)]
struct Layers {
    backgrounds: Vec<Patch>,
    shapes: Vec<Patch>,
    texts: String,
}

impl Layers {
    /// Adds row `y`, leaving out backgrounds that are the canvas's own.
    fn draw_row(&mut self, buffer: &Buffer, y: u16, canvas: Rgb) {
        let top = u32::from(y) * CELL_HEIGHT;
        let mut run: Option<TextRun> = None;
        for glyph in glyphs(buffer, y) {
            let look = look(glyph.cell);
            let left = u32::from(glyph.x) * CELL_WIDTH;
            if look.background != canvas {
                self.backgrounds.push(Patch {
                    color: look.background,
                    x: left,
                    y: top,
                    width: u32::from(glyph.width) * CELL_WIDTH,
                    height: CELL_HEIGHT,
                });
            }
            if let Some((coverage, parts)) = geometry(glyph.symbol) {
                let color = look.ink.color.over(look.background, coverage);
                self.shapes
                    .extend(parts.into_iter().map(|[dx, dy, width, height]| Patch {
                        color,
                        x: left + dx,
                        y: top + dy,
                        width,
                        height,
                    }));
                flush(&mut run, &mut self.texts, y);
                continue;
            }
            let blank = glyph.symbol == " " && !look.ink.marks_blanks();
            match &mut run {
                // Renderers disagree on keeping a run of spaces (Chrome collapses them despite
                // xml:space), never on one between words: a second blank ends the run.
                Some(current) if blank && current.text.ends_with(' ') => {
                    flush(&mut run, &mut self.texts, y);
                }
                // A blank has no ink, so it may join any run; this keeps words in one element.
                Some(current) if blank || current.ink == look.ink => current.push(&glyph),
                _ if blank => {}
                _ => {
                    flush(&mut run, &mut self.texts, y);
                    run = Some(TextRun::start(&glyph, look.ink));
                }
            }
        }
        flush(&mut run, &mut self.texts, y);
    }
}

/// Neighbouring cells of one ink, as one `<text>` stretched to exactly their cells.
struct TextRun {
    x: u16,
    cells: u16,
    text: String,
    ink: Ink,
}

impl TextRun {
    fn start(glyph: &Glyph, ink: Ink) -> Self {
        Self {
            x: glyph.x,
            cells: glyph.width,
            text: glyph.symbol.to_owned(),
            ink,
        }
    }

    fn push(&mut self, glyph: &Glyph) {
        self.cells += glyph.width;
        self.text.push_str(glyph.symbol);
    }
}

/// Writes the run, if any, as a `<text>` element and ends it.
fn flush(run: &mut Option<TextRun>, out: &mut String, row: u16) {
    let Some(mut run) = run.take() else { return };
    if !run.ink.marks_blanks() {
        let kept = run.text.trim_end_matches(' ').len();
        run.cells -= u16::try_from(run.text.len() - kept).unwrap_or(0);
        run.text.truncate(kept);
    }
    let ink = run.ink;
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" textLength="{}" fill="{}""#,
        u32::from(run.x) * CELL_WIDTH,
        u32::from(row) * CELL_HEIGHT + BASELINE,
        u32::from(run.cells) * CELL_WIDTH,
        ink.color
    );
    if ink.modifier.contains(Modifier::BOLD) {
        out.push_str(r#" font-weight="bold""#);
    }
    if ink.modifier.contains(Modifier::ITALIC) {
        out.push_str(r#" font-style="italic""#);
    }
    if let Some(decoration) = ink.decoration() {
        let _ = write!(out, r#" text-decoration="{decoration}""#);
    }
    let _ = writeln!(out, ">{}</text>", escape(&run.text));
}

/// A filled rectangle in SVG units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Patch {
    color: Rgb,
    x: u32,
    y: u32,
    width: u32,
    height: u32,
}

impl fmt::Display for Patch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
            self.x, self.y, self.width, self.height, self.color
        )
    }
}

/// Joins patches of one colour that continue each other, first along rows and then down
/// columns, so a bar or a border is one rectangle: smaller, and with no inner edges to show.
fn merge(mut patches: Vec<Patch>) -> Vec<Patch> {
    patches.sort_by_key(|p| (p.color, p.y, p.height, p.x));
    let mut rows: Vec<Patch> = Vec::with_capacity(patches.len());
    for patch in patches {
        match rows.last_mut() {
            Some(last)
                if (last.color, last.y, last.height) == (patch.color, patch.y, patch.height)
                    && last.x + last.width == patch.x =>
            {
                last.width += patch.width;
            }
            _ => rows.push(patch),
        }
    }
    rows.sort_by_key(|p| (p.color, p.x, p.width, p.y));
    let mut merged: Vec<Patch> = Vec::with_capacity(rows.len());
    for patch in rows {
        match merged.last_mut() {
            Some(last)
                if (last.color, last.x, last.width) == (patch.color, patch.x, patch.width)
                    && last.y + last.height == patch.y =>
            {
                last.height += patch.height;
            }
            _ => merged.push(patch),
        }
    }
    merged
}

/// A cell-relative rectangle: x, y, width, height in SVG units.
type Part = [u32; 4];

/// A block element or box-drawing line as rectangles, with how much of the ink covers them
/// in quarters (4 is solid; the shade characters are less). `None` for everything else.
fn geometry(symbol: &str) -> Option<(u16, Vec<Part>)> {
    const W: u32 = CELL_WIDTH;
    const H: u32 = CELL_HEIGHT;
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let code = u32::from(c);
    let solid = |parts| Some((4, parts));
    match c {
        '\u{2580}' => solid(vec![[0, 0, W, H / 2]]),
        // Lower one to eight eighths (the last is the full block).
        '\u{2581}'..='\u{2588}' => {
            let height = (code - 0x2580) * H / 8;
            solid(vec![[0, H - height, W, height]])
        }
        // Left seven eighths down to one eighth: the fine ends of the bars.
        '\u{2589}'..='\u{258f}' => solid(vec![[0, 0, (0x2590 - code) * W / 8, H]]),
        '\u{2590}' => solid(vec![[W / 2, 0, W / 2, H]]),
        '\u{2591}'..='\u{2593}' => Some((
            u16::try_from(code - 0x2590).unwrap_or(4),
            vec![[0, 0, W, H]],
        )),
        '\u{2594}' => solid(vec![[0, 0, W, H / 8]]),
        '\u{2595}' => solid(vec![[W - W / 8, 0, W / 8, H]]),
        '\u{2596}'..='\u{259f}' => solid(quadrants(QUADRANTS[(code - 0x2596) as usize])),
        _ => BOX_LINES
            .iter()
            .find(|(line, _)| *line == c)
            .map(|&(_, arms)| (4, lines(arms))),
    }
}

/// ▖▗▘▙▚▛▜▝▞▟ as bits: 1 upper left, 2 upper right, 4 lower left, 8 lower right.
const QUADRANTS: [u8; 10] = [4, 8, 1, 13, 9, 7, 11, 2, 6, 14];

fn quadrants(bits: u8) -> Vec<Part> {
    (0..4_u8)
        .filter(|bit| bits & (1 << bit) != 0)
        .map(|bit| {
            [
                u32::from(bit % 2) * CELL_WIDTH / 2,
                u32::from(bit / 2) * CELL_HEIGHT / 2,
                CELL_WIDTH / 2,
                CELL_HEIGHT / 2,
            ]
        })
        .collect()
}

/// Box-drawing characters by their arms: up, right, down, left; 1 light, 2 heavy. Rounded
/// corners are drawn square. Dashed and double lines are left to the font.
const BOX_LINES: [(char, [u8; 4]); 34] = [
    ('─', [0, 1, 0, 1]),
    ('━', [0, 2, 0, 2]),
    ('│', [1, 0, 1, 0]),
    ('┃', [2, 0, 2, 0]),
    ('┌', [0, 1, 1, 0]),
    ('┐', [0, 0, 1, 1]),
    ('└', [1, 1, 0, 0]),
    ('┘', [1, 0, 0, 1]),
    ('╭', [0, 1, 1, 0]),
    ('╮', [0, 0, 1, 1]),
    ('╰', [1, 1, 0, 0]),
    ('╯', [1, 0, 0, 1]),
    ('┏', [0, 2, 2, 0]),
    ('┓', [0, 0, 2, 2]),
    ('┗', [2, 2, 0, 0]),
    ('┛', [2, 0, 0, 2]),
    ('├', [1, 1, 1, 0]),
    ('┤', [1, 0, 1, 1]),
    ('┬', [0, 1, 1, 1]),
    ('┴', [1, 1, 0, 1]),
    ('┼', [1, 1, 1, 1]),
    ('┣', [2, 2, 2, 0]),
    ('┫', [2, 0, 2, 2]),
    ('┳', [0, 2, 2, 2]),
    ('┻', [2, 2, 0, 2]),
    ('╋', [2, 2, 2, 2]),
    ('╴', [0, 0, 0, 1]),
    ('╵', [1, 0, 0, 0]),
    ('╶', [0, 1, 0, 0]),
    ('╷', [0, 0, 1, 0]),
    ('╸', [0, 0, 0, 2]),
    ('╹', [2, 0, 0, 0]),
    ('╺', [0, 2, 0, 0]),
    ('╻', [0, 0, 2, 0]),
];

/// Arms meet at the cell's centre, so a straight line is two halves that merge into one
/// rectangle with its neighbours. Horizontal arms reach across the vertical stroke, which
/// closes corners and tees without a notch.
fn lines([up, right, down, left]: [u8; 4]) -> Vec<Part> {
    const W: u32 = CELL_WIDTH;
    const H: u32 = CELL_HEIGHT;
    let stroke = |weight: u8| match weight {
        0 => 0,
        1 => LIGHT,
        _ => HEAVY,
    };
    let across = stroke(up.max(down));
    let mut parts = Vec::new();
    if up > 0 {
        parts.push([(W - stroke(up)) / 2, 0, stroke(up), H / 2]);
    }
    if down > 0 {
        parts.push([(W - stroke(down)) / 2, H / 2, stroke(down), H / 2]);
    }
    if left > 0 {
        parts.push([0, (H - stroke(left)) / 2, W.midpoint(across), stroke(left)]);
    }
    if right > 0 {
        let t = stroke(right);
        parts.push([(W - across) / 2, (H - t) / 2, W.midpoint(across), t]);
    }
    parts
}

// ---------------------------------------------------------------------------------------------
// HTML

/// A self-contained page: the grid as a `<pre>` of styled spans, sized to the window width
/// (clamped for phones and wide screens) and to the page when printed.
pub fn to_html(buffer: &Buffer, title: &str, description: &str) -> String {
    let canvas = common_look(buffer);
    let mut classes: Vec<Look> = Vec::new();
    let mut grid = String::new();
    for y in 0..buffer.area.height {
        let mut current: Option<(Look, String)> = None;
        for glyph in glyphs(buffer, y) {
            let mut look = look(glyph.cell);
            if glyph.symbol == "█" {
                // Ink on ink looks the same, and the background fills the hairlines that
                // fonts leave between neighbouring blocks.
                look.background = look.ink.color;
            }
            match &mut current {
                Some((run_look, text)) if *run_look == look => text.push_str(glyph.symbol),
                _ => {
                    if let Some((run_look, text)) = current.take() {
                        span(&mut grid, &mut classes, canvas, run_look, &text);
                    }
                    current = Some((look, glyph.symbol.to_owned()));
                }
            }
        }
        if let Some((run_look, text)) = current {
            span(&mut grid, &mut classes, canvas, run_look, &text);
        }
        grid.push('\n');
    }

    // The font size that fits the grid plus its padding (one column each side) across the width.
    let ems = f64::from(buffer.area.width + 2) * 0.6;
    let fit = format!("calc(100vw / {ems:.1})");
    let mut css = String::new();
    let _ = write!(
        css,
        "html{{background:{bg}}}\n\
         body{{margin:0}}\n\
         pre{{margin:0;padding:1ch;overflow-x:auto;line-height:1.15;font-family:{FONT_STACK};\
         font-size:clamp(4px,{fit},20px);{ink}}}\n\
         @page{{size:landscape;margin:1cm}}\n\
         @media print{{html,pre{{print-color-adjust:exact;-webkit-print-color-adjust:exact}}\
         pre{{overflow:visible;font-size:{fit}}}}}\n",
        bg = canvas.background,
        ink = declarations(canvas),
    );
    for (index, look) in classes.iter().enumerate() {
        let _ = writeln!(css, ".s{index}{{{}}}", declarations(*look));
    }
    format!(
        "<!DOCTYPE html>\n\
         <html lang=\"en\">\n\
         <head>\n\
         <meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"description\" content=\"{description}\">\n\
         <title>{title}</title>\n\
         <style>\n{css}</style>\n\
         </head>\n\
         <body>\n\
         <pre>{grid}</pre>\n\
         </body>\n\
         </html>\n",
        description = escape(description),
        title = escape(title),
    )
}

/// Appends `text` in `look`, as a span unless it is the page's own look.
fn span(out: &mut String, classes: &mut Vec<Look>, canvas: Look, look: Look, text: &str) {
    if look == canvas {
        out.push_str(&escape(text));
        return;
    }
    let index = classes
        .iter()
        .position(|known| *known == look)
        .unwrap_or_else(|| {
            classes.push(look);
            classes.len() - 1
        });
    let _ = write!(out, r#"<span class="s{index}">{}</span>"#, escape(text));
}

fn declarations(look: Look) -> String {
    let ink = look.ink;
    let mut css = format!("color:{};background:{}", ink.color, look.background);
    if ink.modifier.contains(Modifier::BOLD) {
        css.push_str(";font-weight:bold");
    }
    if ink.modifier.contains(Modifier::ITALIC) {
        css.push_str(";font-style:italic");
    }
    if let Some(decoration) = ink.decoration() {
        css.push_str(";text-decoration:");
        css.push_str(decoration);
    }
    css
}

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
    fn draws_blocks_and_lines_as_joined_rectangles() {
        // A bar of full blocks ending in an eighth, and a box whose sides are one line each.
        let buffer = buffer_with(&["███▏", "┌──┐", "└──┘"]);
        let svg = to_svg(&buffer, "t", "d");
        assert!(
            !svg.contains("<text"),
            "every character is geometry:\n{svg}"
        );
        // The bar: three cells and an eighth of one.
        assert!(
            svg.contains(r##"<rect x="0" y="0" width="50" height="32" fill="#cccccc"/>"##),
            "{svg}"
        );
        // The top and bottom edges, each one rectangle from the corners' centres.
        assert!(
            svg.contains(r##"<rect x="7" y="47" width="50" height="2" fill="#cccccc"/>"##),
            "{svg}"
        );
        // The left side: from the top corner's centre to the bottom corner's.
        assert!(
            svg.contains(r##"<rect x="7" y="48" width="2" height="32" fill="#cccccc"/>"##),
            "{svg}"
        );
    }

    #[test]
    fn merges_a_styled_line_into_one_text_element() {
        let buffer = buffer_with(&["  10 days remaining   "]);
        let svg = to_svg(&buffer, "t", "d");
        assert_eq!(svg.matches("<text").count(), 1, "{svg}");
        assert!(
            svg.contains(
                r##"<text x="32" y="24" textLength="272" fill="#cccccc">10 days remaining</text>"##
            ),
            "{svg}"
        );
    }

    #[test]
    fn ends_a_text_element_at_two_spaces() {
        let svg = to_svg(&buffer_with(&["MSS today    989"]), "t", "d");
        assert!(
            svg.contains(
                r##"<text x="0" y="24" textLength="144" fill="#cccccc">MSS today</text>"##
            ),
            "{svg}"
        );
        assert!(
            svg.contains(r##"<text x="208" y="24" textLength="48" fill="#cccccc">989</text>"##),
            "{svg}"
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
