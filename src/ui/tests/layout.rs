//! How the screen is shared out, checked from the buffer: nothing is cut while its panel has
//! room, no big glyph is clipped, the digits grow with the screen, every panel's `Enter` opens
//! its facts.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;
use rstest::rstest;

use super::{app_at, buffer, instant, text_of};
use crate::action::Action;
use crate::app::{App, Panel};
use crate::ui::record::{self, Drawn};
use crate::ui::{MIN_HEIGHT, MIN_WIDTH, digits};

/// The instants of the three statuses: active (the day of the meeting), expires today, expired.
const STATUSES: [&str; 3] = [
    "2025-09-22T14:00:00-04:00",
    "2025-10-02T18:00:00-04:00",
    "2026-11-28T12:00:00-05:00",
];

/// The dashboard (`view` 0) with `focus`, or slide `view`, at the status `STATUSES[status]`.
fn view_app(status: usize, view: usize, focus: usize) -> App {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = app_at(STATUSES[status]);
    app.focus = [
        Panel::Countdown,
        Panel::Forces,
        Panel::Quotes,
        Panel::Timeline,
    ][focus];
    if view > 0 {
        app.update(Action::TogglePresentation, wall);
        app.update(Action::JumpToSlide(view), wall);
    }
    app
}

/// Renders `app` and checks what a room must be able to trust: no panel shortens a text while
/// it has a blank row left, and every run of big glyphs is whole, inside its panel, and not
/// drawn over.
fn check_nothing_cut_or_clipped(app: &App, width: u16, height: u16) -> Result<(), String> {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    let drawn = record::recording(|| app.render(buf.area, &mut buf));
    let panels: Vec<(&str, Rect)> = drawn
        .iter()
        .filter_map(|d| match d {
            Drawn::Panel { name, inner } => Some((name.as_str(), *inner)),
            Drawn::Big { .. } => None,
        })
        .collect();
    let blank = |position: Position| buf[position].symbol() == " ";
    for (name, inner) in &panels {
        let cut = inner.positions().any(|p| buf[p].symbol() == "\u{2026}");
        let blank_row = inner.rows().any(|row| row.positions().all(blank));
        if cut && blank_row {
            return Err(format!(
                "{name} shortens a text though it has a blank row, at {width}x{height}:\n{}",
                text_of(&buf)
            ));
        }
    }
    for d in &drawn {
        let Drawn::Big { text, fit, area } = d else {
            continue;
        };
        let whole = Rect::new(area.x, area.y, fit.width, fit.height);
        let inside = |outer: Rect| outer.intersection(whole) == whole;
        if fit.width > area.width || fit.height > area.height || !inside(buf.area) {
            return Err(format!(
                "{text:?} at {fit:?} clipped to {area:?} at {width}x{height}"
            ));
        }
        if !panels.iter().any(|(_, inner)| inside(*inner)) {
            return Err(format!(
                "{text:?} at {whole:?} spills out of its panel at {width}x{height}"
            ));
        }
        let mut alone = Buffer::empty(whole);
        digits::render(text, *fit, ratatui::style::Style::new(), whole, &mut alone);
        if let Some(p) = whole
            .positions()
            .find(|p| alone[*p].symbol() != buf[*p].symbol())
        {
            return Err(format!(
                "{text:?} is drawn over at {p:?}, at {width}x{height}:\n{}",
                text_of(&buf)
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    /// From the smallest screen the dashboard draws on to a wall, in every status, on the
    /// dashboard with each panel focused and on every slide.
    #[test]
    fn nothing_is_cut_while_there_is_room_and_no_glyph_is_clipped(
        width in MIN_WIDTH..=400,
        height in MIN_HEIGHT..=120,
        status in 0_usize..3,
        view in 0_usize..=7,
        focus in 0_usize..4,
    ) {
        let app = view_app(status, view, focus);
        let checked = check_nothing_cut_or_clipped(&app, width, height);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
    }
}

#[rstest]
fn nothing_is_cut_or_clipped_at_the_sizes_briefers_use(
    #[values((80, 24), (100, 30), (120, 40), (160, 48), (200, 60), (300, 100), (400, 120))] size: (
        u16,
        u16,
    ),
    #[values(0, 1, 2)] status: usize,
    #[values(0, 1, 2, 3, 7)] view: usize,
) {
    let app = view_app(status, view, 2);
    check_nothing_cut_or_clipped(&app, size.0, size.1).unwrap();
}

/// The rows of the countdown panel that hold big digits, read from the screen.
fn digit_rows(app: &App, width: u16, height: u16) -> u16 {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    let drawn = record::recording(|| app.render(buf.area, &mut buf));
    let name = &app.loaded.briefing.mandate.short_name;
    let Some(inner) = drawn.iter().find_map(|d| match d {
        Drawn::Panel { name: panel, inner } if panel == name => Some(*inner),
        _ => None,
    }) else {
        return 0;
    };
    let glyph = |p: Position| {
        buf[p]
            .symbol()
            .chars()
            .all(|c| ('\u{2580}'..='\u{259f}').contains(&c))
    };
    let rows: Vec<u16> = inner
        .rows()
        .filter(|row| row.positions().any(glyph))
        .map(|row| row.y)
        .collect();
    match (rows.first(), rows.last()) {
        (Some(first), Some(last)) => last - first + 1,
        _ => 0,
    }
}

#[rstest]
fn digits_take_a_fifth_of_a_wall_screen_and_grow_with_it(
    #[values(0, 1, 2)] status: usize,
    #[values((200, 60), (240, 80), (300, 100), (400, 120))] size: (u16, u16),
) {
    let rows = digit_rows(&view_app(status, 0, 2), size.0, size.1);
    assert!(
        rows * 5 >= size.1,
        "digits {rows} rows tall on a {}x{} screen",
        size.0,
        size.1
    );
}

#[rstest]
#[case::laptop(80, 24, 4)]
// One row of a full-size glyph is blank, so this is the full size.
#[case::projector(120, 40, 7)]
fn digits_stay_big_on_smaller_screens(
    #[case] width: u16,
    #[case] height: u16,
    #[case] least: u16,
    #[values(0, 1, 2)] status: usize,
) {
    let rows = digit_rows(&view_app(status, 0, 2), width, height);
    assert!(rows >= least, "digits {rows} rows tall at {width}x{height}");
}

#[test]
fn digits_grow_as_the_screen_does() {
    let heights = [24, 40, 60, 100, 120];
    let rows: Vec<u16> = heights
        .iter()
        .map(|h| digit_rows(&view_app(0, 0, 2), *h * 10 / 3, *h))
        .collect();
    assert!(rows.windows(2).all(|pair| pair[0] <= pair[1]), "{rows:?}");
    assert!(rows[4] > rows[1], "{rows:?}");
}

/// The text inside the panel named `name`, row by row.
fn panel_text(app: &App, width: u16, height: u16, name: &str) -> String {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    let drawn = record::recording(|| app.render(buf.area, &mut buf));
    let inner = drawn
        .iter()
        .find_map(|d| match d {
            Drawn::Panel { name: panel, inner } if panel.starts_with(name) => Some(*inner),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no {name} panel at {width}x{height}"));
    let mut text = String::new();
    for row in inner.rows() {
        for position in row.positions() {
            text.push_str(buf[position].symbol());
        }
        text.push('\n');
    }
    text
}

#[test]
fn shows_every_quote_whole_when_they_fit_the_selected_one_marked() {
    let app = view_app(0, 0, 2);
    let text = panel_text(&app, 120, 40, "Quotes");
    let shown: Vec<&str> = text.split_whitespace().collect();
    for quote in &app.loaded.briefing.quotes {
        let quoted = format!("\u{201c}{}\u{201d}", quote.text.value);
        let words: Vec<&str> = quoted.split_whitespace().collect();
        assert!(
            shown.windows(words.len()).any(|window| window == words),
            "{quoted:?} not whole:\n{text}"
        );
    }
    assert!(
        text.contains("\u{25b6} Mon 22 Sep 2025 \u{b7} Christopher Landau"),
        "{text}"
    );
    assert!(!text.contains("more \u{2193}"), "{text}");
}

#[test]
fn scrolls_the_quotes_and_says_how_many_more_when_they_do_not_fit() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = view_app(0, 0, 2);
    let text = text_of(&buffer(&app, 80, 24));
    assert!(text.contains("2 more \u{2193}"), "{text}");
    for _ in 0..3 {
        app.update(Action::SelectNext, wall);
    }
    let text = text_of(&buffer(&app, 80, 24));
    assert!(text.contains("more \u{2191}"), "{text}");
    assert!(
        text.contains("\u{25b6} Mon 22 Sep 2025 \u{b7} William Ruto"),
        "{text}"
    );
    assert!(text.contains("cannot be serious"), "{text}");
}

/// The timeline's axis row: the line of the screen holding its ticks.
fn axis_ticks(text: &str) -> usize {
    let axis = text
        .lines()
        .find(|line| line.contains('\u{2534}') && line.contains('\u{254c}'))
        .unwrap_or_else(|| panic!("no axis:\n{text}"));
    axis.chars()
        .filter(|c| *c == '\u{2534}' || *c == '\u{25b2}')
        .count()
}

#[rstest]
fn timeline_slide_gives_each_date_of_the_busy_weeks_its_own_tick(
    #[values((80, 24), (120, 40), (200, 60))] size: (u16, u16),
) {
    let text = text_of(&buffer(&view_app(0, 7, 2), size.0, size.1));
    // 2 Oct 2023, 25 Jun 2024, 30 Sep 2024, and 22, 23, 30 Sep and 2 Oct 2025.
    assert_eq!(axis_ticks(&text), 7, "{text}");
    assert!(text.contains("\u{25b2} now"), "{text}");
    for label in [
        "Resolution 2793 authorises the Gang Suppression Force",
        "now, 10 days remaining",
    ] {
        assert!(text.contains(label), "{label:?} missing:\n{text}");
    }
}

#[test]
fn dashboard_timeline_draws_the_axis_when_there_is_room() {
    let text = text_of(&buffer(&view_app(0, 0, 2), 200, 60));
    assert_eq!(axis_ticks(&text), 7, "{text}");
}

#[test]
fn enter_on_the_countdown_shows_where_the_date_comes_from() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = view_app(0, 0, 0);
    app.update(Action::ToggleSource, wall);
    let text = text_of(&buffer(&app, 120, 40));
    let mandate = &app.loaded.briefing.mandate;
    for resolution in &mandate.resolutions {
        assert!(
            text.contains(resolution.as_str()),
            "{resolution:?} missing:\n{text}"
        );
    }
    assert!(
        text.contains("Convention: In force through 2 Oct 2025"),
        "{text}"
    );
    assert!(text.contains("Lapses: 2025-10-03 04:00 UTC"), "{text}");
    assert!(text.contains(mandate.source.describe()), "{text}");
    assert!(
        text.contains("On screen: Mon 22 Sep 2025 in America/New_York: 10 days remaining"),
        "{text}"
    );
}

#[test]
fn enter_on_the_timeline_shows_each_event_whole_with_its_source() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = view_app(0, 0, 3);
    app.update(Action::ToggleSource, wall);
    let text = text_of(&buffer(&app, 160, 48));
    assert!(
        text.contains("Source: UN Security Council, S/RES/2793 (2025)"),
        "{text}"
    );
    assert!(text.contains("5,500 uniformed, 50 civilian)"), "{text}");
}

#[test]
fn a_panel_without_room_of_its_own_takes_the_bottom_slot_while_focused() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = view_app(0, 0, 2);
    let text = text_of(&buffer(&app, 80, 24));
    assert!(!text.contains("Timeline"), "{text}");
    app.update(Action::FocusNext, wall);
    assert_eq!(app.focus, Panel::Timeline);
    let text = text_of(&buffer(&app, 80, 24));
    assert!(
        text.contains("Timeline") && !text.contains("Quotes 1/4"),
        "{text}"
    );
}

#[test]
fn a_source_taller_than_the_screen_scrolls_to_its_end() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = view_app(0, 0, 3);
    app.update(Action::ToggleSource, wall);
    let top = text_of(&buffer(&app, 80, 24));
    assert!(top.contains("\u{2191}\u{2193} scroll"), "{top}");
    assert!(top.contains("2023-10-02 Resolution 2699"), "{top}");
    for _ in 0..60 {
        app.update(Action::SelectNext, wall);
    }
    let end = text_of(&buffer(&app, 80, 24));
    assert!(end.contains("2025-10-02 MSS mandate expires"), "{end}");
    assert!(!end.contains("2023-10-02 Resolution 2699"), "{end}");
}
