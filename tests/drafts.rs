//! The drafter against a corpus of short articles written for these tests (tests/articles/, in
//! the style of wire copy; real articles are other people's text and stay out of the
//! repository). Each `NAME.expected.toml` lists, by hand, the quotes a careful reader takes
//! from `NAME.txt` (or `.html`, or the `articles` it names) with speaker, role and date, the
//! figures and every stated deadline. The drafts are compared field by field; precision and
//! recall are printed, and must be 100 %.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use mandate_countdown::briefing::{self, Origin, text::comparable};
use mandate_countdown::check::Verdict;
use mandate_countdown::draft::{self, Article, Drafted, Source};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    articles: Option<Vec<String>>,
    published: Option<String>,
    expires: String,
    mission: String,
    deadlines: Vec<String>,
    #[serde(default)]
    conflict: bool,
    figures: Vec<u32>,
    sources: Option<Vec<String>>,
    #[serde(default)]
    timezone_review: bool,
    #[serde(default)]
    quotes: Vec<ExpectedQuote>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedQuote {
    text: String,
    speaker: String,
    role: String,
    date: String,
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles")
}

/// Every case: its name and what is expected of it.
fn cases() -> Vec<(String, Expected)> {
    let mut cases: Vec<(String, Expected)> = std::fs::read_dir(corpus())
        .expect("tests/articles exists")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".expected.toml")?
                .to_owned();
            let text = std::fs::read_to_string(&path).ok()?;
            let expected =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Some((name, expected))
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    cases
}

/// The case's articles, as `draft` would cite them from a briefing beside a `seeds/` folder.
fn sources(name: &str, expected: &Expected) -> Vec<Source> {
    let files = expected.articles.clone().unwrap_or_else(|| {
        ["txt", "html"]
            .iter()
            .map(|ext| format!("{name}.{ext}"))
            .filter(|file| corpus().join(file).exists())
            .collect()
    });
    assert!(!files.is_empty(), "{name}: no article");
    files
        .iter()
        .map(|file| {
            let bytes = std::fs::read(corpus().join(file)).expect("article is readable");
            let published = expected
                .published
                .as_deref()
                .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("published is a date"));
            let article =
                Article::parse(file, &bytes, published).unwrap_or_else(|e| panic!("{file}: {e}"));
            let cite = format!("seeds/{}", article.seed_name);
            Source { article, cite }
        })
        .collect()
}

/// What a draft says, read back from its TOML.
#[derive(Debug, Default)]
struct Found {
    quotes: Vec<ExpectedQuote>,
    figures: BTreeSet<u32>,
    expires: Option<String>,
    mission: Option<String>,
    sources: BTreeSet<String>,
    timezone_review: bool,
    excerpts: Vec<(String, String)>,
}

fn read_back(drafted: &Drafted) -> Found {
    let table: toml::Table = toml::from_str(&drafted.toml).expect("a draft is valid TOML");
    let text = |value: &toml::Value, key: &str| {
        value
            .get(key)
            .and_then(toml::Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let array = |key: &str| {
        table
            .get(key)
            .and_then(toml::Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut found = Found::default();
    for quote in array("quotes") {
        found.quotes.push(ExpectedQuote {
            text: text(&quote, "text"),
            speaker: text(&quote, "speaker"),
            role: text(&quote, "role"),
            date: text(&quote, "date"),
        });
        found
            .excerpts
            .push((text(&quote, "source"), text(&quote, "excerpt")));
    }
    for force in array("forces") {
        let personnel = force
            .get("personnel")
            .and_then(toml::Value::as_integer)
            .unwrap_or(0);
        found
            .figures
            .insert(u32::try_from(personnel).expect("personnel fits"));
        found
            .excerpts
            .push((text(&force, "source"), text(&force, "excerpt")));
    }
    for entry in array("quotes")
        .iter()
        .chain(&array("forces"))
        .chain(&array("milestones"))
    {
        if let Some(source) = entry.get("source").and_then(toml::Value::as_str) {
            found.sources.insert(source.to_owned());
        }
    }
    if let Some(mandate) = table.get("mandate") {
        found.expires = Some(text(mandate, "expires"));
        found.mission = Some(text(mandate, "short_name"));
    }
    found.timezone_review = drafted
        .toml
        .split("\ntimezone = ")
        .next()
        .and_then(|before| before.lines().last())
        .is_some_and(|line| line.starts_with("# REVIEW:"));
    found
}

/// Counts for one kind of item: how many found, how many expected, how many both.
#[derive(Debug, Default, Clone, Copy)]
struct Score {
    found: usize,
    expected: usize,
    right: usize,
}

impl Score {
    fn add<T: Ord + Clone>(&mut self, found: &[T], expected: &[T]) {
        let found: BTreeSet<T> = found.iter().cloned().collect();
        let expected: BTreeSet<T> = expected.iter().cloned().collect();
        self.found += found.len();
        self.expected += expected.len();
        self.right += found.intersection(&expected).count();
    }

    fn perfect(self) -> bool {
        self.right == self.found && self.right == self.expected
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Counts are small: u32 holds them, and f64 holds any u32 exactly.
        let ratio = |n: usize, d: usize| {
            let n = f64::from(u32::try_from(n).unwrap_or(u32::MAX));
            let d = f64::from(u32::try_from(d).unwrap_or(u32::MAX));
            if d == 0.0 { 100.0 } else { 100.0 * n / d }
        };
        write!(
            f,
            "precision {:5.1} % ({}/{}), recall {:5.1} % ({}/{})",
            ratio(self.right, self.found),
            self.right,
            self.found,
            ratio(self.right, self.expected),
            self.right,
            self.expected
        )
    }
}

/// The quotes as (text, field) pairs: a quote counts for a field only with the right text.
fn by_text(quotes: &[ExpectedQuote], field: fn(&ExpectedQuote) -> &str) -> Vec<String> {
    quotes
        .iter()
        .map(|q| format!("{:?} {:?}", q.text, field(q)))
        .collect()
}

const KINDS: [&str; 10] = [
    "quotes",
    "speakers",
    "roles",
    "dates",
    "figures",
    "deadlines",
    "expiry",
    "mission",
    "sources",
    "time zones",
];

/// For each kind, what the draft holds and what the case expects.
fn compare(
    sources: &[Source],
    expected: &Expected,
    drafted: &Drafted,
) -> [(Vec<String>, Vec<String>); 10] {
    let found = read_back(drafted);
    let mut deadlines: Vec<String> = drafted
        .report
        .deadlines
        .iter()
        .map(|d| d.date.to_string())
        .collect();
    deadlines.sort();
    deadlines.dedup();
    if drafted.report.conflict {
        deadlines.push("they disagree".to_owned());
    }
    let mut expected_deadlines = expected.deadlines.clone();
    if expected.conflict {
        expected_deadlines.push("they disagree".to_owned());
    }
    let expected_sources = expected
        .sources
        .clone()
        .unwrap_or_else(|| sources.iter().map(|s| s.cite.clone()).collect());
    [
        (
            by_text(&found.quotes, |_| ""),
            by_text(&expected.quotes, |_| ""),
        ),
        (
            by_text(&found.quotes, |q| &q.speaker),
            by_text(&expected.quotes, |q| &q.speaker),
        ),
        (
            by_text(&found.quotes, |q| &q.role),
            by_text(&expected.quotes, |q| &q.role),
        ),
        (
            by_text(&found.quotes, |q| &q.date),
            by_text(&expected.quotes, |q| &q.date),
        ),
        (
            found.figures.iter().map(ToString::to_string).collect(),
            expected.figures.iter().map(ToString::to_string).collect(),
        ),
        (deadlines, expected_deadlines),
        (
            found.expires.into_iter().collect(),
            vec![expected.expires.clone()],
        ),
        (
            found.mission.into_iter().collect(),
            vec![expected.mission.clone()],
        ),
        (found.sources.into_iter().collect(), expected_sources),
        (
            vec![found.timezone_review.to_string()],
            vec![expected.timezone_review.to_string()],
        ),
    ]
}

#[test]
fn drafts_the_corpus_field_by_field_with_full_precision_and_recall() {
    let cases = cases();
    assert!(cases.len() >= 15, "the corpus has {} cases", cases.len());
    let mut scores = [Score::default(); 10];
    let mut misses = Vec::new();
    for (name, expected) in &cases {
        let sources = sources(name, expected);
        let drafted = draft::draft(&sources);
        for (index, (found, wanted)) in compare(&sources, expected, &drafted).iter().enumerate() {
            let mut one = Score::default();
            one.add(found, wanted);
            scores[index].add(found, wanted);
            if !one.perfect() {
                misses.push(format!(
                    "{name}: {}:\n    found    {found:?}\n    expected {wanted:?}",
                    KINDS[index]
                ));
            }
        }
    }
    println!("drafts of {} articles:", cases.len());
    for (kind, score) in KINDS.iter().zip(scores) {
        println!("  {kind:<10} {score}");
    }
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn every_corpus_draft_is_a_passage_of_its_sources_and_passes_check() {
    for (name, expected) in cases() {
        let sources = sources(&name, &expected);
        let drafted = draft::draft(&sources);
        let found = read_back(&drafted);
        let quotes = found.quotes.iter().map(|q| (String::new(), q.text.clone()));
        for (source, passage) in found.excerpts.iter().cloned().chain(quotes) {
            let inside = sources
                .iter()
                .filter(|s| source.is_empty() || s.cite == source)
                .any(|s| comparable(&s.article.text).contains(&comparable(&passage)));
            assert!(inside, "{name}: not a passage of {source}: {passage:?}");
        }
        let (verdict, report) = draft::check(&drafted.toml, &sources)
            .unwrap_or_else(|e| panic!("{name}: the draft does not load: {e}\n{}", drafted.toml));
        assert_eq!(
            verdict,
            Verdict::Holds,
            "{name}: {report}\n{}",
            drafted.toml
        );
        let said = drafted.report.to_string();
        if expected.quotes.is_empty() {
            assert!(said.contains("quotes: none found"), "{name}: {said}");
            assert!(
                drafted.toml.contains("quotes = []"),
                "{name}: {}",
                drafted.toml
            );
        }
        if drafted.toml.contains("forces = []") {
            assert!(said.contains("figures: none found"), "{name}: {said}");
        }
    }
}

/// The seed article drafts into a briefing that agrees with the built-in one on every fact the
/// article holds: the four quotes word for word with speakers and roles, 5,500 with its
/// sentence, the 2 October 2025 expiry in New York, and the dateline.
#[test]
fn drafts_the_seed_into_the_facts_of_the_built_in_briefing() {
    let built_in = briefing::load_built_in()
        .expect("the built-in briefing loads")
        .briefing;
    let seed = include_str!("../seeds/000_0073b1465f77e1bd.txt");
    let cite = "seeds/000_0073b1465f77e1bd.txt";
    let article = Article::parse(cite, seed.as_bytes(), None).expect("the seed reads");
    let sources = [Source {
        article,
        cite: cite.to_owned(),
    }];
    let drafted = draft::draft(&sources);
    let seeds: briefing::Seeds = [(cite.to_owned(), Ok(seed.to_owned()))].into();
    let draft = briefing::load_with_seeds(&drafted.toml, Origin::File("seed.toml".into()), seeds)
        .unwrap_or_else(|e| panic!("{e}\n{}", drafted.toml))
        .briefing;

    let quotes = |b: &briefing::Briefing| -> Vec<(String, String, String)> {
        b.quotes
            .iter()
            .map(|q| (q.text.value.clone(), q.speaker.clone(), q.role.clone()))
            .collect()
    };
    assert_eq!(quotes(&draft), quotes(&built_in));
    let stated = |b: &briefing::Briefing| -> Vec<(u32, Option<String>)> {
        b.forces
            .iter()
            .filter(|f| f.basis == briefing::Basis::Stated)
            .map(|f| (f.personnel, f.excerpt.as_ref().map(|e| e.value.clone())))
            .collect()
    };
    assert_eq!(stated(&draft), stated(&built_in));
    assert_eq!(draft.mandate.deadline, built_in.mandate.deadline);
    assert_eq!(draft.mandate.short_name, built_in.mandate.short_name);
    assert_eq!(draft.mandate.name, built_in.mandate.name);
    let published = |b: &briefing::Briefing| {
        b.milestones
            .iter()
            .find(|m| m.source.describe() == cite && m.date < b.mandate.deadline.expires)
            .map(|m| m.date)
    };
    assert_eq!(published(&draft), published(&built_in));
    assert_eq!(sources[0].article.dateline.to_string(), "2025-09-23");
    let (verdict, report) = draft::check(&drafted.toml, &sources).expect("the draft loads");
    assert_eq!(verdict, Verdict::Holds, "{report}");
    // The article's two statements of the deadline disagree, and the draft says so.
    assert!(drafted.report.conflict);
    assert!(
        drafted.toml.contains("# REVIEW: the articles disagree"),
        "{}",
        drafted.toml
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of wire copy, marks and noise, so that generated text meets the drafter's rules
    /// (quotes, names, verbs, dates, figures) in every order.
    const PIECES: &[&str] = &[
        "\u{201c}",
        "\u{201d}",
        "\"",
        "\u{2018}",
        "\u{2019}",
        "'",
        "\u{ab}",
        "\u{bb}",
        ",",
        ".",
        ":",
        "\u{2014}",
        " - ",
        "(",
        ")",
        "\n",
        "\n\n",
        "said",
        "says",
        "told reporters",
        "according to",
        "warned",
        "added",
        "thinks",
        "hopes",
        "fears",
        "he",
        "she",
        "He",
        "She",
        "it",
        "the",
        "The President",
        "the minister",
        "Mr.",
        "Ms.",
        "Lt. Gen.",
        "U.S.",
        "Oct.",
        "President",
        "William Ruto",
        "Christopher Landau",
        "Grace Mbeki",
        "Landau",
        "Kenya's",
        "foreign ministry",
        "a spokesperson for the ministry",
        "MONUSCO",
        "(MSS)",
        "Multinational Security Support",
        "mission",
        "mandate",
        "expires",
        "on October 2, 2025",
        "in 11 days",
        "on Monday",
        "last week",
        "January 15",
        "2 October 2025",
        "5,500",
        "5,500-strong",
        "personnel",
        "troops",
        "police officers",
        "killed",
        "so-called",
        "known as",
        "who chairs",
        "of",
        "Guatemala",
        "we",
        "don\u{2019}t",
        "\u{2019}90s",
        "the force",
        "voted",
        "adopted",
        "Security Council",
        "African Union",
        "\u{e9}",
        "\u{301}",
        "\u{1f600}",
        "\t",
        "\r\n",
    ];

    fn wire_copy() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                4 => prop::sample::select(PIECES).prop_map(str::to_owned),
                1 => "[a-zA-Z]{1,8}",
                1 => any::<String>().prop_map(|s| s.chars().take(6).collect()),
            ],
            0..120,
        )
        .prop_map(|pieces| format!(" date 2025-09-23 {}", pieces.join(" ")))
    }

    fn drafted(text: &str) -> Option<(Vec<Source>, Drafted)> {
        let article = Article::parse("seeds/generated.txt", text.as_bytes(), None).ok()?;
        let sources = vec![Source {
            article,
            cite: "seeds/generated.txt".to_owned(),
        }];
        let drafted = draft::draft(&sources);
        Some((sources, drafted))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn drafting_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
            if let Ok(article) = Article::parse("any.html", &bytes, NaiveDate::from_ymd_opt(2025, 1, 1)) {
                let sources = [Source { article, cite: "seeds/any.txt".to_owned() }];
                let _ = draft::draft(&sources);
            }
        }

        #[test]
        fn every_quote_and_excerpt_is_a_verbatim_passage_of_its_source(text in wire_copy()) {
            let Some((sources, drafted)) = drafted(&text) else { return Ok(()) };
            let found = read_back(&drafted);
            let source = comparable(&sources[0].article.text);
            for quote in &found.quotes {
                prop_assert!(source.contains(&comparable(&quote.text)), "quote {:?}", quote.text);
            }
            for (_, excerpt) in &found.excerpts {
                prop_assert!(source.contains(&comparable(excerpt)), "excerpt {excerpt:?}");
            }
        }

        #[test]
        fn every_draft_loads_and_passes_check(text in wire_copy()) {
            let Some((sources, drafted)) = drafted(&text) else { return Ok(()) };
            match draft::check(&drafted.toml, &sources) {
                Ok((verdict, report)) => prop_assert_eq!(verdict, Verdict::Holds, "{}\n{}", report, drafted.toml),
                Err(error) => prop_assert!(false, "does not load: {}\n{}", error, drafted.toml),
            }
        }
    }
}
