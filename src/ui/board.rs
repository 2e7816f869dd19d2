//! The board: every briefing on one screen, soonest lapse first. A row gives the mandate, its
//! expiry, the days left (or since the lapse), the status in words and urgency colours, how
//! much of the mandate period has run and the next milestone. Tall rows are cards with big
//! digits; short of height, rows become one line each, the list scrolls to keep the selection
//! in view, and the selected briefing's details sit beneath it.

use chrono::{DateTime, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget,
    Widget,
};
use unicode_width::UnicodeWidthStr;

use super::countdown::{capitalised, urgency_word};
use super::forces::EIGHTHS;
use super::wrap::{fit, truncate, wrap};
use super::{digits, footer, header, slides, urgency_of};
use crate::app::{App, Mode};
use crate::board::{self, Board, Entry};
use crate::briefing::{LoadError, Loaded, Origin};
use crate::countdown::{Countdown, Status};
use crate::presentation::{Presentation, Slide};
use crate::theme::Theme;

/// The shortest card with a border: the border, digits of the font's half height (4 rows) and
/// what they count.
const BORDERED_CARD_MIN_HEIGHT: u16 = 7;
/// The shortest card: a rule with its name, and 4 rows for the digits and the words.
const CARD_MIN_HEIGHT: u16 = 5;
/// Rows under the one-line list that give the selected briefing in full.
const DETAILS_HEIGHT: u16 = 4;
/// The list needs this many rows, besides the details, before the details are shown.
const LIST_MIN_HEIGHT: u16 = 4;

/// Whether the board (or a board's presentation) is on screen rather than one briefing.
pub fn on_screen(app: &App) -> bool {
    match &app.mode {
        Mode::Board => true,
        Mode::Presenting(show) => show.is_board(),
        Mode::Dashboard => false,
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(board) = &app.board else { return };
    let [header_area, body, footer_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    heading(app, board, header_area, buf);
    rows(app, board, body, buf);
    footer::render(app, footer_area, buf);
}

/// A board's presentation: the board itself, then each briefing's countdown, full screen.
pub fn present(app: &App, show: &Presentation, area: Rect, buf: &mut Buffer) {
    let Some(board) = &app.board else { return };
    if show.blank {
        slides::blank(app, area, buf);
        return;
    }
    let [header_area, body, status_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    heading(app, board, header_area, buf);
    match show.slide() {
        Slide::Mandate(index) => {
            if let Some(loaded) = board.loaded(app.now).get(index) {
                mandate_slide(app, loaded, body.inner(Margin::new(2, 1)), buf);
            }
        }
        _ => rows(app, board, body, buf),
    }
    slides::status_line(app, show, &app.countdown(), status_area, buf);
}

/// One briefing's countdown as its slide shows it, under its name.
fn mandate_slide(app: &App, loaded: &Loaded, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let briefing = &loaded.briefing;
    let countdown = briefing.mandate.deadline.countdown_at(app.now);
    let warning = source_warning(loaded);
    let [title_area, body, warning_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::from(warning.is_some())),
    ]));
    let width = usize::from(area.width);
    let mandate = &briefing.mandate;
    Line::styled(
        fit(
            &[
                format!("{} \u{b7} {}", mandate.short_name, mandate.name),
                mandate.short_name.clone(),
            ],
            width,
        ),
        theme.title,
    )
    .centered()
    .render(title_area, buf);
    super::countdown::body_of(theme, briefing, &countdown, body, buf);
    if let Some(warning) = warning {
        Line::styled(truncate(&warning, width), theme.warning_banner).render(warning_area, buf);
    }
}

/// The top line: what the board holds, and which instant is on screen (in UTC, as the rows
/// are in several zones).
fn heading(app: &App, board: &Board, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let failing = match board.failing() {
        0 => String::new(),
        n => format!(" \u{b7} {n} failing"),
    };
    let title = format!(
        " Mandate board \u{b7} {}{failing}",
        plural(board.entries.len(), "briefing")
    );
    let (badge, badge_style) = header::badge(app);
    let badge = format!(" {badge} ");
    let width = usize::from(area.width);
    let times = [
        app.now.format(" %a %-d %b %Y %H:%M:%S UTC ").to_string(),
        app.now.format(" %-d %b %Y %H:%M UTC ").to_string(),
        app.now.format(" %-d %b %Y ").to_string(),
    ];
    let time = times
        .iter()
        .find(|time| title.width() + time.width() + badge.width() <= width)
        .unwrap_or(&times[times.len() - 1]);
    let right = Line::from(vec![
        Span::styled(time.clone(), theme.title),
        Span::styled(badge, badge_style),
    ]);
    let right_width = u16::try_from(right.width())
        .unwrap_or(u16::MAX)
        .min(area.width);
    let [left_area, right_area] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ]));
    Line::styled(truncate(&title, usize::from(left_area.width)), theme.title)
        .render(left_area, buf);
    right.render(right_area, buf);
}

fn rows(app: &App, board: &Board, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let entries = board.rows(app.now);
    if entries.is_empty() {
        let middle = area.centered_vertically(Constraint::Length(1));
        Line::styled(
            truncate(
                "No briefings yet: add a *.toml briefing to the folder",
                usize::from(area.width),
            ),
            theme.muted,
        )
        .centered()
        .render(middle, buf);
        return;
    }
    let selected = app
        .selected_briefing
        .as_deref()
        .and_then(|path| entries.iter().position(|entry| entry.path == path));
    let count = u16::try_from(entries.len()).unwrap_or(u16::MAX);
    let each = area.height / count;
    if each >= CARD_MIN_HEIGHT {
        // Cards of one height, so the digits are one size down the board.
        let areas = area.layout_vec(&Layout::vertical(vec![
            Constraint::Length(each);
            entries.len()
        ]));
        let bordered = each >= BORDERED_CARD_MIN_HEIGHT;
        for (index, (entry, card_area)) in entries.iter().zip(areas).enumerate() {
            card(
                app,
                entry,
                selected == Some(index),
                bordered,
                card_area,
                buf,
            );
        }
    } else {
        list(app, &entries, selected, area, buf);
    }
}

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

fn card(app: &App, entry: &Entry, selected: bool, bordered: bool, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let marker = if selected { "\u{25b6} " } else { "" };
    let loaded = match &entry.loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            let inner = outline(
                theme,
                selected,
                bordered,
                Line::styled(format!(" {marker}{} ", file_name(entry)), theme.title),
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

/// The expiry date, time and zone, as much as fits.
fn expiry(loaded: &Loaded, width: usize) -> String {
    let deadline = loaded.briefing.mandate.deadline;
    let when = deadline.lapse_time.map_or_else(
        || "end of day".to_owned(),
        |time| time.format("%H:%M").to_string(),
    );
    let date = deadline.expires.format("%a %-d %b %Y");
    fit(
        &[
            format!("Expiry {date}, {when} ({})", deadline.timezone),
            format!("Expiry {date} ({})", deadline.timezone),
            format!("Expiry {date}"),
            deadline.expires.to_string(),
        ],
        width,
    )
}

/// The next milestone, or that none is ahead.
fn next(loaded: &Loaded, now: DateTime<Utc>, width: usize) -> String {
    let briefing = &loaded.briefing;
    let Some(milestone) = board::next_milestone(briefing, now) else {
        return truncate("No milestone ahead", width);
    };
    let today = briefing.mandate.deadline.countdown_at(now).today;
    let when = if milestone.date == today {
        "today".to_owned()
    } else {
        milestone.date.format("%a %-d %b %Y").to_string()
    };
    truncate(&format!("Next: {when}, {}", milestone.label), width)
}

/// A bar of how much of the mandate period has run, `bar_width` cells long, with the share in
/// words, in `width` cells.
fn period_line(
    theme: &Theme,
    loaded: &Loaded,
    now: DateTime<Utc>,
    width: usize,
    bar_width: usize,
) -> Line<'static> {
    let briefing = &loaded.briefing;
    let (Some(run), Some(start)) = (
        board::period_run(briefing, now),
        board::period_start(briefing),
    ) else {
        return Line::styled(
            truncate("Period: no start date or milestone to measure from", width),
            theme.muted,
        );
    };
    let percent = percent(run);
    let bar_width = bar_width.min(width.saturating_sub(2));
    let words = fit(
        &[
            format!(
                " {percent}% of the period run (from {})",
                start.format("%-d %b %Y")
            ),
            format!(" {percent}% of the period run"),
            format!(" {percent}% run"),
            format!(" {percent}%"),
        ],
        width.saturating_sub(bar_width + 2),
    );
    let (done, left) = bar(run, bar_width);
    Line::from(vec![
        Span::styled(done, theme.bar_baseline),
        Span::styled(left, theme.muted),
        Span::styled(words, theme.base),
    ])
}

/// The share run, in whole percent rounded down, so 100% means the period is over.
fn percent(run: f64) -> u8 {
    // Between 0 and 1, so the product fits in a u8.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let percent = (run * 100.0).floor().clamp(0.0, 100.0) as u8;
    percent
}

/// `width` cells: the part run in eighths of a cell, and the part still to run as a light track.
fn bar(run: f64, width: usize) -> (String, String) {
    let cells = u32::try_from(width).unwrap_or(u32::MAX);
    // Between 0 and 8 x width, which fits in a u32.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let eighths = (run.clamp(0.0, 1.0) * f64::from(cells * 8)).round() as u32;
    let full = usize::try_from(eighths / 8).unwrap_or(0);
    let mut done = "\u{2588}".repeat(full);
    let part = EIGHTHS[usize::try_from(eighths % 8).unwrap_or(0)];
    done.push_str(part);
    let used = full + usize::from(!part.is_empty());
    (done, "\u{2591}".repeat(width.saturating_sub(used)))
}

/// The warning for a briefing that its sources contradict, where and what first, as the end
/// is what gets cut.
fn source_warning(loaded: &Loaded) -> Option<String> {
    let first = loaded.source_problems.first()?;
    let file = match &loaded.origin {
        Origin::File(path) => path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        ),
        Origin::BuiltIn => loaded.origin.to_string(),
    };
    Some(format!(
        "\u{26a0} {}: {file}:{} (run `mandate-countdown check`)",
        plural(loaded.source_problems.len(), "source problem"),
        first.to_string().lines().next().unwrap_or_default()
    ))
}

fn file_name(entry: &Entry) -> String {
    entry.path.file_name().map_or_else(
        || entry.path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

fn file_stem(entry: &Entry) -> String {
    entry
        .path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Where a file failed, first problem first: `delta.toml:10:12: unknown time zone ...`.
fn first_error(entry: &Entry, error: &LoadError) -> String {
    match error {
        LoadError::Invalid { problems, .. } => {
            let more = match problems.len() {
                0 | 1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            format!("{}:{first}{more}", file_name(entry))
        }
        LoadError::Read { source, .. } => format!("{}: cannot read it: {source}", file_name(entry)),
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// `text` cut or padded to exactly `width` cells.
fn cell(text: &str, width: usize) -> String {
    let text = truncate(text, width);
    let pad = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(pad))
}

/// How wide each column of the one-line rows is; 0 leaves a column out.
struct Columns {
    name: usize,
    status: usize,
    word: usize,
    date: usize,
    period: usize,
    next: usize,
}

impl Columns {
    /// The name and status always; then the urgency word, the expiry date, the period and the
    /// next milestone while they fit.
    fn fitting(width: usize, entries: &[&Entry], now: DateTime<Utc>) -> Self {
        let name = entries
            .iter()
            .map(|entry| match &entry.loaded {
                Ok(loaded) => loaded.briefing.mandate.short_name.width(),
                Err(_) => file_stem(entry).width(),
            })
            .max()
            .unwrap_or(0)
            .clamp(4, 14);
        let status = entries
            .iter()
            .map(|entry| match &entry.loaded {
                Ok(loaded) => loaded
                    .briefing
                    .mandate
                    .deadline
                    .countdown_at(now)
                    .sentence()
                    .width(),
                Err(_) => "CANNOT BE LOADED".width(),
            })
            .max()
            .unwrap_or(0)
            .min(24);
        let mut left = width.saturating_sub(2 + name + 1 + status);
        let mut take = |want: usize| {
            if left > want {
                left -= want + 1;
                want
            } else {
                0
            }
        };
        let word = take(8);
        let date = take(11);
        let period = take(15);
        let next = if left > 12 { left - 1 } else { 0 };
        Self {
            name,
            status,
            word,
            date,
            period,
            next,
        }
    }
}

/// One line per briefing, scrolled to keep the selection in view, with its details below.
fn list(app: &App, entries: &[&Entry], selected: Option<usize>, area: Rect, buf: &mut Buffer) {
    let theme = app.theme.theme();
    let details = if area.height >= LIST_MIN_HEIGHT + DETAILS_HEIGHT {
        DETAILS_HEIGHT
    } else {
        0
    };
    let room = area.height.saturating_sub(details);
    let rows = u16::try_from(entries.len()).unwrap_or(u16::MAX).min(room);
    let [list_area, _, details_area] = area.layout(&Layout::vertical([
        Constraint::Length(rows),
        Constraint::Length(u16::from(room > rows)),
        Constraint::Length(details),
    ]));
    let visible = usize::from(list_area.height);
    let scrolling = entries.len() > visible;
    let [rows_area, bar_area] = list_area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(u16::from(scrolling)),
    ]));
    let selected_row = selected.unwrap_or(0);
    // Stateless scrolling: the selection sits mid-list wherever the list allows.
    let offset = selected_row
        .saturating_sub(visible / 2)
        .min(entries.len().saturating_sub(visible));
    let columns = Columns::fitting(usize::from(rows_area.width), entries, app.now);
    let lines: Vec<Line> = entries
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(index, entry)| line(app, entry, selected == Some(index), &columns))
        .collect();
    Paragraph::new(lines).render(rows_area, buf);
    if scrolling {
        let mut state = ScrollbarState::new(entries.len().saturating_sub(visible))
            .position(offset)
            .viewport_content_length(visible);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .style(theme.border)
            .render(bar_area, buf, &mut state);
    }
    if let Some(entry) = selected.and_then(|index| entries.get(index)) {
        selected_details(app, entry, details_area, buf);
    }
}

fn line(app: &App, entry: &Entry, selected: bool, columns: &Columns) -> Line<'static> {
    let theme = app.theme.theme();
    let (marker, name_style) = if selected {
        ("\u{25b6} ", theme.selected)
    } else {
        ("  ", theme.title)
    };
    let mut spans = vec![Span::styled(marker, theme.key)];
    let loaded = match &entry.loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            spans.push(Span::styled(
                cell(&file_stem(entry), columns.name),
                name_style,
            ));
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                cell("CANNOT BE LOADED", columns.status),
                theme.warning_banner,
            ));
            spans.push(Span::raw(" "));
            spans.push(Span::styled(first_error(entry, error), theme.base));
            return Line::from(spans);
        }
    };
    let briefing = &loaded.briefing;
    let countdown = briefing.mandate.deadline.countdown_at(app.now);
    let urgency = urgency_of(briefing.thresholds, &countdown);
    let style = theme.urgency(urgency);
    let name = if loaded.source_problems.is_empty() {
        briefing.mandate.short_name.clone()
    } else {
        format!("\u{26a0}{}", briefing.mandate.short_name)
    };
    spans.push(Span::styled(cell(&name, columns.name), name_style));
    spans.push(Span::raw(" "));
    spans.push(Span::styled(
        cell(&countdown.sentence(), columns.status),
        style,
    ));
    if columns.word > 0 {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(urgency_word(urgency), columns.word),
            style,
        ));
    }
    if columns.date > 0 {
        let date = briefing.mandate.deadline.expires.format("%-d %b %Y");
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            cell(&date.to_string(), columns.date),
            theme.base,
        ));
    }
    if columns.period > 0 {
        spans.push(Span::raw(" "));
        match board::period_run(briefing, app.now) {
            Some(run) => {
                let (done, left) = bar(run, 10);
                spans.push(Span::styled(done, theme.bar_baseline));
                spans.push(Span::styled(left, theme.muted));
                spans.push(Span::styled(format!(" {:>3}%", percent(run)), theme.base));
            }
            None => spans.push(Span::styled(cell("", columns.period), theme.muted)),
        }
    }
    if columns.next > 0 {
        let next = board::next_milestone(briefing, app.now).map_or_else(String::new, |m| {
            format!("{} {}", m.date.format("%-d %b"), m.label)
        });
        spans.push(Span::raw(" "));
        spans.push(Span::styled(truncate(&next, columns.next), theme.muted));
    }
    Line::from(spans)
}

/// The selected briefing in full, under the one-line list: its name, expiry, period, next
/// milestone and any warning, or every problem of a file that failed.
fn selected_details(app: &App, entry: &Entry, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let theme = app.theme.theme();
    let width = usize::from(area.width);
    let title = match &entry.loaded {
        Ok(loaded) => {
            let mandate = &loaded.briefing.mandate;
            format!("\u{2500} {} \u{b7} {} ", mandate.short_name, mandate.name)
        }
        Err(_) => format!("\u{2500} {} ", entry.path.display()),
    };
    let title = truncate(&title, width);
    let rule = "\u{2500}".repeat(width.saturating_sub(title.width()));
    let mut lines = vec![Line::from(vec![
        Span::styled(title, theme.title),
        Span::styled(rule, theme.border),
    ])];
    match &entry.loaded {
        Ok(loaded) => {
            let countdown = loaded.briefing.mandate.deadline.countdown_at(app.now);
            let urgency = urgency_of(loaded.briefing.thresholds, &countdown);
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} \u{b7} {}  ",
                        capitalised(&countdown.sentence()),
                        urgency_word(urgency)
                    ),
                    theme.urgency(urgency),
                ),
                Span::styled(expiry(loaded, width), theme.base),
            ]));
            lines.push(period_line(
                theme,
                loaded,
                app.now,
                width,
                (width / 3).min(40),
            ));
            lines.push(match source_warning(loaded) {
                Some(warning) => Line::styled(truncate(&warning, width), theme.warning_banner),
                None => Line::styled(next(loaded, app.now, width), theme.base),
            });
        }
        Err(error) => lines.extend(
            error
                .to_string()
                .lines()
                .flat_map(|line| wrap(line, width.max(1)))
                .map(|line| Line::styled(line, theme.base)),
        ),
    }
    Paragraph::new(lines)
        .alignment(Alignment::Left)
        .style(Style::new())
        .render(area, buf);
}

#[cfg(test)]
mod tests;
