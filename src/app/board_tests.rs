//! The board through `update`, with a fixed clock: its order, drilling down and back, the shared
//! clock, presenting, and the selection kept while files change.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::*;
use crate::board::{Board, Watch};

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
}

const WALL: &str = "2026-11-28T12:00:00Z";

/// 2 March 2026, 10:00 UTC: BRAVO expires today (Berlin), ALPHA has 10 days left (New York),
/// CHARLIE lapsed 30 days ago (Tokyo) and delta.toml cannot be loaded.
const SHOWN: &str = "2026-03-02T10:00:00Z";

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/briefings/board")
}

fn board_app(folder: &Path) -> App {
    let wall = instant(WALL);
    let clock = ReplayClock::starting_at(instant(SHOWN), wall, true);
    App::with_board(
        Board::open(&[folder.to_owned()]).unwrap(),
        clock,
        ThemeName::Dark,
        wall,
    )
    .unwrap()
}

/// The rows' short names (file stems for files that fail), top to bottom.
fn rows(app: &App) -> Vec<String> {
    app.board
        .as_ref()
        .unwrap()
        .rows(app.now)
        .iter()
        .map(|entry| match &entry.loaded {
            Ok(loaded) => loaded.briefing.mandate.short_name.clone(),
            Err(_) => entry
                .path
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
        })
        .collect()
}

fn selected(app: &App) -> String {
    let path = app.selected_briefing.as_ref().expect("a selection");
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// A copy of the fixtures that a test may change.
fn copied_fixtures() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("seeds")).unwrap();
    for name in [
        "alpha.toml",
        "bravo.toml",
        "charlie.toml",
        "delta.toml",
        "seeds/test-wire.txt",
    ] {
        std::fs::copy(fixtures().join(name), dir.path().join(name)).unwrap();
    }
    dir
}

/// Writes `text` to `path` with a modification time the watch cannot mistake for the old one.
fn write(path: &Path, text: &str, seconds_later: u64) {
    std::fs::write(path, text).unwrap();
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(seconds_later))
        .unwrap();
}

#[test]
fn opens_on_the_board_in_order_with_the_top_row_selected() {
    let app = board_app(&fixtures());
    assert_eq!(app.mode, Mode::Board);
    assert_eq!(app.key_context(), Context::Board);
    assert_eq!(rows(&app), ["BRAVO", "ALPHA", "CHARLIE", "delta"]);
    assert_eq!(selected(&app), "bravo.toml");
    assert_eq!(app.loaded.briefing.mandate.short_name, "BRAVO");
}

#[test]
fn a_day_on_moves_the_lapsed_mandate_to_the_head_of_the_lapsed_group() {
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    app.update(Action::StepDays(1), wall);
    assert_eq!(rows(&app), ["ALPHA", "BRAVO", "CHARLIE", "delta"]);
    assert_eq!(
        selected(&app),
        "bravo.toml",
        "the selection follows its row"
    );
    app.update(Action::StepDays(-1), wall);
    assert_eq!(rows(&app), ["BRAVO", "ALPHA", "CHARLIE", "delta"]);
    // Eleven days on, ALPHA has lapsed too, a day after BRAVO's lapse: it heads the group.
    app.update(Action::StepDays(11), wall);
    assert_eq!(rows(&app), ["ALPHA", "BRAVO", "CHARLIE", "delta"]);
    let alpha = app.board.as_ref().unwrap().rows(app.now)[0];
    let countdown = alpha.loaded.as_ref().unwrap().briefing.mandate.deadline;
    assert_eq!(countdown.countdown_at(app.now).days_since_expiry, Some(1));
}

#[test]
fn selection_moves_in_board_order_and_stops_at_the_ends() {
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    app.update(Action::SelectPrevious, wall);
    assert_eq!(selected(&app), "bravo.toml");
    let mut seen = Vec::new();
    for _ in 0..5 {
        app.update(Action::SelectNext, wall);
        seen.push(selected(&app));
    }
    assert_eq!(
        seen,
        [
            "alpha.toml",
            "charlie.toml",
            "delta.toml",
            "delta.toml",
            "delta.toml"
        ]
    );
}

#[test]
fn enter_opens_the_dashboard_and_esc_returns_to_the_same_row() {
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    app.update(Action::SelectNext, wall);
    app.update(Action::OpenBriefing, wall);
    assert_eq!(app.mode, Mode::Dashboard);
    assert_eq!(app.key_context(), Context::FromBoard);
    assert_eq!(app.loaded.briefing.mandate.short_name, "ALPHA");
    assert_eq!(app.countdown().days_remaining, 10);
    // The dashboard's own keys act on the opened briefing as they always do.
    app.update(Action::FocusNext, wall);
    app.update(Action::ToggleSource, wall);
    assert!(app.overlay.is_some());
    app.update(Action::CloseOverlay, wall);
    app.update(Action::StepDays(1), wall);
    assert_eq!(app.countdown().days_remaining, 9);

    app.update(Action::Back, wall);
    assert_eq!(app.mode, Mode::Board);
    assert_eq!(app.exit, None);
    assert_eq!(selected(&app), "alpha.toml");
    // The day stepped on the dashboard is the board's day too: BRAVO has lapsed.
    assert_eq!(rows(&app), ["ALPHA", "BRAVO", "CHARLIE", "delta"]);
}

#[test]
fn reopening_a_briefing_keeps_its_selection_and_another_starts_afresh() {
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    app.update(Action::OpenBriefing, wall);
    app.update(Action::FocusNext, wall);
    let focus = app.focus;
    app.update(Action::Back, wall);
    app.update(Action::OpenBriefing, wall);
    assert_eq!(app.focus, focus, "the same briefing, as it was left");
    app.update(Action::Back, wall);
    app.update(Action::SelectNext, wall);
    app.update(Action::OpenBriefing, wall);
    assert_eq!(app.focus, Panel::Quotes);
}

#[test]
fn enter_on_a_file_that_failed_stays_on_the_board() {
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    for _ in 0..3 {
        app.update(Action::SelectNext, wall);
    }
    assert_eq!(selected(&app), "delta.toml");
    app.update(Action::OpenBriefing, wall);
    assert_eq!(app.mode, Mode::Board);
}

#[test]
fn esc_quits_from_the_board_and_from_a_dashboard_without_one() {
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    let esc = |app: &App| {
        let key =
            ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Esc);
        action::action_for(key, app.key_context(), false).unwrap()
    };
    app.update(esc(&app), wall);
    assert_eq!(app.exit, Some(Exit::Quit));

    let mut single = App::new(
        crate::briefing::load_built_in().unwrap(),
        ReplayClock::REAL,
        ThemeName::Dark,
        wall,
    );
    single.update(esc(&single), wall);
    assert_eq!(single.exit, Some(Exit::Quit));
}

#[test]
fn the_period_bar_moves_with_the_shared_clock() {
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    let alpha = |app: &App| {
        let entry = app
            .board
            .as_ref()
            .unwrap()
            .get(&fixtures().join("alpha.toml"));
        let briefing = &entry.unwrap().loaded.as_ref().unwrap().briefing;
        crate::board::period(briefing, app.now).unwrap().run
    };
    // ALPHA runs from 13 Mar 2025 to the end of 12 Mar 2026: 365 days.
    let before = alpha(&app);
    app.update(Action::StepDays(-73), wall);
    let earlier = alpha(&app);
    assert!(
        ((before - earlier) - 73.0 / 365.0).abs() < 1e-3,
        "{before} - {earlier}"
    );
    app.update(Action::StepDays(200), wall);
    assert!((alpha(&app) - 1.0).abs() < f64::EPSILON, "full once lapsed");
}

#[test]
fn presenting_the_board_shows_it_then_each_countdown_and_returns_to_it() {
    use crate::presentation::Slide;
    let wall = instant(WALL);
    let mut app = board_app(&fixtures());
    app.update(Action::TogglePresentation, wall);
    let show = app.presentation().expect("presenting");
    assert!(show.is_board());
    assert_eq!(
        show.slides,
        [
            Slide::Board,
            Slide::Mandate(0),
            Slide::Mandate(1),
            Slide::Mandate(2)
        ],
        "one countdown for each briefing that loaded"
    );
    app.update(Action::NextSlide, wall);
    assert_eq!(app.presentation().unwrap().slide(), Slide::Mandate(0));
    app.update(Action::TogglePresentation, wall);
    assert_eq!(app.mode, Mode::Board);

    app.update(Action::OpenBriefing, wall);
    app.update(Action::TogglePresentation, wall);
    assert!(
        !app.presentation().unwrap().is_board(),
        "a briefing's own show"
    );
    app.update(Action::TogglePresentation, wall);
    assert_eq!(app.mode, Mode::Dashboard);
}

#[test]
fn the_selection_stays_on_its_file_as_files_come_and_go() {
    let wall = instant(WALL);
    let dir = copied_fixtures();
    let mut watch = Watch::new(&[dir.path().to_owned()]);
    let mut app = board_app(dir.path());
    app.update(Action::SelectNext, wall);
    assert_eq!(selected(&app), "alpha.toml");

    // A new file that lapses soonest takes the top row; ALPHA stays selected, a row lower.
    let alpha = std::fs::read_to_string(dir.path().join("alpha.toml")).unwrap();
    let echo = alpha
        .replace("\"ALPHA\"", "\"ECHO\"")
        .replace("expires = \"2026-03-12\"", "expires = \"2026-03-05\"");
    write(&dir.path().join("echo.toml"), &echo, 0);
    app.board_changed(watch.poll().expect("a new file"));
    assert_eq!(rows(&app), ["BRAVO", "ECHO", "ALPHA", "CHARLIE", "delta"]);
    assert_eq!(selected(&app), "alpha.toml");

    // The selected file goes: the row that took its place is selected.
    std::fs::remove_file(dir.path().join("alpha.toml")).unwrap();
    app.board_changed(watch.poll().expect("a removed file"));
    assert_eq!(rows(&app), ["BRAVO", "ECHO", "CHARLIE", "delta"]);
    assert_eq!(selected(&app), "charlie.toml");
}

#[test]
fn the_open_briefing_reloads_and_keeps_its_last_good_version_on_a_bad_edit() {
    let wall = instant(WALL);
    let dir = copied_fixtures();
    let path = dir.path().join("alpha.toml");
    let good = std::fs::read_to_string(&path).unwrap();
    let mut watch = Watch::new(&[dir.path().to_owned()]);
    let mut app = board_app(dir.path());
    app.update(Action::SelectNext, wall);
    app.update(Action::OpenBriefing, wall);

    write(
        &path,
        &good.replace("Test mission Alpha", "Mission Alpha, renamed"),
        5,
    );
    app.board_changed(watch.poll().expect("an edit"));
    assert_eq!(app.loaded.briefing.mandate.name, "Mission Alpha, renamed");
    assert_eq!(app.reload_error, None);

    write(&path, &good.replace("America/New_York", "Mars/Base"), 10);
    app.board_changed(watch.poll().expect("a bad edit"));
    assert_eq!(app.loaded.briefing.mandate.name, "Mission Alpha, renamed");
    let error = app.reload_error.clone().expect("a banner");
    assert!(
        error.contains("alpha.toml:10:12: unknown time zone"),
        "{error}"
    );

    app.update(Action::Back, wall);
    assert_eq!(
        selected(&app),
        "alpha.toml",
        "the failing row keeps the selection"
    );
    let board = app.board.as_ref().unwrap();
    assert!(
        board.get(&path).unwrap().loaded.is_err(),
        "the row shows the error"
    );
}

#[test]
fn an_edit_to_the_briefing_behind_the_board_keeps_the_boards_show() {
    let wall = instant(WALL);
    let dir = copied_fixtures();
    let mut watch = Watch::new(&[dir.path().to_owned()]);
    let mut app = board_app(dir.path());
    // Nothing opened yet: the briefing behind the board is its top row's, BRAVO.
    assert_eq!(app.loaded.briefing.mandate.short_name, "BRAVO");
    app.update(Action::TogglePresentation, wall);
    app.update(Action::NextSlide, wall);

    let path = dir.path().join("bravo.toml");
    let bravo = std::fs::read_to_string(&path).unwrap();
    write(
        &path,
        &bravo.replace("Test mission Bravo", "Bravo, renamed"),
        5,
    );
    app.board_changed(watch.poll().expect("an edit"));

    let show = app.presentation().expect("still presenting");
    assert!(show.is_board(), "{:?}", show.slides);
    assert_eq!(show.slides.len(), 4, "the board and three countdowns");
    assert_eq!(show.current, 1);
    app.update(Action::TogglePresentation, wall);
    assert_eq!(app.mode, Mode::Board);
}
