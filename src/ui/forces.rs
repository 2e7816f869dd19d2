//! The forces panel: one bar per force, all to one scale, each with its number, its ratio to the
//! baseline and how the figure is known.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph, Widget};

use super::wrap::truncate;
use crate::app::{App, Panel};
use crate::briefing::text::thousands;
use crate::briefing::{Basis, Force};

/// Eighth blocks, so a bar's length is exact to an eighth of a cell.
pub const EIGHTHS: [&str; 8] = [
    "", "\u{258f}", "\u{258e}", "\u{258d}", "\u{258c}", "\u{258b}", "\u{258a}", "\u{2589}",
];

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let briefing = &app.loaded.briefing;
    let block = super::panel(app, "Forces", Some(Panel::Forces)).padding(Padding::horizontal(1));
    let inner = block.inner(area);
    block.render(area, buf);

    let width = usize::from(inner.width);
    let largest = briefing.largest_force();
    let mut lines = Vec::new();
    let focused = app.focus == Panel::Forces;
    for (index, force) in briefing.forces.iter().enumerate() {
        let number = thousands(force.personnel);
        let label_width = width.saturating_sub(number.chars().count() + 1);
        // The selection only shows while the panel has the focus, as Enter acts on it then.
        let label_style = if focused && index == app.selected_force {
            theme.selected
        } else {
            theme.title
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{:<label_width$} ", truncate(&force.label, label_width)),
                label_style,
            ),
            Span::styled(number, label_style),
        ]));
        let ratio = briefing
            .ratio_of(force)
            .map_or_else(String::new, |r| format!(" {r:.1}x"));
        let bar_style = if index == 0 {
            theme.bar_baseline
        } else {
            theme.bar_other
        };
        let bar_width = width.saturating_sub(ratio.chars().count());
        lines.push(Line::from(vec![
            Span::styled(bar(force.personnel, largest, bar_width), bar_style),
            Span::styled(ratio, theme.title),
        ]));
        lines.push(Line::styled(
            truncate(&provenance(force), width),
            theme.muted,
        ));
    }
    if let (Some(ratio), [baseline, .., proposed]) = (briefing.ratio(), briefing.forces.as_slice())
    {
        lines.push(Line::from(""));
        let sum = format!(
            "{} / {} = {ratio:.2}",
            thousands(proposed.personnel),
            thousands(baseline.personnel)
        );
        // The sum is the point; the label goes first when space is short.
        let summary = super::wrap::fit(
            &[
                format!("{ratio:.1}x the {}: {sum}", baseline.label),
                format!("{ratio:.1}x: {sum}"),
                sum,
            ],
            width,
        );
        lines.push(Line::styled(summary, theme.title));
    }
    Paragraph::new(lines).render(inner, buf);
}

/// A bar of `value / largest` of `width` cells, in eighths of a cell.
pub fn bar(value: u32, largest: u32, width: usize) -> String {
    let cells = u64::try_from(width).unwrap_or(u64::MAX);
    let eighths =
        (u64::from(value) * cells * 8 + u64::from(largest) / 2) / u64::from(largest.max(1));
    let eighths = usize::try_from(eighths).unwrap_or(0).max(1);
    let mut out = "\u{2588}".repeat(eighths / 8);
    out.push_str(EIGHTHS[eighths % 8]);
    out
}

/// How a figure is known, in words: never a reported figure dressed as stated.
pub fn provenance(force: &Force) -> String {
    let how = match force.basis {
        Basis::Stated => "stated in",
        Basis::Reported => "reported by",
        Basis::Derived => "derived from",
    };
    format!("{} {}", how, force.source.describe())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case(989, 5500, 40, 58)]
    #[case(5500, 5500, 40, 320)]
    #[case(1, 5500, 40, 1)]
    fn bars_are_drawn_to_one_scale_in_eighths(
        #[case] value: u32,
        #[case] largest: u32,
        #[case] width: usize,
        #[case] eighths: usize,
    ) {
        let drawn = bar(value, largest, width);
        let full = drawn.matches('\u{2588}').count();
        let partial = EIGHTHS
            .iter()
            .position(|e| !e.is_empty() && drawn.ends_with(e))
            .unwrap_or(0);
        assert_eq!(full * 8 + partial, eighths, "{drawn:?}");
    }
}
