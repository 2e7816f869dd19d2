//! The export as a self-contained HTML page: the grid as a `<pre>` of styled spans.

use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use super::{FONT_STACK, Look, common_look, escape, glyphs, look};

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
