//! Presentation mode: one subject per slide, as large as the space allows, with the live clock
//! in a corner and the slide's progress along the bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Margin, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::wrap::{fit, truncate, wrap};
use super::{countdown, digits, forces, timeline};
use crate::app::App;
use crate::briefing::Quote;
use crate::briefing::text::thousands;
use crate::countdown::{Countdown, format_clock};
use crate::presentation::{Presentation, Slide};
use crate::theme::{Theme, ThemeName};

pub fn render(app: &App, show: &Presentation, area: Rect, buf: &mut Buffer) {
    if show.blank {
        blank(app, area, buf);
        return;
    }
    let countdown = app.countdown();
    let [header_area, body, status_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    super::cached_header(app, header_area, buf);
    let body = body.inner(Margin::new(2, 1));
    // A slide is kept until the slide, the briefing, the theme or the day changes; the
    // countdown's clock line and the status line are drawn again every second.
    let key = (
        app.theme,
        app.loaded.revision,
        show.current,
        super::day_of(&countdown),
    );
    let clock_area = app
        .panels
        .render_around("slide", key, body, buf, |body, buf| {
            slide_body(app, show, &countdown, body, buf)
        });
    if show.slide() == Slide::Countdown {
        super::cached_clock_line(app, &countdown, clock_area, buf);
    }
    let status_key = (
        app.theme,
        app.loaded.revision,
        show.current,
        show.paused,
        show.progress(app.wall).map(f64::to_bits),
        app.now.timestamp(),
    );
    app.panels
        .render("slide status", status_key, status_area, buf, |area, buf| {
            status_line(app, show, &countdown, area, buf);
        });
}

/// The slide itself; on the countdown slide, where its clock line goes.
fn slide_body(
    app: &App,
    show: &Presentation,
    countdown: &Countdown,
    body: Rect,
    buf: &mut Buffer,
) -> Rect {
    match show.slide() {
        Slide::Countdown => {
            let theme = app.theme.theme();
            return countdown::all_but_the_clock(theme, &app.loaded.briefing, countdown, body, buf);
        }
        Slide::Forces => forces_slide(app, body, buf),
        Slide::Quote(index) => {
            if let Some(quote) = app.loaded.briefing.quotes.get(index) {
                let total = app.loaded.briefing.quotes.len();
                quote_slide(quote, index, total, app.theme.theme(), body, buf);
            }
        }
        // A board's own slides are drawn by `ui::board`.
        Slide::Board | Slide::Mandate(_) => {}
        Slide::Timeline => {
            let (lines, now) = timeline::lines(app, countdown, usize::from(body.width));
            let [title, list] = body.layout(&Layout::vertical([
                Constraint::Length(2),
                Constraint::Fill(1),
            ]));
            Line::styled("Timeline", app.theme.theme().title).render(title, buf);
            // Keep the "now" marker in view when the list is longer than the screen.
            let scroll = (now + 1).saturating_sub(usize::from(list.height));
            Paragraph::new(lines)
                .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
                .render(list, buf);
        }
    }
    Rect::ZERO
}

/// A blanked screen: black in every theme but mono, which has no colours to set.
pub fn blank(app: &App, area: Rect, buf: &mut Buffer) {
    let style = match app.theme {
        ThemeName::Mono => Style::new(),
        _ => Style::new().bg(Color::Black).fg(Color::Black),
    };
    buf.set_style(area, style);
    for position in area.positions() {
        buf[position].set_symbol(" ");
    }
}

/// Slide number, progress, pause state and, away from the countdown slide, the live clock.
pub fn status_line(
    app: &App,
    show: &Presentation,
    countdown: &Countdown,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = app.theme.theme();
    let mut left = vec![Span::styled(
        format!(" {}/{} ", show.current + 1, show.slides.len()),
        theme.key,
    )];
    if let Some(progress) = show.progress(app.wall) {
        let cells: u8 = 16;
        // The fraction is between 0 and 1, so the product fits in a u8.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let done = ((progress * f64::from(cells)).round() as u8).min(cells);
        let (done, cells) = (usize::from(done), usize::from(cells));
        left.push(Span::styled("\u{2501}".repeat(done), theme.key));
        left.push(Span::styled("\u{2500}".repeat(cells - done), theme.muted));
    }
    left.push(Span::styled(
        if show.paused {
            "  PAUSED (. to resume)"
        } else {
            ""
        },
        theme.warning,
    ));
    let left = Line::from(left);
    let room = usize::from(area.width).saturating_sub(left.width() + 1);
    // A countdown slide shows the clock big; a board's slides are about other briefings.
    let clock = if matches!(
        show.slide(),
        Slide::Countdown | Slide::Board | Slide::Mandate(_)
    ) {
        String::new()
    } else {
        let figure = format_clock(countdown.until_lapse);
        fit(
            &[
                format!("{} \u{b7} {figure} ", countdown.sentence()),
                format!("{figure} "),
                String::new(),
            ],
            room,
        )
    };
    let right = Line::styled(clock, theme.title).right_aligned();
    let right_width = u16::try_from(right.width()).unwrap_or(u16::MAX);
    let [left_area, right_area] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ]));
    left.render(left_area, buf);
    right.render(right_area, buf);
}

fn forces_slide(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let briefing = &app.loaded.briefing;
    let width = usize::from(area.width);
    let largest = briefing.largest_force();
    let count = u16::try_from(briefing.forces.len())
        .unwrap_or(u16::MAX)
        .max(1);
    // Each force takes a label, a bar and its provenance; the ratio gets the rest.
    let bar_rows = (area.height / 3 / count).saturating_sub(2).clamp(1, 4);
    let mut rows = Vec::new();
    for _ in &briefing.forces {
        rows.extend([
            Constraint::Length(1),
            Constraint::Length(bar_rows),
            Constraint::Length(2),
        ]);
    }
    rows.push(Constraint::Fill(1));
    let areas = area.layout_vec(&Layout::vertical(rows));
    for (index, force) in briefing.forces.iter().enumerate() {
        let [label_area, bar_area, provenance_area] =
            [areas[index * 3], areas[index * 3 + 1], areas[index * 3 + 2]];
        let number = format!("{} personnel", thousands(force.personnel));
        let label_width = width.saturating_sub(number.width() + 2);
        Line::from(vec![
            Span::styled(
                format!("{:<label_width$}  ", truncate(&force.label, label_width)),
                theme.title,
            ),
            Span::styled(number, theme.title),
        ])
        .render(label_area, buf);
        let ratio = briefing
            .ratio_of(force)
            .map_or_else(String::new, |r| format!(" {r:.1}x"));
        let bar = forces::bar(
            force.personnel,
            largest,
            width.saturating_sub(ratio.width()),
        );
        let style = if index == 0 {
            theme.bar_baseline
        } else {
            theme.bar_other
        };
        for row in bar_area.rows() {
            Line::from(vec![
                Span::styled(bar.clone(), style),
                Span::styled(ratio.clone(), theme.title),
            ])
            .render(row, buf);
        }
        Line::styled(truncate(&forces::provenance(force), width), theme.muted)
            .render(provenance_area, buf);
    }
    let ratio_area = areas[areas.len() - 1];
    if let (Some(ratio), [baseline, .., proposed]) = (briefing.ratio(), briefing.forces.as_slice())
    {
        let figure = format!("{ratio:.1}x");
        let words = fit(
            &[
                format!(
                    "{} is {figure} the {} ({} / {} = {ratio:.2})",
                    proposed.label,
                    baseline.label,
                    thousands(proposed.personnel),
                    thousands(baseline.personnel)
                ),
                format!("{figure} the {}", baseline.label),
            ],
            width,
        );
        let size = digits::fit(
            &figure,
            ratio_area.width,
            ratio_area.height.saturating_sub(1),
        );
        let [digits_area, words_area] = ratio_area.layout(
            &Layout::vertical([
                Constraint::Length(size.map_or(0, |f| f.height)),
                Constraint::Length(1),
            ])
            .flex(Flex::Center),
        );
        if let Some(size) = size {
            let digits_area = digits_area.centered_horizontally(Constraint::Length(size.width));
            digits::render(&figure, size, theme.bar_other, digits_area, buf);
        }
        Line::styled(words, theme.title)
            .centered()
            .render(words_area, buf);
    }
}

fn quote_slide(
    quote: &Quote,
    index: usize,
    total: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    let surname = quote.speaker.rsplit(' ').next().unwrap_or(&quote.speaker);
    let name = [quote.speaker.as_str(), surname]
        .into_iter()
        .find_map(|name| digits::fit(name, area.width, area.height / 3).map(|fit| (name, fit)));
    let attribution = fit(
        &[
            format!(
                "{}, {} \u{b7} {}",
                quote.speaker,
                quote.role,
                quote.date.format("%A %-d %B %Y")
            ),
            format!(
                "{}, {} \u{b7} {}",
                quote.speaker,
                quote.role,
                quote.date.format("%-d %b %Y")
            ),
            format!(
                "{} \u{b7} {}",
                quote.speaker,
                quote.date.format("%-d %b %Y")
            ),
        ],
        width,
    );
    let text = wrap(
        &format!("\u{201c}{}\u{201d}", quote.text.value),
        width.saturating_sub(4).max(1),
    );
    let text_rows = u16::try_from(text.len()).unwrap_or(u16::MAX);
    let [name_area, attribution_area, _, text_area, _, source_area] = area.layout(
        &Layout::vertical([
            Constraint::Length(name.map_or(0, |(_, fit)| fit.height)),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(text_rows),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .flex(Flex::Center),
    );
    if let Some((name, fit)) = name {
        let name_area = name_area.centered_horizontally(Constraint::Length(fit.width));
        digits::render(name, fit, theme.calm, name_area, buf);
    }
    Line::styled(attribution, theme.title)
        .centered()
        .render(attribution_area, buf);
    Paragraph::new(
        text.into_iter()
            .map(|line| Line::styled(line, theme.title).centered())
            .collect::<Vec<_>>(),
    )
    .render(text_area, buf);
    Line::styled(
        truncate(
            &format!(
                "Quote {} of {total} \u{b7} Source: {}",
                index + 1,
                quote.source_name()
            ),
            width,
        ),
        theme.muted,
    )
    .centered()
    .render(source_area, buf);
}
