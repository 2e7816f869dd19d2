//! Presentation mode: one subject per slide, as large as the space allows, with the live clock
//! in a corner and the slide's progress along the bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

mod quote;

use super::wrap::fit;
use super::{countdown, forces, record, timeline};
use crate::app::App;
use crate::countdown::{Countdown, format_clock};
use crate::presentation::{Presentation, Slide};
use crate::theme::ThemeName;

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
    let slide = show.slide();
    record::note(|| record::Drawn::Panel {
        name: format!("{slide:?} slide"),
        inner: body,
    });
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
        .render_around("slide", key, body, buf, |body, buf| match slide {
            Slide::Countdown => countdown::still_body(app, &countdown, body, buf),
            Slide::Forces => {
                forces::slide(app, body, buf);
                Rect::ZERO
            }
            Slide::Quote(index) => {
                if let Some(quote) = app.loaded.briefing.quotes.get(index) {
                    let total = app.loaded.briefing.quotes.len();
                    quote::render(quote, index, total, app.theme.theme(), body, buf);
                }
                Rect::ZERO
            }
            Slide::Timeline => {
                let [title, rest] = body.layout(&Layout::vertical([
                    Constraint::Length(u16::from(body.height >= 8) * 2),
                    Constraint::Fill(1),
                ]));
                Line::styled("Timeline", app.theme.theme().title).render(title, buf);
                timeline::slide(app, &countdown, rest, buf);
                Rect::ZERO
            }
            // A board's own slides are drawn by `ui::board`.
            Slide::Board | Slide::Mandate(_) => Rect::ZERO,
        });
    if slide == Slide::Countdown {
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
