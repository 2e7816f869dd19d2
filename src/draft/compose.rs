//! From what was found in each article to one briefing: quotes in date order with a quote two
//! articles share kept once, speakers named in full with their roles, figures, the mandate's
//! expiry (every statement of it compared, a disagreement flagged) and milestones, each unsure
//! value with the reason a person should look at it.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::Source;
use super::attribution::{self, Analysis};
use super::dates::Precision;
use super::figures::{self, Figure};
use super::mandate::{self, Deadline, Event, Mission};
use super::report::{Report, Stated};
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

mod quotes;

use quotes::quotes;

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
        let stated = Stated {
            date: deadline.date,
            phrase: f.slice(&deadline.phrase).to_owned(),
            article: f.source.cite.clone(),
            other_mission: deadline.other_mission.clone(),
        };
        if !report.deadlines.contains(&stated) {
            report.deadlines.push(stated);
        }
    }
    // Another mission's end is a milestone, not a statement of this mandate's.
    statements.retain(|(_, d)| d.other_mission.is_none());
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
                if d.date != expiry.date && d.other_mission.is_none() {
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
    for f in found {
        for d in &f.deadlines {
            if let Some(other) = &d.other_mission {
                entries.push((
                    d.date,
                    milestone(
                        d.date,
                        format!(
                            "{other} ends (another mission): \u{201c}{}\u{201d}",
                            f.slice(&d.phrase)
                        ),
                        cited(f, d.date, &d.phrase),
                        None,
                    ),
                ));
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
