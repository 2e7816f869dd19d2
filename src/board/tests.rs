use std::time::Duration;

use chrono_tz::America::New_York;
use chrono_tz::Asia::Tokyo;
use chrono_tz::Europe::Berlin;
use chrono_tz::Tz;
use rstest::rstest;

use super::*;
use crate::briefing::{Origin, load_built_in};

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The built-in briefing with another expiry date and zone, as file `name`.
fn entry(name: &str, expires: &str, timezone: Tz) -> Entry {
    let mut loaded = load_built_in().unwrap();
    loaded.origin = Origin::File(name.into());
    loaded.briefing.mandate.short_name = name.to_owned();
    let deadline = &mut loaded.briefing.mandate.deadline;
    deadline.expires = date(expires);
    deadline.timezone = timezone;
    Entry {
        path: name.into(),
        loaded: Ok(loaded),
    }
}

fn failing(name: &str) -> Entry {
    Entry {
        path: name.into(),
        loaded: Err(LoadError::Read {
            origin: Origin::File(name.into()),
            source: io::Error::other("gone"),
        }),
    }
}

fn names(board: &Board, now: DateTime<Utc>) -> Vec<String> {
    board
        .rows(now)
        .iter()
        .map(|entry| entry.path.display().to_string())
        .collect()
}

/// In file order: a lapsed one, a broken file, two in force, an older lapsed one, one today.
fn mixed_board() -> Board {
    Board {
        entries: vec![
            entry("lapsed-recently", "2026-02-20", New_York),
            failing("broken"),
            entry("in-force-later", "2026-06-30", Berlin),
            entry("in-force-soon", "2026-03-10", Tokyo),
            entry("lapsed-long-ago", "2025-10-02", New_York),
            entry("expires-today", "2026-03-02", New_York),
        ],
    }
}

#[test]
fn orders_soonest_lapse_first_then_lapsed_most_recent_first_then_failing_files() {
    let now = instant("2026-03-02T15:00:00Z");
    assert_eq!(
        names(&mixed_board(), now),
        [
            "expires-today",
            "in-force-soon",
            "in-force-later",
            "lapsed-recently",
            "lapsed-long-ago",
            "broken"
        ]
    );
}

#[test]
fn a_mandate_joins_the_lapsed_group_at_its_lapse_instant() {
    let board = mixed_board();
    // "expires-today" lapses at midnight New York time, 05:00 UTC on 3 March.
    let before = instant("2026-03-03T04:59:59Z");
    assert_eq!(names(&board, before)[0], "expires-today");
    let after = instant("2026-03-03T05:00:00Z");
    let order = names(&board, after);
    assert_eq!(order[0], "in-force-soon");
    assert_eq!(
        order[2], "expires-today",
        "the newest lapse heads the lapsed group: {order:?}"
    );
    assert_eq!(rank(&board.entries[5], after).0, Group::Lapsed);
}

#[test]
fn reads_an_as_of_without_offset_in_the_shared_zone_else_in_utc() {
    let new_york = Board {
        entries: vec![
            failing("broken"),
            entry("a", "2026-03-10", New_York),
            entry("b", "2026-06-30", New_York),
        ],
    };
    assert_eq!(new_york.zone(), New_York, "a failing file has no zone");
    assert_eq!(mixed_board().zone(), chrono_tz::UTC);
    assert_eq!(Board::default().zone(), chrono_tz::UTC);
}

#[test]
fn ties_keep_file_order() {
    let board = Board {
        entries: vec![
            failing("b"),
            failing("a"),
            entry("y", "2026-03-10", New_York),
            entry("x", "2026-03-10", New_York),
        ],
    };
    assert_eq!(
        names(&board, instant("2026-03-01T12:00:00Z")),
        ["y", "x", "b", "a"]
    );
}

#[rstest]
// A year from 2 Oct 2024 to the end of 2 Oct 2025 (New York): 366 days and a DST change.
#[case::before_the_start("2024-10-01T12:00:00Z", 0.0)]
#[case::at_the_start("2024-10-02T04:00:00Z", 0.0)]
#[case::half_way("2025-04-02T16:00:00Z", 0.5)]
#[case::at_the_lapse("2025-10-03T04:00:00Z", 1.0)]
#[case::long_after("2026-11-28T12:00:00Z", 1.0)]
fn measures_the_period_from_its_start_to_the_lapse(#[case] now: &str, #[case] run: f64) {
    let mut briefing = load_built_in().unwrap().briefing;
    briefing.mandate.starts = Some(date("2024-10-02"));
    let measured = period(&briefing, instant(now)).unwrap().run;
    assert!(
        (measured - run).abs() < 0.002,
        "{measured} at {now}, expected {run}"
    );
}

#[test]
fn the_period_starts_at_midnight_in_the_mandates_zone() {
    let mut briefing = load_built_in().unwrap().briefing;
    briefing.mandate.starts = Some(date("2025-10-01"));
    briefing.mandate.deadline.timezone = Tokyo;
    briefing.mandate.deadline.expires = date("2025-10-01");
    // Midnight in Tokyo on 1 October is 15:00 UTC on 30 September; the period is that day.
    let run = |now| period(&briefing, instant(now)).unwrap().run;
    assert!(run("2025-09-30T14:59:59Z").abs() < f64::EPSILON);
    assert!((run("2025-10-01T03:00:00Z") - 0.5).abs() < 1e-9);
}

#[test]
fn without_a_start_the_period_runs_from_the_first_milestone() {
    let briefing = load_built_in().unwrap().briefing;
    assert_eq!(briefing.mandate.starts, None);
    let half_way = period(&briefing, instant("2024-10-02T04:00:00Z")).unwrap();
    assert_eq!(half_way.start, date("2023-10-02"));
    let run = half_way.run;
    // 2 Oct 2023 to the end of 2 Oct 2025: two years and a day; half-way is about 2 Oct 2024.
    assert!((run - 0.5).abs() < 0.002, "{run}");
}

#[test]
fn gives_no_period_without_a_start_before_the_lapse() {
    let mut briefing = load_built_in().unwrap().briefing;
    briefing.milestones.clear();
    assert_eq!(period(&briefing, instant("2025-09-01T00:00:00Z")), None);
    let mut late = load_built_in().unwrap().briefing;
    late.mandate.starts = Some(date("2025-10-03"));
    assert_eq!(period(&late, instant("2025-09-01T00:00:00Z")), None);
}

/// A period of exactly 100 days in UTC, from 1 January 2026 to the end of 10 April.
fn hundred_day_period() -> Briefing {
    let mut briefing = load_built_in().unwrap().briefing;
    briefing.mandate.starts = Some(date("2026-01-01"));
    briefing.mandate.deadline.expires = date("2026-04-10");
    briefing.mandate.deadline.timezone = chrono_tz::UTC;
    briefing
}

#[rstest]
#[case::at_the_start("2026-01-01T00:00:00Z", 0)]
// 57/100 as a float is 0.56999..., whose hundredfold rounds down to 56.
#[case::day_57_exactly("2026-02-27T00:00:00Z", 57)]
#[case::a_second_before_day_57("2026-02-26T23:59:59Z", 56)]
#[case::a_second_before_the_lapse("2026-04-10T23:59:59Z", 99)]
#[case::at_the_lapse("2026-04-11T00:00:00Z", 100)]
fn gives_the_share_run_in_whole_percent_rounded_down(#[case] now: &str, #[case] percent: u8) {
    let period = period(&hundred_day_period(), instant(now)).unwrap();
    assert_eq!(period.percent, percent, "at {now}");
}

#[rstest]
#[case::before_the_meeting("2025-09-21T12:00:00Z", Some("2025-09-22"))]
#[case::on_the_day_of_one("2025-09-22T23:00:00Z", Some("2025-09-22"))]
#[case::the_day_after_in_new_york("2025-09-23T05:00:00Z", Some("2025-09-23"))]
#[case::after_the_last("2025-10-03T12:00:00Z", None)]
fn names_the_next_milestone_on_or_after_today(#[case] now: &str, #[case] next: Option<&str>) {
    let briefing = load_built_in().unwrap().briefing;
    let found = next_milestone(&briefing, instant(now)).map(|m| m.date);
    assert_eq!(found, next.map(date));
}

#[test]
fn lists_a_folders_briefings_by_name_and_files_as_given() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "b.toml",
        "a.toml",
        "notes.txt",
        ".a.toml.swp",
        ".hidden.toml",
    ] {
        std::fs::write(dir.path().join(name), "").unwrap();
    }
    std::fs::create_dir(dir.path().join("folder.toml")).unwrap();
    let given = PathBuf::from("elsewhere/missing.toml");
    let sources = [
        given.clone(),
        dir.path().to_owned(),
        dir.path().join("a.toml"),
    ];
    assert_eq!(
        list(&sources).unwrap(),
        [given, dir.path().join("a.toml"), dir.path().join("b.toml")]
    );
}

#[test]
fn a_board_is_several_files_or_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.toml");
    assert!(!wants_board(&[]));
    assert!(!wants_board(std::slice::from_ref(&file)));
    assert!(wants_board(&[file.clone(), file]));
    assert!(wants_board(&[dir.path().to_owned()]));
}

#[test]
fn opens_a_folder_with_a_row_for_the_file_that_fails() {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/briefings/board");
    let board = Board::open(&[folder]).unwrap();
    assert_eq!(board.entries.len(), 4);
    assert_eq!(board.failing(), 1);
    let rows = board.rows(instant("2026-03-02T10:00:00Z"));
    let short_names: Vec<_> = rows
        .iter()
        .map(|entry| match &entry.loaded {
            Ok(loaded) => loaded.briefing.mandate.short_name.clone(),
            Err(error) => error.to_string(),
        })
        .collect();
    assert_eq!(short_names[..3], ["BRAVO", "ALPHA", "CHARLIE"]);
    assert!(
        short_names[3].contains("delta.toml:10:12: unknown time zone"),
        "{short_names:?}"
    );
}

/// Sets a file's modification time, so a change is seen however coarse the file system's clock.
fn touch(path: &Path, seconds_later: u64) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(seconds_later))
        .unwrap();
}

#[test]
fn the_watch_sees_files_added_changed_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
    std::fs::write(&a, "title = 1").unwrap();
    let sources = [dir.path().to_owned()];
    let mut watch = Watch::new(&sources);
    let mut board = Board::open(&sources).unwrap();
    assert!(watch.poll().is_none(), "nothing changed yet");

    std::fs::write(&b, "title = 2").unwrap();
    let update = watch.poll().expect("a new file");
    assert_eq!(update.paths, [a.clone(), b.clone()]);
    let reloaded: Vec<_> = update.reloaded.iter().map(|e| e.path.clone()).collect();
    assert_eq!(
        reloaded,
        std::slice::from_ref(&b),
        "only the new file is read"
    );
    board.apply(update);
    assert_eq!(board.entries.len(), 2);
    assert!(watch.poll().is_none());

    touch(&a, 5);
    let update = watch.poll().expect("a written file");
    assert_eq!(update.reloaded.len(), 1);
    assert_eq!(update.reloaded[0].path, a);

    std::fs::remove_file(&a).unwrap();
    let update = watch.poll().expect("a removed file");
    assert!(update.reloaded.is_empty());
    board.apply(update);
    let left: Vec<_> = board.entries.iter().map(|e| e.path.clone()).collect();
    assert_eq!(left, [b]);
}

#[test]
fn applying_an_update_keeps_the_files_that_did_not_change() {
    let mut board = Board {
        entries: vec![
            entry("a", "2026-03-10", New_York),
            entry("b", "2026-03-11", New_York),
        ],
    };
    let revision = |board: &Board, name: &str| {
        board
            .get(Path::new(name))
            .and_then(|e| e.loaded.as_ref().ok())
            .map(|l| l.revision)
    };
    let kept = revision(&board, "a");
    board.apply(Update {
        paths: vec!["a".into(), "b".into(), "c".into()],
        reloaded: vec![
            entry("b", "2026-04-01", New_York),
            entry("c", "2026-05-01", New_York),
        ],
    });
    assert_eq!(board.entries.len(), 3);
    assert_eq!(revision(&board, "a"), kept);
    let b = board.get(Path::new("b")).unwrap().loaded.as_ref().unwrap();
    assert_eq!(b.briefing.mandate.deadline.expires, date("2026-04-01"));
    assert_eq!(
        names(&board, instant("2026-03-01T00:00:00Z")),
        ["a", "b", "c"]
    );
}
