//! Several briefings at once: which files make up the board, the order they are shown in, and
//! what a row says beyond the countdown (how much of the mandate period has run, the next
//! milestone). No terminal code: `now` is an input, and the file system is read only by
//! [`Board::open`] and [`Watch::poll`].

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, NaiveDate, NaiveTime, SubsecRound, Utc};
use chrono_tz::Tz;

use crate::briefing::{self, Briefing, LoadError, Loaded, Milestone};
use crate::countdown::{Status, resolve_local};

/// Whether these `--briefing` arguments make a board: more than one, or a folder (whose files
/// may come and go). None is the built-in briefing and one file is today's dashboard.
pub fn wants_board(sources: &[PathBuf]) -> bool {
    sources.len() > 1 || sources.iter().any(|source| source.is_dir())
}

/// One file of the board, loaded or not.
#[derive(Debug)]
pub struct Entry {
    pub path: PathBuf,
    pub loaded: Result<Loaded, LoadError>,
}

impl Entry {
    pub fn load(path: PathBuf) -> Self {
        let loaded = briefing::load_file(&path);
        Self { path, loaded }
    }
}

/// The briefings of the board, in file order: as given, a folder's files sorted by name.
#[derive(Debug, Default)]
pub struct Board {
    pub entries: Vec<Entry>,
}

/// Where a row sits: mandates still in force first, then lapsed ones, then files that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    InForce,
    Lapsed,
    Failing,
}

impl Board {
    /// Lists `sources` and loads every briefing. Only a folder that cannot be listed is an
    /// error; a file that cannot be loaded is a failing row.
    pub fn open(sources: &[PathBuf]) -> io::Result<Self> {
        Ok(Self {
            entries: list(sources)?.into_iter().map(Entry::load).collect(),
        })
    }

    /// The entries in the order shown at `now`: soonest lapse first among the mandates in force
    /// (including those expiring today), then the lapsed ones, most recent lapse first, then
    /// the files that failed to load. Ties keep file order.
    pub fn rows(&self, now: DateTime<Utc>) -> Vec<&Entry> {
        let mut rows: Vec<&Entry> = self.entries.iter().collect();
        rows.sort_by_key(|entry| rank(entry, now));
        rows
    }

    /// The briefings that loaded, in the order shown at `now`.
    pub fn loaded(&self, now: DateTime<Utc>) -> Vec<&Loaded> {
        self.rows(now)
            .into_iter()
            .filter_map(|entry| entry.loaded.as_ref().ok())
            .collect()
    }

    pub fn get(&self, path: &Path) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.path == path)
    }

    /// Where the entry for `path` is shown at `now`, counted from 0.
    pub fn position(&self, path: &Path, now: DateTime<Utc>) -> Option<usize> {
        self.rows(now).iter().position(|entry| entry.path == path)
    }

    /// The zone an `--as-of` without an offset is read in: the briefings' own when they all
    /// share one, else UTC, the zone the board's heading shows. Never one file's zone for its
    /// name: adding `a.toml` to a folder must not move every row's date.
    pub fn zone(&self) -> Tz {
        let mut zones = self
            .entries
            .iter()
            .filter_map(|entry| entry.loaded.as_ref().ok())
            .map(|loaded| loaded.briefing.mandate.deadline.timezone);
        match zones.next() {
            Some(first) if zones.all(|zone| zone == first) => first,
            _ => Tz::UTC,
        }
    }

    pub fn failing(&self) -> usize {
        self.entries.iter().filter(|e| e.loaded.is_err()).count()
    }

    /// Takes in what the watch saw: the files now listed, with those that changed read again.
    pub fn apply(&mut self, update: Update) {
        let mut known: BTreeMap<PathBuf, Entry> = std::mem::take(&mut self.entries)
            .into_iter()
            .map(|entry| (entry.path.clone(), entry))
            .collect();
        let mut reloaded: BTreeMap<PathBuf, Entry> = update
            .reloaded
            .into_iter()
            .map(|entry| (entry.path.clone(), entry))
            .collect();
        self.entries = update
            .paths
            .into_iter()
            .filter_map(|path| reloaded.remove(&path).or_else(|| known.remove(&path)))
            .collect();
    }
}

/// What decides a row's place; see [`Board::rows`].
fn rank(entry: &Entry, now: DateTime<Utc>) -> (Group, i64) {
    let Ok(loaded) = &entry.loaded else {
        return (Group::Failing, 0);
    };
    let deadline = loaded.briefing.mandate.deadline;
    let lapse = deadline.lapse_instant().timestamp();
    match deadline.countdown_at(now).status {
        Status::Active | Status::ExpiresToday => (Group::InForce, lapse),
        Status::Expired => (Group::Lapsed, -lapse),
    }
}

/// The files `sources` name: each file as given (so one that disappears becomes a failing row),
/// and every `*.toml` in each folder, sorted by name. Hidden files (editors' swap and lock
/// files) are left out, and a file named twice is listed once.
pub fn list(sources: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = Vec::new();
    for source in sources {
        if source.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(source)
                .map_err(|error| {
                    io::Error::new(
                        error.kind(),
                        format!("cannot list the folder {}: {error}", source.display()),
                    )
                })?
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| is_briefing_file(path))
                .collect();
            found.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
            paths.extend(found);
        } else {
            paths.push(source.clone());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    paths.retain(|path| seen.insert(path.clone()));
    Ok(paths)
}

fn is_briefing_file(path: &Path) -> bool {
    let visible = path
        .file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| !name.starts_with('.'));
    visible && path.extension().is_some_and(|ext| ext == "toml") && path.is_file()
}

/// How far through its period a mandate is at one instant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Period {
    /// Where the period began: the briefing's `starts`, else its first milestone.
    pub start: NaiveDate,
    /// From 0 to 1: from the start of its first day in the mandate's zone to the lapse instant.
    pub run: f64,
    /// `run` in whole percent rounded down, so that 100 means the period is over. Counted in
    /// whole seconds rather than from `run`: 57/100 as a float is 0.5699..., which would show 56.
    pub percent: u8,
}

/// How much of the mandate period has run at `now`. `None` when the briefing gives no start,
/// or one after the lapse.
pub fn period(briefing: &Briefing, now: DateTime<Utc>) -> Option<Period> {
    let deadline = briefing.mandate.deadline;
    let start = briefing
        .mandate
        .starts
        .or_else(|| briefing.milestones.iter().map(|m| m.date).min())?;
    let begins = resolve_local(deadline.timezone, start.and_time(NaiveTime::MIN));
    let length = (deadline.lapse_instant() - begins).num_seconds();
    if length <= 0 {
        return None;
    }
    let run = (now.trunc_subsecs(0) - begins)
        .num_seconds()
        .clamp(0, length);
    // Seconds in any real mandate are far inside f64's exact range, and `run * 100` inside i64's.
    #[allow(clippy::cast_precision_loss)]
    let fraction = run as f64 / length as f64;
    Some(Period {
        start,
        run: fraction,
        percent: u8::try_from(run * 100 / length).unwrap_or(100),
    })
}

/// The first milestone on or after today (in the mandate's zone), if any is ahead.
pub fn next_milestone(briefing: &Briefing, now: DateTime<Utc>) -> Option<&Milestone> {
    let today = briefing.mandate.deadline.countdown_at(now).today;
    briefing
        .milestones
        .iter()
        .filter(|milestone| milestone.date >= today)
        .min_by_key(|milestone| milestone.date)
}

/// What a file's modification time and length were at the last look; `None` if it was gone.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

/// Notices files of the board that are written, added to a watched folder or removed from it,
/// by listing the folders and looking at each file's time and length: a handful of system
/// calls once a second costs less than a file-watching thread and needs no extra crate.
#[derive(Debug)]
pub struct Watch {
    sources: Vec<PathBuf>,
    stamps: BTreeMap<PathBuf, Stamp>,
}

/// The board's files after a change: all of them in file order, and those read again.
#[derive(Debug)]
pub struct Update {
    pub paths: Vec<PathBuf>,
    pub reloaded: Vec<Entry>,
}

impl Watch {
    /// Starts watching from the files as they are now; call it before [`Board::open`], so a
    /// write between the two is seen as a change rather than missed.
    pub fn new(sources: &[PathBuf]) -> Self {
        let stamps = list(sources)
            .unwrap_or_default()
            .into_iter()
            .map(|path| {
                let stamp = stamp(&path);
                (path, stamp)
            })
            .collect();
        Self {
            sources: sources.to_vec(),
            stamps,
        }
    }

    /// The change since the last look, if any, with the new and changed files read again.
    pub fn poll(&mut self) -> Option<Update> {
        // A folder that cannot be listed this time (renamed, unmounted) keeps its rows until
        // it can be.
        let paths = list(&self.sources).ok()?;
        let mut reloaded = Vec::new();
        let mut stamps = BTreeMap::new();
        for path in &paths {
            let now = stamp(path);
            if self.stamps.get(path) != Some(&now) {
                reloaded.push(Entry::load(path.clone()));
            }
            stamps.insert(path.clone(), now);
        }
        let listing_changed = stamps.len() != self.stamps.len()
            || stamps.keys().any(|path| !self.stamps.contains_key(path));
        self.stamps = stamps;
        (listing_changed || !reloaded.is_empty()).then_some(Update { paths, reloaded })
    }
}

#[cfg(test)]
mod tests;
