//! `check`: prove a briefing against its sources. Loading already refuses what cannot be right
//! (bad dates, unknown zones); this reports what the sources contradict, every problem at once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::board::{self, Entry};
use crate::briefing::{self, LoadError, Loaded};

/// Whether briefings hold against their sources; the worst of several wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Holds,
    Fails,
    /// A file of several could not be loaded at all.
    CannotLoad,
}

pub fn run(file: Option<&Path>) -> Result<(Verdict, String), LoadError> {
    let loaded = briefing::load(file)?;
    Ok(report(&loaded))
}

/// The report `check` prints, and whether the briefing holds.
pub fn report(loaded: &Loaded) -> (Verdict, String) {
    let mut out = String::new();
    let tally = loaded.tally;
    let _ = writeln!(out, "Checking {} against its sources", loaded.origin);
    let _ = writeln!(
        out,
        "  compared: {} word for word, {} in {}, {} in the passages cited for them",
        count(tally.quotes, "quote"),
        count(tally.excerpts, "excerpt"),
        if tally.excerpts == 1 {
            "its source"
        } else {
            "their sources"
        },
        count(tally.figures + tally.dates, "figure or date"),
    );
    let problems = &loaded.source_problems;
    for problem in problems {
        let _ = writeln!(out, "{}:{problem}", loaded.origin);
    }
    if problems.is_empty() {
        let _ = writeln!(out, "OK: every quote, excerpt and figure holds.");
        (Verdict::Holds, out)
    } else {
        let _ = writeln!(out, "FAILED: {}.", count(problems.len(), "problem"));
        (Verdict::Fails, out)
    }
}

/// Checks every briefing `sources` name (files, and the `*.toml` of folders), a section each,
/// then a line that counts them. Only a folder that cannot be listed, or names no briefing,
/// stops it.
pub fn run_several(sources: &[PathBuf]) -> std::io::Result<(Verdict, String)> {
    let paths = board::list(sources)?;
    if paths.is_empty() {
        let named: Vec<String> = sources.iter().map(|s| s.display().to_string()).collect();
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no *.toml briefing to check in {}", named.join(", ")),
        ));
    }
    let entries: Vec<Entry> = paths.into_iter().map(Entry::load).collect();
    Ok(report_several(&entries))
}

pub fn report_several(entries: &[Entry]) -> (Verdict, String) {
    let mut out = String::new();
    let mut verdicts = Vec::new();
    for entry in entries {
        let (verdict, section) = match &entry.loaded {
            Ok(loaded) => report(loaded),
            Err(error) => (
                Verdict::CannotLoad,
                format!(
                    "Checking {}: it cannot be loaded\n{error}\nFAILED: fix the file, then check again.\n",
                    briefing::Origin::File(entry.path.clone())
                ),
            ),
        };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&section);
        verdicts.push(verdict);
    }
    let tally = |wanted: Verdict| verdicts.iter().filter(|v| **v == wanted).count();
    let _ = writeln!(
        out,
        "\nChecked {}: {} {}, {} {}, {} cannot be loaded.",
        count(verdicts.len(), "briefing"),
        tally(Verdict::Holds),
        if tally(Verdict::Holds) == 1 {
            "holds"
        } else {
            "hold"
        },
        tally(Verdict::Fails),
        if tally(Verdict::Fails) == 1 {
            "fails"
        } else {
            "fail"
        },
        tally(Verdict::CannotLoad),
    );
    let verdict = verdicts.into_iter().max().unwrap_or(Verdict::Holds);
    (verdict, out)
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else if let Some(stem) = what.strip_suffix(" or date") {
        format!("{n} {stem}s or dates")
    } else {
        format!("{n} {what}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load_built_in;

    #[test]
    fn several_briefings_get_a_section_each_and_the_worst_verdict() {
        let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/briefings/board");
        let (verdict, report) = run_several(&[folder]).unwrap();
        assert_eq!(verdict, Verdict::CannotLoad, "{report}");
        assert_eq!(report.matches("\nChecking ").count() + 1, 4, "{report}");
        assert!(
            report.contains("delta.toml: it cannot be loaded"),
            "{report}"
        );
        assert!(
            report.contains("delta.toml:10:12: unknown time zone"),
            "{report}"
        );
        assert!(
            report.ends_with("Checked 4 briefings: 3 hold, 0 fail, 1 cannot be loaded.\n"),
            "{report}"
        );
    }

    #[test]
    fn the_built_in_briefing_holds() {
        let (verdict, report) = report(&load_built_in().unwrap());
        assert_eq!(verdict, Verdict::Holds, "{report}");
        assert!(report.contains("4 quotes word for word"), "{report}");
    }
}
