//! Whole-screen snapshots at the sizes briefers use, per-panel checks at odd sizes, and a
//! property that no size, however small, makes rendering panic.

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;
use rstest::rstest;

use super::record::{self, Drawn};
use super::{MIN_HEIGHT, MIN_WIDTH, digits};
use crate::action::Action;
use crate::app::{App, Panel};
use crate::briefing;
use crate::clock::ReplayClock;
use crate::theme::ThemeName;

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
}

/// The dashboard frozen at `shown`, as `--as-of ... --freeze` would show it.
fn app_at(shown: &str) -> App {
    let wall = instant("2026-11-28T17:00:00Z");
    let clock = ReplayClock::starting_at(instant(shown), wall, true);
    App::new(
        briefing::load_built_in().unwrap(),
        clock,
        ThemeName::Dark,
        wall,
    )
}

fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal.backend().to_string()
}

fn buffer(app: &App, width: u16, height: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    app.render(buf.area, &mut buf);
    buf
}

fn text_of(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            // A wide character's second cell is drawn by the character itself.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

#[rstest]
#[case::meeting_day("meeting_day", "2025-09-22T14:00:00-04:00")]
#[case::critical("critical", "2025-09-30T09:30:00-04:00")]
#[case::expires_today("expires_today", "2025-10-02T18:00:00-04:00")]
#[case::expired("expired", "2026-11-28T12:00:00-05:00")]
fn whole_screen(
    #[case] name: &str,
    #[case] shown: &str,
    #[values((80, 24), (120, 40), (200, 60))] size: (u16, u16),
) {
    let app = app_at(shown);
    let (width, height) = size;
    insta::assert_snapshot!(
        format!("{name}_{width}x{height}"),
        screen(&app, width, height)
    );
}

#[rstest]
#[case::meeting_day("2025-09-22T14:00:00-04:00", "10 days remaining", "DAYS REMAINING")]
#[case::expiry_date(
    "2025-10-02T18:00:00-04:00",
    "Expires today",
    "THE MANDATE EXPIRES TODAY"
)]
#[case::this_session(
    "2026-11-28T12:00:00-05:00",
    "Expired 422 days ago",
    "DAYS SINCE THE MANDATE LAPSED"
)]
fn states_the_figure_in_plain_words_at_every_size(
    #[case] shown: &str,
    #[case] sentence: &str,
    #[case] heading: &str,
    #[values((40, 12), (80, 24), (120, 40), (300, 100))] size: (u16, u16),
) {
    let text = text_of(&buffer(&app_at(shown), size.0, size.1));
    assert!(
        text.contains(sentence),
        "{sentence:?} missing at {size:?}:\n{text}"
    );
    if size.0 >= 80 {
        assert!(
            text.contains(heading),
            "{heading:?} missing at {size:?}:\n{text}"
        );
    }
}

#[test]
fn marks_a_replayed_date_in_the_header() {
    let text = text_of(&buffer(&app_at("2025-09-22T14:00:00-04:00"), 120, 40));
    let header = text.lines().next().unwrap();
    assert!(header.contains("Mon 22 Sep 2025 14:00:00 EDT"), "{header}");
    assert!(header.contains("REPLAY"), "{header}");
}

#[test]
fn shows_live_when_on_real_time() {
    let wall = instant("2026-11-28T17:00:00Z");
    let app = App::new(
        briefing::load_built_in().unwrap(),
        ReplayClock::REAL,
        ThemeName::Dark,
        wall,
    );
    let header = text_of(&buffer(&app, 120, 40))
        .lines()
        .next()
        .unwrap()
        .to_owned();
    assert!(
        header.contains("LIVE") && !header.contains("REPLAY"),
        "{header}"
    );
}

#[test]
fn says_too_small_below_the_minimum() {
    let text = text_of(&buffer(&app_at("2025-09-22T14:00:00-04:00"), 30, 8));
    assert!(text.contains("Terminal too small"), "{text}");
}

#[test]
fn forces_panel_labels_numbers_basis_and_ratio() {
    let text = text_of(&buffer(&app_at("2025-09-22T14:00:00-04:00"), 120, 40));
    for expected in [
        "989",
        "5,500",
        "5.6x",
        "reported by Capital FM",
        "stated in seeds/",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
}

#[test]
fn enter_shows_the_selected_quote_in_its_paragraph_of_the_article() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = app_at("2025-09-22T14:00:00-04:00");
    app.update(Action::SelectNext, wall);
    app.update(Action::SelectNext, wall);
    app.update(Action::ToggleSource, wall);
    let text = text_of(&buffer(&app, 120, 40));
    assert!(text.contains("Quote by William Ruto"), "{text}");
    assert!(
        text.contains("Speaker: William Ruto, President of Kenya"),
        "{text}"
    );
    assert!(text.contains("In context:"), "{text}");
    // The article's own curly quote marks and the words after the quote.
    assert!(text.contains("\u{201c}I want to persuade"), "{text}");
    assert!(text.contains("he said."), "{text}");
}

#[test]
fn enter_on_a_force_says_how_the_figure_is_known() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = app_at("2025-09-22T14:00:00-04:00");
    app.focus = crate::app::Panel::Forces;
    app.update(Action::ToggleSource, wall);
    let text = text_of(&buffer(&app, 120, 40));
    assert!(
        text.contains("Basis: reported elsewhere, not stated in the article"),
        "{text}"
    );
    assert!(text.contains("Capital FM"), "{text}");
    app.update(Action::CloseOverlay, wall);
    app.update(Action::SelectNext, wall);
    app.update(Action::ToggleSource, wall);
    let text = text_of(&buffer(&app, 120, 40));
    assert!(text.contains("Basis: stated in the source"), "{text}");
    assert!(
        text.contains("Landau stated that the new force would comprise 5,500"),
        "{text}"
    );
}

#[rstest]
fn help_lists_the_bindings_of_the_mode_on_screen(
    #[values(false, true)] presenting: bool,
    #[values((80, 24), (120, 40))] size: (u16, u16),
) {
    use crate::action::{Context, KEYS};
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = app_at("2025-09-22T14:00:00-04:00");
    if presenting {
        app.update(Action::TogglePresentation, wall);
    }
    app.update(Action::ToggleHelp, wall);
    let text = text_of(&buffer(&app, size.0, size.1));
    let (mode, other) = if presenting {
        (Context::Presenting, Context::Dashboard)
    } else {
        (Context::Dashboard, Context::Presenting)
    };
    for binding in KEYS.iter().filter(|b| b.context != other) {
        assert!(
            text.contains(binding.help),
            "{:?} missing from {mode:?} help:\n{text}",
            binding.help
        );
    }
    assert!(
        !text.contains(other.title()),
        "{other:?} keys shown in {mode:?} help:\n{text}"
    );
}

#[test]
fn mono_theme_uses_no_colour() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = app_at("2025-09-30T09:30:00-04:00");
    app.theme = ThemeName::Mono;
    app.update(Action::ToggleHelp, wall);
    let buf = buffer(&app, 120, 40);
    for cell in &buf.content {
        assert_eq!(
            cell.fg,
            ratatui::style::Color::Reset,
            "coloured cell {cell:?}"
        );
        assert_eq!(
            cell.bg,
            ratatui::style::Color::Reset,
            "coloured cell {cell:?}"
        );
    }
}

#[rstest]
fn quotes_wrap_wide_and_combining_text(#[values(20, 40, 80)] width: u16) {
    let mut app = app_at("2025-09-22T14:00:00-04:00");
    let quote = &mut app.loaded.briefing.quotes[0];
    quote.text.value = "海地多国安全支助团 👩‍👩‍👧 café\u{301} naïve".to_owned();
    let buf = buffer(&app, width.max(crate::ui::MIN_WIDTH), 24);
    let text = text_of(&buf);
    assert!(text.contains("海地"), "{text}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn renders_any_size_without_panicking(width in 0_u16..=300, height in 0_u16..=120, day in 0_i64..900, help in any::<bool>()) {
        let wall = instant("2026-11-28T17:00:00Z");
        let mut app = app_at("2025-06-01T12:00:00Z");
        app.update(Action::StepDays(day), wall);
        if help {
            app.update(Action::ToggleHelp, wall);
        }
        let _ = buffer(&app, width, height);
    }
}

/// A presenting app on slide `number` (from 1), frozen on the day after the meeting.
fn slide_app(number: usize, theme: ThemeName) -> App {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = app_at("2025-09-23T10:00:00-04:00").presenting(chrono::TimeDelta::seconds(12));
    app.theme = theme;
    app.update(Action::JumpToSlide(number), wall);
    // A third of the way through the slide's time, so the progress bar shows.
    app.tick(wall + chrono::TimeDelta::seconds(4));
    app
}

#[rstest]
fn slide_in_every_theme(
    #[values(("countdown", 1), ("forces", 2), ("quote", 3), ("timeline", 7))] slide: (&str, usize),
    #[values(
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::Contrast,
        ThemeName::Mono
    )]
    theme: ThemeName,
) {
    let size = (80, 24);
    let app = slide_app(slide.1, theme);
    let buf = buffer(&app, size.0, size.1);
    let name = format!(
        "slide_{}_{}_{}x{}",
        slide.0,
        format!("{theme:?}").to_lowercase(),
        size.0,
        size.1
    );
    // The buffer's Debug form holds the text and every style run, so a colour change shows.
    insta::assert_debug_snapshot!(name, buf);
    if theme == ThemeName::Mono {
        assert!(
            buf.content
                .iter()
                .all(|c| c.fg == ratatui::style::Color::Reset
                    && c.bg == ratatui::style::Color::Reset),
            "mono slide has colour"
        );
    }
}

/// Each kind of slide as the room sees it, at a laptop's, a projector's and a wall's size.
#[rstest]
fn slide_screen(
    #[values(("countdown", 1), ("forces", 2), ("quote", 3), ("timeline", 7))] slide: (&str, usize),
    #[values((80, 24), (120, 40), (200, 60))] size: (u16, u16),
) {
    let app = slide_app(slide.1, ThemeName::Dark);
    insta::assert_snapshot!(
        format!("slide_{}_{}x{}", slide.0, size.0, size.1),
        screen(&app, size.0, size.1)
    );
}

#[rstest]
#[case::countdown(1, "9 days remaining")]
#[case::forces(2, "5.6x")]
#[case::quote(3, "Christopher Landau")]
#[case::timeline(7, "now, 9 days remaining")]
fn every_slide_says_its_subject_in_words(
    #[case] slide: usize,
    #[case] words: &str,
    #[values((80, 24), (200, 50), (40, 12))] size: (u16, u16),
) {
    let text = text_of(&buffer(&slide_app(slide, ThemeName::Dark), size.0, size.1));
    assert!(
        text.contains(words),
        "{words:?} missing at {size:?}:\n{text}"
    );
    assert!(
        text.contains("REPLAY"),
        "replayed date not marked at {size:?}:\n{text}"
    );
}

#[test]
fn corner_clock_runs_on_slides_other_than_the_countdown() {
    let text = text_of(&buffer(&slide_app(2, ThemeName::Dark), 80, 24));
    let status = text.lines().last().unwrap();
    assert!(
        status.contains("9 days remaining \u{b7} 9d 14:00:00"),
        "{status}"
    );
}

#[test]
fn blank_slide_is_black_and_empty() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = slide_app(1, ThemeName::Dark);
    app.update(Action::ToggleBlank, wall);
    let buf = buffer(&app, 80, 24);
    assert!(
        buf.content
            .iter()
            .all(|c| c.symbol() == " " && c.bg == ratatui::style::Color::Black)
    );
}

#[test]
fn failed_reload_shows_a_banner_over_the_last_good_data() {
    let mut app = app_at("2025-09-22T14:00:00-04:00");
    app.reload_error = Some("briefing.toml:12:9: unknown time zone \"Mars/Base\"".to_owned());
    let text = text_of(&buffer(&app, 120, 40));
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("RELOAD FAILED") && first.contains("briefing.toml:12:9"),
        "{first}"
    );
    assert!(text.contains("10 days remaining"), "{text}");
}

proptest! {
    #[test]
    fn big_digits_never_overflow_their_area(text in "[0-9]{1,4}|TODAY", width in 0_u16..400, height in 0_u16..150) {
        if let Some(fit) = super::digits::fit(&text, width, height) {
            prop_assert!(fit.width <= width && fit.height <= height);
            let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
            super::digits::render(&text, fit, ratatui::style::Style::new(), Rect::new(0, 0, fit.width, fit.height), &mut buf);
        }
    }
}

/// One step of a random session, for the cache test.
#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    Wait(i64),
    Reload(&'static str),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        prop::sample::select(vec![
            Action::StepDays(1),
            Action::StepDays(-1),
            Action::StepDays(7),
            Action::SelectNext,
            Action::SelectPrevious,
            Action::FocusNext,
            Action::FocusPrevious,
            Action::CycleTheme,
            Action::ToggleSource,
            Action::ToggleHelp,
            Action::TogglePresentation,
            Action::NextSlide,
            Action::BackToNow,
        ])
        .prop_map(Step::Act),
        (0_i64..200_000).prop_map(Step::Wait),
        prop::sample::select(vec!["good.toml", "figure_not_in_excerpt.toml"])
            .prop_map(Step::Reload),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// Cached panels never differ from panels drawn afresh, whatever happened before.
    #[test]
    fn cached_frames_equal_fresh_frames(
        steps in prop::collection::vec(step(), 1..24),
        size in prop::sample::select(vec![(80_u16, 24_u16), (120, 40), (60, 30), (200, 50)]),
    ) {
        let mut wall = instant("2025-09-30T12:00:00Z");
        let mut app = App::new(briefing::load_built_in().unwrap(), ReplayClock::REAL, ThemeName::Dark, wall);
        let _ = buffer(&app, size.0, size.1);
        for step in steps {
            match step {
                Step::Act(action) => app.update(action, wall),
                Step::Wait(seconds) => {
                    wall += chrono::TimeDelta::seconds(seconds);
                    app.tick(wall);
                }
                Step::Reload(name) => {
                    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/briefings").join(name);
                    app.reloaded(briefing::load_file(&path));
                }
            }
            let cached = buffer(&app, size.0, size.1);
            app.panels.clear();
            let fresh = buffer(&app, size.0, size.1);
            prop_assert_eq!(cached, fresh);
        }
    }
}

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
    #![proptest_config(ProptestConfig::with_cases(400))]
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
    assert!(text.contains("10 days remaining"), "{text}");
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
