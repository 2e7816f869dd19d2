//! The `?` overlay: every binding in the key table, with what it does.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::action::KEYS;
use crate::theme::Theme;

pub fn render(theme: &Theme, area: Rect, buf: &mut Buffer) {
    let names: Vec<String> = KEYS.iter().map(|binding| key_names(binding.keys)).collect();
    let key_width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let lines: Vec<Line> = KEYS
        .iter()
        .zip(&names)
        .map(|(binding, name)| {
            Line::from(vec![
                Span::styled(format!(" {name:<key_width$}  "), theme.key),
                Span::styled(binding.help, theme.base),
            ])
        })
        .collect();
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = area.centered(Constraint::Max(64), Constraint::Max(height));
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .style(theme.base)
        .block(
            Block::bordered()
                .border_style(theme.border_focused)
                .title(Line::styled(" Keys (? to close) ", theme.title)),
        )
        .render(popup, buf);
}

/// `q, Esc, Ctrl-C`: each key of a binding once, however many modifier forms it has.
fn key_names(keys: &[(KeyModifiers, KeyCode)]) -> String {
    let mut names: Vec<String> = Vec::new();
    for (modifiers, code) in keys {
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
