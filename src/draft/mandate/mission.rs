//! Which mission an article is about, and its name: an acronym it spells out, in brackets or
//! by initials; a mission named without one; at last an acronym it keeps using. The one whose
//! end the article dates comes first.

use std::collections::BTreeMap;

use super::{EXPIRY_WORDS, Mission};
use crate::draft::article::Article;
use crate::draft::attribution::Sentence;
use crate::draft::dates::{self, Tense};
use crate::draft::speakers::{self, is_acronym};
use crate::draft::tokens::{self, Token};
use crate::draft::words;

/// The mission the article is about: an acronym it spells out ("Multinational Security
/// Support ... MSS", "... (MONUSCO)"), the one named most often.
pub fn mission(article: &Article, sentences: &[Sentence]) -> Option<Mission> {
    let text = article.text.as_str();
    let tokens: Vec<Vec<Token<'_>>> = sentences
        .iter()
        .map(|s| tokens::of(text, s.range.clone()))
        .collect();
    // "(Unficyp)", "(Minusma)": some papers write a mission's acronym as a word.
    let bracketed_words: Vec<&str> = tokens
        .iter()
        .flat_map(|sentence| sentence.windows(3))
        .filter(|w| w[0].text == "(" && w[2].text == ")" && is_word_acronym(w[1].text))
        .map(|w| w[1].text)
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for token in tokens.iter().flatten() {
        let bare = token.bare();
        if (is_acronym(bare) || bracketed_words.contains(&bare))
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
            name: name.map_or_else(|| acronym.to_owned(), |n| tokens::one_line(&n)),
        };
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, m)| m)
        .or_else(|| named_without_acronym(text, &tokens))
        .or_else(|| most_named_acronym(&counts_again(&tokens)))
}

/// A mission's acronym written as a word: a capital, then four to seven lower-case letters.
fn is_word_acronym(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && (4..=7).contains(&chars.clone().count())
        && chars.all(|c| c.is_ascii_lowercase())
        && words::country_of(word).is_none()
}

fn counts_again<'a>(tokens: &'a [Vec<Token<'a>>]) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    for token in tokens.iter().flatten() {
        let bare = token.bare();
        // The UN or the AU is who mandates a mission, not the mission.
        if is_acronym(bare)
            && words::country_of(bare).is_none()
            && !matches!(bare, "UN" | "AU" | "EU" | "OAS" | "US" | "UK")
        {
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
            let name = tokens::one_line(&text[tokens[start].at..tokens[end - 1].end()]);
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
                let start = speakers::past_office(tokens, start, i);
                // "the UN peacekeeping force in Cyprus (Unficyp)", "its Western Sahara mission
                // (MINURSO)": a name in lower case, from its article, when the capitals alone
                // give only a place.
                let capitals = if start < i {
                    tokens::one_line(&text[tokens[start].at..tokens[i - 1].end()])
                } else {
                    String::new()
                };
                let only_place = start == i
                    || words::country_of(&capitals).is_some()
                    || !is_missionish(&capitals);
                if only_place
                    && let Some(the) = (i.saturating_sub(8)..i).rev().find(|&j| {
                        matches!(
                            tokens[j].lower().as_str(),
                            "the" | "its" | "their" | "a" | "an"
                        )
                    })
                    && the + 1 < i
                {
                    let name = &text[tokens[the + 1].at..tokens[i - 1].end()];
                    if is_missionish(name) {
                        return Some(tokens::one_line(name));
                    }
                }
                if start < i && words::country_of(&capitals).is_none() {
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
