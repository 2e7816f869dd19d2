//! The mission and its deadline: the mission's name and acronym as the article gives them, and
//! every sentence that states when its mandate ends ("expires on October 2, 2025", "whose
//! mandate expires in 11 days", "runs until", "ends on"), each resolved against the dateline.
//! Other dated events the article reports (votes, adoptions, arrivals) become milestones.

use std::ops::Range;

use chrono::NaiveDate;

use super::article::Article;
use super::attribution::Sentence;
use super::dates::{self, Precision, Tense};
use super::tokens::{self, Token};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mission {
    pub name: String,
    pub short_name: String,
    /// The country the mission serves in, from "in Haiti" in its name.
    pub host: Option<&'static str>,
    pub mentions: usize,
    /// Whether the article never gives the acronym, so it was made from the name's initials.
    pub from_initials: bool,
}

/// One statement of when a mandate ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    /// The words that give the date ("October 2, 2025", "in 11 days").
    pub phrase: Range<usize>,
    pub sentence: Range<usize>,
    pub precision: Precision,
    /// Another mission's acronym, when the sentence is about that one: "cease all operations
    /// of the UN Transitional Assistance Mission in Somalia (UNTMIS) as of Oct. 31, 2026" in
    /// an article about AUSSOM.
    pub other_mission: Option<String>,
}

/// A dated event the article reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: NaiveDate,
    pub phrase: Range<usize>,
    pub sentence: Range<usize>,
    pub precision: Precision,
}

pub(crate) const EXPIRY_WORDS: &[&str] = &[
    "expires",
    "expire",
    "expiring",
    "expired",
    "expiry",
    "expiration",
    "ends",
    "end",
    "ending",
    "lapses",
    "lapse",
    "lapsing",
    "until",
    "till",
    "through",
    "runs",
    "run",
    "extended",
    "extends",
    "extend",
    "renewed",
    "renews",
    "renew",
    "deadline",
];

const EVENT_WORDS: &[&str] = &[
    "voted",
    "vote",
    "adopted",
    "approved",
    "authorised",
    "authorized",
    "extended",
    "renewed",
    "arrived",
    "deployed",
    "landed",
    "signed",
    "held",
    "met",
    "launched",
    "began",
    "begun",
    "established",
    "created",
    "elected",
    "sworn",
    "withdrew",
    "withdrawn",
    "handed",
    "took",
    "meeting",
    "summit",
    "session",
    "passed",
    "endorsed",
    "agreed",
];

mod mission;

pub use mission::mission;

/// Every statement of when the mandate ends. A sentence counts when it speaks of the mandate
/// (or the mission by its acronym) and of its end, and gives a date.
pub fn deadlines(
    article: &Article,
    sentences: &[Sentence],
    mission: Option<&Mission>,
) -> Vec<Deadline> {
    let text = article.text.as_str();
    let mut found = Vec::new();
    for sentence in sentences {
        let tokens = tokens::of(text, sentence.range.clone());
        let about_mandate = tokens.iter().any(|t| {
            matches!(
                t.lower().as_str(),
                "mandate" | "mandates" | "authorization" | "authorisation"
            )
        });
        let about_mission = mission.is_some_and(|m| {
            tokens
                .iter()
                .any(|t| t.bare() == m.short_name || t.lower() == "mission")
        });
        if !about_mandate && !about_mission {
            continue;
        }
        let sentence_text = &text[sentence.range.clone()];
        // "which would have expired Friday": the end the renewal replaced, not a deadline.
        if text[sentence.range.clone()].contains("would have expired") {
            continue;
        }
        // "whose mandate expired on Oct. 2": a day already past; otherwise the next one.
        let ended = tokens.iter().any(|t| {
            matches!(
                t.lower().as_str(),
                "expired" | "ended" | "lapsed" | "ceased" | "concluded"
            )
        });
        // "beyond its original expiration date of April 30": the end a renewal replaced, which
        // lies before the renewal's article.
        let replaced = tokens.windows(2).any(|w| {
            matches!(w[0].lower().as_str(), "original" | "previous" | "former")
                && matches!(
                    w[1].lower().as_str(),
                    "expiration" | "expiry" | "deadline" | "end" | "mandate"
                )
        });
        let tense = if ended || replaced {
            Tense::Past
        } else {
            Tense::Future
        };
        let dates = dates::find(sentence_text, article.dateline, tense);
        let date = governed_date(
            &tokens,
            &dates,
            sentence.range.start,
            about_mandate,
            about_mandate || about_mission,
        );
        let offset = sentence.range.start;
        if let Some(date) = date {
            found.push(Deadline {
                date: date.date,
                phrase: date.span.start + offset..date.span.end + offset,
                sentence: sentence.range.clone(),
                precision: date.precision,
                other_mission: other_mission(&tokens, mission),
            });
        }
    }
    found
}

/// The acronym in brackets of a mission other than `mission`, in a sentence that does not
/// name `mission` itself.
fn other_mission(tokens: &[Token<'_>], mission: Option<&Mission>) -> Option<String> {
    // With no mission of its own, an article has no other.
    let ours = mission.map(|m| m.short_name.as_str())?;
    if tokens.iter().any(|t| t.bare() == ours) {
        return None;
    }
    tokens.windows(3).find_map(|w| {
        (w[0].text == "("
            && w[2].text == ")"
            && super::speakers::is_acronym(w[1].text)
            && !matches!(w[1].text, "UN" | "AU" | "EU" | "US" | "UK")
            && w[1].text != ours)
            .then(|| w[1].text.to_owned())
    })
}

/// The date a statement of the mandate's end gives: the first date after a verb of ending
/// ("expires on October 2", "whose mandate expires in 11 days", "ends"), or after "until",
/// "to" or "through" following a verb of extending ("extended ... to October 2, 2025", "runs
/// until"). A date before the verb is when something happened ("on Monday extended"), not
/// the end. A sentence about the mission rather than its mandate needs a verb of ending.
fn governed_date<'a>(
    tokens: &[Token<'_>],
    dates: &'a [dates::Found],
    offset: usize,
    about_mandate: bool,
    about_mission: bool,
) -> Option<&'a dates::Found> {
    // "calls on UNITAMS to start terminating its operations ... until February 29, 2024".
    let winds_down = tokens.iter().any(|t| {
        let lower = t.lower();
        [
            "terminate",
            "terminating",
            "termination",
            "withdraw",
            "drawdown",
            "wind",
        ]
        .iter()
        .any(|stem| lower.starts_with(stem))
    });
    for (i, token) in tokens.iter().enumerate() {
        let lower = token.lower();
        // "must close as of March 31", "will close on": not "close cooperation".
        let closes = matches!(lower.as_str(), "close" | "closes")
            && tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower().as_str(), "as" | "on" | "by" | "down"));
        let ends = closes
            || ["expir", "lapse"]
                .iter()
                .any(|stem| lower.starts_with(stem))
            || matches!(
                lower.as_str(),
                "end"
                    | "ends"
                    | "ended"
                    | "ending"
                    | "deadline"
                    | "conclude"
                    | "concludes"
                    | "cease"
                    | "ceases"
            );
        // "extend the mission until ...", "its mandate runs until ...", "the mandate of UNMISS
        // until ...": a bare "until" needs the mandate named.
        let extends = (about_mission
            && (["extend", "extension", "renew", "prolong"]
                .iter()
                .any(|stem| lower.starts_with(stem))
                || matches!(
                    lower.as_str(),
                    "runs" | "run" | "stay" | "stays" | "remain" | "remains"
                )))
            || ((about_mandate || (about_mission && winds_down))
                && matches!(lower.as_str(), "until" | "till"));
        if !ends && !extends {
            continue;
        }
        let after = token.end() - offset;
        let found = dates.iter().find(|d| {
            d.span.start >= after
                && d.precision != Precision::Vague
                && (ends || {
                    // The word that introduces the date: "until", "to", "through", "till".
                    // "to the end of 2026": the article before the date is not the lead.
                    let lead = tokens[i..]
                        .iter()
                        .take_while(|t| t.at - offset < d.span.start)
                        .map(Token::lower)
                        .filter(|word| word != "the")
                        .last();
                    matches!(
                        lead.as_deref(),
                        Some("until" | "till" | "to" | "through" | "into")
                    ) || matches!(lower.as_str(), "until" | "till")
                })
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Dated events: a sentence with a verb of action (voted, adopted, arrived...) and a date that
/// is not a deadline.
pub fn events(article: &Article, sentences: &[Sentence], deadlines: &[Deadline]) -> Vec<Event> {
    let text = article.text.as_str();
    let mut found = Vec::new();
    for sentence in sentences {
        if deadlines.iter().any(|d| d.sentence == sentence.range) {
            continue;
        }
        let tokens = tokens::of(text, sentence.range.clone());
        if !tokens
            .iter()
            .any(|t| EVENT_WORDS.contains(&t.lower().as_str()))
        {
            continue;
        }
        // Quoted words are the speaker's, not the article's report of events.
        if text[sentence.range.clone()].starts_with(['\u{201c}', '"']) {
            continue;
        }
        let sentence_text = &text[sentence.range.clone()];
        let tense = dates::tense_of(sentence_text);
        for date in dates::find(sentence_text, article.dateline, tense) {
            if matches!(date.precision, Precision::Vague | Precision::Month) {
                continue;
            }
            found.push(Event {
                date: date.date,
                phrase: date.span.start + sentence.range.start
                    ..date.span.end + sentence.range.start,
                sentence: sentence.range.clone(),
                precision: date.precision,
            });
            break;
        }
    }
    found
}

/// Whether the mandate is the United Nations' (its deadline read in New York): the article
/// names the UN or its Security Council, and the mission is not the African Union's.
pub fn is_un_mandate(article: &Article, mission: Option<&Mission>) -> bool {
    let text = &article.text;
    let african_union = text.contains("Peace and Security Council")
        || mission.is_some_and(|m| m.name.starts_with("African Union"));
    let united_nations = ["Security Council", "United Nations", "UN ", "U.N."]
        .iter()
        .any(|name| text.contains(name));
    united_nations && !african_union
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::attribution::analyse;

    fn article(body: &str) -> Article {
        Article::parse("a.txt", body.as_bytes(), None).unwrap()
    }

    #[test]
    fn finds_the_seed_mission_and_both_of_its_deadlines() {
        let article = article(include_str!("../../seeds/000_0073b1465f77e1bd.txt"));
        let analysis = analyse(&article);
        let mission = mission(&article, &analysis.sentences).unwrap();
        assert_eq!(
            mission.name,
            "Multinational Security Support mission in Haiti"
        );
        assert_eq!(mission.short_name, "MSS");
        assert_eq!(mission.host, Some("Haiti"));
        let deadlines = deadlines(&article, &analysis.sentences, Some(&mission));
        let found: Vec<(String, &str)> = deadlines
            .iter()
            .map(|d| (d.date.to_string(), &article.text[d.phrase.clone()]))
            .collect();
        assert_eq!(
            found,
            [
                ("2025-10-02".to_owned(), "October 2, 2025"),
                ("2025-10-04".to_owned(), "in 11 days")
            ]
        );
    }

    /// The deadlines an article's mandate sentences give, as ISO dates.
    fn deadline_dates(text: &str) -> Vec<String> {
        let article = article(text);
        let analysis = analyse(&article);
        let mission = mission(&article, &analysis.sentences).unwrap();
        let found = deadlines(&article, &analysis.sentences, Some(&mission));
        found.iter().map(|d| d.date.to_string()).collect()
    }

    #[test]
    fn an_original_expiry_lies_before_the_renewal() {
        assert_eq!(
            deadline_dates(
                " date 2025-05-01 The United Nations Mission in South Sudan (UNMISS) mandate will now expire on May 9, 2025. The extension lets the mission work beyond its original expiration date of April 30.",
            ),
            ["2025-05-09", "2025-04-30"]
        );
    }

    #[test]
    fn reads_the_end_of_a_wind_down_after_until() {
        assert_eq!(
            deadline_dates(
                " date 2023-12-02 The United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS) is to start terminating its operations as from December 4 until February 29, 2024. UNITAMS agreed.",
            ),
            ["2024-02-29"]
        );
    }

    #[test]
    fn reads_a_stay_through_a_month_and_an_end_on_a_weekday() {
        for (text, end) in [
            (
                " date 2027-08-13 The council allowed the African Union Support Mission in Chad (AUSMIC) to stay in the country through February 2028. AUSMIC welcomed it.",
                "2028-02-29",
            ),
            (
                " date 2027-08-13 Soldiers of the regional mission in Chad (AUSMIC) are leaving. Their mission officially ended on Tuesday. AUSMIC left.",
                "2027-08-10",
            ),
        ] {
            assert_eq!(deadline_dates(text), [end], "{text}");
        }
    }

    #[test]
    fn spells_out_an_acronym_given_in_brackets() {
        let article = article(
            " date 2025-12-01 The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) said so. MONUSCO left.",
        );
        let analysis = analyse(&article);
        let mission = mission(&article, &analysis.sentences).unwrap();
        assert_eq!(mission.short_name, "MONUSCO");
        assert_eq!(
            mission.name,
            "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"
        );
        assert_eq!(mission.host, Some("Democratic Republic of the Congo"));
    }

    /// The body, not the office that leads it ("The Force Commander of the ... (LBJTF)"); an
    /// acronym written as a word; a name in lower case.
    #[test]
    fn reads_the_mission_named_before_its_acronym() {
        for (text, name, short) in [
            (
                " date 2026-01-09 The Force Commander of the Lake Basin Joint Task Force (LBJTF), Maj. Gen. Ali Musa, said troops were ready. LBJTF stays.",
                "Lake Basin Joint Task Force",
                "LBJTF",
            ),
            (
                " date 2026-01-09 The Special Representative of the Secretary-General and Head of the United Nations Office for Central Africa (UNOCA), Abdou Abarry, spoke. UNOCA stays.",
                "United Nations Office for Central Africa",
                "UNOCA",
            ),
            (
                " date 2026-01-31 The council renewed the mandate of the UN peacekeeping force in Cyprus (Unficyp) until January 31, 2027. Unficyp stays.",
                "UN peacekeeping force in Cyprus",
                "Unficyp",
            ),
            (
                " date 2025-10-31 The council extended the mandate of its Western Sahara mission (MINURSO) for one year. MINURSO stays.",
                "Western Sahara mission",
                "MINURSO",
            ),
        ] {
            let article = article(text);
            let analysis = analyse(&article);
            let mission = mission(&article, &analysis.sentences).unwrap();
            assert_eq!(
                (mission.name.as_str(), mission.short_name.as_str()),
                (name, short)
            );
            let found = deadlines(&article, &analysis.sentences, Some(&mission));
            assert!(found.iter().all(|d| d.other_mission.is_none()), "{found:?}");
        }
    }
}
