//! Several briefings from the command line: `print`, `export` and `check` over a folder or
//! repeated `--briefing`, with one file that cannot be loaded. The fixtures in
//! tests/briefings/board are invented missions: on 2 March 2026 at 10:00 UTC, BRAVO expires
//! today (Berlin), ALPHA has 10 days left (New York), CHARLIE lapsed 30 days ago (Tokyo), and
//! delta.toml names a time zone that does not exist. The example set in assets/examples must
//! pass `check` as it is.

mod common;

use std::collections::BTreeSet;

use common::{assert_refused, mandate_countdown};
use serde_json::Value;

const FOLDER: &str = "tests/briefings/board";
const AS_OF: &str = "2026-03-02T10:00:00Z";

fn run(args: &[&str]) -> std::process::Output {
    mandate_countdown()
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn print_json(args: &[&str]) -> Value {
    let output = run(&[&["print", "--format", "json"], args].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("print writes JSON")
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn print_json_over_a_folder_lists_briefings_in_board_order_and_the_file_that_failed() {
    let value = print_json(&["--briefing", FOLDER, "--as-of", AS_OF]);
    assert_eq!(
        keys(&value),
        BTreeSet::from(["as_of", "briefings", "errors"])
    );
    assert_eq!(value["as_of"], AS_OF);
    let briefings = value["briefings"].as_array().expect("an array");
    let short: Vec<&str> = briefings
        .iter()
        .map(|b| b["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        short,
        [
            "tests/briefings/board/bravo.toml",
            "tests/briefings/board/alpha.toml",
            "tests/briefings/board/charlie.toml"
        ]
    );
    // Each is the single-briefing object, plus where it came from and what the board adds.
    let single = print_json(&[
        "--briefing",
        "tests/briefings/board/alpha.toml",
        "--as-of",
        AS_OF,
    ]);
    let mut expected = keys(&single);
    expected.extend(["file", "period_run", "next_milestone"]);
    for briefing in briefings {
        assert_eq!(keys(briefing), expected);
    }
    let alpha = &briefings[1];
    for key in keys(&single) {
        assert_eq!(
            alpha[key], single[key],
            "{key} differs from print on the one file"
        );
    }
    assert_eq!(briefings[0]["status"], "expires_today");
    assert_eq!(briefings[2]["days_since_expiry"], 30);
    assert_eq!(alpha["period_run"], 0.97);
    assert_eq!(alpha["next_milestone"]["date"], "2026-03-12");

    let errors = value["errors"].as_array().expect("an array");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], "tests/briefings/board/delta.toml");
    let problem = &errors[0]["problems"][0];
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(10), Some(12))
    );
    assert!(
        problem["message"]
            .as_str()
            .unwrap()
            .contains("unknown time zone \"Mars/Olympus_Mons\""),
        "{problem}"
    );
}

#[test]
fn repeating_briefing_makes_a_board_of_those_files() {
    let value = print_json(&[
        "--briefing",
        "tests/briefings/board/charlie.toml",
        "--briefing",
        "tests/briefings/board/alpha.toml",
        "--as-of",
        AS_OF,
    ]);
    let names: Vec<&str> = value["briefings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["mandate"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Test mission Alpha", "Test mission Charlie"]);
    assert_eq!(value["errors"], Value::Array(Vec::new()));
}

#[test]
fn one_briefing_file_prints_exactly_as_before() {
    let value = print_json(&[
        "--briefing",
        "tests/briefings/board/alpha.toml",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(value["briefing"], "Alpha: a test mission");
    assert!(value.get("briefings").is_none());
}

#[test]
fn a_date_without_offset_is_read_in_utc_when_the_zones_differ() {
    // New York, Berlin and Tokyo: the date is the one the board's heading shows, whatever the
    // files are called.
    let value = print_json(&["--briefing", FOLDER, "--as-of", "2026-03-02"]);
    assert_eq!(value["as_of"], "2026-03-02T00:00:00Z");
    let output = run(&["print", "--briefing", FOLDER, "--as-of", "2026-03-02T14:30"]);
    assert!(
        stdout(&output).contains("As of:    Mon 2 Mar 2026 14:30:00 UTC"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn print_text_and_markdown_over_a_folder_name_every_row_and_warn_on_stderr() {
    for (format, heading) in [
        ("text", "Mandate board: 4 briefings, 1 failing\n"),
        ("markdown", "# Mandate board: 4 briefings, 1 failing\n"),
    ] {
        let output = run(&[
            "print",
            "--format",
            format,
            "--briefing",
            FOLDER,
            "--as-of",
            AS_OF,
        ]);
        assert_eq!(output.status.code(), Some(0));
        let out = stdout(&output);
        assert!(out.starts_with(heading), "{out}");
        let order: Vec<usize> = [
            "Test mission Bravo",
            "Test mission Alpha",
            "Test mission Charlie",
        ]
        .iter()
        .map(|name| out.find(name).unwrap_or_else(|| panic!("{name} in {out}")))
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{out}");
        assert!(out.contains("delta.toml:10:12: unknown time zone"), "{out}");
        assert!(!out.contains('\u{1b}'), "no escape codes");
        assert!(
            stderr(&output).contains("warning: tests/briefings/board/delta.toml:10:12"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn export_draws_the_board_with_its_failing_row() {
    let output = run(&[
        "export",
        "--briefing",
        FOLDER,
        "--as-of",
        AS_OF,
        "--format",
        "txt",
        "--size",
        "120x40",
        "-o",
        "-",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with(" Mandate board \u{b7} 4 briefings \u{b7} 1 failing"),
        "{text}"
    );
    for words in [
        "BRAVO \u{b7} Test mission Bravo",
        "Expires today",
        "10 days remaining",
        "Expired 30 days ago",
        "CANNOT BE LOADED",
        "delta.toml:10:12",
    ] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }

    let output = run(&[
        "export",
        "--briefing",
        FOLDER,
        "--as-of",
        AS_OF,
        "--format",
        "svg",
        "--size",
        "80x24",
        "-o",
        "-",
    ]);
    let svg = stdout(&output);
    let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let text_of = |tag: &str| {
        document
            .descendants()
            .find(|node| node.has_tag_name(tag))
            .and_then(|node| node.text())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(text_of("title"), "Mandate board");
    assert_eq!(
        text_of("desc"),
        "BRAVO: expires today; ALPHA: 10 days remaining; CHARLIE: expired 30 days ago \
         (1 could not be loaded)"
    );
}

#[test]
fn export_slide_2_of_a_board_is_the_first_briefings_countdown() {
    let output = run(&[
        "export",
        "--briefing",
        FOLDER,
        "--as-of",
        AS_OF,
        "--format",
        "txt",
        "--size",
        "100x30",
        "--slide",
        "2",
        "-o",
        "-",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("BRAVO \u{b7} Test mission Bravo"), "{text}");
    assert!(text.contains("THE MANDATE EXPIRES TODAY"), "{text}");
    assert!(text.ends_with("\n 2/4\n"), "{text}");
    let output = run(&[
        "export",
        "--briefing",
        FOLDER,
        "--format",
        "txt",
        "--size",
        "100x30",
        "--slide",
        "5",
        "-o",
        "-",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--slide 5: this board has slides 1 to 4"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn check_over_a_folder_gives_a_section_per_file_and_exit_2_for_the_one_that_fails() {
    let output = run(&["check", FOLDER]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(2), "{out}");
    for file in ["alpha", "bravo", "charlie"] {
        assert!(
            out.contains(&format!(
                "Checking tests/briefings/board/{file}.toml against its sources"
            )),
            "{file}: {out}"
        );
    }
    assert!(
        out.contains("Checking tests/briefings/board/delta.toml: it cannot be loaded"),
        "{out}"
    );
    assert!(
        out.contains("tests/briefings/board/delta.toml:10:12: unknown time zone"),
        "{out}"
    );
    assert!(
        out.ends_with("Checked 4 briefings: 3 hold, 0 fail, 1 cannot be loaded.\n"),
        "{out}"
    );
}

#[test]
fn check_over_several_files_exits_1_when_one_disagrees_with_its_source() {
    let output = run(&[
        "check",
        "tests/briefings/board/alpha.toml",
        "tests/briefings/misquote.toml",
    ]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains("FAILED: 1 problem."), "{out}");
    assert!(
        out.ends_with("Checked 2 briefings: 1 holds, 1 fails, 0 cannot be loaded.\n"),
        "{out}"
    );

    let output = run(&[
        "check",
        "tests/briefings/board/alpha.toml",
        "tests/briefings/board/bravo.toml",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn check_refuses_a_folder_with_no_briefing() {
    let empty = tempfile::tempdir().expect("a folder");
    let output = run(&["check", &empty.path().to_string_lossy()]);
    assert_refused(&output, &["no *.toml briefing"]);
}

/// The README's picture of the board, made by `cargo run --release --` with these arguments.
const PICTURE_ARGS: [&str; 11] = [
    "export",
    "--briefing",
    "assets/examples",
    "--format",
    "svg",
    "--size",
    "120x38",
    "--as-of",
    "2026-06-20T12:00:00Z",
    "--theme",
    "dark",
];
const PICTURE: &str = "assets/board.svg";

#[test]
fn the_readme_shows_the_board_as_the_code_draws_it() {
    let command = format!(
        "cargo run --release -- {} -o {PICTURE}",
        PICTURE_ARGS.join(" ")
    );
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    assert!(
        readme.contains(&command),
        "README.md should show: {command}"
    );
    assert!(
        readme.contains(&format!("]({PICTURE})")),
        "README.md shows {PICTURE}"
    );
    let output = run(&[&PICTURE_ARGS[..], &["-o", "-"]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let committed = std::fs::read_to_string(PICTURE).unwrap_or_default();
    assert!(
        committed == stdout(&output),
        "{PICTURE} no longer matches what the code draws; regenerate it with\n  {command}"
    );
}

#[test]
fn the_example_set_passes_check() {
    let output = run(&["check", "assets/examples"]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(out.contains("0 fail, 0 cannot be loaded"), "{out}");
}
