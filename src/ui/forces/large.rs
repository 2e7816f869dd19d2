//! The forces large, for the slide and for a roomy panel: each force's label once, its figure
//! in big glyphs beside a thick bar (all bars to one scale), how the figure is known, and the
//! ratio between them, large.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::App;
use crate::briefing::text::thousands;
use crate::ui::digits::{self, DigitSize, Fit};
use crate::ui::forces;
use crate::ui::lettering::SIZES;
use crate::ui::split;
use crate::ui::wrap::wrap;

/// Columns the bars keep, at the least, beside the figures.
const MIN_BAR_WIDTH: u16 = 12;

/// The words of the slide, wrapped to its width.
struct Texts {
    /// Each force's figure, its label line(s) and how it is known.
    forces: Vec<(String, Vec<String>, Vec<String>)>,
    /// The ratio of the last force to the first, and the sentence that says it.
    ratio: Option<(String, Vec<String>)>,
}

impl Texts {
    fn new(app: &App, width: usize) -> Self {
        let briefing = &app.loaded.briefing;
        let forces = briefing
            .forces
            .iter()
            .map(|force| {
                let ratio = briefing
                    .ratio_of(force)
                    .map_or_else(String::new, |r| format!(" \u{b7} {r:.1}x"));
                let figure = thousands(force.personnel);
                let label = format!("{} \u{b7} {figure} personnel{ratio}", force.label);
                (
                    figure,
                    wrap(&label, width),
                    wrap(&forces::provenance(force), width),
                )
            })
            .collect();
        let ratio = match (briefing.ratio(), briefing.forces.as_slice()) {
            (Some(ratio), [baseline, .., proposed]) => {
                let sentence = format!(
                    "{} is {ratio:.1}x the {} ({} / {} = {ratio:.2})",
                    proposed.label,
                    baseline.label,
                    thousands(proposed.personnel),
                    thousands(baseline.personnel)
                );
                Some((format!("{ratio:.1}x"), wrap(&sentence, width)))
            }
            _ => None,
        };
        Self { forces, ratio }
    }

    /// Rows of plain text in `layout`.
    fn rows(&self, layout: Spacing) -> usize {
        let forces: usize = self
            .forces
            .iter()
            .map(|(_, label, basis)| {
                label.len() + usize::from(layout.bases) * basis.len() + usize::from(layout.blanks)
            })
            .sum();
        forces + self.ratio.as_ref().map_or(0, |(_, words)| words.len())
    }

    fn widest_figure(&self) -> u16 {
        let chars = self
            .forces
            .iter()
            .map(|(figure, _, _)| figure.chars().count());
        u16::try_from(chars.max().unwrap_or(0)).unwrap_or(u16::MAX)
    }
}

/// What the slide makes room for besides the labels and bars.
#[derive(Debug, Clone, Copy)]
struct Spacing {
    /// A blank row after each force.
    blanks: bool,
    /// How each figure is known (on a very small screen, one key away in the dashboard).
    bases: bool,
}

/// The forces laid out for an area: the words, and the size they allow the figures.
pub struct Large {
    texts: Texts,
    size: Option<(DigitSize, u16, u16)>,
    spacing: Spacing,
}

impl Large {
    pub fn new(app: &App, area: Rect) -> Self {
        let texts = Texts::new(app, usize::from(area.width));
        let widest = texts.widest_figure();
        let big_count = u16::try_from(texts.forces.len() + usize::from(texts.ratio.is_some()))
            .unwrap_or(u16::MAX);
        let force_count = u16::try_from(texts.forces.len()).unwrap_or(u16::MAX);
        // The largest glyphs with which everything fits; plain figures on one-row bars
        // otherwise; the spacing, then the bases, give way before the figures do.
        let fits = |glyphs: Option<(u16, u16)>, spacing: Spacing| {
            let (big_width, big_rows) = match glyphs {
                Some((glyph_width, glyph_height)) => (
                    widest.saturating_mul(glyph_width),
                    big_count.saturating_mul(glyph_height),
                ),
                None => (widest, force_count),
            };
            big_width.saturating_add(2 + MIN_BAR_WIDTH) <= area.width
                && usize::from(big_rows) + texts.rows(spacing) <= usize::from(area.height)
        };
        let least = Spacing {
            blanks: false,
            bases: false,
        };
        let (size, spacing) = [(true, true), (false, true), (false, false)]
            .into_iter()
            .map(|(blanks, bases)| Spacing { blanks, bases })
            .find_map(|spacing| {
                let big = SIZES
                    .into_iter()
                    .find(|(_, width, height)| fits(Some((*width, *height)), spacing));
                match big {
                    Some(size) => Some((Some(size), spacing)),
                    None => fits(None, spacing).then_some((None, spacing)),
                }
            })
            .unwrap_or((None, least));
        Self {
            texts,
            size,
            spacing,
        }
    }

    /// Whether everything is shown, the figures in big glyphs.
    pub fn is_whole_and_big(&self) -> bool {
        self.size.is_some() && self.spacing.blanks && self.spacing.bases
    }

    /// Draws into the area it was laid out for; the label of force `selected` marked.
    pub fn render(self, app: &App, area: Rect, buf: &mut Buffer, selected: Option<usize>) {
        let Self {
            texts,
            size,
            spacing,
        } = self;
        render(app, &texts, size, spacing, area, buf, selected);
    }
}

fn render(
    app: &App,
    texts: &Texts,
    size: Option<(DigitSize, u16, u16)>,
    spacing: Spacing,
    area: Rect,
    buf: &mut Buffer,
    selected: Option<usize>,
) {
    let theme = app.theme.theme();
    let widest = texts.widest_figure();
    let bar_rows = size.map_or(1, |(_, _, glyph_height)| glyph_height);
    let figure_column = size.map_or(widest + 1, |(_, glyph_width, _)| widest * glyph_width + 2);
    let count_rows = |lines: &Vec<String>| u16::try_from(lines.len()).unwrap_or(u16::MAX);

    let mut rows = Vec::new();
    for (_, label, basis) in &texts.forces {
        rows.extend([
            Constraint::Length(count_rows(label)),
            Constraint::Length(bar_rows),
            Constraint::Length(count_rows(basis) * u16::from(spacing.bases)),
            Constraint::Length(u16::from(spacing.blanks)),
        ]);
    }
    if let Some((_, words)) = &texts.ratio {
        rows.push(Constraint::Length(size.map_or(0, |(_, _, h)| h)));
        rows.push(Constraint::Length(count_rows(words)));
    }
    let areas = split::rows_vec(area, &rows, Flex::Center);
    let briefing = &app.loaded.briefing;
    let largest = briefing.largest_force();
    for (index, ((figure, label, basis), force)) in
        texts.forces.iter().zip(&briefing.forces).enumerate()
    {
        let [label_area, bar_area, basis_area, _] =
            [0, 1, 2, 3].map(|offset| areas[index * 4 + offset]);
        let label_style = if selected == Some(index) {
            theme.selected
        } else {
            theme.title
        };
        lines(label, label_style).render(label_area, buf);
        let [figure_area, bar_area] = split::columns(
            bar_area,
            [Constraint::Length(figure_column), Constraint::Fill(1)],
        );
        big_or_plain(figure, size, theme.title, figure_area, buf);
        let bar_style = if index == 0 {
            theme.bar_baseline
        } else {
            theme.bar_other
        };
        let bar = forces::bar(force.personnel, largest, usize::from(bar_area.width));
        for row in bar_area.rows() {
            Span::styled(bar.clone(), bar_style).render(row, buf);
        }
        lines(basis, theme.muted).render(basis_area, buf);
    }
    if let Some((figure, words)) = &texts.ratio {
        let first = texts.forces.len() * 4;
        let (figure_area, words_area) = (areas[first], areas[first + 1]);
        if let Some((size, glyph_width, glyph_height)) = size {
            let chars = u16::try_from(figure.chars().count()).unwrap_or(u16::MAX);
            let fit = Fit {
                size,
                width: chars.saturating_mul(glyph_width),
                height: glyph_height,
            };
            let figure_area = split::centre_horizontally(figure_area, fit.width);
            digits::render(figure, fit, theme.bar_other, figure_area, buf);
        }
        Paragraph::new(
            words
                .iter()
                .map(|line| Line::styled(line.clone(), theme.title).centered())
                .collect::<Vec<_>>(),
        )
        .render(words_area, buf);
    }
}

/// `figure` right-aligned in `area` with a gap after it, so the digits of every figure line up
/// and the bars start together: in big glyphs at `size`, or in plain text.
fn big_or_plain(
    figure: &str,
    size: Option<(DigitSize, u16, u16)>,
    style: Style,
    area: Rect,
    buf: &mut Buffer,
) {
    let chars = u16::try_from(figure.chars().count()).unwrap_or(u16::MAX);
    let (width, gap) = size.map_or((chars, 1), |(_, glyph_width, _)| {
        (chars.saturating_mul(glyph_width), 2)
    });
    let [_, area, _] = split::columns(
        area,
        [
            Constraint::Fill(1),
            Constraint::Length(width),
            Constraint::Length(gap),
        ],
    );
    match size {
        Some((size, _, height)) => {
            let fit = Fit {
                size,
                width,
                height,
            };
            digits::render(figure, fit, style, area, buf);
        }
        None => Line::styled(figure.to_owned(), style).render(area, buf),
    }
}

fn lines(lines: &[String], style: Style) -> Paragraph<'static> {
    Paragraph::new(
        lines
            .iter()
            .map(|line| Line::styled(line.clone(), style))
            .collect::<Vec<_>>(),
    )
}
