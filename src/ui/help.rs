//! The `?` overlay: every binding of the key table in force on this screen, with what it does.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::action::{Binding, Context, KEYS};
use crate::app::App;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let section = |contexts: &[Context]| -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        let mut listed = Vec::new();
        for context in contexts {
            lines.push(Line::styled(format!(" {}", context.title()), theme.title));
            for binding in KEYS.iter().filter(|b| b.context == *context) {
                // A key of a more specific context hides the same key further down.
                if binding.keys.iter().any(|key| listed.contains(key)) {
                    continue;
                }
                listed.extend(binding.keys);
                lines.push(Line::from(vec![
                    Span::styled(format!("   {:<16}", key_names(binding)), theme.key),
                    Span::styled(binding.help, theme.base),
                ]));
            }
        }
        lines
    };
    // The keys of the mode on screen; the other mode's keys would only mislead.
    let general = section(&[Context::Everywhere, Context::Overlay]);
    let modes = section(app.key_context().layers());
    let width_of = |lines: &[Line]| lines.iter().map(Line::width).max().unwrap_or(0) + 1;
    let (general_width, modes_width) = (width_of(&general), width_of(&modes));
    let one_column = general.len() + modes.len();
    // Side by side when one column would not fit the height and two fit the width.
    let side_by_side = one_column + 2 > usize::from(area.height)
        && general_width + modes_width + 3 <= usize::from(area.width);
    let (columns, width, height) = if side_by_side {
        let height = general.len().max(modes.len());
        (
            vec![general, modes],
            general_width + modes_width + 1,
            height,
        )
    } else {
        let mut lines = general;
        lines.extend(modes);
        (vec![lines], general_width.max(modes_width), one_column)
    };
    let popup = area.centered(
        Constraint::Max(u16::try_from(width + 2).unwrap_or(u16::MAX)),
        Constraint::Max(u16::try_from(height + 2).unwrap_or(u16::MAX)),
    );
    Clear.render(popup, buf);
    let block = Block::bordered()
        .style(theme.base)
        .border_style(theme.border_focused)
        .title(Line::styled(" Keys (? or Esc to close) ", theme.title));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let constraints = vec![Constraint::Fill(1); columns.len()];
    for (lines, column) in columns
        .into_iter()
        .zip(inner.layout_vec(&Layout::horizontal(constraints)))
    {
        Paragraph::new(lines).render(column, buf);
    }
}

/// `q, Ctrl-C`: each key of a binding once, however many modifier forms it has. A long run of
/// keys (the slide numbers) is written as the binding's label.
pub(crate) fn key_names(binding: &Binding) -> String {
    if binding.keys.len() > 4 {
        return binding.label.to_owned();
    }
    let mut names: Vec<String> = Vec::new();
    for (modifiers, code) in binding.keys {
        let name = key_name(*modifiers, *code);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(", ")
}

fn key_name(modifiers: KeyModifiers, code: KeyCode) -> String {
    let base = match code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        KeyCode::Up => "\u{2191}".to_owned(),
        KeyCode::Down => "\u{2193}".to_owned(),
        KeyCode::Left => "\u{2190}".to_owned(),
        KeyCode::Right => "\u{2192}".to_owned(),
        other => other.to_string(),
    };
    if modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}
