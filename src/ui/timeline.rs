//! The milestones on one time axis, with a marker for the instant on screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::wrap::truncate;
use crate::app::App;
use crate::countdown::Countdown;

pub fn render(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let block = super::panel(app, "Timeline", None);
    let inner = block.inner(area);
    block.render(area, buf);

    let width = usize::from(inner.width);
    let today = countdown.today;
    let now_line = Line::styled(
        truncate(
            &format!("\u{25b6} {}  now", today.format("%Y-%m-%d")),
            width,
        ),
        theme.replay,
    );
    let mut lines = Vec::new();
    let mut marked = false;
    for milestone in &app.loaded.briefing.milestones {
        if !marked && milestone.date > today {
            lines.push(now_line.clone());
            marked = true;
        }
        let style = if milestone.date <= today {
            theme.muted
        } else {
            theme.title
        };
        let date = format!("  {}  ", milestone.date.format("%Y-%m-%d"));
        let rest = width.saturating_sub(date.chars().count());
        lines.push(Line::from(vec![
            Span::styled(truncate(&date, width), style),
            Span::styled(truncate(&milestone.label, rest), style),
        ]));
    }
    if !marked {
        lines.push(now_line);
    }
    Paragraph::new(lines).render(inner, buf);
}
