//! `draft`: a briefing drafted from news articles, ready for `check`. Every quote with its
//! excerpt, the speakers named in full with their roles, the figures, the mandate's expiry and
//! milestones, all passages of the articles; what the drafter is unsure of is marked
//! `# REVIEW:` with the reason. Rules over sentences, no language model and no network.
//!
//! [`draft`] is pure: articles in, briefing text and report out. [`run`] does the file work
//! around it: reading the articles, copying them into the briefing's `seeds/`, writing it.

mod article;
mod attribution;
mod compose;
mod cues;
mod dates;
mod figures;
mod mandate;
mod quotes;
mod report;
mod sentences;
mod speakers;
mod words;
mod write;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use article::{Article, ArticleError};
pub use report::Report;

use crate::briefing::{self, LoadError, Origin};
use crate::check::{self, Verdict};

/// An article and the path the briefing cites it by, relative to the briefing's folder.
#[derive(Debug, Clone)]
pub struct Source {
    pub article: Article,
    pub cite: String,
}

/// A drafted briefing and the report on it.
#[derive(Debug, Clone)]
pub struct Drafted {
    pub toml: String,
    pub report: Report,
}

/// Drafts one briefing from `sources`. No files are read or written.
pub fn draft(sources: &[Source]) -> Drafted {
    let (document, report) = compose::compose(sources);
    Drafted {
        toml: write::render(&document),
        report,
    }
}

/// Loads a draft with its sources beside it and checks it, as `check` would once it is saved.
pub fn check(toml: &str, sources: &[Source]) -> Result<(Verdict, String), LoadError> {
    let seeds: briefing::Seeds = sources
        .iter()
        .map(|s| (s.cite.clone(), Ok(s.article.text.clone())))
        .collect();
    let loaded = briefing::load_with_seeds(toml, Origin::File("draft.toml".into()), seeds)?;
    Ok(check::report(&loaded))
}

/// What `mandate-countdown draft` was asked to do.
#[derive(Debug, Clone)]
pub struct Request {
    pub articles: Vec<PathBuf>,
    /// Where to write the briefing; its articles go in `seeds/` beside it.
    pub output: Option<PathBuf>,
    /// The date of an article that gives none.
    pub published: Option<NaiveDate>,
    /// Replace an existing briefing at `output`.
    pub force: bool,
}

/// What `draft` made: the briefing (already written when there was an output file), the
/// report, and whether the briefing holds as written.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub toml: String,
    pub report: Report,
    pub holds: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("{}: cannot read the article: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", .path.display())]
    Article { path: PathBuf, source: ArticleError },
    #[error("{}: the file exists; give --force to replace it, or another -o", .0.display())]
    Exists(PathBuf),
    #[error("{}: this is one of the articles; write the briefing to another file", .0.display())]
    OutputIsArticle(PathBuf),
    #[error(
        "{}: exists and differs from {}; rename the article, or move the old copy away (a seed is never overwritten)",
        .seed.display(), .article.display()
    )]
    SeedDiffers { seed: PathBuf, article: PathBuf },
    #[error("{} and {} would both be seeds/{name}; rename one", .first.display(), .second.display())]
    SameName {
        first: PathBuf,
        second: PathBuf,
        name: String,
    },
    #[error("{}: cannot write: {source}", .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Reads the articles, drafts the briefing, and with an output file copies the articles into
/// its `seeds/` and writes it. Nothing the user has is overwritten: not a different seed of
/// the same name ever, not the output file without `force`, and not an article.
pub fn run(request: &Request) -> Result<Outcome, DraftError> {
    if let Some(output) = &request.output {
        for article in &request.articles {
            if same_file(article, output) {
                return Err(DraftError::OutputIsArticle(output.clone()));
            }
        }
        if output.exists() && !request.force {
            return Err(DraftError::Exists(output.clone()));
        }
    }
    let mut sources = Vec::new();
    let mut seeds: BTreeMap<String, (PathBuf, Vec<u8>)> = BTreeMap::new();
    let mut warnings = Vec::new();
    for path in &request.articles {
        let bytes =
            briefing::read_capped(path, "an article").map_err(|source| DraftError::Read {
                path: path.clone(),
                source,
            })?;
        let name = path.display().to_string();
        let article = Article::parse(&name, &bytes, request.published).map_err(|source| {
            DraftError::Article {
                path: path.clone(),
                source,
            }
        })?;
        let kept = if article.from_html {
            article.text.clone().into_bytes()
        } else {
            bytes
        };
        let cite = match &request.output {
            Some(_) => format!("seeds/{}", article.seed_name),
            None => cite_in_place(path, &article, &mut warnings),
        };
        if let Some((first, earlier)) = seeds.get(&cite)
            && *earlier != kept
        {
            return Err(DraftError::SameName {
                first: first.clone(),
                second: path.clone(),
                name: article.seed_name.clone(),
            });
        }
        seeds.insert(cite.clone(), (path.clone(), kept));
        sources.push(Source { article, cite });
    }
    if let Some(output) = &request.output {
        plan_seeds(output, &seeds)?;
    }
    let mut drafted = draft(&sources);
    let holds = match check(&drafted.toml, &sources) {
        Ok((Verdict::Holds, _)) => {
            drafted.report.verdict = Some("the draft loads and passes check".to_owned());
            true
        }
        // `report` of a loaded briefing never says CannotLoad; a failure all the same.
        Ok((Verdict::Fails | Verdict::CannotLoad, report)) => {
            drafted.report.verdict = Some(format!("check finds problems in the draft:\n{report}"));
            false
        }
        Err(error) => {
            drafted.report.verdict = Some(format!(
                "the draft does not load yet; edit it first:\n{}",
                error.to_string().replace("draft.toml:", "    line ")
            ));
            false
        }
    };
    drafted.report.warnings.extend(warnings);
    if let Some(output) = &request.output {
        write_seeds(output, &seeds)?;
        write_briefing(output, &drafted.toml, request.force)?;
    }
    Ok(Outcome {
        toml: drafted.toml,
        report: drafted.report,
        holds,
    })
}

/// Without an output file, the briefing goes to standard output and will be saved in the
/// working directory: an article already in a `seeds/` folder from here is cited where it
/// is, any other as `seeds/NAME`, with a note that it must be put there.
fn cite_in_place(path: &Path, article: &Article, warnings: &mut Vec<String>) -> String {
    let relative = path.to_string_lossy().replace('\\', "/");
    let relative = relative.trim_start_matches("./");
    if !article.from_html && path.is_relative() && briefing::is_seed_path(relative) {
        return relative.to_owned();
    }
    let cite = format!("seeds/{}", article.seed_name);
    warnings.push(if article.from_html {
        format!(
            "{} is a web page: its text must be at {cite} beside the briefing for check to pass; -o FILE writes it there",
            path.display()
        )
    } else {
        format!(
            "{} is not in a seeds/ folder: copy it to {cite} beside the briefing, or use -o FILE, which does",
            path.display()
        )
    });
    cite
}

fn seeds_folder(output: &Path) -> PathBuf {
    output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_owned()
}

/// Refuses before anything is written if a seed of the same name with other content exists.
fn plan_seeds(
    output: &Path,
    seeds: &BTreeMap<String, (PathBuf, Vec<u8>)>,
) -> Result<(), DraftError> {
    let folder = seeds_folder(output);
    for (cite, (article, bytes)) in seeds {
        let seed = folder.join(cite);
        if seed.exists() {
            let existing = briefing::read_capped(&seed, "an article").ok();
            if existing.as_deref() != Some(bytes.as_slice()) {
                return Err(DraftError::SeedDiffers {
                    seed,
                    article: article.clone(),
                });
            }
        }
    }
    Ok(())
}

fn write_seeds(
    output: &Path,
    seeds: &BTreeMap<String, (PathBuf, Vec<u8>)>,
) -> Result<(), DraftError> {
    let folder = seeds_folder(output);
    for (cite, (_, bytes)) in seeds {
        let seed = folder.join(cite);
        if seed.exists() {
            continue;
        }
        let write = |seed: &Path| -> std::io::Result<()> {
            if let Some(parent) = seed.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(seed)?
                .write_all(bytes)
        };
        write(&seed).map_err(|source| DraftError::Write { path: seed, source })?;
    }
    Ok(())
}

fn write_briefing(output: &Path, toml: &str, force: bool) -> Result<(), DraftError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    options
        .open(output)
        .and_then(|mut file| file.write_all(toml.as_bytes()))
        .map_err(|source| match source.kind() {
            std::io::ErrorKind::AlreadyExists => DraftError::Exists(output.to_owned()),
            _ => DraftError::Write {
                path: output.to_owned(),
                source,
            },
        })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
