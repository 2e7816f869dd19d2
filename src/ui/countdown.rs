//! The countdown panel: the day count in the biggest digits that fit, and the same figure in
//! plain words beside the live clock, so it can be read aloud, copied and tested.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};

use super::digits;
use super::wrap::fit;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::app::{App, Panel};
use crate::briefing::Briefing;
use crate::countdown::{Countdown, Status, format_clock};
use crate::theme::{Theme, Urgency};

/// What the big digits say, and the heading that says what they count.
fn headline(countdown: &Countdown) -> (String, &'static str) {
    match countdown.status {
        Status::Active => (countdown.days_remaining.to_string(), "DAYS REMAINING"),
        Status::ExpiresToday => ("TODAY".to_owned(), "THE MANDATE EXPIRES TODAY"),
        Status::Expired => (
            countdown.days_since_expiry.unwrap_or(0).to_string(),
            "DAYS SINCE THE MANDATE LAPSED",
        ),
    }
}

/// A word for the urgency, so that meaning never rests on colour alone.
pub const fn urgency_word(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Calm => "in force",
        Urgency::Warning => "WARNING",
        Urgency::Critical => "CRITICAL",
        Urgency::Expired => "EXPIRED",
    }
}

/// The panel with its clock line left empty, since the clock changes every second and the rest
/// once a day: the clock line is drawn on its own (`clock_line`) where this returns.
pub fn render(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) -> Rect {
    let mandate = &app.loaded.briefing.mandate;
    let block = super::panel(app, &mandate.short_name, Some(Panel::Countdown));
    let inner = block.inner(area);
    block.render(area, buf);
    all_but_the_clock(
        app.theme.theme(),
        &app.loaded.briefing,
        countdown,
        inner,
        buf,
    )
}

/// The heading, the digits as big as `inner` allows, and the figure in words, for any briefing:
/// the board's slides show each of its briefings this way.
pub fn body_of(
    theme: &Theme,
    briefing: &Briefing,
    countdown: &Countdown,
    inner: Rect,
    buf: &mut Buffer,
) {
    let clock_area = all_but_the_clock(theme, briefing, countdown, inner, buf);
    clock_line(theme, countdown, clock_area, buf);
}

/// The time left until the lapse, or since it: the line under the digits.
pub fn clock_line(theme: &Theme, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let direction = if countdown.until_lapse.num_seconds() > 0 {
        "until"
    } else {
        "since"
    };
    let clock_figure = format_clock(countdown.until_lapse);
    let clock = fit(
        &[
            format!("{clock_figure} {direction} the lapse"),
            clock_figure,
        ],
        usize::from(area.width),
    );
    Line::styled(clock, theme.title)
        .centered()
        .render(area, buf);
}

/// `body_of` with its clock line left empty: the panel's content, and on its own the countdown
/// slide, which draw the clock line every second on its own. Returns where it goes.
pub fn all_but_the_clock(
    theme: &Theme,
    briefing: &Briefing,
    countdown: &Countdown,
    inner: Rect,
    buf: &mut Buffer,
) -> Rect {
    let mandate = &briefing.mandate;

    let urgency = super::urgency_of(briefing.thresholds, countdown);
    let style = theme.urgency(urgency);
    let width = usize::from(inner.width);
    let (digits, heading) = headline(countdown);
    let sentence = capitalised(&countdown.sentence());
    let status = fit(
        &[
            format!("{sentence} \u{b7} {}", urgency_word(urgency)),
            sentence,
        ],
        width,
    );
    let deadline = mandate.deadline;
    let when = deadline.lapse_time.map_or_else(
        || "end of day".to_owned(),
        |time| time.format("%H:%M").to_string(),
    );
    let date = deadline.expires.format("%a %-d %b %Y");
    let expiry = fit(
        &[
            format!("Expiry {date}, {when} ({})", deadline.timezone),
            format!("Expiry {date}, {when}"),
            format!("{date}, {when}"),
            deadline.expires.to_string(),
        ],
        width,
    );

    // When rows are scarce the words come first: the status, then the clock, the heading and
    // the expiry date; the big digits get whatever is left.
    let rows = inner.height;
    let heading_rows = u16::from(rows >= 3);
    let expiry_rows = u16::from(rows >= 4);
    let room = rows.saturating_sub(2 + heading_rows + expiry_rows);
    let size = digits::fit(&digits, inner.width, room);
    let digits_rows = size.map_or(0, |fit| fit.height);
    let [
        heading_area,
        digits_area,
        status_area,
        clock_area,
        expiry_area,
    ] = inner.layout(
        &Layout::vertical([
            Constraint::Length(heading_rows),
            Constraint::Length(digits_rows),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(expiry_rows),
        ])
        .flex(Flex::Center),
    );
    Line::styled(fit(&[heading.to_owned()], width), style)
        .centered()
        .render(heading_area, buf);
    if let Some(fit) = size {
        let digits_area = digits_area.centered_horizontally(Constraint::Length(fit.width));
        digits::render(&digits, fit, style, digits_area, buf);
    }
    Line::styled(status, style)
        .centered()
        .render(status_area, buf);
    Line::styled(expiry, theme.muted)
        .centered()
        .render(expiry_area, buf);
    clock_area
}

pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
