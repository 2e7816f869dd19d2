//! A validated briefing: types that cannot hold an impossible date, an unknown zone or a
//! non-positive force, with text already stripped of anything a terminal would execute.

use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::countdown::Deadline;

#[derive(Debug, Clone, PartialEq)]
pub struct Briefing {
    pub title: String,
    pub mandate: Mandate,
    pub thresholds: Thresholds,
    pub forces: Vec<Force>,
    pub quotes: Vec<Quote>,
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mandate {
    pub name: String,
    pub short_name: String,
    /// When the current mandate period began, if the briefing says; the board measures how
    /// much of the period has run from here (or from the first milestone) to the lapse.
    pub starts: Option<NaiveDate>,
    pub deadline: Deadline,
    /// How the lapse moment was chosen, shown so nobody mistakes it for resolution text.
    pub convention: Option<String>,
    pub resolutions: Vec<String>,
    pub source: Source,
}

/// Days before expiry at which the countdown turns to a warning, then to critical.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    pub warning_days: i64,
    pub critical_days: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            warning_days: 14,
            critical_days: 3,
        }
    }
}

/// How a figure is known. The dashboard never shows a reported or derived figure as stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// Written in the cited source document.
    Stated,
    /// Reported by another source, named in the citation.
    Reported,
    /// Worked out from other figures; the note says how.
    Derived,
}

impl Basis {
    pub const fn key(self) -> &'static str {
        match self {
            Self::Stated => "stated",
            Self::Reported => "reported",
            Self::Derived => "derived",
        }
    }
}

/// Where a figure, quote or milestone comes from: a document under `seeds/`, or a citation of a
/// source outside the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Seed(String),
    Citation(String),
}

impl Source {
    /// The source as people read it: a seed by its name from `seeds/` on, or the citation.
    pub fn describe(&self) -> &str {
        match self {
            Self::Seed(path) => super::source_name(path),
            Self::Citation(citation) => citation,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Force {
    pub label: String,
    pub personnel: u32,
    pub basis: Basis,
    pub source: Source,
    /// The passage of the source that states the figure.
    pub excerpt: Option<Located<String>>,
    pub note: Option<String>,
    pub personnel_at: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub speaker: String,
    pub role: String,
    pub date: NaiveDate,
    pub text: Located<String>,
    /// Always a document under `seeds/`: a quote must be checkable word for word.
    pub source: String,
    pub excerpt: Option<Located<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    pub date: NaiveDate,
    pub date_at: Range<usize>,
    pub label: String,
    pub source: Source,
}

impl Quote {
    /// The quote's source as people read it, from `seeds/` on.
    pub fn source_name(&self) -> &str {
        super::source_name(&self.source)
    }
}

/// A value with the byte span it came from in the briefing file.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// What every view says in place of the forces when a briefing has none, so that an empty
/// panel is never mistaken for a force of zero.
pub const NO_FORCES: &str = "No figures: the briefing gives no count of personnel.";
/// What every view says in place of the quotes when a briefing has none.
pub const NO_QUOTES: &str = "No quotes: the briefing quotes nobody.";

impl Briefing {
    /// The proposed force over the baseline (the first force listed), when there are two or more.
    pub fn ratio(&self) -> Option<f64> {
        let baseline = self.forces.first()?;
        let proposed = self.forces.iter().skip(1).last()?;
        Some(f64::from(proposed.personnel) / f64::from(baseline.personnel))
    }

    /// The largest force's personnel: the length of a full bar, so all bars share one scale.
    pub fn largest_force(&self) -> u32 {
        self.forces.iter().map(|f| f.personnel).max().unwrap_or(1)
    }

    /// The ratio of one force to the baseline, for labelling its bar.
    pub fn ratio_of(&self, force: &Force) -> Option<f64> {
        let baseline = self.forces.first()?;
        Some(f64::from(force.personnel) / f64::from(baseline.personnel))
    }
}
