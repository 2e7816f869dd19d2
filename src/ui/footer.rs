//! The bottom line: key hints, read from the same table that dispatches keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::action;
use crate::app::App;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let mut spans = vec![Span::raw(" ")];
    for binding in action::active(app.key_context(), false) {
        let Some(hint) = binding.hint else { continue };
        spans.push(Span::styled(binding.label, theme.key));
        spans.push(Span::styled(format!(" {hint}  "), theme.muted));
    }
    Line::from(spans).render(area, buf);
}
