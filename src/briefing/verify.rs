//! Comparing a briefing with its sources: every quote and excerpt word for word, every figure
//! and date in the passage cited for it. A near miss is reported with the closest passage of
//! the source and the words that differ, so a changed word is easy to spot.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::rc::Rc;

use chrono::NaiveDate;

use super::model::{Briefing, Located, Source};
use super::text::{comparable, escape_controls, thousands};

/// A problem found, at a byte span of the briefing file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub span: Option<Range<usize>>,
    pub message: String,
}

/// The seed documents a briefing cites, by path: their text, or why it could not be read.
pub type Seeds = BTreeMap<String, Result<String, String>>;

/// What was compared, for the report of a briefing that passes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub quotes: usize,
    pub excerpts: usize,
    pub figures: usize,
    pub dates: usize,
}

pub fn verify(briefing: &Briefing, seeds: &Seeds) -> (Vec<Finding>, Tally) {
    let mut check = Checker {
        seeds,
        comparable_seeds: BTreeMap::new(),
        findings: Vec::new(),
        tally: Tally::default(),
    };
    for quote in &briefing.quotes {
        let Some(source) = check.seed(&quote.source, &quote.text.span) else {
            continue;
        };
        check.tally.quotes += 1;
        check.passage(
            &quote.text,
            &source,
            &format!(
                "quote by {} is not verbatim in {}",
                quote.speaker, quote.source
            ),
        );
        if let Some(excerpt) = &quote.excerpt {
            check.excerpt(excerpt, &source, &quote.source);
        }
    }
    for force in &briefing.forces {
        let Some(excerpt) = &force.excerpt else {
            continue;
        };
        check.tally.figures += 1;
        let words = comparable(&excerpt.value);
        let figure = thousands(force.personnel);
        if !contains_figure(&words, &figure)
            && !contains_figure(&words, &force.personnel.to_string())
        {
            check.finding(
                &force.personnel_at,
                format!(
                    "force {:?}: the figure {figure} is not in its excerpt {:?}",
                    force.label, excerpt.value
                ),
            );
        }
        if let Source::Seed(path) = &force.source
            && let Some(source) = check.seed(path, &excerpt.span)
        {
            check.excerpt(excerpt, &source, path);
        }
    }
    for milestone in &briefing.milestones {
        if let Source::Seed(path) = &milestone.source
            && let Some(source) = check.seed(path, &milestone.date_at)
        {
            check.tally.dates += 1;
            if !mentions_date(&source, milestone.date) {
                check.finding(
                    &milestone.date_at,
                    format!(
                        "milestone {:?}: its date {} is not in {path}",
                        milestone.label, milestone.date
                    ),
                );
            }
        }
    }
    for pair in briefing.milestones.windows(2) {
        if pair[1].date < pair[0].date {
            check.finding(
                &pair[1].date_at,
                format!(
                    "milestone {:?} ({}) comes after one dated {}: list milestones in date order",
                    pair[1].label, pair[1].date, pair[0].date
                ),
            );
        }
    }
    (check.findings, check.tally)
}

struct Checker<'a> {
    seeds: &'a Seeds,
    /// The comparable text of each seed read so far: one article is quoted again and again, and
    /// making its comparable text each time was most of the check.
    comparable_seeds: BTreeMap<&'a str, Rc<str>>,
    findings: Vec<Finding>,
    tally: Tally,
}

impl Checker<'_> {
    fn finding(&mut self, span: &Range<usize>, message: String) {
        self.findings.push(Finding {
            span: Some(span.clone()),
            message,
        });
    }

    /// The comparable text of a seed, or a finding saying why it is missing.
    fn seed(&mut self, path: &str, span: &Range<usize>) -> Option<Rc<str>> {
        match self.seeds.get_key_value(path) {
            Some((path, Ok(text))) => Some(Rc::clone(
                self.comparable_seeds
                    .entry(path)
                    .or_insert_with(|| comparable(text).into()),
            )),
            Some((_, Err(error))) => {
                self.finding(span, format!("cannot read source {path:?}: {error}"));
                None
            }
            None => {
                self.finding(span, format!("source {path:?} is not available"));
                None
            }
        }
    }

    fn excerpt(&mut self, excerpt: &Located<String>, source: &str, path: &str) {
        self.tally.excerpts += 1;
        self.passage(
            excerpt,
            source,
            &format!("excerpt is not verbatim in {path}"),
        );
    }

    /// Reports `passage` unless it occurs in `source`, with the closest passage when one is near.
    fn passage(&mut self, passage: &Located<String>, source: &str, what: &str) {
        let wanted = comparable(&passage.value);
        if source.contains(&wanted) {
            return;
        }
        let mut message = format!("{what}:\n    briefing: {}", passage.value);
        if let Some(near) = closest_passage(&wanted, source) {
            // Seed text is as untrusted as briefing text once it reaches a terminal.
            let closest = escape_controls(&near.passage);
            let _ = write!(message, "\n    source:   {closest}");
            for difference in near.differences.iter().take(3) {
                let _ = write!(message, "\n    differs: {difference}");
            }
        }
        self.finding(&passage.span, message);
    }
}

/// A figure as a whole number: `5,500` is in "5,500 personnel" but not in "15,500".
fn contains_figure(text: &str, figure: &str) -> bool {
    text.match_indices(figure).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + figure.len()..].chars().next();
        let digit_or_comma = |c: char| c.is_ascii_digit() || c == ',';
        !before.is_some_and(digit_or_comma) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// Whether a text gives a date in any of the ways articles write it.
pub fn mentions_date(text: &str, date: NaiveDate) -> bool {
    [
        "%Y-%m-%d",
        "%B %-d, %Y",
        "%-d %B %Y",
        "%b %-d, %Y",
        "%-d %b %Y",
        "%b. %-d, %Y",
    ]
    .iter()
    .any(|format| text.contains(&date.format(format).to_string()))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    pub passage: String,
    pub differences: Vec<String>,
}

/// The run of source words closest to `wanted` by word edits, if it is close enough to be a
/// near miss (at most a third of the words differ), with the differences in words.
pub fn closest_passage(wanted: &str, source: &str) -> Option<NearMiss> {
    let needle: Vec<&str> = wanted.split(' ').filter(|w| !w.is_empty()).collect();
    let hay: Vec<&str> = source.split(' ').filter(|w| !w.is_empty()).collect();
    if needle.is_empty() || hay.is_empty() {
        return None;
    }
    // Approximate substring matching (Sellers): edit distance where the match may start and
    // end anywhere in the source. One row per needle word, one column per source word.
    // Quote marks around a word are the reporter's punctuation, not a difference in wording.
    let same = |a: &str, b: &str| a.trim_matches(['"', '\'']) == b.trim_matches(['"', '\'']);
    let (n, m) = (needle.len(), hay.len());
    let mut cost = vec![vec![0_usize; m + 1]; n + 1];
    for (i, row) in cost.iter_mut().enumerate() {
        row[0] = i;
    }
    for i in 1..=n {
        for j in 1..=m {
            let substitute = cost[i - 1][j - 1] + usize::from(!same(needle[i - 1], hay[j - 1]));
            cost[i][j] = substitute.min(cost[i - 1][j] + 1).min(cost[i][j - 1] + 1);
        }
    }
    let (end, distance) = (0..=m).map(|j| (j, cost[n][j])).min_by_key(|(_, d)| *d)?;
    if distance * 3 > n {
        return None;
    }
    // Walk back to find where the match starts and what differs.
    let (mut i, mut j) = (n, end);
    let mut differences = Vec::new();
    // Prefer a match, then a word added or dropped, and only then a changed word, so that a
    // dropped word is not reported as every following word changed.
    while i > 0 {
        let diagonal = j > 0 && same(needle[i - 1], hay[j - 1]) && cost[i][j] == cost[i - 1][j - 1];
        if diagonal {
            i -= 1;
            j -= 1;
        } else if j > 0 && cost[i][j] == cost[i][j - 1] + 1 {
            differences.push(format!(
                "{:?} is in the source, not the briefing",
                hay[j - 1]
            ));
            j -= 1;
        } else if cost[i][j] == cost[i - 1][j] + 1 {
            differences.push(format!(
                "{:?} is in the briefing, not the source",
                needle[i - 1]
            ));
            i -= 1;
        } else {
            differences.push(format!(
                "{:?} in the briefing, {:?} in the source",
                needle[i - 1],
                hay[j - 1]
            ));
            i -= 1;
            j -= 1;
        }
    }
    differences.reverse();
    Some(NearMiss {
        passage: hay[j..end].join(" "),
        differences,
    })
}

/// Where `passage` sits in `seed`: the paragraph around it, split into the text before, the
/// passage as the seed writes it, and the text after. For showing a quote in context.
pub fn in_context(seed: &str, passage: &str) -> Option<(String, String, String)> {
    // Build the comparable form of the seed, remembering where each of its characters came from.
    let mut flat = String::new();
    let mut origin = Vec::new();
    let mut in_space = true;
    for (at, c) in seed.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                flat.push(' ');
                origin.push(at);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let one = comparable(&c.to_string());
        for _ in one.chars() {
            origin.push(at);
        }
        flat.push_str(&one);
    }
    let wanted = comparable(passage);
    let start_byte = flat.find(&wanted)?;
    let start_char = flat[..start_byte].chars().count();
    let end_char = start_char + wanted.chars().count();
    let start = origin[start_char];
    let last = origin[end_char - 1];
    let end = last + seed[last..].chars().next().map_or(0, char::len_utf8);
    let paragraph_start = seed[..start].rfind('\n').map_or(0, |i| i + 1);
    let paragraph_end = seed[end..].find('\n').map_or(seed.len(), |i| end + i);
    Some((
        seed[paragraph_start..start].to_owned(),
        seed[start..end].to_owned(),
        seed[end..paragraph_end].to_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[test]
    fn finds_the_closest_passage_and_the_changed_word() {
        let source = comparable("He said the force has the full endorsement of Haiti, and more.");
        let near = closest_passage(
            &comparable("has the complete endorsement of Haiti,"),
            &source,
        )
        .unwrap();
        assert_eq!(near.passage, "has the full endorsement of Haiti,");
        assert_eq!(
            near.differences,
            ["\"complete\" in the briefing, \"full\" in the source"]
        );
    }

    #[test]
    fn reports_added_and_dropped_words() {
        let source = comparable("we cannot be serious about it");
        let near = closest_passage("we cannot be very serious", &source).unwrap();
        assert_eq!(
            near.differences,
            ["\"very\" is in the briefing, not the source"]
        );
        let near = closest_passage("we be serious about", &source).unwrap();
        assert_eq!(
            near.differences,
            ["\"cannot\" is in the source, not the briefing"]
        );
    }

    #[test]
    fn a_text_that_is_nowhere_near_has_no_closest_passage() {
        assert_eq!(
            closest_passage("entirely different words here", "the quick brown fox"),
            None
        );
    }

    #[rstest]
    #[case("would comprise 5,500 personnel", "5,500", true)]
    #[case("would comprise 15,500 personnel", "5,500", false)]
    #[case("would comprise 5,5000 personnel", "5,500", false)]
    #[case("989 personnel", "989", true)]
    #[case("1989 personnel", "989", false)]
    fn finds_figures_as_whole_numbers(
        #[case] text: &str,
        #[case] figure: &str,
        #[case] found: bool,
    ) {
        assert_eq!(contains_figure(text, figure), found);
    }

    #[rstest]
    #[case("before the mandate expires on October 2, 2025.", true)]
    #[case("date 2025-10-02 The", true)]
    #[case("on 2 October 2025", true)]
    #[case("on October 3, 2025", false)]
    fn recognises_dates_as_articles_write_them(#[case] text: &str, #[case] found: bool) {
        let date = NaiveDate::from_ymd_opt(2025, 10, 2).unwrap();
        assert_eq!(mentions_date(text, date), found);
    }

    #[test]
    fn shows_a_passage_in_its_paragraph_with_the_seed_own_quote_marks() {
        let seed = "First.\n\n\u{201c}We don\u{2019}t  stop,\u{201d} he said.\n\nLast.";
        let (before, passage, after) = in_context(seed, "We don't stop,").unwrap();
        assert_eq!(before, "\u{201c}");
        assert_eq!(passage, "We don\u{2019}t  stop,");
        assert_eq!(after, "\u{201d} he said.");
    }
}
