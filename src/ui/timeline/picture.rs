//! The timeline's picture: a stack of markers at each date (the expiry, milestones, quotes),
//! the axis beneath them, the dates under it and the "now" marker.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::axis::Axis;
use crate::app::App;
use crate::countdown::Countdown;
use crate::ui::split;
use crate::ui::wrap::fit;

/// The events on a time axis: a stack of markers at each date, the axis, the dates beneath,
/// and the "now" marker.
pub struct Picture {
    axis: Axis,
    /// Markers at each date with any, bottom up: the expiry, milestones, quotes.
    stacks: Vec<(NaiveDate, Vec<Marker>)>,
    /// Date labels in up to two rows, each `(column, text, date)`.
    labels: Vec<Vec<(u16, String, NaiveDate)>>,
    width: u16,
}

/// In the order they stack up from the axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Marker {
    Expiry,
    Milestone,
    Quote,
}

impl Marker {
    const fn symbol(self) -> &'static str {
        match self {
            Self::Expiry => "\u{25a0}",
            Self::Milestone => "\u{25c6}",
            Self::Quote => "\u{275d}",
        }
    }
}

impl Picture {
    pub fn new(app: &App, countdown: &Countdown, width: u16) -> Option<Self> {
        let briefing = &app.loaded.briefing;
        let expiry = briefing.mandate.deadline.expires;
        let mut stacks: Vec<(NaiveDate, Vec<Marker>)> = Vec::new();
        let mut add =
            |date: NaiveDate, marker: Marker| match stacks.iter_mut().find(|(at, _)| *at == date) {
                Some((_, markers)) => markers.push(marker),
                None => stacks.push((date, vec![marker])),
            };
        add(expiry, Marker::Expiry);
        for milestone in &briefing.milestones {
            add(milestone.date, Marker::Milestone);
        }
        for quote in &briefing.quotes {
            add(quote.date, Marker::Quote);
        }
        stacks.sort_by_key(|(date, _)| *date);
        for (_, markers) in &mut stacks {
            markers.sort_unstable();
        }
        let dates = stacks
            .iter()
            .map(|(date, _)| *date)
            .chain([countdown.today]);
        let axis = Axis::new(dates, width)?;
        let labels = labels(&axis, &stacks, width);
        Some(Self {
            axis,
            stacks,
            labels,
            width,
        })
    }

    /// Rows for the axis, the dates under it and the "now" marker: all but the markers and the
    /// legend.
    fn fixed_rows(&self) -> usize {
        2 + self.labels.len()
    }

    fn tallest(&self) -> usize {
        self.stacks.iter().map(|(_, m)| m.len()).max().unwrap_or(1)
    }

    /// The rows to draw in, at most `room`: the tallest stack of markers and a legend when they
    /// fit, down to a single row of markers; `None` when not even that fits.
    pub fn rows_within(&self, room: usize) -> Option<usize> {
        let whole = self.tallest() + self.fixed_rows();
        match room {
            room if room > whole => Some(whole + 1),
            room if room > self.fixed_rows() => Some(room.min(whole)),
            _ => None,
        }
    }

    pub fn render(&self, app: &App, countdown: &Countdown, area: Rect, buf: &mut Buffer) {
        let rows = usize::from(area.height);
        let legend_rows = u16::from(rows > self.tallest() + self.fixed_rows());
        let fixed = u16::try_from(self.fixed_rows()).unwrap_or(u16::MAX);
        let stack_rows = area.height.saturating_sub(fixed + legend_rows).max(1);
        let [stack_area, axis_area, label_area, now_area, legend_area] = split::rows(
            area,
            [
                Constraint::Length(stack_rows),
                Constraint::Length(1),
                Constraint::Length(fixed - 2),
                Constraint::Length(1),
                Constraint::Length(legend_rows),
            ],
        );
        let theme = app.theme.theme();
        let today = countdown.today;
        // Past events are muted, those still to come bright.
        let style = |date: NaiveDate| {
            if date <= today {
                theme.muted
            } else {
                theme.title
            }
        };
        let expiry_style = theme.urgency(crate::ui::urgency(app, countdown));
        for (date, markers) in &self.stacks {
            let column = self.axis.column(*date);
            let x = stack_area.x + column;
            let rows = usize::from(stack_area.height);
            // A stack taller than the rows shows how many it holds on top.
            let shown = if markers.len() > rows {
                rows - 1
            } else {
                markers.len()
            };
            for (row, marker) in (stack_area.top()..stack_area.bottom())
                .rev()
                .zip(&markers[..shown])
            {
                let style = match marker {
                    Marker::Expiry => expiry_style,
                    _ => style(*date),
                };
                buf.set_string(x, row, marker.symbol(), style);
            }
            if shown < markers.len() {
                let more = format!("+{}", (markers.len() - shown).min(9));
                // Kept whole at the right edge.
                let start = column.min(self.width.saturating_sub(2));
                buf.set_string(stack_area.x + start, stack_area.y, more, style(*date));
            }
        }
        self.render_axis(axis_area, theme.border, buf);
        for (row, labels) in (label_area.top()..).zip(&self.labels) {
            for (column, text, date) in labels {
                buf.set_string(label_area.x + column, row, text, style(*date));
            }
        }
        self.render_now(today, axis_area, now_area, theme.replay, buf);
        if !legend_area.is_empty() {
            self.render_legend(legend_area, theme.muted, buf);
        }
    }

    /// The axis: solid where to scale, dashed where broken, a tick at each date with events.
    fn render_axis(&self, area: Rect, style: Style, buf: &mut Buffer) {
        for (range, broken) in self.axis.stretches() {
            let symbol = if broken { "\u{254c}" } else { "\u{2500}" };
            for column in range {
                buf.set_string(area.x + column, area.y, symbol, style);
            }
        }
        for (date, _) in &self.stacks {
            buf.set_string(area.x + self.axis.column(*date), area.y, "\u{2534}", style);
        }
    }

    /// "now" on the axis, and named beneath it.
    fn render_now(&self, today: NaiveDate, axis: Rect, area: Rect, style: Style, buf: &mut Buffer) {
        let column = self.axis.column(today);
        buf.set_string(axis.x + column, axis.y, "\u{25b2}", style);
        let (start, text) = if column + 5 <= self.width {
            (column, "\u{25b2} now")
        } else {
            (column.saturating_sub(4), "now \u{25b2}")
        };
        buf.set_string(area.x + start, area.y, text, style);
    }

    fn render_legend(&self, area: Rect, style: Style, buf: &mut Buffer) {
        let broken = self.axis.stretches().any(|(_, broken)| broken);
        let dashed = if broken {
            "  \u{254c} not to scale"
        } else {
            ""
        };
        let legend = fit(
            &[
                format!("\u{25c6} milestone  \u{275d} quote  \u{25a0} expiry{dashed}"),
                "\u{25c6} event \u{275d} quote \u{25a0} expiry".to_owned(),
                String::new(),
            ],
            usize::from(self.width),
        );
        Line::styled(legend, style).render(area, buf);
    }
}

/// Dates under the axis, left to right, each under its marker where it fits, in up to two
/// rows; a date is left out (it is in the list) rather than written over another. Each gives
/// the year, or the month, only when it differs from the date before it.
fn labels(
    axis: &Axis,
    stacks: &[(NaiveDate, Vec<Marker>)],
    width: u16,
) -> Vec<Vec<(u16, String, NaiveDate)>> {
    let mut rows: Vec<Vec<(u16, String, NaiveDate)>> = vec![Vec::new(), Vec::new()];
    let mut free = [0_u16; 2];
    let mut previous: Option<NaiveDate> = None;
    for (date, _) in stacks {
        let text = match previous {
            Some(before)
                if before.format("%Y%m").to_string() == date.format("%Y%m").to_string() =>
            {
                date.format("%-d").to_string()
            }
            Some(before) if before.format("%Y").to_string() == date.format("%Y").to_string() => {
                date.format("%-d %b").to_string()
            }
            _ => date.format("%-d %b %Y").to_string(),
        };
        let length = u16::try_from(text.width()).unwrap_or(u16::MAX);
        if length > width {
            continue;
        }
        let start = axis.column(*date).min(width - length);
        if let Some(row) = (0..2).find(|row| start >= free[*row]) {
            free[row] = start + length + 1;
            rows[row].push((start, text, *date));
            previous = Some(*date);
        }
    }
    rows.retain(|row| !row.is_empty());
    rows
}
