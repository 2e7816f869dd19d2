//! A briefing as a card: its name and status on an outline, the figure in big digits and the
//! facts in words beside them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{expiry, file_name, next, period_line, source_warning};
use crate::app::App;
use crate::board::Entry;
use crate::countdown::{Countdown, Status};
use crate::theme::Theme;
use crate::ui::countdown::{capitalised, urgency_word};
use crate::ui::wrap::{fit, truncate, wrap};
use crate::ui::{digits, urgency_of};

/// The shortest card with a border: the border, digits of the font's half height (4 rows) and
/// what they count.
pub const BORDERED_CARD_MIN_HEIGHT: u16 = 7;
/// The shortest card: a rule with its name, and 4 rows for the digits and the words.
pub const CARD_MIN_HEIGHT: u16 = 5;

/// What a row's big figure says, and what it counts.
fn headline(countdown: &Countdown) -> (String, &'static str) {
    match countdown.status {
        Status::Active => (countdown.days_remaining.to_string(), "DAYS LEFT"),
        Status::ExpiresToday => ("TODAY".to_owned(), "EXPIRES TODAY"),
        Status::Expired => (
            countdown.days_since_expiry.unwrap_or(0).to_string(),
            "DAYS SINCE THE LAPSE",
        ),
    }
}

/// A card's outline: a box, or when rows are scarce a rule across its top, with the name on
/// the left and the status on the right. Returns the area inside.
fn outline(
    theme: &Theme,
    selected: bool,
    bordered: bool,
    name: Line<'static>,
    status: Line<'static>,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    let style = if selected {
        theme.border_focused
    } else {
        theme.border
    };
    if bordered {
        let block = Block::bordered()
            .border_type(if selected {
                BorderType::Thick
            } else {
                BorderType::Plain
            })
            .border_style(style)
            .title(name)
            .title_top(status.right_aligned());
        let inner = block.inner(area).inner(Margin::new(1, 0));
        block.render(area, buf);
        return inner;
    }
    let [rule_area, inner] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let line = if selected { "\u{2501}" } else { "\u{2500}" };
    let width = usize::from(area.width);
    let fill = width.saturating_sub(name.width() + status.width() + 1);
    let mut spans = vec![Span::styled(line, style)];
    spans.extend(name.spans);
    spans.push(Span::styled(line.repeat(fill), style));
    spans.extend(status.spans);
    Line::from(spans).render(rule_area, buf);
    inner.inner(Margin::new(1, 0))
}

pub fn card(
    app: &App,
    entry: &Entry,
    selected: bool,
    bordered: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = app.theme.theme();
    let marker = if selected { "\u{25b6} " } else { "" };
    let loaded = match &entry.loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            let inner = outline(
                theme,
                selected,
                bordered,
                Line::styled(format!(" {marker}{} ", file_name(&entry.path)), theme.title),
                Line::styled(" CANNOT BE LOADED ", theme.warning_banner),
                area,
                buf,
            );
            let lines: Vec<Line> = error
                .to_string()
                .lines()
                .flat_map(|line| wrap(line, usize::from(inner.width).max(1)))
                .map(|line| Line::styled(line, theme.base))
                .collect();
            Paragraph::new(lines).render(inner, buf);
            return;
        }
    };
    let briefing = &loaded.briefing;
    let mandate = &briefing.mandate;
    let countdown = mandate.deadline.countdown_at(app.now);
    let urgency = urgency_of(briefing.thresholds, &countdown);
    let style = theme.urgency(urgency);
    let inner = outline(
        theme,
        selected,
        bordered,
        Line::from(vec![
            Span::styled(format!(" {marker}{} ", mandate.short_name), theme.title),
            Span::styled(format!("\u{b7} {} ", mandate.name), theme.base),
        ]),
        Line::styled(format!(" {} ", urgency_word(urgency)), style),
        area,
        buf,
    );
    let words_area = big_figure(&countdown, style, inner, buf);
    let width = usize::from(words_area.width);
    let mut lines = vec![
        Line::styled(
            fit(
                &[
                    format!(
                        "{} \u{b7} {}",
                        capitalised(&countdown.sentence()),
                        urgency_word(urgency)
                    ),
                    capitalised(&countdown.sentence()),
                ],
                width,
            ),
            style,
        ),
        Line::styled(expiry(loaded, width), theme.base),
        // One length on every card, so the bars compare at a glance.
        period_line(
            theme,
            loaded,
            app.now,
            width,
            usize::from(inner.width / 4).min(40),
        ),
        Line::styled(next(loaded, app.now, width), theme.base),
    ];
    if let Some(warning) = source_warning(loaded) {
        // Short of rows, the warning matters more than the next milestone.
        if lines.len() >= usize::from(words_area.height) {
            lines.pop();
        }
        lines.push(Line::styled(
            truncate(&warning, width),
            theme.warning_banner,
        ));
    }
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let words_area = words_area.centered_vertically(Constraint::Length(height));
    Paragraph::new(lines).render(words_area, buf);
}

/// The card's figure in digits as big as its left part allows, with what they count beneath
/// when there is room. Returns the area to the right, for the words.
fn big_figure(countdown: &Countdown, style: Style, inner: Rect, buf: &mut Buffer) -> Rect {
    let (figure, caption) = headline(countdown);
    let most_width = inner.width * 2 / 5;
    let (size, caption) = match digits::fit(&figure, most_width, inner.height.saturating_sub(1)) {
        Some(size) => (Some(size), caption),
        None => (digits::fit(&figure, most_width, inner.height), ""),
    };
    let figure_width = size.map_or(0, |fit| fit.width.max(caption_width(caption)));
    let [figure_area, _, words_area] = inner.layout(&Layout::horizontal([
        Constraint::Length(figure_width),
        Constraint::Length(if figure_width > 0 { 3 } else { 0 }),
        Constraint::Fill(1),
    ]));
    if let Some(size) = size {
        let [digits_area, caption_area] = figure_area.layout(
            &Layout::vertical([
                Constraint::Length(size.height),
                Constraint::Length(u16::from(!caption.is_empty())),
            ])
            .flex(Flex::Center),
        );
        let digits_area = digits_area.centered_horizontally(Constraint::Length(size.width));
        digits::render(&figure, size, style, digits_area, buf);
        Line::styled(caption, style)
            .centered()
            .render(caption_area, buf);
    }
    words_area
}

fn caption_width(caption: &str) -> u16 {
    u16::try_from(caption.width()).unwrap_or(u16::MAX)
}
