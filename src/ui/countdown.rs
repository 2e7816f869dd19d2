//! The countdown panel: the day count in the biggest digits that fit, and the same figure in
//! plain words beside the live clock, so it can be read aloud, copied and tested.
//!
//! Only the clock line changes from one second to the next; everything else is drawn once per
//! day (or theme, or focus) and reused from the panel cache.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;

use super::digits::{self, DigitSize, Fit};
use super::split;
use super::text;
use super::wrap::fit;
use crate::app::{App, Panel};
use crate::briefing::Briefing;
use crate::countdown::{Countdown, Status, format_clock};
use crate::theme::{Theme, Urgency};

/// The share of the dashboard's height the digits aim for, in hundredths. The font's glyphs
/// leave their last row blank, so this keeps the ink above a fifth of the screen on a wall.
const DIGITS_SHARE_PERCENT: u16 = 35;

/// Rows for the words around the digits: the heading, the status, the clock and the expiry.
const WORD_ROWS: u16 = 4;

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

/// The digits the panel aims for on a dashboard whose panels share `body_rows`, at most
/// `max_width` cells wide.
fn aimed_digits(countdown: &Countdown, max_width: u16, body_rows: u16) -> Option<Fit> {
    let (digits, _) = headline(countdown);
    digits::fit(&digits, max_width, body_rows * DIGITS_SHARE_PERCENT / 100)
}

/// The panel's width on a dashboard `body_width` wide: half, or more (up to two thirds) when
/// the digits at the height they aim for need it, as "TODAY" does on a wall screen.
pub fn width(countdown: &Countdown, body_width: u16, body_rows: u16) -> u16 {
    let half = body_width / 2;
    let most = (body_width / 3 * 2).max(half);
    // Borders and a column of margin each side.
    let chrome = 4;
    let needed = match aimed_digits(countdown, most.saturating_sub(chrome), body_rows) {
        // The narrowest drawing of that height: glyphs magnified as much across as down.
        Some(Fit {
            size: DigitSize::Magnified { down, .. },
            ..
        }) => {
            let chars = u16::try_from(headline(countdown).0.chars().count()).unwrap_or(u16::MAX);
            chars.saturating_mul(8 * down).saturating_add(chrome)
        }
        _ => 0,
    };
    needed.clamp(half, most)
}

/// The rows the panel would like on a dashboard whose panels share `body_rows`: the digits at
/// the height they aim for, the words and the borders.
pub fn rows(countdown: &Countdown, width: u16, body_rows: u16) -> u16 {
    let digits =
        aimed_digits(countdown, width.saturating_sub(2), body_rows).map_or(0, |f| f.height);
    digits + WORD_ROWS + 2
}

pub fn render(app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let focused = app.focus == Panel::Countdown;
    let key = (
        app.theme,
        app.loaded.revision,
        focused,
        super::day_of(countdown),
    );
    let clock_area = app
        .panels
        .render_around("countdown", key, area, buf, |area, buf| {
            let inner = super::frame(
                app,
                &app.loaded.briefing.mandate.short_name,
                Some(Panel::Countdown),
                area,
                buf,
            );
            still_body(app, countdown, inner, buf)
        });
    // The clock line is a panel of its own inside this one: it changes every second.
    super::cached_clock_line(app, countdown, clock_area, buf);
}

/// The panel's content without its clock, as the countdown slide shows it; returns where the
/// clock line goes.
pub fn still_body(app: &App, countdown: &Countdown, inner: Rect, buf: &mut Buffer) -> Rect {
    let parts = Parts::new(countdown, inner);
    still(
        app.theme.theme(),
        &app.loaded.briefing,
        countdown,
        &parts,
        buf,
    );
    parts.clock
}

/// The whole content, clock and all, for any briefing: the board's slides show each of its
/// briefings this way.
pub fn body_of(
    theme: &Theme,
    briefing: &Briefing,
    countdown: &Countdown,
    inner: Rect,
    buf: &mut Buffer,
) {
    let parts = Parts::new(countdown, inner);
    still(theme, briefing, countdown, &parts, buf);
    clock_line(theme, countdown, parts.clock, buf);
}

/// Where each line goes, and the size of the digits.
struct Parts {
    heading: Rect,
    digits: Option<(Fit, Rect)>,
    status: Rect,
    clock: Rect,
    expiry: Rect,
}

impl Parts {
    /// When rows are scarce the words come first: the status, then the clock, the heading and
    /// the expiry date; the big digits get whatever is left.
    fn new(countdown: &Countdown, inner: Rect) -> Self {
        let rows = inner.height;
        let heading_rows = u16::from(rows >= 3);
        let expiry_rows = u16::from(rows >= 4);
        let room = rows.saturating_sub(2 + heading_rows + expiry_rows);
        let (digits, _) = headline(countdown);
        let size = digits::fit(&digits, inner.width, room);
        let digits_rows = size.map_or(0, |fit| fit.height);
        // A blank row each side of the digits when there are rows to spare.
        let spare = room.saturating_sub(digits_rows);
        let gap = u16::from(size.is_some() && spare >= 2);
        let [heading, _, digits_area, _, status, clock, expiry] = split::rows_centred(
            inner,
            [
                Constraint::Length(heading_rows),
                Constraint::Length(gap),
                Constraint::Length(digits_rows),
                Constraint::Length(gap),
                Constraint::Length(1),
                Constraint::Length(1),
                Constraint::Length(expiry_rows),
            ],
        );
        let digits = size.map(|fit| (fit, split::centre_horizontally(digits_area, fit.width)));
        Self {
            heading,
            digits,
            status,
            clock,
            expiry,
        }
    }
}

/// Everything but the clock: it changes only with the day.
fn still(
    theme: &Theme,
    briefing: &Briefing,
    countdown: &Countdown,
    parts: &Parts,
    buf: &mut Buffer,
) {
    let mandate = &briefing.mandate;
    let urgency = super::urgency_of(briefing.thresholds, countdown);
    let style = theme.urgency(urgency);
    let width = usize::from(parts.status.width);
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
    let heading = Line::styled(fit(&[heading.to_owned()], width), style).centered();
    text::line(&heading, parts.heading, buf);
    if let Some((fit, area)) = parts.digits {
        digits::render(&digits, fit, style, area, buf);
    }
    text::line(&Line::styled(status, style).centered(), parts.status, buf);
    text::line(
        &Line::styled(expiry, theme.muted).centered(),
        parts.expiry,
        buf,
    );
}

/// The time left to the lapse, or since it, to the second.
pub fn clock_line(theme: &Theme, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
    let direction = if countdown.until_lapse.num_seconds() > 0 {
        "until"
    } else {
        "since"
    };
    let figure = format_clock(countdown.until_lapse);
    let clock = fit(
        &[format!("{figure} {direction} the lapse"), figure],
        usize::from(area.width),
    );
    text::line(&Line::styled(clock, theme.title).centered(), area, buf);
}

pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
