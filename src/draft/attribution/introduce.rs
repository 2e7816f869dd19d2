//! The first pass: everyone a sentence introduces with their name and role, and the
//! organisations it names in full, so that later mentions by surname, title or acronym find
//! them.

use std::ops::Range;

use crate::draft::speakers::{self, People};
use crate::draft::tokens::{self, Token};
use crate::draft::words;

/// Registers the people a sentence introduces with their name: after a role, with a role
/// between commas before or after it, or next to a verb of speech. And organisations named
/// in full: "Kenya's Ministry of Foreign Affairs", "... Congo (MONUSCO)".
pub fn introduce(text: &str, tokens: &[Token<'_>], paragraph: usize, people: &mut People) {
    organisations(text, tokens, paragraph, people);
    unnamed(text, tokens, paragraph, people);
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        if !(token.is_word() && (token.is_capitalised() || words::is_title(token.bare()))) {
            i += 1;
            continue;
        }
        // "the union’s secretary Peter Wafula", "army spokesperson Colonel Ronald Rwivanga":
        // the word before the title owns it.
        let owner = i.checked_sub(1).filter(|&j| {
            !tokens[j].is_capitalised()
                && (tokens::possessive_stem(tokens[j].text).is_some()
                    || words::is_organisation_noun(tokens[j].bare()))
        });
        let found = owner
            .and_then(|j| speakers::titled_name(tokens, j))
            .or_else(|| speakers::titled_name(tokens, i));
        let Some((name, role)) = found else {
            i = introduce_before_office(text, tokens, i, paragraph, people).unwrap_or(i + 1);
            continue;
        };
        let name_tokens = &tokens[name.clone()];
        let name_text = tokens::span_text(text, name_tokens);
        let name_text = tokens::possessive_stem(name_text).unwrap_or(name_text);
        let honorific = tokens[i..name.start]
            .iter()
            .any(|t| words::is_honorific(t.text));
        let gender = speakers::gender_of(&tokens[i..name.end]);
        let before_name = speakers::role_with_complement(text, tokens, role, name.end);
        let name_end = speakers::complement(tokens, name.end).map_or(name.end, |c| c.end);
        let after = &tokens[name_end..];
        let comma_after = after.first().is_some_and(|t| t.text == ",");
        let appositive = comma_after
            .then(|| speakers::role_phrase(text, &after[1..]))
            .flatten();
        // "The mission's spokesman, Paul Njoroge, said": the role before a comma.
        // The comma stands before the name, or before the rank that opens it ("..., Lt. Col.
        // Andrew Kamau Nganga,").
        let run_start = if before_name.is_some() || honorific {
            i
        } else {
            name.start
        };
        let comma_before = run_start > 0 && tokens[run_start - 1].text == ",";
        let sentence_ends = after.first().is_none_or(|t| t.text == ".");
        let earlier_commas: Vec<usize> = tokens[..run_start.saturating_sub(1)]
            .iter()
            .enumerate()
            .filter(|(_, t)| t.text == ",")
            .map(|(at, _)| at)
            .collect();
        // "Force Commander of the MNJTF, Maj. Gen. Ibrahim Yusuf has tasked": a role that
        // opens the sentence, before the comma and the name.
        let opens_sentence = earlier_commas.is_empty();
        // "..., a United Nations special envoy, Volker Perthes has confirmed": the name is the
        // subject of the verb after it.
        let verb_after = after
            .first()
            .is_some_and(|t| t.is_word() && !t.is_capitalised());
        let place = before_name.is_none() && !honorific && names_a_place(tokens, &name);
        let earlier = (comma_before
            && !place
            && (comma_after
                || sentence_ends
                || opens_sentence
                || verb_after
                || after.first().is_some_and(|t| words::is_cue(t.text))))
        .then(|| {
            let (earlier_commas, part_end) = past_clause(tokens, earlier_commas, run_start - 1);
            let part = |from: Option<&usize>| from.map_or(0, |c| c + 1)..part_end;
            // "The Chief of Military Public Information, MNJTF, Col. Timothy Antigha,": the
            // office, and what it belongs to after its own comma.
            let last = &tokens[part(earlier_commas.last())];
            speakers::role_before_comma(text, last).or_else(|| {
                let (&comma, earlier) = earlier_commas.split_last()?;
                // "MNJTF", "Peace and Security": a name that completes the office.
                let named = last.first().is_some_and(Token::is_capitalised)
                    && last.len() <= 4
                    && last.iter().all(|t| {
                        t.is_word() && (t.is_capitalised() || words::is_connector(t.text))
                    });
                let office = &tokens[part(earlier.last())][..comma - part(earlier.last()).start];
                named
                    .then(|| speakers::role_before_comma(text, office))
                    .flatten()
                    .map(|role| format!("{role}, {}", tokens::span_text(text, last)))
            })
        })
        .flatten();
        let next_to_cue = after.first().is_some_and(|t| words::is_cue(t.text))
            || name
                .start
                .checked_sub(1)
                .is_some_and(|j| words::is_cue(tokens[j].text));
        let single_acronym = name_tokens.len() == 1 && speakers::is_acronym(name_tokens[0].text);
        let role = speakers::choose_role(before_name.clone(), appositive, earlier);
        if !single_acronym
            && (before_name.is_some()
                || honorific
                || !speakers::follows_article(tokens, name.start))
            && (role.is_some() || honorific || (next_to_cue && name_tokens.len() >= 2))
        {
            let person = people.person(name_text, role, gender, paragraph);
            people.also_titled(person, before_name);
        }
        i = name.end.max(i + 1);
    }
}

/// "The minister of information, who serves as government spokesperson, Michael Makuei,": a
/// clause about the person, the part ending at `end`, is not their office; the part before it
/// is. Returns the commas before the office's part and where that part ends.
fn past_clause(tokens: &[Token<'_>], mut commas: Vec<usize>, end: usize) -> (Vec<usize>, usize) {
    let from = commas.last().map_or(0, |c| c + 1);
    let clause = tokens[from..end]
        .first()
        .is_some_and(|t| matches!(t.text, "who" | "which"));
    match commas.pop() {
        Some(comma) if clause => (commas, comma),
        Some(comma) => {
            commas.push(comma);
            (commas, end)
        }
        None => (commas, end),
    }
}

/// "James Swan Special Representative of the Secretary-General for Somalia says": registers
/// the name with the office after it; returns where the name ends.
fn introduce_before_office(
    text: &str,
    tokens: &[Token<'_>],
    at: usize,
    paragraph: usize,
    people: &mut People,
) -> Option<usize> {
    let name = speakers::name_before_office(tokens, at)?;
    let office = speakers::role_phrase(text, &tokens[name.end..]);
    let name_text = tokens::span_text(text, &tokens[name.clone()]);
    people.person(name_text, office, None, paragraph);
    Some(name.end)
}

/// Organisations a sentence names in full: an acronym in brackets after its name, or a phrase
/// around an organisation's noun with a capital or a possessive in it.
fn organisations(text: &str, tokens: &[Token<'_>], paragraph: usize, people: &mut People) {
    for (i, token) in tokens.iter().enumerate() {
        if token.text == "("
            && let Some(acronym) = tokens.get(i + 1).filter(|t| speakers::is_acronym(t.text))
            && tokens.get(i + 2).is_some_and(|t| t.text == ")")
        {
            let mut start = i;
            while start > 0
                && (tokens[start - 1].is_capitalised()
                    || (words::is_connector(tokens[start - 1].text)
                        || tokens[start - 1].text == "in")
                        && start < i)
            {
                start -= 1;
            }
            while start < i
                && (!tokens[start].is_capitalised() || words::is_not_name(tokens[start].text))
            {
                start += 1;
            }
            start = speakers::past_office(tokens, start, i);
            if start < i {
                let name = tokens::span_text(text, &tokens[start..i]);
                // "... the Democratic Republic of the Congo (MONUSCO)": a country is not what
                // the acronym stands for; the acronym alone names it.
                let name = if words::country_of(&tokens::one_line(name)).is_some() {
                    acronym.text
                } else {
                    name
                };
                people.spelled_out(name, acronym.text, paragraph);
            }
        }
        if !words::is_organisation_noun(token.bare())
            || tokens::possessive_stem(token.text).is_some()
        {
            continue;
        }
        let mut start = i;
        while start > 0 && {
            let previous = &tokens[start - 1];
            (previous.is_word()
                && (previous.is_capitalised()
                    || words::is_title_modifier(previous.bare())
                    || tokens::possessive_stem(previous.text).is_some())
                && !words::is_not_name(previous.text))
                || joins_capitals(tokens, start - 1)
        } {
            start -= 1;
        }
        let end = speakers::complement(tokens, i + 1).map_or(i + 1, |c| c.end);
        let phrase = &tokens[start..end];
        let named = phrase
            .iter()
            .any(|t| t.is_capitalised() || tokens::possessive_stem(t.text).is_some());
        // "UNITED NATIONS, (APP) A Pakistani peacekeeper": a dateline in capitals, not a body
        // the article is about.
        let shouted = phrase
            .iter()
            .all(|t| t.text.chars().all(|c| !c.is_lowercase()));
        if phrase.len() >= 2 && named && !shouted {
            people.organisation(tokens::span_text(text, phrase), paragraph);
        }
    }
}

/// "the residence of the President in the Congolese capital, Kinshasa": one bare word after
/// a kind of place and its comma is the place, not someone in an office.
fn names_a_place(tokens: &[Token<'_>], name: &Range<usize>) -> bool {
    name.len() == 1 && name.start >= 2 && words::is_place_noun(tokens[name.start - 2].bare())
}

/// "Peace and Security Council": an "and" between two words in capitals, inside one body's
/// name; not "the European Union and African Union Commission", two bodies.
fn joins_capitals(tokens: &[Token<'_>], at: usize) -> bool {
    tokens[at].text == "and"
        && at > 0
        && tokens[at - 1].is_capitalised()
        && !words::is_organisation_noun(tokens[at - 1].bare())
        && words::country_of(tokens[at - 1].text).is_none()
        && tokens.get(at + 1).is_some_and(Token::is_capitalised)
}

/// Someone a sentence opens with but does not name, who speaks: "A senior Burundian official,
/// speaking to Ugandan media, said", so that "the official" later means them.
fn unnamed(text: &str, tokens: &[Token<'_>], paragraph: usize, people: &mut People) {
    let Some(first) = tokens.iter().position(Token::is_word) else {
        return;
    };
    if !matches!(tokens[first].text, "A" | "An") {
        return;
    }
    let Some(head) = (first + 1..tokens.len().min(first + 6))
        .find(|&i| words::is_title(tokens[i].bare()) || words::is_unnamed_group(tokens[i].text))
    else {
        return;
    };
    let speaks = tokens
        .get(head + 1)
        .is_some_and(|t| t.text == "," || words::is_cue(t.text));
    let words_between = tokens[first + 1..head].iter().all(Token::is_word);
    if speaks && words_between {
        people.unnamed(tokens::span_text(text, &tokens[first..=head]), paragraph);
    }
}
