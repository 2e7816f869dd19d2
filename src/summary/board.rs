//! `print` over a board: an overview of every briefing in the board's order (status, expiry,
//! how much of the period has run, the next milestone), each briefing's own summary, and the
//! files that could not be loaded.

use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use super::{Json, JsonMilestone, expiry, json_summary, markdown, md, text};
use crate::board::{self, Board, Entry};
use crate::briefing::{Briefing, LoadError, Loaded};
use crate::cli::Format;

pub fn render(board: &Board, now: DateTime<Utc>, format: Format) -> String {
    match format {
        Format::Text => board_text(board, now),
        Format::Markdown => board_markdown(board, now),
        Format::Json => board_json(board, now),
    }
}

/// The fields of `print --format json` over several briefings: each briefing's object is the
/// single-briefing one, with the file it came from and what the board adds.
#[derive(Serialize)]
struct BoardJson<'a> {
    as_of: String,
    briefings: Vec<BoardItem<'a>>,
    errors: Vec<JsonError>,
}

#[derive(Serialize)]
struct BoardItem<'a> {
    file: String,
    #[serde(flatten)]
    summary: Json<'a>,
    /// How much of the mandate period has run, from 0 to 1, to 2 places rounded down, so that
    /// 1 means the period is over (as the board's percentage does).
    period_run: Option<f64>,
    next_milestone: Option<JsonMilestone<'a>>,
}

#[derive(Serialize)]
struct JsonError {
    file: String,
    problems: Vec<JsonProblem>,
}

#[derive(Serialize)]
struct JsonProblem {
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

fn board_json(board: &Board, now: DateTime<Utc>) -> String {
    let mut briefings = Vec::new();
    let mut errors = Vec::new();
    for entry in board.rows(now) {
        match &entry.loaded {
            Ok(loaded) => {
                let briefing = &loaded.briefing;
                briefings.push(BoardItem {
                    file: entry.path.display().to_string(),
                    summary: json_summary(briefing, now),
                    period_run: board::period(briefing, now)
                        .map(|period| f64::from(period.percent) / 100.0),
                    next_milestone: board::next_milestone(briefing, now).map(|m| JsonMilestone {
                        date: m.date.to_string(),
                        label: &m.label,
                    }),
                });
            }
            Err(error) => errors.push(JsonError {
                file: entry.path.display().to_string(),
                problems: problems(error),
            }),
        }
    }
    let summary = BoardJson {
        as_of: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        briefings,
        errors,
    };
    let mut out = serde_json::to_string_pretty(&summary).unwrap_or_default();
    out.push('\n');
    out
}

fn problems(error: &LoadError) -> Vec<JsonProblem> {
    match error {
        LoadError::Invalid { problems, .. } => problems
            .iter()
            .map(|problem| JsonProblem {
                line: problem.position.map(|(line, _)| line),
                column: problem.position.map(|(_, column)| column),
                message: problem.message.clone(),
            })
            .collect(),
        LoadError::Read { source, .. } => vec![JsonProblem {
            line: None,
            column: None,
            message: format!("cannot read the briefing: {source}"),
        }],
    }
}

/// The board's facts about one briefing, as label and value.
fn facts(entry: &Entry, loaded: &Loaded, now: DateTime<Utc>) -> [(&'static str, String); 5] {
    let briefing = &loaded.briefing;
    let countdown = briefing.mandate.deadline.countdown_at(now);
    [
        (
            "Status",
            format!("{} ({})", countdown.sentence(), countdown.status.key()),
        ),
        ("Expiry", expiry(briefing)),
        ("Period", period(briefing, now)),
        ("Next", next(briefing, now)),
        ("File", entry.path.display().to_string()),
    ]
}

fn period(briefing: &Briefing, now: DateTime<Utc>) -> String {
    board::period(briefing, now).map_or_else(
        || "no start date or milestone to measure from".to_owned(),
        |period| {
            format!(
                "{}% run (from {})",
                period.percent,
                period.start.format("%a %-d %b %Y")
            )
        },
    )
}

fn next(briefing: &Briefing, now: DateTime<Utc>) -> String {
    board::next_milestone(briefing, now).map_or_else(
        || "no milestone ahead".to_owned(),
        |m| format!("{}, {}", m.date.format("%a %-d %b %Y"), m.label),
    )
}

fn heading(board: &Board) -> String {
    let count = board.entries.len();
    let mut heading = format!(
        "Mandate board: {count} briefing{}",
        if count == 1 { "" } else { "s" }
    );
    if board.failing() > 0 {
        let _ = write!(heading, ", {} failing", board.failing());
    }
    heading
}

fn as_of(now: DateTime<Utc>) -> String {
    now.format("%a %-d %b %Y %H:%M:%S UTC").to_string()
}

// `write!` into a String cannot fail; the results are ignored on purpose below.
fn board_text(board: &Board, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", heading(board));
    let _ = writeln!(out, "As of:    {}", as_of(now));
    let rows = board.rows(now);
    for entry in &rows {
        match &entry.loaded {
            Ok(loaded) => {
                let mandate = &loaded.briefing.mandate;
                let _ = writeln!(out, "\n{}  {}", mandate.short_name, mandate.name);
                for (label, value) in facts(entry, loaded, now) {
                    let _ = writeln!(out, "  {:<8}{value}", format!("{label}:"));
                }
            }
            Err(error) => {
                let _ = writeln!(out, "\nCANNOT BE LOADED  {}", entry.path.display());
                for line in error.to_string().lines() {
                    let _ = writeln!(out, "  {line}");
                }
            }
        }
    }
    for loaded in board.loaded(now) {
        let _ = writeln!(out, "\n{}\n", "=".repeat(72));
        out.push_str(&text(&loaded.briefing, now));
    }
    out
}

fn board_markdown(board: &Board, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", heading(board));
    let _ = writeln!(out, "- **As of:** {}\n", as_of(now));
    let rows = board.rows(now);
    let _ = writeln!(
        out,
        "| Mandate | Status | Expiry | Period | Next milestone |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    for entry in &rows {
        if let Ok(loaded) = &entry.loaded {
            let mandate = &loaded.briefing.mandate;
            let [status, expiry, period, next, _] = facts(entry, loaded, now);
            let _ = writeln!(
                out,
                "| **{}**: {} | {} | {} | {} | {} |",
                md(&mandate.short_name),
                md(&mandate.name),
                md(&status.1),
                md(&expiry.1),
                md(&period.1),
                md(&next.1)
            );
        }
    }
    if board.failing() > 0 {
        let _ = writeln!(out, "\n## Cannot be loaded\n");
        for entry in &rows {
            if let Err(error) = &entry.loaded {
                for line in error.to_string().lines() {
                    let _ = writeln!(out, "- {}", md(line));
                }
            }
        }
    }
    for loaded in board.loaded(now) {
        let _ = writeln!(out, "\n---\n");
        // Each briefing's own summary, one heading level down, under the board's title.
        for line in markdown(&loaded.briefing, now).lines() {
            if line.starts_with('#') {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn fixtures() -> Board {
        Board::open(&[PathBuf::from("tests/briefings/board")]).unwrap()
    }

    fn instant(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    #[test]
    fn json_lists_briefings_in_board_order_and_failing_files_with_positions() {
        let out = board_json(&fixtures(), instant("2026-03-02T10:00:00Z"));
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["as_of"], "2026-03-02T10:00:00Z");
        let names: Vec<&str> = value["briefings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["mandate"]["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "Test mission Bravo",
                "Test mission Alpha",
                "Test mission Charlie"
            ]
        );
        let bravo = &value["briefings"][0];
        assert_eq!(bravo["status"], "expires_today");
        assert_eq!(bravo["period_run"], 0.99, "not over until the lapse");
        assert_eq!(bravo["file"], "tests/briefings/board/bravo.toml");
        assert_eq!(bravo["next_milestone"]["label"], "Bravo mandate expires");
        assert_eq!(value["briefings"][1]["days_remaining"], 10);
        assert_eq!(value["briefings"][2]["days_since_expiry"], 30);
        assert_eq!(value["briefings"][2]["period_run"], 1.0);
        let error = &value["errors"][0];
        assert_eq!(error["file"], "tests/briefings/board/delta.toml");
        assert_eq!(error["problems"][0]["line"], 10);
        assert_eq!(error["problems"][0]["column"], 12);
    }

    #[test]
    fn text_gives_the_overview_then_each_briefing_in_full() {
        let out = board_text(&fixtures(), instant("2026-03-02T10:00:00Z"));
        assert!(
            out.starts_with("Mandate board: 4 briefings, 1 failing\n"),
            "{out}"
        );
        let bravo = out.find("BRAVO  Test mission Bravo").unwrap();
        let alpha = out.find("ALPHA  Test mission Alpha").unwrap();
        let failing = out
            .find("CANNOT BE LOADED  tests/briefings/board/delta.toml")
            .unwrap();
        assert!(bravo < alpha && alpha < failing, "{out}");
        assert!(
            out.contains("  Status: expires today (expires_today)"),
            "{out}"
        );
        assert!(out.contains("delta.toml:10:12: unknown time zone"), "{out}");
        assert_eq!(out.matches("\nQuotes\n").count(), 3, "{out}");
    }

    #[test]
    fn markdown_puts_each_briefing_a_level_under_the_board() {
        let out = board_markdown(&fixtures(), instant("2026-03-02T10:00:00Z"));
        assert!(
            out.starts_with("# Mandate board: 4 briefings, 1 failing\n"),
            "{out}"
        );
        assert!(out.contains("\n## Bravo: a test mission\n"), "{out}");
        assert!(out.contains("\n### Forces\n"), "{out}");
        assert!(
            out.contains("| **ALPHA**: Test mission Alpha | 10 days remaining"),
            "{out}"
        );
        assert!(out.contains("## Cannot be loaded"), "{out}");
    }
}
