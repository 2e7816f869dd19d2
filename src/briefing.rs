//! Loading a briefing: parse the TOML, validate it into the model, then compare it with its
//! sources. One path for the dashboard, `print`, `export` and `check`.

mod model;
mod raw;
pub mod text;
pub mod verify;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

pub use model::{
    Basis, Briefing, Force, Located, Mandate, Milestone, NO_FORCES, NO_QUOTES, Quote, Source,
    Thresholds,
};
use raw::{RawBriefing, RawForce, RawMandate, RawMilestone, RawQuote};
pub use verify::{Seeds, Tally};

use crate::countdown::Deadline;

/// The MSS Haiti briefing, compiled in so the program works from any directory.
const BUILT_IN_TOML: &str = include_str!("../assets/mss-haiti.toml");
/// Keyed as the built-in briefing cites them: relative to `assets/`, where it lives.
const BUILT_IN_SEEDS: &[(&str, &str)] = &[(
    "../seeds/000_0073b1465f77e1bd.txt",
    include_str!("../seeds/000_0073b1465f77e1bd.txt"),
)];
const BUILT_IN_NAME: &str = "assets/mss-haiti.toml (built in)";

/// The most a briefing or an article may hold. Real ones are tens of kilobytes; anything past
/// this is not one (`/dev/zero`, a video renamed), and reading on would never end.
pub const MAX_FILE_BYTES: u64 = 8 << 20;

/// Where a briefing was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BuiltIn => f.write_str(BUILT_IN_NAME),
            Self::File(path) => f.write_str(&text::escape_controls(&path.display().to_string())),
        }
    }
}

/// A briefing that passed validation, with the problems found comparing it to its sources.
/// Source problems do not stop a live briefing; they are shown as a warning.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Different for every load, the same for clones: it names this content, so drawings of
    /// it can be kept until the briefing is loaded again.
    pub revision: u64,
    pub briefing: Briefing,
    pub origin: Origin,
    pub source_problems: Vec<Problem>,
    /// What was compared with the sources, for `check`'s report.
    pub tally: Tally,
    /// The text of each seed document that could be read, by path, for showing passages in
    /// context.
    pub seeds: BTreeMap<String, String>,
    /// The briefing's text and sources, kept while the comparison with them waits
    /// (`load_unchecked`).
    unchecked: Option<Box<(String, Seeds)>>,
}

impl Loaded {
    /// Compares a briefing from `load_unchecked` with its sources, once. Returns whether that
    /// found problems, which change what the dashboard shows.
    pub fn check_sources(&mut self) -> bool {
        let Some(unchecked) = self.unchecked.take() else {
            return false;
        };
        let (toml, seeds) = *unchecked;
        let (source_problems, tally) = compare_with_sources(&self.briefing, &toml, &seeds);
        self.tally = tally;
        if source_problems.is_empty() {
            return false;
        }
        self.source_problems = source_problems;
        // Other content than before: drawings of the old one must not be kept.
        self.revision = LOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        true
    }
}

/// One thing wrong with a briefing, at a line and column of its file when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{line}:{column}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{origin}: cannot read the briefing: {source}")]
    Read {
        origin: Origin,
        source: std::io::Error,
    },
    #[error("{}", located(origin, problems))]
    Invalid {
        origin: Origin,
        problems: Vec<Problem>,
    },
}

fn located(origin: &Origin, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|problem| format!("{origin}:{problem}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Loads the built-in briefing, or the file at `path`.
pub fn load(path: Option<&Path>) -> Result<Loaded, LoadError> {
    let mut loaded = load_unchecked(path)?;
    loaded.check_sources();
    Ok(loaded)
}

/// Loads like `load`, but leaves the comparison with the sources until `check_sources`: the
/// dashboard puts the briefing on screen first and any warning about its sources just after.
pub fn load_unchecked(path: Option<&Path>) -> Result<Loaded, LoadError> {
    match path {
        None => {
            let seeds = BUILT_IN_SEEDS
                .iter()
                .map(|(path, text)| ((*path).to_owned(), Ok((*text).to_owned())))
                .collect();
            from_toml(BUILT_IN_TOML, Origin::BuiltIn, seeds)
        }
        Some(path) => load_file_unchecked(path),
    }
}

pub fn load_built_in() -> Result<Loaded, LoadError> {
    load(None)
}

/// The date of the newest article behind the built-in briefing. `--version` shows it, so a
/// screenshot of a briefing can be traced to the data its build carries.
pub fn built_in_dateline() -> Option<NaiveDate> {
    BUILT_IN_SEEDS
        .iter()
        .filter_map(|(_, article)| dateline(article))
        .max()
}

/// The date an article opens with, in the seeds' form: ` date 2025-09-23 ` then the text.
fn dateline(article: &str) -> Option<NaiveDate> {
    let mut words = article.split_whitespace();
    (words.next()? == "date")
        .then(|| NaiveDate::parse_from_str(words.next()?, "%Y-%m-%d").ok())
        .flatten()
}

pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    load(Some(path))
}

fn load_file_unchecked(path: &Path) -> Result<Loaded, LoadError> {
    let origin = Origin::File(path.to_owned());
    let toml = read_text(path, "a briefing").map_err(|source| LoadError::Read {
        origin: origin.clone(),
        source,
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let seed_paths = seed_paths_in(&toml);
    let seeds = seed_paths
        .into_iter()
        .map(|seed| {
            let text = read_text(&base.join(&seed), "an article").map_err(|e| e.to_string());
            (seed, text)
        })
        .collect();
    from_toml(&toml, origin, seeds)
}

/// Reads a UTF-8 text file of at most [`MAX_FILE_BYTES`]; `what` names what it should be, for
/// the message when it is not.
pub fn read_text(path: &Path, what: &str) -> std::io::Result<String> {
    String::from_utf8(read_capped(path, what)?).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not UTF-8 text, so not {what}"),
        )
    })
}

/// Reads at most [`MAX_FILE_BYTES`] of a file, and refuses one that holds more.
pub fn read_capped(path: &Path, what: &str) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "larger than {} MiB: too large to be {what}",
                MAX_FILE_BYTES >> 20
            ),
        ));
    }
    Ok(bytes)
}

/// Seed paths named anywhere in the file, found before validation so the loader reads each once.
fn seed_paths_in(toml: &str) -> Vec<String> {
    let Ok(raw) = toml::from_str::<RawBriefing>(toml) else {
        return Vec::new();
    };
    let mut paths: Vec<String> = raw
        .forces
        .iter()
        .filter_map(|force| force.source.as_ref().map(|s| s.get_ref().clone()))
        .chain(raw.quotes.iter().map(|q| q.source.get_ref().clone()))
        .chain(
            raw.milestones
                .iter()
                .filter_map(|m| m.source.as_ref().map(|s| s.get_ref().clone())),
        )
        .chain(raw.mandate.source.as_ref().map(|s| s.get_ref().clone()))
        .filter(|path| is_seed_path(path))
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Loads a briefing from its text, its sources given by path: how `draft` proves a draft
/// before writing it.
pub fn load_with_seeds(toml: &str, origin: Origin, seeds: Seeds) -> Result<Loaded, LoadError> {
    let mut loaded = from_toml(toml, origin, seeds)?;
    loaded.check_sources();
    Ok(loaded)
}

/// Counts loads, to give each its revision.
static LOADS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn from_toml(toml: &str, origin: Origin, seeds: Seeds) -> Result<Loaded, LoadError> {
    let mut validator = Validator::new(toml);
    let raw = match toml::from_str::<RawBriefing>(toml) {
        Ok(raw) => raw,
        Err(error) => {
            // The parser quotes what it read, and that is untrusted text.
            validator.problem(error.span(), text::escape_controls(error.message().trim()));
            return Err(LoadError::Invalid {
                origin,
                problems: validator.problems,
            });
        }
    };
    let briefing = validator.briefing(raw);
    match briefing {
        Some(briefing) if validator.problems.is_empty() => {
            let readable = seeds
                .iter()
                .filter_map(|(path, text)| Some((path.clone(), text.as_ref().ok()?.clone())))
                .collect();
            Ok(Loaded {
                revision: LOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                briefing,
                origin,
                source_problems: Vec::new(),
                tally: Tally::default(),
                seeds: readable,
                unchecked: Some(Box::new((toml.to_owned(), seeds))),
            })
        }
        _ => Err(LoadError::Invalid {
            origin,
            problems: validator.problems,
        }),
    }
}

/// What differs between `briefing`, read from `toml`, and its sources.
fn compare_with_sources(briefing: &Briefing, toml: &str, seeds: &Seeds) -> (Vec<Problem>, Tally) {
    let (findings, tally) = verify::verify(briefing, seeds);
    let problems = findings
        .into_iter()
        .map(|finding| Problem {
            position: finding.span.map(|span| line_and_column(toml, span.start)),
            message: finding.message,
        })
        .collect();
    (problems, tally)
}

/// Turns raw values into the model, recording every problem rather than stopping at the first.
struct Validator<'a> {
    toml: &'a str,
    problems: Vec<Problem>,
}

impl<'a> Validator<'a> {
    fn new(toml: &'a str) -> Self {
        Self {
            toml,
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, span: Option<Range<usize>>, message: String) {
        let position = span.map(|span| line_and_column(self.toml, span.start));
        self.problems.push(Problem { position, message });
    }

    fn briefing(&mut self, raw: RawBriefing) -> Option<Briefing> {
        let mandate = self.mandate(raw.mandate);
        let thresholds = raw.thresholds.map_or_else(Thresholds::default, |t| {
            let thresholds = Thresholds {
                warning_days: *t.warning_days.get_ref(),
                critical_days: *t.critical_days.get_ref(),
            };
            if thresholds.critical_days < 0 {
                self.problem(
                    Some(t.critical_days.span()),
                    "thresholds.critical_days must be 0 or more".into(),
                );
            }
            if thresholds.warning_days < thresholds.critical_days {
                self.problem(
                    Some(t.warning_days.span()),
                    "thresholds.warning_days must be at least critical_days".into(),
                );
            }
            thresholds
        });
        // Either may be empty: an article that states no figure or quotes nobody still
        // makes a briefing, and every view says plainly that it has none.
        let forces = raw
            .forces
            .into_iter()
            .filter_map(|force| self.force(force))
            .collect();
        let quotes = raw
            .quotes
            .into_iter()
            .filter_map(|quote| self.quote(quote))
            .collect();
        let milestones = raw
            .milestones
            .into_iter()
            .filter_map(|milestone| self.milestone(milestone))
            .collect();
        Some(Briefing {
            title: text::clean(&raw.title),
            mandate: mandate?,
            thresholds,
            forces,
            quotes,
            milestones,
        })
    }

    fn mandate(&mut self, raw: RawMandate) -> Option<Mandate> {
        let expires = self.date(&raw.expires, "mandate.expires");
        let starts = raw.starts.as_ref().and_then(|starts| {
            let date = self.date(starts, "mandate.starts")?;
            if expires.is_some_and(|expires| date > expires) {
                self.problem(
                    Some(starts.span()),
                    format!(
                        "mandate.starts {:?} is after mandate.expires: the period must begin before it ends",
                        starts.get_ref()
                    ),
                );
            }
            Some(date)
        });
        let timezone = self.timezone(&raw.timezone);
        let lapse_time = raw.lapse_time.as_ref().and_then(|time| {
            let parsed = NaiveTime::parse_from_str(time.get_ref(), "%H:%M:%S")
                .or_else(|_| NaiveTime::parse_from_str(time.get_ref(), "%H:%M"));
            if parsed.is_err() {
                self.problem(
                    Some(time.span()),
                    format!(
                        "mandate.lapse_time {:?} is not a time of day: write HH:MM or HH:MM:SS, or leave it out for the end of the expiry date",
                        time.get_ref()
                    ),
                );
            }
            parsed.ok()
        });
        let source = self.source(raw.source, raw.citation, "mandate");
        Some(Mandate {
            name: text::clean(&raw.name),
            short_name: text::clean(&raw.short_name),
            starts,
            deadline: Deadline {
                expires: expires?,
                timezone: timezone?,
                lapse_time,
            },
            convention: raw.convention.as_deref().map(text::clean),
            resolutions: raw.resolutions.iter().map(|r| text::clean(r)).collect(),
            source: source?,
        })
    }

    fn force(&mut self, raw: RawForce) -> Option<Force> {
        let what = format!("force {:?}", raw.label);
        let personnel = match u32::try_from(*raw.personnel.get_ref()) {
            Ok(n) if n > 0 => Some(n),
            _ => {
                self.problem(
                    Some(raw.personnel.span()),
                    format!(
                        "{what}: personnel must be a whole number above 0, not {}",
                        raw.personnel.get_ref()
                    ),
                );
                None
            }
        };
        let source = self.source(raw.source, raw.citation, &what)?;
        if raw.basis == Basis::Stated
            && (!matches!(source, Source::Seed(_)) || raw.excerpt.is_none())
        {
            self.problem(
                Some(raw.personnel.span()),
                format!(
                    "{what}: a \"stated\" figure needs `source` (a file in a seeds/ folder) and the `excerpt` that states it; otherwise say basis = \"reported\" or \"derived\""
                ),
            );
        }
        Some(Force {
            label: text::clean(&raw.label),
            personnel: personnel?,
            basis: raw.basis,
            source,
            excerpt: raw.excerpt.map(cleaned),
            note: raw.note.as_deref().map(text::clean),
            personnel_at: raw.personnel.span(),
        })
    }

    fn quote(&mut self, raw: RawQuote) -> Option<Quote> {
        let date = self.date(&raw.date, "quote date");
        if !is_seed_path(raw.source.get_ref()) {
            self.seed_path_problem(&raw.source);
        }
        let text = cleaned(raw.text);
        if text.value.is_empty() {
            self.problem(Some(text.span.clone()), "a quote's text is empty".into());
        }
        Some(Quote {
            speaker: text::clean(&raw.speaker),
            role: text::clean(&raw.role),
            date: date?,
            text,
            source: raw.source.into_inner(),
            excerpt: raw.excerpt.map(cleaned),
        })
    }

    fn milestone(&mut self, raw: RawMilestone) -> Option<Milestone> {
        let date = self.date(&raw.date, "milestone date");
        let source = self.source(
            raw.source,
            raw.citation,
            &format!("milestone {:?}", raw.label),
        );
        Some(Milestone {
            date_at: raw.date.span(),
            date: date?,
            label: text::clean(&raw.label),
            source: source?,
        })
    }

    fn date(&mut self, raw: &toml::Spanned<String>, what: &str) -> Option<NaiveDate> {
        let parsed = NaiveDate::parse_from_str(raw.get_ref(), "%Y-%m-%d");
        if parsed.is_err() {
            self.problem(
                Some(raw.span()),
                format!(
                    "{what} {:?} is not a real date: write YYYY-MM-DD, e.g. \"2025-10-02\"",
                    raw.get_ref()
                ),
            );
        }
        parsed.ok()
    }

    fn timezone(&mut self, raw: &toml::Spanned<String>) -> Option<Tz> {
        let parsed = raw.get_ref().parse::<Tz>();
        if parsed.is_err() {
            self.problem(
                Some(raw.span()),
                format!(
                    "unknown time zone {:?}: use an IANA name such as \"America/New_York\"",
                    raw.get_ref()
                ),
            );
        }
        parsed.ok()
    }

    fn source(
        &mut self,
        source: Option<toml::Spanned<String>>,
        citation: Option<String>,
        what: &str,
    ) -> Option<Source> {
        match (source, citation) {
            (Some(path), None) => {
                if is_seed_path(path.get_ref()) {
                    Some(Source::Seed(path.into_inner()))
                } else {
                    self.seed_path_problem(&path);
                    None
                }
            }
            (None, Some(citation)) if !citation.trim().is_empty() => {
                Some(Source::Citation(text::clean(&citation)))
            }
            (Some(path), Some(_)) => {
                self.problem(
                    Some(path.span()),
                    format!("{what}: give `source` or `citation`, not both"),
                );
                None
            }
            (None, _) => {
                self.problem(
                    None,
                    format!(
                        "{what}: name where it comes from with `source` (a file in a seeds/ folder) or `citation`"
                    ),
                );
                None
            }
        }
    }

    fn seed_path_problem(&mut self, path: &toml::Spanned<String>) {
        self.problem(
            Some(path.span()),
            format!(
                "source {:?} must be a relative path to a file in a seeds/ folder, from the briefing's folder: e.g. \"seeds/article.txt\" or \"../seeds/article.txt\"",
                path.get_ref()
            ),
        );
    }
}

fn cleaned(raw: toml::Spanned<String>) -> Located<String> {
    let span = raw.span();
    Located {
        span,
        value: text::clean(&raw.into_inner()),
    }
}

/// A source is a file in a `seeds/` folder, named relative to the briefing's folder: the
/// briefing's own `seeds/`, or one in a folder above it (`../seeds/`), so that a briefing and
/// its seeds can travel together.
pub fn is_seed_path(path: &str) -> bool {
    let mut components = Path::new(path)
        .components()
        .skip_while(|c| *c == Component::ParentDir);
    components.next() == Some(Component::Normal("seeds".as_ref()))
        && components.clone().next().is_some()
        && components.all(|c| matches!(c, Component::Normal(_)))
}

/// A seed path as people read it: from its `seeds/` folder on, without the `../` that only
/// says where the briefing sits.
pub fn source_name(path: &str) -> &str {
    let mut rest = path;
    while let Some(stripped) = rest.strip_prefix("../") {
        rest = stripped;
    }
    rest
}

/// 1-based line and column (in characters) of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests;
