//! The command line as scripts and people meet it (see PRODUCT.md, "Command line"): exit codes,
//! the `print` formats and their JSON contract, and the one-line messages that bad usage and bad
//! briefings get. Briefing fixtures live in tests/briefings/: `good.toml` loads, each file under
//! `bad/` is `good.toml` with one defect, and the seeds/ folders beside them are byte-for-byte
//! copies of the article so that `seeds/...` sources resolve next to each briefing.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{assert_refused, mandate_countdown};
use predicates::prelude::*;
use rstest::rstest;
use serde_json::{Value, json};

const ESC: u8 = 0x1b;
const BEL: u8 = 0x07;
/// U+009B, the one-character CSI, as UTF-8.
const C1_CSI: &[u8] = "\u{9b}".as_bytes();
const SEED: &str = "seeds/000_0073b1465f77e1bd.txt";

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/briefings")
        .join(relative)
}

fn read_fixture(relative: &str) -> String {
    std::fs::read_to_string(fixture(relative)).expect("fixture is readable UTF-8")
}

fn has_byte(bytes: &[u8], byte: u8) -> bool {
    bytes.contains(&byte)
}

fn has_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// Asserts that nothing a terminal would act on is in `bytes`.
fn assert_inert(bytes: &[u8], what: &str) {
    let shown = String::from_utf8_lossy(bytes);
    assert!(
        !has_byte(bytes, ESC),
        "{what} holds an ESC byte:\n{shown:?}"
    );
    assert!(!has_byte(bytes, BEL), "{what} holds a BEL byte:\n{shown:?}");
    assert!(
        !has_bytes(bytes, C1_CSI),
        "{what} holds a C1 CSI:\n{shown:?}"
    );
}

/// Runs `print --format json` with `args` and parses what it prints.
fn print_json(args: &[&str]) -> Value {
    let output = mandate_countdown()
        .args(["print", "--format", "json"])
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "exit {:?}, stderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("print --format json prints JSON")
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

fn array(value: &Value) -> &[Value] {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
}

/// Where in a fixture a complaint must point.
#[derive(Debug, Clone, Copy)]
enum Spot {
    /// At the first character of this text, which occurs once in the file.
    At(&'static str),
    /// Just past this text, which occurs once in the file (where something is missing).
    After(&'static str),
    /// At `target` inside `context`, which occurs once in the file.
    Within(&'static str, &'static str),
    /// The file as a whole: what is wrong is something absent from it.
    StartOfFile,
}

/// The 1-based line and column (in characters) of `spot` in `text`.
fn line_and_column(text: &str, spot: Spot) -> (usize, usize) {
    let find_once = |needle: &str| {
        assert_eq!(
            text.matches(needle).count(),
            1,
            "{needle:?} should occur exactly once in the fixture"
        );
        text.find(needle).unwrap_or_default()
    };
    let offset = match spot {
        Spot::At(needle) => find_once(needle),
        Spot::After(needle) => find_once(needle) + needle.len(),
        Spot::Within(context, target) => {
            find_once(context) + context.find(target).expect("target is in its context")
        }
        Spot::StartOfFile => 0,
    };
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}

#[rstest]
#[case::text("text")]
#[case::markdown("markdown")]
#[case::json("json")]
fn prints_every_format_without_escape_codes(#[case] format: &str) {
    let output = mandate_countdown()
        .args(["print", "--format", format, "--as-of", "2025-09-23"])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0));
    assert_inert(&output.stdout, "stdout");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    match format {
        "text" => assert!(stdout.contains("9 days remaining"), "{stdout}"),
        "markdown" => assert!(stdout.starts_with("# "), "{stdout}"),
        _ => {
            serde_json::from_str::<Value>(&stdout).expect("valid JSON");
        }
    }
}

#[test]
fn keeps_exactly_the_json_fields_of_the_contract() {
    let summary = print_json(&["--as-of", "2025-09-23"]);
    assert_eq!(
        keys(&summary),
        set(&[
            "briefing",
            "as_of",
            "mandate",
            "status",
            "days_remaining",
            "days_since_expiry",
            "seconds_remaining",
            "forces",
            "ratio",
            "quotes",
            "milestones",
        ])
    );
    assert_eq!(
        keys(&summary["mandate"]),
        set(&["name", "expires", "timezone"])
    );
    for force in array(&summary["forces"]) {
        assert_eq!(keys(force), set(&["label", "personnel", "basis", "source"]));
    }
    for quote in array(&summary["quotes"]) {
        assert_eq!(
            keys(quote),
            set(&["speaker", "role", "date", "text", "source"])
        );
    }
    assert!(!array(&summary["milestones"]).is_empty());
    for milestone in array(&summary["milestones"]) {
        assert_eq!(keys(milestone), set(&["date", "label"]));
    }
}

#[test]
fn reports_the_built_in_briefing_as_of_the_day_after_the_meeting() {
    let summary = print_json(&["--as-of", "2025-09-23"]);
    assert_eq!(summary["briefing"], "MSS Haiti: mandate transition");
    assert_eq!(summary["as_of"], "2025-09-23T00:00:00-04:00");
    assert_eq!(summary["status"], "active");
    assert_eq!(summary["days_remaining"], 9);
    assert_eq!(summary["days_since_expiry"], Value::Null);
    // Ten whole days from midnight New York (04:00Z) to the lapse at 2025-10-03T04:00Z.
    assert_eq!(summary["seconds_remaining"], 864_000);
    assert_eq!(summary["mandate"]["expires"], "2025-10-02");
    assert_eq!(summary["mandate"]["timezone"], "America/New_York");

    let forces = array(&summary["forces"]);
    let personnel: Vec<&Value> = forces.iter().map(|force| &force["personnel"]).collect();
    assert_eq!(personnel, [&json!(989), &json!(5500)]);
    let bases: Vec<&Value> = forces.iter().map(|force| &force["basis"]).collect();
    assert_eq!(bases, [&json!("reported"), &json!("stated")]);
    assert_eq!(forces[1]["source"], SEED);

    let ratio = summary["ratio"].as_f64().expect("ratio is a number");
    assert!((ratio - 5.56).abs() < 1e-9, "ratio {ratio}");

    let quotes = array(&summary["quotes"]);
    assert_eq!(quotes.len(), 4);
    for quote in quotes {
        assert_eq!(quote["date"], "2025-09-22", "{quote}");
        assert_eq!(quote["source"], SEED, "{quote}");
    }
}

#[rstest]
#[case::day_of_the_meeting("2025-09-22", "active", 10, None, 950_400, "10 days remaining")]
#[case::expiry_date("2025-10-02", "expires_today", 0, None, 86_400, "expires today")]
#[case::day_after_expiry("2025-10-03", "expired", 0, Some(1), 0, "expired 1 day ago")]
// 421 days and one hour (EST is UTC-5) after the lapse.
#[case::long_after("2026-11-28", "expired", 0, Some(422), -36_378_000, "expired 422 days ago")]
// 23:30 in Los Angeles on 1 October is 02:30 on 2 October in New York.
#[case::offset_converted_to_new_york(
    "2025-10-01T23:30:00-07:00",
    "expires_today",
    0,
    None,
    77_400,
    "expires today"
)]
#[case::last_second("2025-10-02T23:59:59", "expires_today", 0, None, 1, "expires today")]
#[case::lapse_instant("2025-10-03T00:00:00", "expired", 0, Some(1), 0, "expired 1 day ago")]
fn counts_calendar_days_in_new_york(
    #[case] as_of: &str,
    #[case] status: &str,
    #[case] days_remaining: i64,
    #[case] days_since_expiry: Option<i64>,
    #[case] seconds_remaining: i64,
    #[case] sentence: &str,
) {
    let summary = print_json(&["--as-of", as_of]);
    assert_eq!(summary["status"], status);
    assert_eq!(summary["days_remaining"], days_remaining);
    assert_eq!(summary["days_since_expiry"], json!(days_since_expiry));
    assert_eq!(summary["seconds_remaining"], seconds_remaining);

    mandate_countdown()
        .args(["print", "--as-of", as_of])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Status:   {sentence} ({status})"
        )));
}

#[rstest]
#[case::word_for_a_date(&["--as-of", "yesterday"], &["--as-of \"yesterday\" is not a date or time", "YYYY-MM-DD"])]
#[case::impossible_date(&["--as-of", "2025-02-30"], &["--as-of \"2025-02-30\" is not a date or time", "YYYY-MM-DD"])]
#[case::unknown_theme(&["--theme", "neon"], &["invalid value 'neon'", "contrast"])]
#[case::unknown_format(&["print", "--format", "pdf"], &["invalid value 'pdf'", "markdown"])]
#[case::missing_briefing(&["--briefing", "/nonexistent.toml"], &["/nonexistent.toml", "cannot read the briefing"])]
#[case::endless_briefing(&["--briefing", "/dev/zero", "print"], &["/dev/zero", "too large to be a briefing"])]
fn refuses_bad_usage_with_exit_2(#[case] args: &[&str], #[case] fragments: &[&str]) {
    let output = mandate_countdown()
        .args(args)
        .output()
        .expect("the binary runs");
    assert_refused(&output, fragments);
}

#[rstest]
#[case::unclosed_table_header(
    "unclosed_table_header.toml",
    Spot::After("\n[mandate"),
    &["unclosed table", "expected `]`"]
)]
#[case::missing_mandate("missing_mandate.toml", Spot::StartOfFile, &["missing field `mandate`"])]
#[case::unknown_key(
    "unknown_key.toml",
    Spot::Within("\nshort_nmae =", "short_nmae"),
    &["unknown field `short_nmae`", "`short_name`"]
)]
#[case::unknown_time_zone(
    "unknown_time_zone.toml",
    Spot::At("\"Africa/Port-au-Prince\""),
    &["unknown time zone \"Africa/Port-au-Prince\"", "IANA"]
)]
#[case::impossible_date(
    "impossible_date.toml",
    Spot::At("\"2025-02-30\""),
    &["\"2025-02-30\" is not a real date", "YYYY-MM-DD"]
)]
#[case::negative_personnel(
    "negative_personnel.toml",
    Spot::At("-989"),
    &["personnel must be a whole number above 0", "-989"]
)]
#[case::zero_personnel(
    "zero_personnel.toml",
    Spot::Within("personnel = 0\n", "0"),
    &["personnel must be a whole number above 0", "not 0"]
)]
#[case::rumoured_basis(
    "rumoured_basis.toml",
    Spot::At("\"rumoured\""),
    &["unknown variant `rumoured`", "`stated`", "`reported`", "`derived`"]
)]
#[case::source_outside_seeds(
    "source_outside_seeds.toml",
    Spot::At("\"../x.txt\""),
    &["\"../x.txt\" must be a relative path to a file in a seeds/ folder"]
)]
fn refuses_a_bad_briefing_at_its_line_and_column(
    #[case] name: &str,
    #[case] spot: Spot,
    #[case] fragments: &[&str],
) {
    let relative = format!("tests/briefings/bad/{name}");
    let (line, column) = line_and_column(&read_fixture(&format!("bad/{name}")), spot);
    let output = mandate_countdown()
        .args(["print", "--briefing", &relative])
        .output()
        .expect("the binary runs");
    let position = format!("{relative}:{line}:{column}: ");
    let mut expected = vec![position.as_str()];
    expected.extend_from_slice(fragments);
    let stderr = assert_refused(&output, &expected);
    // One defect, one message.
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn loads_the_good_briefing_without_warnings() {
    mandate_countdown()
        .args([
            "print",
            "--briefing",
            "tests/briefings/good.toml",
            "--as-of",
            "2025-09-23",
        ])
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty())
        .stdout(predicate::str::contains("9 days remaining"));
}

/// A briefing may hold no forces or no quotes (many articles state no count or quote
/// nobody): it loads, `check` passes, and every format says what it lacks.
#[rstest]
#[case::no_forces("no_forces.toml", 0, 2)]
#[case::no_quotes("no_quotes.toml", 2, 0)]
#[case::neither("no_forces_or_quotes.toml", 0, 0)]
fn prints_and_checks_a_briefing_without_forces_or_quotes(
    #[case] name: &str,
    #[case] forces: usize,
    #[case] quotes: usize,
) {
    let path = fixture(name);
    let path = path.to_str().unwrap();
    let json = print_json(&["--briefing", path, "--as-of", "2025-09-23"]);
    assert_eq!(array(&json["forces"]).len(), forces, "{json}");
    assert_eq!(array(&json["quotes"]).len(), quotes, "{json}");
    assert_eq!(
        json["ratio"],
        if forces == 2 {
            json!(5.56)
        } else {
            Value::Null
        }
    );
    for format in ["text", "markdown"] {
        let output = mandate_countdown()
            .args(["print", "--format", format, "--briefing", path])
            .args(["--as-of", "2025-09-23"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8(output.stdout).unwrap();
        assert_eq!(
            text.contains("No figures"),
            forces == 0,
            "{format}:\n{text}"
        );
        assert_eq!(text.contains("No quotes"), quotes == 0, "{format}:\n{text}");
        assert!(text.contains("9 days remaining"), "{format}:\n{text}");
    }
    mandate_countdown()
        .args(["check", path])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(format!("{quotes} quote")));
    let svg = std::env::temp_dir().join(format!(
        "mandate-countdown-{}-{name}.svg",
        std::process::id()
    ));
    mandate_countdown()
        .args([
            "export",
            "--briefing",
            path,
            "--format",
            "svg",
            "--size",
            "80x24",
            "-o",
        ])
        .arg(&svg)
        .assert()
        .code(0);
    let drawn = std::fs::read_to_string(&svg).unwrap();
    std::fs::remove_file(&svg).unwrap();
    assert!(
        drawn.contains("No figures") == (forces == 0) && drawn.contains("<svg"),
        "{drawn}"
    );
}

#[test]
fn resolves_sources_next_to_the_briefing_not_the_working_directory() {
    let elsewhere = tempfile::tempdir().expect("a temporary directory");
    // Run from a directory without seeds/: the fixture's sources are still found.
    mandate_countdown()
        .current_dir(elsewhere.path())
        .arg("print")
        .arg("--briefing")
        .arg(fixture("good.toml"))
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty());
    // A copy away from its seeds still loads, but warns that it cannot read them.
    let copy = elsewhere.path().join("good.toml");
    std::fs::copy(fixture("good.toml"), &copy).expect("copy the fixture");
    mandate_countdown()
        .arg("print")
        .arg("--briefing")
        .arg(&copy)
        .assert()
        .code(0)
        .stderr(
            predicate::str::contains("warning").and(predicate::str::contains(format!(
                "cannot read source \"{SEED}\""
            ))),
        );
}

#[test]
fn keeps_the_seed_copies_byte_for_byte() {
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED);
    let original = std::fs::read(&article).expect("the project's seed");
    for copy in [SEED.to_owned(), format!("bad/{SEED}")] {
        let bytes = std::fs::read(fixture(&copy)).expect("the fixture's seed");
        assert!(
            bytes == original,
            "tests/briefings/{copy} differs from {SEED}"
        );
    }
}

#[test]
fn warns_about_a_misquote_but_still_prints() {
    let relative = "tests/briefings/misquote.toml";
    let (line, column) = line_and_column(
        &read_fixture("misquote.toml"),
        Spot::At("\"This effort responds"),
    );
    let output = mandate_countdown()
        .args(["print", "--briefing", relative, "--as-of", "2025-09-23"])
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("broad endorsement"),
        "the briefing is still shown"
    );
    let position = format!("{relative}:{line}:{column}: ");
    assert!(stderr.contains("warning"), "{stderr}");
    assert!(stderr.contains(&position), "{position:?} not in: {stderr}");
    assert!(stderr.contains("not verbatim"), "{stderr}");
    assert!(
        stderr.contains("differs: \"broad\" in the briefing, \"full\" in the source"),
        "the changed word is named: {stderr}"
    );
    assert_eq!(
        stderr.matches("warning:").count(),
        1,
        "only the changed quote: {stderr}"
    );
}

#[test]
fn prints_the_plain_summary_when_stdout_is_a_pipe() {
    let printed = mandate_countdown()
        .args(["print", "--as-of", "2025-09-23"])
        .output()
        .expect("the binary runs");
    let output = mandate_countdown()
        .args(["--as-of", "2025-09-23"])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0));
    assert_inert(&output.stdout, "stdout");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("9 days remaining"), "{stdout}");
    assert_eq!(stdout, String::from_utf8_lossy(&printed.stdout));
}

#[test]
fn mentions_every_option_in_help() {
    let output = mandate_countdown()
        .arg("--help")
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8_lossy(&output.stdout);
    for option in ["--briefing", "--as-of", "--freeze", "--theme"] {
        assert!(help.contains(option), "{option} not in:\n{help}");
    }
}

#[rstest]
#[case::text("text")]
#[case::markdown("markdown")]
#[case::json("json")]
fn strips_escapes_from_hostile_briefing_text(#[case] format: &str) {
    let output = mandate_countdown()
        .args(["print", "--format", format, "--as-of", "2025-09-23"])
        .args(["--briefing", "tests/briefings/hostile.toml"])
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert_inert(&output.stdout, "stdout");
    assert_inert(&output.stderr, "stderr");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("pwned"), "an OSC payload leaked: {stdout}");
    match format {
        "text" => {
            assert!(
                stdout.contains("MSS Haiti <script>alert(1)</script>"),
                "{stdout}"
            );
            assert!(stdout.contains("Christopher Landau <script>"), "{stdout}");
        }
        "json" => {
            let summary: Value = serde_json::from_str(&stdout).expect("valid JSON");
            assert_eq!(summary["briefing"], "MSS Haiti <script>alert(1)</script>");
        }
        _ => {}
    }
}

/// Error messages quote what the briefing says; that text is as untrusted as the rest.
#[rstest]
#[case::unknown_variant("basis = \"reported\"", "basis = \"\\u001b]0;pwned\\u0007\"")]
#[case::unknown_key("short_name = \"MSS\"", "\"\\u001b]0;pwned\\u0007\" = 1")]
fn strips_escapes_from_error_messages(#[case] from: &str, #[case] to: &str) {
    let good = read_fixture("good.toml");
    assert_eq!(good.matches(from).count(), 1, "{from:?}");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("hostile_error.toml");
    std::fs::write(&path, good.replace(from, to)).expect("write the briefing");
    let output = mandate_countdown()
        .arg("print")
        .arg("--briefing")
        .arg(&path)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert_inert(&output.stderr, "stderr");
}

/// The file the README tells people to copy passes as it is, from any working directory.
#[test]
fn check_passes_the_built_in_briefing_file_from_anywhere() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/mss-haiti.toml");
    let elsewhere = tempfile::tempdir().expect("a temporary folder");
    mandate_countdown()
        .current_dir(elsewhere.path())
        .arg("check")
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "OK: every quote, excerpt and figure holds.",
        ));
}

#[test]
fn check_passes_the_built_in_briefing() {
    let output = mandate_countdown()
        .arg("check")
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("compared: 4 quotes word for word"),
        "{stdout}"
    );
    assert!(
        stdout.contains("OK: every quote, excerpt and figure holds."),
        "{stdout}"
    );
}

#[rstest]
#[case::changed_word(
    "misquote.toml",
    Spot::At("\"This effort responds"),
    &["not verbatim", "differs: \"broad\" in the briefing, \"full\" in the source"]
)]
#[case::dropped_word(
    "dropped_word.toml",
    Spot::At("\"This effort responds"),
    &["not verbatim", "\"full\" is in the source, not the briefing"]
)]
#[case::figure_not_in_excerpt(
    "figure_not_in_excerpt.toml",
    Spot::At("5600"),
    &["the figure 5,600 is not in its excerpt"]
)]
#[case::excerpt_not_in_source(
    "excerpt_not_in_source.toml",
    Spot::At("\"Landau stated"),
    &["excerpt is not verbatim", "\"six\" in the briefing, \"five\" in the source"]
)]
#[case::missing_source(
    "missing_source.toml",
    Spot::At("\"I want to persuade"),
    &["cannot read source \"seeds/no_such_article.txt\""]
)]
#[case::milestones_out_of_order(
    "milestones_out_of_order.toml",
    Spot::Within("date = \"2025-10-02\"\nlabel = \"MSS mandate", "\"2025-10-02\""),
    &["comes after one dated 2025-10-05: list milestones in date order"]
)]
fn check_reports_each_source_problem_at_its_line(
    #[case] name: &str,
    #[case] spot: Spot,
    #[case] fragments: &[&str],
) {
    let relative = format!("tests/briefings/{name}");
    let (line, column) = line_and_column(&read_fixture(name), spot);
    let output = mandate_countdown()
        .args(["check", &relative])
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!("{relative}:{line}:{column}: ")),
        "position {line}:{column} missing:\n{stdout}"
    );
    for fragment in fragments {
        assert!(stdout.contains(fragment), "{fragment:?} missing:\n{stdout}");
    }
    assert!(stdout.contains("FAILED: 1 problem."), "{stdout}");
}

#[test]
fn check_refuses_a_briefing_that_cannot_load_with_exit_2() {
    let output = mandate_countdown()
        .args(["check", "tests/briefings/bad/unknown_time_zone.toml"])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown time zone"));
}

#[test]
fn check_output_carries_no_escape_sequences_from_hostile_text() {
    let output = mandate_countdown()
        .args(["check", "tests/briefings/hostile.toml"])
        .output()
        .expect("the binary runs");
    assert!(!has_byte(&output.stdout, 0x1b) && !has_byte(&output.stderr, 0x1b));
    assert!(!has_byte(&output.stdout, 0x07) && !has_byte(&output.stderr, 0x07));
}
