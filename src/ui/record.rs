//! What a frame put where: each panel's text area and each run of big glyphs. Recorded only in
//! test builds, where the layout properties are checked against the buffer (`ui::tests`); in
//! the program these calls do nothing.

use ratatui::layout::Rect;

use super::digits::Fit;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drawn {
    /// A panel (or a slide's body) and the area its text goes in.
    Panel { name: String, inner: Rect },
    /// Big glyphs for `text`, drawn at `fit`'s size into `area`.
    Big { text: String, fit: Fit, area: Rect },
}

#[cfg(test)]
thread_local! {
    static LOG: std::cell::RefCell<Option<Vec<Drawn>>> = const { std::cell::RefCell::new(None) };
}

/// Notes something drawn, while a test is recording.
#[cfg_attr(not(test), allow(clippy::needless_pass_by_value, unused_variables))]
pub fn note(drawn: impl FnOnce() -> Drawn) {
    #[cfg(test)]
    LOG.with_borrow_mut(|log| {
        if let Some(log) = log {
            log.push(drawn());
        }
    });
}

/// Runs `draw` and returns what it drew, in order.
#[cfg(test)]
pub fn recording(draw: impl FnOnce()) -> Vec<Drawn> {
    LOG.set(Some(Vec::new()));
    draw();
    LOG.take().unwrap_or_default()
}
