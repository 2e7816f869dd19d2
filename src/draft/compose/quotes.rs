//! The quotations of every article as one list: each speaker named with the role the articles
//! give, each date with where it comes from, in date order, a quotation two articles share
//! kept once, and why a person should look at any of it.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Found, capitalise, one_line};
use crate::briefing::text::comparable;
use crate::draft::attribution::{self, Dated, How};
use crate::draft::dates::Precision;
use crate::draft::mandate::Mission;
use crate::draft::report::{Report, Said, Spoke};
use crate::draft::speakers::{Entity, Kind};
use crate::draft::write::{Field, Table};

/// One quotation found, before the articles are merged.
struct Candidate {
    date: NaiveDate,
    date_review: Option<String>,
    order: (usize, usize),
    named: Named,
    how: String,
    text: String,
    closed: bool,
    cite: String,
    excerpt: String,
}

pub(super) fn quotes(
    found: &[Found<'_>],
    mission: Option<&Mission>,
    report: &mut Report,
) -> Vec<Table> {
    let mut candidates: Vec<Candidate> = Vec::new();
    for (article, f) in found.iter().enumerate() {
        for (index, quote) in f.analysis.quotes.iter().enumerate() {
            let entity = quote.speaker.map(|s| &f.analysis.people.entities[s]);
            let mut named = speaker_and_role(f, entity, mission);
            if let Some(why) = how_review(f, quote, entity) {
                named.speaker_reviews.push(why);
            }
            let (date, date_review) = quote_date(f, quote, &named.speaker);
            candidates.push(Candidate {
                date,
                date_review,
                order: (article, index),
                named,
                how: how_words(f, quote, entity),
                text: one_line(f.slice(&quote.text)),
                closed: quote.closed,
                cite: f.source.cite.clone(),
                excerpt: one_line(f.slice(&quote.excerpt)),
            });
        }
        for left in &f.analysis.left_out {
            report.left_out.push(format!(
                "\u{201c}{}\u{201d}: {}",
                f.slice(&left.text),
                left.why
            ));
        }
    }
    same_roles_across_articles(&mut candidates);
    candidates.sort_by_key(|c| (c.date, c.order));
    // The same quotation in two articles is kept once, from the earliest; the punctuation an
    // article closes it with is not part of what was said.
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut tables = Vec::new();
    for candidate in candidates {
        let key = comparable(&candidate.text)
            .trim_end_matches([',', '.', ';', ':', '!', '?', ' '])
            .to_owned();
        if !seen.insert(key) {
            report.duplicates += 1;
            continue;
        }
        report.quotes.push(Said {
            speaker: candidate.named.speaker.clone(),
            text: candidate.text.clone(),
        });
        if !report
            .speakers
            .iter()
            .any(|s| s.speaker == candidate.named.speaker)
        {
            report.speakers.push(Spoke {
                speaker: candidate.named.speaker.clone(),
                role: candidate.named.role.clone(),
                how: candidate.how.clone(),
            });
        }
        tables.push(quote_table(candidate));
    }
    tables
}

fn quote_table(candidate: Candidate) -> Table {
    let mut text = Field::text("text", candidate.text);
    if !candidate.closed {
        text = text.review("no closing quotation mark: taken to the end of its paragraph");
    }
    let mut speaker = Field::text("speaker", candidate.named.speaker);
    for why in candidate.named.speaker_reviews {
        speaker = speaker.review(why);
    }
    let mut role = Field::text("role", candidate.named.role);
    for why in candidate.named.role_reviews {
        role = role.review(why);
    }
    Table {
        comments: Vec::new(),
        fields: vec![
            speaker,
            role,
            Field::text("date", candidate.date.format("%Y-%m-%d").to_string())
                .review_if(candidate.date_review),
            text,
            Field::text("source", candidate.cite),
            Field::text("excerpt", candidate.excerpt),
        ],
    }
}

/// The day a quotation was said, and why it needs review when the article is not explicit.
fn quote_date(
    f: &Found<'_>,
    quote: &attribution::Quote,
    speaker: &str,
) -> (NaiveDate, Option<String>) {
    let dateline = f.source.article.dateline;
    let Some(said) = &quote.said_on else {
        return (
            dateline,
            Some("the article does not say when this was said: the dateline".to_owned()),
        );
    };
    let phrase = f.slice(&said.span);
    let review = match quote.dated {
        Dated::Own if said.precision == Precision::Full => None,
        Dated::Own => Some(format!(
            "\u{201c}{phrase}\u{201d} read as {} from the dateline {dateline}",
            said.date
        )),
        Dated::Before => Some(format!(
            "the date of the quotation it continues (\u{201c}{phrase}\u{201d})"
        )),
        Dated::Speaker | Dated::Dateline => Some(format!(
            "the day the article says {speaker} spoke: \u{201c}{phrase}\u{201d}, read as {}",
            said.date
        )),
    };
    (said.date, review)
}

/// A speaker quoted in several articles has one role: the one an article writes out, the
/// most specific.
fn same_roles_across_articles(candidates: &mut [Candidate]) {
    let mut best: Vec<(String, String, Vec<String>)> = Vec::new();
    for c in candidates.iter() {
        let strength = |role: &str, reviews: &[String]| {
            (
                !role.starts_with("role not stated"),
                reviews.is_empty(),
                role.len(),
            )
        };
        match best
            .iter_mut()
            .find(|(speaker, _, _)| *speaker == c.named.speaker)
        {
            Some((_, role, reviews)) => {
                if strength(&c.named.role, &c.named.role_reviews) > strength(role, reviews) {
                    role.clone_from(&c.named.role);
                    reviews.clone_from(&c.named.role_reviews);
                }
            }
            None => best.push((
                c.named.speaker.clone(),
                c.named.role.clone(),
                c.named.role_reviews.clone(),
            )),
        }
    }
    for c in candidates.iter_mut() {
        if let Some((_, role, reviews)) = best.iter().find(|(s, _, _)| *s == c.named.speaker) {
            c.named.role.clone_from(role);
            c.named.role_reviews.clone_from(reviews);
        }
    }
}

/// The speaker's name and role as the briefing shows them, and why either needs review.
struct Named {
    speaker: String,
    role: String,
    speaker_reviews: Vec<String>,
    role_reviews: Vec<String>,
}

fn speaker_and_role(f: &Found<'_>, entity: Option<&Entity>, mission: Option<&Mission>) -> Named {
    let Some(entity) = entity else {
        return Named {
            speaker: "Unknown speaker".to_owned(),
            role: "not stated".to_owned(),
            speaker_reviews: vec!["no speaker found: name who said this".to_owned()],
            role_reviews: Vec::new(),
        };
    };
    match entity.kind {
        Kind::Person => {
            let mut speaker_reviews = Vec::new();
            let mut role_reviews = Vec::new();
            if entity.surname_only {
                speaker_reviews.push(format!(
                    "the article gives only the surname \u{201c}{}\u{201d}",
                    entity.name
                ));
            }
            if let Some(paragraph) = entity.office_from {
                role_reviews.push(format!(
                    "paragraph {} names the office before the article names {}; check it is theirs",
                    paragraph + 1,
                    entity.name
                ));
            }
            let role = if let Some(role) = entity.role.as_deref() {
                if let Some((country, times)) = country_for(f, entity, role, mission) {
                    role_reviews.push(format!(
                        "the article writes \u{201c}{role}\u{201d}; {country} is the country named most ({times} times) in the sentences that name {}",
                        entity.name
                    ));
                    format!("{role} of {country}")
                } else {
                    role.to_owned()
                }
            } else {
                role_reviews.push("the article gives no role".to_owned());
                "role not stated in the article".to_owned()
            };
            Named {
                speaker: entity.name.clone(),
                role,
                speaker_reviews,
                role_reviews,
            }
        }
        Kind::Organisation => {
            let role = "organisation";
            let mut speaker_reviews = Vec::new();
            if !entity.name.contains(' ')
                && entity.name.chars().next().is_some_and(char::is_lowercase)
            {
                speaker_reviews.push(format!(
                    "the article does not name \u{201c}the {}\u{201d} in full",
                    entity.name
                ));
            }
            Named {
                speaker: capitalise(&entity.name),
                role: role.to_owned(),
                speaker_reviews,
                role_reviews: Vec::new(),
            }
        }
        Kind::Unnamed => Named {
            speaker: capitalise(&entity.name),
            role: "not named in the article".to_owned(),
            speaker_reviews: vec!["the article does not name this speaker".to_owned()],
            role_reviews: Vec::new(),
        },
    }
}

/// For a bare national title ("President"), the country the article ties the person to: the
/// one named clearly most (at least twice, and more than twice any other) in the sentences
/// that name them, outside quotations, not as a possessive ("Kenya's willingness" is another
/// actor) and not the mission's host.
fn country_for(
    f: &Found<'_>,
    entity: &Entity,
    role: &str,
    mission: Option<&Mission>,
) -> Option<(String, usize)> {
    let bare = matches!(
        role.to_lowercase().as_str(),
        "president"
            | "prime minister"
            | "vice-president"
            | "vice president"
            | "foreign minister"
            | "defence minister"
            | "defense minister"
            | "interior minister"
    );
    if !bare {
        return None;
    }
    let surname = entity.name.rsplit(' ').next()?;
    let host = mission.and_then(|m| m.host);
    let quoted: Vec<&std::ops::Range<usize>> = f.analysis.quotes.iter().map(|q| &q.text).collect();
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for sentence in &f.analysis.sentences {
        if !f.slice(&sentence.range).contains(surname) {
            continue;
        }
        for (country, adjective) in crate::draft::words::COUNTRIES {
            if Some(*country) == host || country.len() <= 3 {
                continue;
            }
            let mut forms = vec![*country];
            if adjective != country {
                forms.push(adjective);
            }
            let times = forms
                .iter()
                .flat_map(|form| occurrences(f.text(), &sentence.range, form))
                .filter(|at| !quoted.iter().any(|q| q.contains(at)))
                .count();
            if times > 0 {
                match counts.iter_mut().find(|(c, _)| c == country) {
                    Some((_, n)) => *n += times,
                    None => counts.push((country, times)),
                }
            }
        }
    }
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let (country, n) = *counts.first()?;
    let clear = n >= 2 && counts.get(1).is_none_or(|(_, m)| n > 2 * m);
    let the = [
        "United",
        "Democratic",
        "Central",
        "Netherlands",
        "Bahamas",
        "Dominican",
    ]
    .iter()
    .any(|start| country.starts_with(start));
    clear.then(|| (format!("{}{country}", if the { "the " } else { "" }), n))
}

/// Where `word` stands as a whole word in `text[range]`, not as a possessive; "Kenya-led"
/// counts as Kenya.
fn occurrences(text: &str, range: &std::ops::Range<usize>, word: &str) -> Vec<usize> {
    let slice = &text[range.clone()];
    slice
        .match_indices(word)
        .filter(|(at, _)| {
            let before = slice[..*at].chars().next_back();
            let rest = &slice[at + word.len()..];
            let after = rest.chars().next();
            let possessive = rest.starts_with("'s") || rest.starts_with("\u{2019}s");
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
                && !possessive
        })
        .map(|(at, _)| range.start + at)
        .collect()
}

fn how_review(
    f: &Found<'_>,
    quote: &attribution::Quote,
    entity: Option<&Entity>,
) -> Option<String> {
    let name = entity.map_or("nobody", |e| e.name.as_str());
    let paragraph = quote
        .named_in
        .or(entity.map(|e| e.introduced))
        .map_or(0, |p| p + 1);
    match &quote.how {
        How::Pronoun(word) => Some(format!(
            "\u{201c}{word}\u{201d} resolved to {name}, last mentioned in paragraph {paragraph}"
        )),
        How::Title(title) => Some(format!(
            "\u{201c}{title}\u{201d} resolved to {name}, last mentioned in paragraph {paragraph}"
        )),
        How::Continues => Some(format!(
            "no attribution: given to {name}, quoted just before"
        )),
        How::Subject => Some(format!(
            "no attribution: given to {name}, whom the sentence before is about"
        )),
        How::Clause => Some(format!(
            "no verb of speech: given to {name}, the subject of its sentence"
        )),
        How::Unknown if entity.is_none() && quote.attribution.is_some() => Some(format!(
            "the attribution \u{201c}{}\u{201d} names no one the drafter could find",
            quote.attribution.as_ref().map_or("", |a| f.slice(a))
        )),
        _ => None,
    }
}

fn how_words(f: &Found<'_>, quote: &attribution::Quote, entity: Option<&Entity>) -> String {
    let paragraph = entity.map_or(0, |e| e.introduced + 1);
    match &quote.how {
        How::Named => "named in the attribution".to_owned(),
        How::Surname(surname) => {
            format!("\u{201c}{surname}\u{201d}, named in full in paragraph {paragraph}")
        }
        How::Title(title) | How::Pronoun(title) => {
            let last = quote.named_in.map_or(paragraph, |p| p + 1);
            format!("\u{201c}{title}\u{201d}, last mentioned in paragraph {last}")
        }
        How::Continues => "no attribution: the speaker quoted just before".to_owned(),
        How::RunsOn => "a quotation over several paragraphs".to_owned(),
        How::Colon => "\u{201c}... said:\u{201d} ending the paragraph before".to_owned(),
        How::Organisation => "an organisation".to_owned(),
        How::Unnamed => "not named in the article".to_owned(),
        How::Subject => "no attribution: whom the sentence before is about".to_owned(),
        How::Clause => "no verb of speech: the subject of its sentence".to_owned(),
        How::Unknown => quote.attribution.as_ref().map_or_else(
            || "no attribution found".to_owned(),
            |a| format!("\u{201c}{}\u{201d} unresolved", f.slice(a)),
        ),
    }
}
