//! Whole-screen snapshots at the sizes briefers use, per-panel checks at odd sizes, and a
//! property that no size, however small, makes rendering panic. How the screen is shared out
//! (nothing cut while there is room, digits that grow) is in `tests/layout.rs`.

mod layout;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use rstest::rstest;

use crate::action::Action;
use crate::app::{App, Panel};
use crate::briefing;
use crate::clock::ReplayClock;
use crate::theme::ThemeName;
use crate::ui::Screen;

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
}

/// The dashboard frozen at `shown`, as `--as-of ... --freeze` would show it.
fn app_at(shown: &str) -> App {
    let wall = instant("2026-11-28T17:00:00Z");
    let clock = ReplayClock::starting_at(instant(shown), wall, true);
    App::new(built_in(), clock, ThemeName::Dark, wall)
}

/// The built-in briefing, loaded (and checked against its sources) once for all the tests
/// that draw it.
fn built_in() -> briefing::Loaded {
    static LOADED: std::sync::OnceLock<briefing::Loaded> = std::sync::OnceLock::new();
    LOADED
        .get_or_init(|| briefing::load_built_in().unwrap())
        .clone()
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
    let shown = [Context::Everywhere, Context::Overlay, mode];
    for binding in KEYS.iter().filter(|b| shown.contains(&b.context)) {
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

/// The dashboard of a briefing under `tests/briefings/`, frozen at `shown`.
fn fixture_app(name: &str, shown: &str) -> App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/briefings")
        .join(name);
    let wall = instant("2026-11-28T17:00:00Z");
    let clock = ReplayClock::starting_at(instant(shown), wall, true);
    App::new(
        briefing::load_file(&path).unwrap(),
        clock,
        ThemeName::Dark,
        wall,
    )
}

#[rstest]
fn says_the_briefing_gives_no_figures_instead_of_empty_bars(
    #[values((80, 24), (120, 40), (200, 60))] size: (u16, u16),
) {
    let app = fixture_app("no_forces.toml", "2025-09-23T10:00:00-04:00");
    let text = text_of(&buffer(&app, size.0, size.1));
    assert!(text.contains("No figures"), "at {size:?}:\n{text}");
    // No bar, number or ratio stands in for the missing figures.
    assert!(
        !text.contains("5,500") && !text.contains("989") && !text.contains("1.0x"),
        "{text}"
    );
    // The quotes are unaffected.
    assert!(text.contains("Quotes 1/2"), "at {size:?}:\n{text}");
}

#[rstest]
fn says_the_briefing_has_no_quotes_in_the_quotes_panel_and_the_timeline(
    #[values((80, 24), (120, 40), (200, 60))] size: (u16, u16),
) {
    let mut app = fixture_app("no_quotes.toml", "2025-09-23T10:00:00-04:00");
    let text = text_of(&buffer(&app, size.0, size.1));
    assert!(
        text.matches("No quotes").count() >= 1 && text.contains("5.6x"),
        "at {size:?}:\n{text}"
    );
    // Enter on the empty quotes panel opens nothing, and nothing breaks.
    let wall = instant("2026-11-28T17:00:00Z");
    app.focus = Panel::Quotes;
    for action in [
        Action::SelectNext,
        Action::ToggleSource,
        Action::SelectPrevious,
    ] {
        app.update(action, wall);
        let _ = buffer(&app, size.0, size.1);
    }
}

#[test]
fn timeline_slide_says_there_are_no_quotes() {
    let wall = instant("2026-11-28T17:00:00Z");
    let mut app = fixture_app("no_forces_or_quotes.toml", "2025-09-23T10:00:00-04:00")
        .presenting(chrono::TimeDelta::seconds(12));
    // The countdown, then the timeline: nothing else to show.
    app.update(Action::JumpToSlide(2), wall);
    let text = text_of(&buffer(&app, 120, 40));
    assert!(
        text.contains("Timeline") && text.contains("No quotes"),
        "{text}"
    );
}

/// Briefings the size sweep draws: the built-in one and those with parts missing.
const SWEPT: [&str; 4] = [
    "",
    "no_forces.toml",
    "no_quotes.toml",
    "no_forces_or_quotes.toml",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn renders_any_size_without_panicking(width in 0_u16..=300, height in 0_u16..=120, day in 0_i64..900, help in any::<bool>(), briefing in prop::sample::select(SWEPT.to_vec())) {
        let wall = instant("2026-11-28T17:00:00Z");
        let mut app = if briefing.is_empty() {
            app_at("2025-06-01T12:00:00Z")
        } else {
            fixture_app(briefing, "2025-06-01T12:00:00Z")
        };
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
    Resize(u16, u16),
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
            Action::TogglePause,
            Action::ToggleBlank,
            Action::BackToNow,
        ])
        .prop_map(Step::Act),
        // Mostly the seconds of an idle screen, sometimes days.
        prop_oneof![3 => 1_i64..3, 1 => 0_i64..200_000].prop_map(Step::Wait),
        prop::sample::select(vec![
            "good.toml",
            "figure_not_in_excerpt.toml",
            "no_forces.toml",
            "no_quotes.toml",
        ])
        .prop_map(Step::Reload),
        prop::sample::select(vec![(80_u16, 24_u16), (120, 40), (30, 8), (200, 50)])
            .prop_map(|(cols, rows)| Step::Resize(cols, rows)),
    ]
}

/// What a terminal shows of `buf`: every cell but those a wide character to their left covers.
fn visible(buf: &Buffer) -> Vec<(u16, u16, ratatui::buffer::Cell)> {
    let mut cells = Vec::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut x = buf.area.left();
        while x < buf.area.right() {
            let cell = &buf[(x, y)];
            cells.push((x, y, cell.clone()));
            x += ratatui::buffer::CellWidth::cell_width(cell).max(1);
        }
    }
    cells
}

/// Plays `steps` on a dashboard (or a presentation) of `size`, drawing each frame over the
/// last, and requires every frame to equal one drawn afresh, on screen as in the buffer.
fn kept_frames_equal_fresh_frames_after(
    steps: Vec<Step>,
    size: (u16, u16),
    presenting: bool,
) -> Result<(), TestCaseError> {
    let mut wall = instant("2025-09-30T12:00:00Z");
    let mut app = App::new(
        briefing::load_built_in().unwrap(),
        ReplayClock::REAL,
        ThemeName::Dark,
        wall,
    );
    if presenting {
        app = app.presenting(chrono::TimeDelta::seconds(5));
    }
    let mut size = size;
    let mut screen = Screen::new(Rect::new(0, 0, size.0, size.1));
    let mut terminal = TestBackend::new(size.0, size.1);
    let Ok(_) = screen.draw(&app, &mut terminal);
    for step in steps {
        match step {
            Step::Act(action) => app.update(action, wall),
            Step::Wait(seconds) => {
                wall += chrono::TimeDelta::seconds(seconds);
                app.tick(wall);
            }
            Step::Reload(name) => {
                let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/briefings")
                    .join(name);
                app.reloaded(briefing::load_file(&path));
            }
            Step::Resize(cols, rows) => {
                size = (cols, rows);
                screen.resize(Rect::new(0, 0, cols, rows));
                terminal.resize(cols, rows);
            }
        }
        let Ok(_) = screen.draw(&app, &mut terminal);
        let fresh = buffer(&app, size.0, size.1);
        prop_assert_eq!(screen.buffer(), &fresh);
        prop_assert_eq!(visible(terminal.buffer()), visible(&fresh));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// A terminal that has only ever been sent the cells that changed, panel by panel, shows
    /// what a frame drawn afresh shows, whatever happened before.
    #[test]
    fn kept_frames_equal_fresh_frames(
        steps in prop::collection::vec(step(), 1..24),
        size in prop::sample::select(vec![(80_u16, 24_u16), (120, 40), (60, 30), (200, 50)]),
        presenting in any::<bool>(),
    ) {
        kept_frames_equal_fresh_frames_after(steps, size, presenting)?;
    }
}

/// Sessions the property once failed on (moving the focus; pausing a presentation), kept as
/// cases of their own rather than as a seed file beside the sources.
#[rstest]
#[case::focus_moved(vec![Step::Act(Action::FocusNext)], false)]
#[case::presentation_paused(vec![Step::Act(Action::TogglePause)], true)]
fn kept_frames_equal_fresh_frames_in_sessions_that_once_failed(
    #[case] steps: Vec<Step>,
    #[case] presenting: bool,
) {
    kept_frames_equal_fresh_frames_after(steps, (80, 24), presenting).unwrap();
}
