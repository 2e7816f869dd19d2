//! From what was found in each article to one briefing: quotes in date order with a quote two
//! articles share kept once, speakers named in full with their roles, figures, the mandate's
//! expiry (every statement of it compared, a disagreement flagged) and milestones, each unsure
//! value with the reason a person should look at it.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::Source;
use super::attribution::{self, Analysis, Dated, How};
use super::dates::Precision;
use super::figures::{self, Figure};
use super::mandate::{self, Deadline, Event, Mission};
use super::report::{Report, Said, Spoke, Stated};
use super::speakers::{Entity, Kind};
use super::write::{Document, Field, Table};
use crate::briefing::text::{comparable, thousands};
use crate::briefing::verify::mentions_date;

/// Everything found in one article.
struct Found<'a> {
    source: &'a Source,
    analysis: Analysis,
    mission: Option<Mission>,
    deadlines: Vec<Deadline>,
    events: Vec<Event>,
    figures: Vec<Figure>,
}

impl Found<'_> {
    fn text(&self) -> &str {
        &self.source.article.text
    }

    fn slice(&self, range: &std::ops::Range<usize>) -> &str {
        &self.source.article.text[range.clone()]
    }
}

pub fn compose(sources: &[Source]) -> (Document, Report) {
    let found: Vec<Found<'_>> = sources
        .iter()
        .map(|source| {
            let analysis = attribution::analyse(&source.article);
            let mission = mandate::mission(&source.article, &analysis.sentences);
            let deadlines =
                mandate::deadlines(&source.article, &analysis.sentences, mission.as_ref());
            let events = mandate::events(&source.article, &analysis.sentences, &deadlines);
            let figures = figures::find(&source.article.text, &analysis.sentences);
            Found {
                source,
                analysis,
                mission,
                deadlines,
                events,
                figures,
            }
        })
        .collect();
    let mut report = Report::default();
    for f in &found {
        report.articles.push((
            f.source.article.name.clone(),
            f.source.cite.clone(),
            f.source.article.dateline,
        ));
    }
    let mission = found
        .iter()
        .filter_map(|f| f.mission.clone())
        .max_by_key(|m| m.mentions);
    let short = mission
        .as_ref()
        .map_or_else(|| "Mission".to_owned(), |m| m.short_name.clone());
    let mut document = Document {
        header: header(sources),
        ..Document::default()
    };
    let title = sources
        .iter()
        .find_map(|s| s.article.title.clone())
        .unwrap_or_else(|| match &mission {
            Some(m) => format!("{}: {}", m.short_name, m.name),
            None => "Briefing drafted from articles".to_owned(),
        });
    document
        .top
        .push(Field::text("title", title).review("a title for the screen's header; make it yours"));
    let (mandate, expiry) = mandate_table(&found, mission.as_ref(), &mut report);
    document.mandate = mandate;
    document.forces = forces(&found, &mut report);
    document.quotes = quotes(&found, mission.as_ref(), &mut report);
    document.milestones = milestones(&found, &short, expiry.as_ref(), &mut report);
    report.reviews = document.reviews();
    (document, report)
}

fn header(sources: &[Source]) -> Vec<String> {
    let names: Vec<&str> = sources.iter().map(|s| s.cite.as_str()).collect();
    vec![
        format!(
            "Drafted by `mandate-countdown draft` from {}.",
            names.join(", ")
        ),
        "Every quote, excerpt and figure below is a passage of its source: `mandate-countdown check` proves it.".to_owned(),
        "Lines marked REVIEW are the drafter's judgement, with the reason: read them before the briefing is shown.".to_owned(),
    ]
}

/// The chosen deadline: its date, the article, and the statement.
struct Expiry {
    date: NaiveDate,
    article: usize,
    deadline: Deadline,
}

fn mandate_table(
    found: &[Found<'_>],
    mission: Option<&Mission>,
    report: &mut Report,
) -> (Table, Option<Expiry>) {
    let mut table = Table {
        comments: vec!["The mission, and the day its mandate ends.".to_owned()],
        fields: Vec::new(),
    };
    let (name, short) = match mission {
        Some(m) => (
            Field::text("name", m.name.clone()),
            Field::text("short_name", m.short_name.clone()),
        ),
        None => (
            Field::text("name", "Mission")
                .review("the article names no mission the drafter could spell out; name it"),
            Field::text("short_name", "Mission")
                .review("no acronym found; give the mission's short name"),
        ),
    };
    table.fields.push(name);
    let short = match mission {
        Some(m) if m.from_initials => short.review(format!(
            "the article gives no acronym: this is made of the initials of \u{201c}{}\u{201d}",
            m.name
        )),
        _ => short,
    };
    table.fields.push(short);
    // Every statement of the deadline, the surest first: a full date, then a month and day,
    // then one counted from the dateline.
    let mut statements: Vec<(usize, &Deadline)> = found
        .iter()
        .enumerate()
        .flat_map(|(i, f)| f.deadlines.iter().map(move |d| (i, d)))
        .collect();
    statements.sort_by_key(|(i, d)| (d.precision, *i));
    for (i, deadline) in &statements {
        let f = &found[*i];
        report.deadlines.push(Stated {
            date: deadline.date,
            phrase: f.slice(&deadline.phrase).to_owned(),
            article: f.source.cite.clone(),
        });
    }
    let dates: BTreeSet<NaiveDate> = statements.iter().map(|(_, d)| d.date).collect();
    report.conflict = dates.len() > 1;
    let expiry = statements.first().map(|(i, d)| Expiry {
        date: d.date,
        article: *i,
        deadline: (*d).clone(),
    });
    let first_article = &found[0];
    let expires = expires_field(found, &statements, expiry.as_ref(), report.conflict);
    table.fields.push(expires);
    let un = found
        .iter()
        .any(|f| mandate::is_un_mandate(&f.source.article, mission));
    table.fields.push(
        Field::text("timezone", "America/New_York").review_if((!un).then(|| {
            "no UN Security Council mandate is named: New York is the drafter's guess".to_owned()
        })),
    );
    if let Some(e) = &expiry {
        table.fields.push(Field::text(
            "convention",
            format!(
                "In force through {}; lapses at the end of that day, New York time (a convention: the article names no hour)",
                e.date.format("%-d %b %Y")
            ),
        ));
    }
    let source = expiry.as_ref().map_or(&first_article.source.cite, |e| {
        &found[e.article].source.cite
    });
    table.fields.push(Field::text("source", source.clone()));
    (table, expiry)
}

/// `expires`, with the sentence that states it, and a review mark when it is counted from the
/// dateline, missing, or contradicted.
fn expires_field(
    found: &[Found<'_>],
    statements: &[(usize, &Deadline)],
    expiry: Option<&Expiry>,
    conflict: bool,
) -> Field {
    let first_article = &found[0];
    let mut expires = match expiry {
        Some(e) => {
            let f = &found[e.article];
            let mut field = Field::text("expires", e.date.format("%Y-%m-%d").to_string()).note(
                format!(
                    "{}: \u{201c}{}\u{201d}",
                    f.source.cite,
                    one_line(f.slice(&e.deadline.sentence))
                ),
            );
            if e.deadline.precision != Precision::Full {
                field = field.review(format!(
                    "\u{201c}{}\u{201d} counted from the dateline {}",
                    f.slice(&e.deadline.phrase),
                    f.source.article.dateline
                ));
            }
            field
        }
        None => Field::text(
            "expires",
            first_article.source.article.dateline.format("%Y-%m-%d").to_string(),
        )
        .review("THE ARTICLES STATE NO EXPIRY: this is the dateline, a placeholder; set the mandate's real end"),
    };
    if conflict {
        let others: Vec<String> = statements
            .iter()
            .skip(1)
            .filter(|(_, d)| Some(d.date) != expiry.map(|e| e.date))
            .map(|(i, d)| {
                format!(
                    "\u{201c}{}\u{201d} ({}) in {}",
                    found[*i].slice(&d.phrase),
                    d.date,
                    found[*i].source.cite
                )
            })
            .collect();
        expires = expires.review(format!(
            "the articles disagree: this date is stated in full, but {} gives another; both are milestones below",
            others.join(" and ")
        ));
    }
    expires
}

fn forces(found: &[Found<'_>], report: &mut Report) -> Vec<Table> {
    let mut seen = BTreeSet::new();
    let mut figures: Vec<(&Found<'_>, &Figure)> = Vec::new();
    for f in found {
        for figure in &f.figures {
            if seen.insert(figure.personnel) {
                figures.push((f, figure));
            }
        }
    }
    // The first force is the baseline ratios are drawn against: the smallest.
    figures.sort_by_key(|(_, figure)| figure.personnel);
    let mut tables = Vec::new();
    for (index, (f, figure)) in figures.iter().enumerate() {
        let unit = f.slice(&figure.unit);
        let label = figure.force.as_ref().map_or_else(
            || capitalise(&format!("{} {unit}", f.slice(&figure.number))),
            |range| capitalise(f.slice(range)),
        );
        report.figures.push(format!(
            "{} {unit} ({})",
            thousands(figure.personnel),
            f.source.cite
        ));
        let mut table = Table::default();
        if index == 0 && figures.len() > 1 {
            table.comments.push(
                "The first force is the baseline that ratios are measured against.".to_owned(),
            );
        }
        table
            .fields
            .push(Field::text("label", label).review(format!(
                "label from \u{201c}{}\u{201d}: say which force this is",
                figure.force.as_ref().map_or(unit, |range| f.slice(range))
            )));
        table
            .fields
            .push(Field::integer("personnel", i64::from(figure.personnel)));
        table.fields.push(Field::text("basis", "stated"));
        table
            .fields
            .push(Field::text("source", f.source.cite.clone()));
        table
            .fields
            .push(Field::text("excerpt", one_line(f.slice(&figure.sentence))));
        if let Some(comparison) = &figure.comparison {
            table.fields.push(Field::text(
                "note",
                format!(
                    "The article compares: \u{201c}{}\u{201d}",
                    f.slice(comparison)
                ),
            ));
        }
        tables.push(table);
    }
    tables
}

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

fn quotes(found: &[Found<'_>], mission: Option<&Mission>, report: &mut Report) -> Vec<Table> {
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
            "\u{201c}{word}\u{201d} resolved to {name}, named in paragraph {paragraph}"
        )),
        How::Title(title) => Some(format!(
            "\u{201c}{title}\u{201d} resolved to {name}, named in paragraph {paragraph}"
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
        How::Title(title) => format!("\u{201c}{title}\u{201d}, named in paragraph {paragraph}"),
        How::Pronoun(word) => format!("\u{201c}{word}\u{201d}, named in paragraph {paragraph}"),
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

fn milestones(
    found: &[Found<'_>],
    short: &str,
    expiry: Option<&Expiry>,
    report: &mut Report,
) -> Vec<Table> {
    let mut entries: Vec<(NaiveDate, Table)> = Vec::new();
    for f in found {
        let article = &f.source.article;
        let place = if article.dated_in_text {
            Field::text("source", f.source.cite.clone())
        } else {
            Field::text(
                "citation",
                format!(
                    "{}, dated {} with --published",
                    f.source.cite, article.dateline
                ),
            )
        };
        entries.push((
            article.dateline,
            milestone(
                article.dateline,
                format!("Article published: {}", article.seed_name),
                place,
                None,
            ),
        ));
        for event in &f.events {
            let label = one_line(f.slice(&event.sentence));
            let review = Some(format!(
                "the label is the article's sentence; shorten it{}",
                if event.precision == Precision::Full {
                    String::new()
                } else {
                    format!(
                        ". \u{201c}{}\u{201d} read as {} from the dateline",
                        f.slice(&event.phrase),
                        event.date
                    )
                }
            ));
            entries.push((
                event.date,
                milestone(
                    event.date,
                    label,
                    cited(f, event.date, &event.phrase),
                    review,
                ),
            ));
        }
    }
    if let Some(expiry) = expiry {
        let f = &found[expiry.article];
        entries.push((
            expiry.date,
            milestone(
                expiry.date,
                format!("{short} mandate expires (end of day, New York time)"),
                cited(f, expiry.date, &expiry.deadline.phrase),
                None,
            ),
        ));
        for f in found {
            for d in &f.deadlines {
                if d.date != expiry.date {
                    entries.push((
                        d.date,
                        milestone(
                            d.date,
                            format!("{short} mandate expires by another statement: \u{201c}{}\u{201d}", f.slice(&d.phrase)),
                            cited(f, d.date, &d.phrase),
                            Some(format!(
                                "this disagrees with the expiry {} stated elsewhere; keep the right one",
                                expiry.date
                            )),
                        ),
                    ));
                }
            }
        }
    }
    entries.sort_by_key(|(date, _)| *date);
    report.milestones = entries.len();
    entries.into_iter().map(|(_, t)| t).collect()
}

fn milestone(date: NaiveDate, label: String, place: Field, review: Option<String>) -> Table {
    Table {
        comments: Vec::new(),
        fields: vec![
            Field::text("date", date.format("%Y-%m-%d").to_string()),
            Field::text("label", label).review_if(review),
            place,
        ],
    }
}

/// The seed as source when it writes the date out (so `check` finds it there), else a
/// citation quoting the words it was counted from.
fn cited(f: &Found<'_>, date: NaiveDate, phrase: &std::ops::Range<usize>) -> Field {
    if mentions_date(&comparable(f.text()), date) {
        Field::text("source", f.source.cite.clone())
    } else {
        Field::text(
            "citation",
            format!(
                "{}: \u{201c}{}\u{201d}, counted from the dateline {}",
                f.source.cite,
                f.slice(phrase),
                f.source.article.dateline
            ),
        )
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A passage on one line: line breaks between paragraphs become a space, which `check`
/// counts the same.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
