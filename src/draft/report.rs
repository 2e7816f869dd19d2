//! The short report `draft` prints on standard error: what was found in the articles, how each
//! speaker was resolved, the figures and deadlines, and how much needs review.

use std::fmt::{self, Write as _};

use chrono::NaiveDate;

/// A quotation kept, by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub speaker: String,
    pub text: String,
}

/// A speaker, with the role shown and how the drafter found them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoke {
    pub speaker: String,
    pub role: String,
    pub how: String,
}

/// A statement of the mandate's end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    pub date: NaiveDate,
    pub phrase: String,
    pub article: String,
    /// Another mission's acronym, when this is that mission's end.
    pub other_mission: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Each article: its name, where the briefing cites it, its dateline.
    pub articles: Vec<(String, String, NaiveDate)>,
    pub quotes: Vec<Said>,
    pub speakers: Vec<Spoke>,
    pub figures: Vec<String>,
    pub deadlines: Vec<Stated>,
    /// Whether the deadline statements disagree.
    pub conflict: bool,
    pub milestones: usize,
    /// Quoted words not taken for quotations, and why.
    pub left_out: Vec<String>,
    /// The same quotation found in more than one article, kept once.
    pub duplicates: usize,
    pub reviews: usize,
    /// What the user must do for the briefing to load or pass `check` where it is saved.
    pub warnings: Vec<String>,
    /// Whether the draft, as written, loads and passes `check`.
    pub verdict: Option<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        for (name, cite, dateline) in &self.articles {
            let _ = writeln!(out, "draft: {name}, dated {dateline}, cited as {cite}");
        }
        if self.quotes.is_empty() {
            let _ = writeln!(out, "  quotes: none found: the briefing shows no quotes");
        } else {
            let _ = writeln!(out, "  quotes: {}", self.quotes.len());
        }
        if self.duplicates > 0 {
            let _ = writeln!(
                out,
                "  the same quote in two articles, kept once: {}",
                self.duplicates
            );
        }
        for spoke in &self.speakers {
            let said = self
                .quotes
                .iter()
                .filter(|q| q.speaker == spoke.speaker)
                .count();
            let _ = writeln!(
                out,
                "  speaker: {}, {} ({said} quote{}; {})",
                spoke.speaker,
                spoke.role,
                if said == 1 { "" } else { "s" },
                spoke.how
            );
        }
        if self.figures.is_empty() {
            let _ = writeln!(out, "  figures: none found: the briefing shows no figures");
        }
        for figure in &self.figures {
            let _ = writeln!(out, "  figure: {figure}");
        }
        if self.deadlines.is_empty() {
            let _ = writeln!(out, "  deadline: none stated: the expiry is a placeholder");
        }
        for deadline in &self.deadlines {
            let _ = write!(
                out,
                "  deadline: {} from \u{201c}{}\u{201d} ({})",
                deadline.date, deadline.phrase, deadline.article
            );
            let _ = match &deadline.other_mission {
                Some(other) => writeln!(out, ", for {other}, another mission: a milestone"),
                None => writeln!(out),
            };
        }
        if self.conflict {
            let _ = writeln!(
                out,
                "  THE DEADLINES DISAGREE: see the REVIEW marks on mandate.expires"
            );
        }
        let _ = writeln!(out, "  milestones: {}", self.milestones);
        for left in &self.left_out {
            let _ = writeln!(out, "  not a quote: {left}");
        }
        let _ = writeln!(
            out,
            "  to review: {} (marked # REVIEW in the file)",
            self.reviews
        );
        for warning in &self.warnings {
            let _ = writeln!(out, "  note: {warning}");
        }
        if let Some(verdict) = &self.verdict {
            let _ = writeln!(out, "  {verdict}");
        }
        f.write_str(&out)
    }
}
