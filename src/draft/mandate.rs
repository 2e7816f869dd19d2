//! The mission and its deadline: the mission's name and acronym as the article gives them, and
//! every sentence that states when its mandate ends ("expires on October 2, 2025", "whose
//! mandate expires in 11 days", "runs until", "ends on"), each resolved against the dateline.
//! Other dated events the article reports (votes, adoptions, arrivals) become milestones.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;

use super::article::Article;
use super::attribution::Sentence;
use super::dates::{self, Precision, Tense};
use super::speakers::is_acronym;
use super::words::{self, Token};

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
}

/// A dated event the article reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: NaiveDate,
    pub phrase: Range<usize>,
    pub sentence: Range<usize>,
    pub precision: Precision,
}

const EXPIRY_WORDS: &[&str] = &[
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

/// The mission the article is about: an acronym it spells out ("Multinational Security
/// Support ... MSS", "... (MONUSCO)"), the one named most often.
pub fn mission(article: &Article, sentences: &[Sentence]) -> Option<Mission> {
    let text = article.text.as_str();
    let tokens: Vec<Vec<Token<'_>>> = sentences
        .iter()
        .map(|s| words::tokens(text, s.range.clone()))
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for token in tokens.iter().flatten() {
        let bare = token.bare();
        if is_acronym(bare)
            && bare.len() <= 8
            && words::country_of(bare).is_none()
            && !matches!(bare, "UN" | "AU" | "EU" | "OAS")
        {
            *counts.entry(bare).or_default() += 1;
        }
    }
    // A mission's name says what it is; the one whose end the article dates comes first,
    // then the one it names most.
    let mut best: Option<(usize, Mission)> = None;
    for (acronym, count) in counts {
        let name = spelled_out(text, &tokens, acronym);
        let about_mandate = tokens.iter().any(|sentence| {
            sentence.iter().any(|t| t.bare() == acronym)
                && sentence
                    .iter()
                    .any(|t| t.lower() == "mandate" || t.lower() == "mission")
        });
        let missionish = name.as_deref().is_some_and(is_missionish);
        if !missionish && (name.is_some() || !about_mandate || count < 2) {
            continue;
        }
        let dated_end = tokens
            .iter()
            .filter(|sentence| {
                sentence.iter().any(|t| t.bare() == acronym)
                    && sentence
                        .iter()
                        .any(|t| EXPIRY_WORDS.contains(&t.lower().as_str()))
                    && sentence.first().is_some_and(|first| {
                        let end = sentence.last().map_or(first.at, Token::end);
                        !dates::find(&text[first.at..end], article.dateline, Tense::Future)
                            .is_empty()
                    })
            })
            .count();
        let score = count + 5 * dated_end + usize::from(missionish);
        let candidate = Mission {
            host: name.as_deref().and_then(host_of),
            from_initials: false,
            mentions: count,
            short_name: acronym.to_owned(),
            name: name.map_or_else(|| acronym.to_owned(), |n| words::one_line(&n)),
        };
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, m)| m)
        .or_else(|| named_without_acronym(text, &tokens))
        .or_else(|| most_named_acronym(&counts_again(&tokens)))
}

fn counts_again<'a>(tokens: &'a [Vec<Token<'a>>]) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    for token in tokens.iter().flatten() {
        let bare = token.bare();
        if is_acronym(bare) && words::country_of(bare).is_none() {
            *counts.entry(bare).or_default() += 1;
        }
    }
    counts
}

/// The last resort: an acronym the article uses at least three times, never spelled out.
fn most_named_acronym(counts: &BTreeMap<&str, usize>) -> Option<Mission> {
    let (acronym, count) = counts.iter().max_by_key(|(_, n)| **n)?;
    (*count >= 3).then(|| Mission {
        name: (*acronym).to_owned(),
        short_name: (*acronym).to_owned(),
        host: None,
        mentions: *count,
        from_initials: false,
    })
}

/// Whether a name is a mission's, force's or office's ("Transitional Presidential Council" is
/// not).
fn is_missionish(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|word| {
        matches!(
            word.to_lowercase().as_str(),
            "mission"
                | "force"
                | "operation"
                | "support"
                | "stabilization"
                | "stabilisation"
                | "assistance"
                | "peacekeeping"
                | "transition"
                | "office"
        )
    })
}

/// A mission the article names without an acronym ("the Multinational Security Support
/// mission in Haiti"): its short name is made of the name's initials.
fn named_without_acronym(text: &str, sentences: &[Vec<Token<'_>>]) -> Option<Mission> {
    for tokens in sentences {
        for (i, token) in tokens.iter().enumerate() {
            let noun = matches!(token.lower().as_str(), "mission" | "force" | "operation");
            if !noun || i < 2 {
                continue;
            }
            let mut start = i;
            while start > 0
                && (tokens[start - 1].is_capitalised()
                    || (is_joiner(tokens[start - 1].text) && start < i))
                && !words::is_not_name(tokens[start - 1].text)
            {
                start -= 1;
            }
            // "Gang Suppression Force": a capitalised noun is part of the name and its initials.
            let last = if token.is_capitalised() { i + 1 } else { i };
            // "Uganda People's Defence Force" is a country's army, not a mission.
            if tokens[start..last]
                .iter()
                .any(|t| words::country_of(t.text).is_some())
            {
                continue;
            }
            let capitals: Vec<&Token<'_>> = tokens[start..last]
                .iter()
                .filter(|t| t.is_capitalised())
                .collect();
            if capitals.len() < 2 {
                continue;
            }
            let short_name: String = capitals
                .iter()
                .filter_map(|t| t.text.chars().next())
                .collect();
            let mut end = i + 1;
            if tokens.get(end).is_some_and(|t| t.text == "in")
                && tokens.get(end + 1).is_some_and(Token::is_capitalised)
            {
                end += 2;
                while tokens.get(end).is_some_and(Token::is_capitalised) {
                    end += 1;
                }
            }
            let name = words::one_line(&text[tokens[start].at..tokens[end - 1].end()]);
            return Some(Mission {
                host: host_of(&name),
                name,
                short_name,
                mentions: 1,
                from_initials: true,
            });
        }
    }
    None
}

/// The words an acronym stands for: the capitalised run before "(ACRONYM)", or a run whose
/// initials are the acronym, with "mission in Haiti" after it when the article says so.
fn spelled_out(text: &str, sentences: &[Vec<Token<'_>>], acronym: &str) -> Option<String> {
    for tokens in sentences {
        for (i, token) in tokens.iter().enumerate() {
            // "... (MONUSCO)"
            if token.text == "(" && tokens.get(i + 1).is_some_and(|t| t.bare() == acronym) {
                let mut start = i;
                while start > 0
                    && (tokens[start - 1].is_capitalised()
                        || (is_joiner(tokens[start - 1].text) && start < i))
                {
                    start -= 1;
                }
                // "Kenya-led Multinational ...": who leads it is not part of its name.
                while start < i
                    && (is_joiner(tokens[start].text)
                        || tokens[start].text == "The"
                        || ["-led", "-backed", "-based"]
                            .iter()
                            .any(|suffix| tokens[start].text.ends_with(suffix)))
                {
                    start += 1;
                }
                if start < i
                    && words::country_of(&words::one_line(
                        &text[tokens[start].at..tokens[i - 1].end()],
                    ))
                    .is_none()
                {
                    let name = &text[tokens[start].at..tokens[i - 1].end()];
                    // "(MSS) mission in Haiti": the words after the brackets finish the name.
                    let after = tokens.get(i + 3..).unwrap_or(&[]);
                    return Some(match completion(after) {
                        Some(end) => {
                            format!("{name} {}", &text[after[0].at..after[end - 1].end()])
                        }
                        None => name.to_owned(),
                    });
                }
            }
        }
    }
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_alphabetic).collect();
    for tokens in sentences {
        for start in 0..tokens.len() {
            let mut i = start;
            let mut matched = 0;
            while i < tokens.len() && matched < letters.len() {
                let token = &tokens[i];
                if token.is_capitalised() && token.text.starts_with(letters[matched]) {
                    matched += 1;
                } else if !(matched > 0 && is_joiner(token.text)) {
                    break;
                }
                i += 1;
            }
            if matched == letters.len() && matched >= 2 {
                let mut end = i;
                // "mission in Haiti": the lower-case noun and the place that complete the name.
                if tokens.get(end).is_some_and(|t| {
                    matches!(t.lower().as_str(), "mission" | "force" | "operation")
                }) {
                    end += 1;
                    if tokens.get(end).is_some_and(|t| t.text == "in")
                        && tokens.get(end + 1).is_some_and(Token::is_capitalised)
                    {
                        end += 2;
                        while tokens.get(end).is_some_and(|t| {
                            t.is_capitalised()
                                || (is_joiner(t.text)
                                    && tokens.get(end + 1).is_some_and(Token::is_capitalised))
                        }) {
                            end += 1;
                        }
                    }
                }
                return Some(text[tokens[start].at..tokens[end - 1].end()].to_owned());
            }
        }
    }
    None
}

/// "mission in Haiti" after a name: how many tokens of `after` finish it.
fn completion(after: &[Token<'_>]) -> Option<usize> {
    let noun = after.first()?;
    if !matches!(noun.text, "mission" | "force" | "operation") {
        return None;
    }
    if after.get(1).is_some_and(|t| t.text == "in")
        && after.get(2).is_some_and(Token::is_capitalised)
    {
        let mut end = 3;
        while after.get(end).is_some_and(Token::is_capitalised) {
            end += 1;
        }
        return Some(end);
    }
    Some(1)
}

fn is_joiner(word: &str) -> bool {
    matches!(
        word,
        "of" | "the" | "in" | "for" | "and" | "on" | "des" | "de" | "la" | "du" | "en"
    )
}

fn host_of(name: &str) -> Option<&'static str> {
    let (_, place) = name.rsplit_once(" in ")?;
    let place = place.trim_start_matches("the ");
    words::COUNTRIES
        .iter()
        .find(|(country, _)| *country == place)
        .map(|(country, _)| *country)
}

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
        let tokens = words::tokens(text, sentence.range.clone());
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
        let Some(verb) = tokens
            .iter()
            .position(|t| EXPIRY_WORDS.contains(&t.lower().as_str()))
        else {
            continue;
        };
        let ends = ["expir", "lapse", "end"]
            .iter()
            .any(|stem| tokens[verb].lower().starts_with(stem));
        if !about_mandate && (!about_mission || !ends) {
            continue;
        }
        let sentence_text = &text[sentence.range.clone()];
        let dates = dates::find(sentence_text, article.dateline, Tense::Future);
        let verb_at = tokens[verb].at - sentence.range.start;
        // The date the verb governs: the first after it, else the last before it.
        let date = dates
            .iter()
            .find(|d| d.span.start >= verb_at)
            .or_else(|| dates.last())
            .filter(|d| d.precision != Precision::Vague);
        if let Some(date) = date {
            found.push(Deadline {
                date: date.date,
                phrase: date.span.start + sentence.range.start
                    ..date.span.end + sentence.range.start,
                sentence: sentence.range.clone(),
                precision: date.precision,
            });
        }
    }
    found
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
        let tokens = words::tokens(text, sentence.range.clone());
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
            if date.precision == Precision::Vague {
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
}
