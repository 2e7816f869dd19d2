//! The board drawn at the sizes briefers use, in every theme, from the fixtures in
//! tests/briefings/board: a mandate expiring today, one in force, one lapsed and a file that
//! cannot be loaded.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::widgets::Widget;
use rstest::rstest;

use super::*;
use crate::action::Action;
use crate::app::App;
use crate::board::{Board, Entry};
use crate::briefing::Problem;
use crate::clock::ReplayClock;
use crate::theme::ThemeName;

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
}

const WALL: &str = "2026-11-28T17:00:00Z";

/// Relative, as a user would type it, so the failing row's path is the same on every machine
/// (tests run from the package root).
fn fixtures() -> PathBuf {
    PathBuf::from("tests/briefings/board")
}

/// The board frozen at 10:00 UTC on 2 March 2026.
fn board_app(board: Board, theme: ThemeName) -> App {
    let wall = instant(WALL);
    let clock = ReplayClock::starting_at(instant("2026-03-02T10:00:00Z"), wall, true);
    App::with_board(board, clock, theme, wall).unwrap()
}

fn fixture_app(theme: ThemeName) -> App {
    board_app(Board::open(&[fixtures()]).unwrap(), theme)
}

fn buffer(app: &App, width: u16, height: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    app.render(buf.area, &mut buf);
    buf
}

fn text_of(buf: &Buffer) -> String {
    crate::export::to_txt(buf)
}

#[rstest]
fn board_in_every_theme(
    #[values(
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::Contrast,
        ThemeName::Mono
    )]
    theme: ThemeName,
    #[values((80, 24), (120, 40), (200, 60))] size: (u16, u16),
) {
    let app = fixture_app(theme);
    let buf = buffer(&app, size.0, size.1);
    let name = format!(
        "board_{}_{}x{}",
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
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
            "mono board has colour"
        );
    }
}

#[rstest]
fn every_row_says_its_status_in_words(
    #[values((80, 24), (120, 40), (200, 60), (60, 20), (40, 12))] size: (u16, u16),
) {
    let text = text_of(&buffer(&fixture_app(ThemeName::Dark), size.0, size.1));
    for words in [
        "BRAVO",
        "ALPHA",
        "CHARLIE",
        "expires today",
        "10 days remaining",
        "expired 30 days ago",
        "delta",
        "REPLAY",
    ] {
        assert!(
            text.to_lowercase().contains(&words.to_lowercase()),
            "{words:?} missing at {size:?}:\n{text}"
        );
    }
}

#[test]
fn a_failing_file_names_its_line_and_column() {
    for size in [(80, 24), (120, 40), (60, 20)] {
        let mut app = fixture_app(ThemeName::Dark);
        for _ in 0..3 {
            app.update(Action::SelectNext, instant(WALL));
        }
        let text = text_of(&buffer(&app, size.0, size.1));
        assert!(
            text.contains("delta.toml:10:12: unknown time zone"),
            "at {size:?}:\n{text}"
        );
    }
}

/// The fixtures, with ALPHA's sources contradicting it.
fn board_with_a_source_problem() -> Board {
    let mut board = Board::open(&[fixtures()]).unwrap();
    let alpha = board
        .entries
        .iter_mut()
        .find(|entry| entry.path.ends_with("alpha.toml"))
        .unwrap();
    alpha
        .loaded
        .as_mut()
        .unwrap()
        .source_problems
        .push(Problem {
            position: Some((24, 8)),
            message: "quote by Ada Quill is not verbatim in seeds/test-wire.txt".to_owned(),
        });
    board
}

#[rstest]
fn a_briefing_with_source_problems_shows_its_warning(
    #[values((80, 24), (120, 40), (60, 20))] size: (u16, u16),
) {
    let mut app = board_app(board_with_a_source_problem(), ThemeName::Dark);
    app.update(Action::SelectNext, instant(WALL));
    let text = text_of(&buffer(&app, size.0, size.1));
    assert!(
        text.contains("1 source problem") && text.contains("alpha.toml:24:8"),
        "at {size:?}:\n{text}"
    );
    // The other rows are unaffected.
    assert!(text.contains("expired 30 days ago") || text.contains("Expired 30 days ago"));
}

#[test]
fn the_warning_stands_out_on_the_board_not_above_it() {
    let app = board_app(board_with_a_source_problem(), ThemeName::Dark);
    let text = text_of(&buffer(&app, 120, 40));
    assert!(
        text.lines().next().unwrap().starts_with(" Mandate board"),
        "no banner over the board:\n{text}"
    );
}

/// `count` briefings, each a day apart, named B01, B02, ...
fn long_board(count: usize) -> Board {
    let template = Board::open(&[fixtures().join("alpha.toml")]).unwrap();
    let template = template.entries[0].loaded.as_ref().unwrap();
    let entries = (1..=count)
        .map(|n| {
            let mut loaded = template.clone();
            loaded.briefing.mandate.short_name = format!("B{n:02}");
            loaded.briefing.mandate.deadline.expires +=
                chrono::TimeDelta::days(i64::try_from(n).unwrap());
            Entry {
                path: format!("b{n:02}.toml").into(),
                loaded: Ok(loaded),
            }
        })
        .collect();
    Board { entries }
}

#[test]
fn a_long_board_is_one_line_a_row_and_scrolls_to_the_selection() {
    let wall = instant(WALL);
    let mut app = board_app(long_board(30), ThemeName::Dark);
    let text = text_of(&buffer(&app, 80, 24));
    assert!(text.contains("\u{25b6} B01"), "{text}");
    assert!(!text.contains("B30"), "{text}");
    for _ in 0..29 {
        app.update(Action::SelectNext, wall);
    }
    let text = text_of(&buffer(&app, 80, 24));
    assert!(text.contains("\u{25b6} B30"), "{text}");
    assert!(!text.contains(" B01 "), "{text}");
    assert!(
        text.contains("B30 \u{b7} Test mission Alpha"),
        "details of the selection:\n{text}"
    );
}

#[test]
fn a_one_line_row_keeps_the_whole_name_beside_its_warning_mark() {
    let mut board = long_board(30);
    let loaded = board.entries[0].loaded.as_mut().unwrap();
    loaded.briefing.mandate.short_name = "LONGEST".to_owned();
    loaded.source_problems.push(Problem {
        position: Some((24, 8)),
        message: "quote by Ada Quill is not verbatim in seeds/test-wire.txt".to_owned(),
    });
    let text = text_of(&buffer(&board_app(board, ThemeName::Dark), 80, 24));
    assert!(text.contains("\u{26a0}LONGEST "), "{text}");
}

#[test]
fn an_empty_folder_says_how_to_fill_it() {
    let app = board_app(Board::default(), ThemeName::Dark);
    let text = text_of(&buffer(&app, 80, 24));
    assert!(text.contains("No briefings yet"), "{text}");
}

#[test]
fn the_board_show_gives_each_briefing_its_countdown() {
    let wall = instant(WALL);
    let mut app = fixture_app(ThemeName::Dark);
    app.update(Action::TogglePresentation, wall);
    app.update(Action::JumpToSlide(3), wall);
    let text = text_of(&buffer(&app, 120, 40));
    assert!(text.contains("ALPHA \u{b7} Test mission Alpha"), "{text}");
    assert!(text.contains("DAYS REMAINING"), "{text}");
    assert!(text.contains("10 days remaining"), "{text}");
    assert!(text.contains("3/4"), "{text}");
}

#[test]
fn help_on_the_board_lists_the_board_keys() {
    let mut app = fixture_app(ThemeName::Dark);
    app.update(Action::ToggleHelp, instant(WALL));
    let text = text_of(&buffer(&app, 120, 40));
    assert!(
        text.contains("open the selected briefing's dashboard"),
        "{text}"
    );
    assert!(!text.contains("focus the next panel"), "{text}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn renders_any_size_without_panicking(
        width in 0_u16..=300,
        height in 0_u16..=120,
        rows in 0_usize..40,
        steps in 0_usize..45,
        days in -400_i64..400,
    ) {
        let wall = instant(WALL);
        let mut app = board_app(long_board(rows), ThemeName::Dark);
        app.update(Action::StepDays(days), wall);
        for _ in 0..steps {
            app.update(Action::SelectNext, wall);
        }
        let _ = buffer(&app, width, height);
    }
}

#[rstest]
#[case::none(0.0, 4, "", "\u{2591}\u{2591}\u{2591}\u{2591}")]
#[case::half(0.5, 4, "\u{2588}\u{2588}", "\u{2591}\u{2591}")]
#[case::an_eighth_of_a_cell(0.03125, 4, "\u{258f}", "\u{2591}\u{2591}\u{2591}")]
#[case::nearly_over(0.999, 4, "\u{2588}\u{2588}\u{2588}\u{2589}", "")]
#[case::all(1.0, 4, "\u{2588}\u{2588}\u{2588}\u{2588}", "")]
fn draws_the_period_to_an_eighth_of_a_cell(
    #[case] run: f64,
    #[case] width: usize,
    #[case] done: &str,
    #[case] left: &str,
) {
    assert_eq!(bar(run, width), (done.to_owned(), left.to_owned()));
}

#[test]
fn a_dashboard_opened_from_the_board_says_esc_goes_back() {
    let wall = instant(WALL);
    let mut app = fixture_app(ThemeName::Dark);
    app.update(Action::OpenBriefing, wall);
    let text = text_of(&buffer(&app, 120, 40));
    let footer = text.lines().last().unwrap_or_default();
    assert!(footer.starts_with(" Esc board "), "{footer}");

    app.update(Action::ToggleHelp, wall);
    let help = text_of(&buffer(&app, 120, 40));
    assert!(help.contains("back to the board"), "{help}");
    assert!(
        help.contains("focus the next panel"),
        "the dashboard's keys:\n{help}"
    );
    let esc_keys: Vec<&str> = help
        .lines()
        .filter(|line| line.contains("   Esc   "))
        .collect();
    assert_eq!(esc_keys.len(), 2, "the pop-up's Esc and Esc back:\n{help}");
    assert!(
        esc_keys.iter().all(|line| !line.contains("quit")),
        "Esc quit is hidden by Esc back:\n{help}"
    );

    let alone = App::new(
        crate::briefing::load_built_in().unwrap(),
        ReplayClock::Frozen(instant("2025-09-22T18:00:00Z")),
        ThemeName::Dark,
        wall,
    );
    let text = text_of(&buffer(&alone, 120, 40));
    assert!(
        !text.lines().last().unwrap_or_default().contains("Esc"),
        "{text}"
    );
}
