//! The top line: what is being briefed, and which instant is on screen, in which zone.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::App;
use crate::clock::ReplayClock;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let tz = app.loaded.briefing.mandate.deadline.timezone;
    let local = app.now.with_timezone(&tz);
    let mut right = vec![Span::styled(
        format!(" {} ", local.format("%a %-d %b %Y %H:%M:%S %Z")),
        theme.title,
    )];
    if area.width >= 90 {
        right.push(Span::styled(format!("({tz}) "), theme.muted));
    }
    match app.clock {
        ReplayClock::Frozen(_) => right.push(Span::styled(" REPLAY, FROZEN ", theme.replay)),
        clock if clock.is_replay() => right.push(Span::styled(" REPLAY ", theme.replay)),
        ReplayClock::Running { .. } => right.push(Span::styled(" LIVE ", theme.muted)),
    }
    let right = Line::from(right).right_aligned();
    let [left_area, right_area] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(u16::try_from(right.width()).unwrap_or(u16::MAX)),
    ]));
    Line::styled(format!(" {}", app.loaded.briefing.title), theme.title).render(left_area, buf);
    right.render(right_area, buf);
}
