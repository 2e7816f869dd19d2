//! The bottom line: key hints, read from the same table that dispatches keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::text;
use crate::action::{self, Action, Context};
use crate::app::App;

/// The hints in the key table's order, as many whole hints as fit: a hint cut in the middle
/// ("t th") names no key anyone can use, and `?` lists them all.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for binding in action::active(app.key_context(), false) {
        let Some(hint) = binding.hint else { continue };
        if binding.action == Action::SelectNext
            && binding.context == Context::Dashboard
            && !offers_next_quote(app)
        {
            continue;
        }
        let words = format!(" {hint}");
        let needed = binding.label.width() + words.width();
        if used + needed > usize::from(area.width) {
            break;
        }
        used += needed + 2;
        spans.push(Span::styled(binding.label, theme.key));
        spans.push(Span::styled(format!("{words}  "), theme.muted));
    }
    text::line(&Line::from(spans), area, buf);
}

/// Whether "↓ quote" names something to do: a briefing of one quote or none has no next.
pub fn offers_next_quote(app: &App) -> bool {
    app.loaded.briefing.quotes.len() > 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing;
    use crate::clock::ReplayClock;
    use crate::theme::ThemeName;

    fn line_of(app: &App) -> String {
        let area = Rect::new(0, 0, 120, 1);
        let mut buf = Buffer::empty(area);
        render(app, area, &mut buf);
        (0..area.width)
            .map(|x| buf[(x, 0)].symbol().to_owned())
            .collect()
    }

    #[test]
    fn offers_the_next_quote_only_when_there_is_one() {
        let wall = chrono::Utc::now();
        let loaded = briefing::load_built_in().unwrap();
        let mut app = App::new(loaded, ReplayClock::REAL, ThemeName::Dark, wall);
        assert!(
            line_of(&app).contains("\u{2193} quote"),
            "{}",
            line_of(&app)
        );
        app.loaded.briefing.quotes.truncate(1);
        assert!(!line_of(&app).contains("quote"), "{}", line_of(&app));
        assert!(line_of(&app).contains("Enter source"), "{}", line_of(&app));
    }

    #[test]
    fn shows_only_whole_hints() {
        let wall = chrono::Utc::now();
        let loaded = briefing::load_built_in().unwrap();
        let app = App::new(loaded, ReplayClock::REAL, ThemeName::Dark, wall);
        for width in 20..=100 {
            let area = Rect::new(0, 0, width, 1);
            let mut buf = Buffer::empty(area);
            render(&app, area, &mut buf);
            let line: String = (0..width)
                .map(|x| buf[(x, 0)].symbol().to_owned())
                .collect();
            let words: Vec<&str> = line.split_whitespace().collect();
            let last = words.last().copied().unwrap_or_default();
            let hints: Vec<&str> = action::active(app.key_context(), false)
                .filter_map(|binding| binding.hint)
                .flat_map(str::split_whitespace)
                .collect();
            assert!(
                hints.contains(&last) || words.is_empty(),
                "{width} columns end in {last:?}: {line:?}"
            );
        }
    }
}
