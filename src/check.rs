//! `check`: prove a briefing against its sources. Loading already refuses what cannot be right
//! (bad dates, unknown zones); this reports what the sources contradict, every problem at once.

use std::fmt::Write as _;
use std::path::Path;

use crate::briefing::{self, LoadError, Loaded};

/// Whether a loaded briefing holds against its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Holds,
    Fails,
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
    fn the_built_in_briefing_holds() {
        let (verdict, report) = report(&load_built_in().unwrap());
        assert_eq!(verdict, Verdict::Holds, "{report}");
        assert!(report.contains("4 quotes word for word"), "{report}");
    }
}
