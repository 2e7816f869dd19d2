//! The forces panel: one bar per force, all to one scale, each with its number, its ratio to the
//! baseline and how the figure is known, wrapped rather than cut while the panel has rows.

mod large;

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use self::large::Large;
use super::text;
use super::wrap::{truncate, wrap};
use crate::app::{App, Panel};
use crate::briefing::text::thousands;
use crate::briefing::{Basis, Force, NO_FORCES};

/// Eighth blocks, so a bar's length is exact to an eighth of a cell.
pub const EIGHTHS: [&str; 8] = [
    "", "\u{258f}", "\u{258e}", "\u{258d}", "\u{258c}", "\u{258b}", "\u{258a}", "\u{2589}",
];

/// The rows the panel would like at `width`: every line whole, with a blank before the sum.
/// Counted without drawing, as the layout asks for it on every frame.
pub fn rows(app: &App, width: u16) -> u16 {
    let width = usize::from(inner_width(width));
    let briefing = &app.loaded.briefing;
    if briefing.forces.is_empty() {
        let said = wrap(NO_FORCES, width).len().max(1);
        return u16::try_from(said).unwrap_or(u16::MAX).saturating_add(2);
    }
    let forces: usize = briefing
        .forces
        .iter()
        .map(|force| {
            let number = thousands(force.personnel).width() + 1;
            let label = wrap(&force.label, width.saturating_sub(number))
                .len()
                .max(1);
            label + 1 + wrap(&provenance(force), width).len()
        })
        .sum();
    let sum = if briefing.ratio().is_some() && briefing.forces.len() > 1 {
        2
    } else {
        0
    };
    u16::try_from(forces + sum)
        .unwrap_or(u16::MAX)
        .saturating_add(2)
}

/// Text width inside the border and a column of margin each side.
const fn inner_width(width: u16) -> u16 {
    width.saturating_sub(4)
}

/// The forces panel: large, as on the slide, when it has the room for everything that way.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let inner = super::frame(app, "Forces", Some(Panel::Forces), area, buf);
    let inner = inner.inner(Margin::new(1, 0));
    if app.loaded.briefing.forces.is_empty() {
        // Said in words: an empty panel would read as a force of nobody.
        let theme = app.theme.theme();
        let lines: Vec<Line> = wrap(NO_FORCES, usize::from(inner.width))
            .into_iter()
            .map(|line| Line::styled(line, theme.muted))
            .collect();
        text::lines(&lines, inner, buf);
        return;
    }
    let large = Large::new(app, inner);
    if large.is_whole_and_big() {
        // The selection only shows while the panel has the focus, as Enter acts on it then.
        let selected = (app.focus == Panel::Forces).then_some(app.selected_force);
        large.render(app, inner, buf, selected);
        return;
    }
    let lines = lines(app, usize::from(inner.width), usize::from(inner.height));
    text::lines(&lines, inner, buf);
}

/// The forces filling a slide.
pub fn slide(app: &App, area: Rect, buf: &mut Buffer) {
    Large::new(app, area).render(app, area, buf, None);
}

/// The panel's lines for `width` x `rows`: each force's label and number, its bar with the
/// ratio, and how the figure is known, wrapped; then the sum. When rows are short the blank
/// line goes first, then the sum (the ratio is on the bars), and only then is each figure's
/// basis cut to a line.
fn lines(app: &App, width: usize, rows: usize) -> Vec<Line<'static>> {
    let theme = app.theme.theme();
    let briefing = &app.loaded.briefing;
    let largest = briefing.largest_force();
    let focused = app.focus == Panel::Forces;
    let mut forces = Vec::new();
    for (index, force) in briefing.forces.iter().enumerate() {
        // The selection only shows while the panel has the focus, as Enter acts on it then.
        let label_style = if focused && index == app.selected_force {
            theme.selected
        } else {
            theme.title
        };
        let mut lines = label_lines(
            &force.label,
            &thousands(force.personnel),
            width,
            label_style,
        );
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
        forces.push((lines, provenance(force)));
    }
    let summary = if let (Some(ratio), [baseline, .., proposed]) =
        (briefing.ratio(), briefing.forces.as_slice())
    {
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
        Some(Line::styled(summary, theme.title))
    } else {
        None
    };
    let heads: usize = forces.iter().map(|(head, _)| head.len()).sum();
    let wrapped: Vec<Vec<String>> = forces.iter().map(|(_, basis)| wrap(basis, width)).collect();
    let whole: usize = heads + wrapped.iter().map(Vec::len).sum::<usize>();
    // Everything, then without the blank line, then without the sum (the ratio is on the bars),
    // then each basis in the rows left, cut where it must be.
    let (blank, summary) = match summary {
        Some(summary) if whole + 2 <= rows => (true, Some(summary)),
        Some(summary) if whole < rows => (false, Some(summary)),
        _ => (false, None),
    };
    let budgets = share(
        &wrapped.iter().map(Vec::len).collect::<Vec<_>>(),
        rows.saturating_sub(heads),
    );
    let mut lines = Vec::new();
    for ((head, _), (whole_basis, budget)) in forces.iter().zip(wrapped.into_iter().zip(budgets)) {
        lines.extend(head.iter().cloned());
        let cut = whole_basis.len() > budget;
        let mut basis: Vec<String> = whole_basis.into_iter().take(budget).collect();
        if cut && let Some(last) = basis.last_mut() {
            *last = truncate(&format!("{last} \u{2026}"), width);
        }
        lines.extend(
            basis
                .into_iter()
                .map(|line| Line::styled(line, theme.muted)),
        );
    }
    if let Some(summary) = summary {
        if blank {
            lines.push(Line::from(""));
        }
        lines.push(summary);
    }
    lines
}

/// How many of its lines each text gets when together they have `rows`: all of them while
/// they fit, else an even share, the rows a short text leaves going to the longer ones.
fn share(lengths: &[usize], rows: usize) -> Vec<usize> {
    if lengths.iter().sum::<usize>() <= rows {
        return lengths.to_vec();
    }
    let mut budgets = vec![0; lengths.len()];
    let mut left = rows;
    let mut open: Vec<usize> = (0..lengths.len()).collect();
    while !open.is_empty() {
        let each = left / open.len();
        let (short, long): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|index| lengths[**index] <= each);
        if short.is_empty() {
            // Every remaining text is cut: share the rows evenly, the first ones taking the
            // remainder.
            for (position, index) in long.iter().enumerate() {
                budgets[*index] = each + usize::from(position < left % long.len());
            }
            break;
        }
        for index in short {
            budgets[index] = lengths[index];
            left -= lengths[index];
        }
        open = long;
    }
    budgets
}

/// The label on the left and the number on the right of one line; a label too long for that
/// is wrapped, the number on its last line.
fn label_lines(label: &str, number: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    let number_width = number.width() + 1;
    let mut labels = wrap(label, width.saturating_sub(number_width));
    let last = labels.pop().unwrap_or_default();
    let mut lines: Vec<Line<'static>> = labels
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect();
    let pad = width.saturating_sub(last.width() + number_width);
    lines.push(Line::from(vec![
        Span::styled(format!("{last}{} ", " ".repeat(pad)), style),
        Span::styled(number.to_owned(), style),
    ]));
    lines
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
    fn counts_the_rows_it_draws(#[values(20, 40, 58, 120)] width: u16) {
        let wall = chrono::Utc::now();
        let app = App::new(
            crate::briefing::load_built_in().unwrap(),
            crate::clock::ReplayClock::REAL,
            crate::theme::ThemeName::Dark,
            wall,
        );
        let drawn = lines(&app, usize::from(inner_width(width)), usize::MAX).len();
        assert_eq!(usize::from(rows(&app, width)), drawn + 2);
    }

    #[rstest]
    #[case::all_fit(&[2, 1], 4, &[2, 1])]
    #[case::even_cut(&[3, 3], 4, &[2, 2])]
    #[case::short_one_keeps_its_lines(&[1, 5], 4, &[1, 3])]
    #[case::remainder_to_the_first(&[4, 4, 4], 7, &[3, 2, 2])]
    #[case::no_rows(&[2, 2], 0, &[0, 0])]
    fn shares_rows_between_texts(
        #[case] lengths: &[usize],
        #[case] rows: usize,
        #[case] expected: &[usize],
    ) {
        let budgets = share(lengths, rows);
        assert_eq!(budgets, expected);
        assert!(budgets.iter().sum::<usize>() <= rows.max(lengths.iter().sum()));
    }

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
