//! The export as an SVG picture: backgrounds and block or line characters as rectangles, the
//! rest as text runs stretched to their cells.

use std::fmt::{self, Write as _};

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use super::{FONT_STACK, Glyph, Ink, Rgb, common_look, escape, glyphs, look};

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

#[cfg(test)]
mod tests {
    use super::*;

    fn buffer_with(lines: &[&str]) -> Buffer {
        Buffer::with_lines(lines.iter().copied())
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
}
