//! Roles: the office or job a person speaks from, read before a name ("US Deputy Secretary of
//! State"), completed after it ("Ambassador ... of Guatemala"), in an appositive ("Kenya's
//! president"), or closing the words before a comma ("The Commander of ..., Lt. Col. X,"); and
//! which of two a person keeps.

use std::ops::Range;

use super::{is_acronym, strip_article};
use crate::draft::tokens::{self, Token};
use crate::draft::words;

/// Whether role `old` should give way to `new`: a rank alone ("Lt. Gen.") or a clause ("who
/// chairs the committee") gives way to a role that names an office.
pub(super) fn weaker(old: &str, new: &str) -> bool {
    let strength = |role: &str| {
        if role.starts_with("who ") {
            0
        } else if is_rank_only(role) {
            1
        } else {
            2
        }
    };
    strength(old) < strength(new)
}

/// A role made only of abbreviated ranks and honorifics: "Lt. Gen.", "Maj. Gen.".
pub fn is_rank_only(role: &str) -> bool {
    role.split_whitespace().all(|word| {
        let bare = word.trim_end_matches('.');
        words::TITLE_ABBREVIATIONS.contains(&bare)
            || words::HONORIFICS.contains(&bare)
            || words::is_rank(bare)
            // "Kenyan major-general": a rank with the country it serves.
            || words::country_of(bare).is_some()
    })
}

/// The best role from those a phrase gives: the one before the name (with its "of ..."
/// complement) unless it is only a rank, then an appositive, then a role before a comma.
pub fn choose_role(
    before_name: Option<String>,
    appositive: Option<String>,
    earlier: Option<String>,
) -> Option<String> {
    // "Ambassador Dorothy Shea, Acting U.S. Representative to the Council": the appositive
    // says more than a one-word title.
    // "The Deputy Head of AUSSOM, Ambassador Mouktar Osman Kaire,": so does the role before
    // the comma.
    if before_name.as_deref().is_some_and(|b| !b.contains(' ')) {
        if appositive.is_some() {
            return appositive;
        }
        if earlier.as_deref().is_some_and(|e| e.contains(' ')) {
            return earlier;
        }
    }
    let mut best = before_name;
    for other in [appositive, earlier].into_iter().flatten() {
        if best.as_deref().is_none_or(|b| weaker(b, &other)) {
            best = Some(other);
        }
    }
    best
}

/// "of Guatemala", "of the Organization of American States" right after a name: the tokens
/// that complete the role before it.
pub fn complement(tokens: &[Token<'_>], name_end: usize) -> Option<Range<usize>> {
    let first = tokens.get(name_end)?;
    if !matches!(first.text, "of" | "for") {
        return None;
    }
    let mut end = name_end + 1;
    while end < tokens.len()
        && (tokens[end].is_capitalised()
            || (words::is_connector(tokens[end].text)
                && tokens.get(end + 1).is_some_and(Token::is_capitalised)))
    {
        end += 1;
    }
    // "Tammy Bruce of the US delegation": an organisation's noun after the capitals.
    if end > name_end + 1
        && tokens[end - 1].is_capitalised()
        && tokens
            .get(end)
            .is_some_and(|t| !t.is_capitalised() && words::is_organisation_noun(t.bare()))
    {
        end += 1;
    }
    let last = &tokens[end - 1];
    (end > name_end + 1 && (last.is_capitalised() || words::is_organisation_noun(last.bare())))
        .then_some(name_end..end)
}

/// The role given before a name, completed by its complement: "Ambassador" and "of Guatemala".
pub fn role_with_complement(
    text: &str,
    tokens: &[Token<'_>],
    role: Option<Range<usize>>,
    name_end: usize,
) -> Option<String> {
    let complement = complement(tokens, name_end).map(|c| tokens::span_text(text, &tokens[c]));
    match (
        role.map(|r| tokens::span_text(text, &tokens[r])),
        complement,
    ) {
        (Some(role), Some(c)) => Some(format!("{role} {c}")),
        (Some(role), None) => Some(role.to_owned()),
        // "Tammy Bruce of the US delegation": the complement alone says where she speaks from.
        (None, Some(c))
            if c.split_whitespace()
                .last()
                .is_some_and(words::is_organisation_noun) =>
        {
            Some(strip_article(c.trim_start_matches("of ").trim_start_matches("for ")).to_owned())
        }
        (None, _) => None,
    }
}

/// The role that closes the words before a comma and a name: "The Commander of ATMIS Kenya
/// Defence Forces (KDF) Battalion based in Burahache, Lt. Col. Andrew Kamau Nganga", "... to
/// the Somali National Army (SNA) Commander in the area, Maj. Bashir Abukar Ahmed". It runs
/// from the last title, back over its modifiers to its article, to the comma.
pub fn role_before_comma(text: &str, part: &[Token<'_>]) -> Option<String> {
    let title = part.iter().rposition(|t| words::is_title(t.bare()))?;
    let mut start = title;
    while start > 0 {
        let previous = &part[start - 1];
        // "Special Representative of the Secretary-General and Head of ...": two offices.
        let second_office = previous.text == "and"
            && words::is_title(part[start].bare())
            && start >= 2
            && part[start - 2].is_capitalised();
        let modifies = previous.is_capitalised()
            || words::is_title_modifier(previous.bare())
            || tokens::possessive_stem(previous.text).is_some()
            || matches!(previous.text, "(" | ")")
            || second_office
            || (previous.text == "the"
                && start >= 3
                && part[start - 2].is("of")
                && part[start - 3].is_capitalised())
            || (words::is_connector(previous.text) && !matches!(previous.text, "the" | "and"))
            // "Intergovernmental Authority on Development", "Committee on Foreign Relations".
            || (previous.text == "on"
                && start >= 2
                && part[start - 2].is_capitalised()
                && part[start].is_capitalised());
        if !modifies || words::is_not_name(previous.bare()) && previous.is_capitalised() {
            break;
        }
        start -= 1;
    }
    // "in Mali and chief of MINUSMA": the words before "and" must hold an office too.
    if let Some(and) = part[start..title].iter().position(|t| t.text == "and")
        && !part[start..start + and]
            .iter()
            .any(|t| words::is_title(t.bare()))
    {
        start += and + 1;
    }
    let role = &part[start..];
    // "It is the primary responsibility of peacekeepers to protect civilians who are in
    // imminent danger, Nicholas Haysom, ...": a clause, not an office.
    let clause = role.iter().any(|t| {
        matches!(
            t.lower().as_str(),
            "who" | "is" | "are" | "was" | "were" | "that"
        )
    });
    if role.len() > 24
        || clause
        || role
            .first()
            .is_some_and(|t| t.text == "(" || (!t.is_capitalised() && words::is_connector(t.text)))
    {
        return None;
    }
    Some(strip_article(&tokens::one_line(tokens::span_text(text, role))).to_owned())
}

/// A role phrase after a name: "Kenya's president", "a spokesman for the mission".
pub fn role_phrase(text: &str, tokens: &[Token<'_>]) -> Option<String> {
    let tokens = tokens::trim_marks(tokens);
    let clause = tokens.first().is_some_and(|t| t.text == "who");
    // "(MSS)" inside a role names what it belongs to; other brackets end it.
    let bracketed_acronym = |at: usize| {
        let around = |i: usize, text: &str| tokens.get(i).is_some_and(|t| t.text == text);
        match tokens[at].text {
            "(" => around(at + 2, ")") && tokens.get(at + 1).is_some_and(|t| is_acronym(t.text)),
            ")" => at >= 2 && around(at - 2, "(") && is_acronym(tokens[at - 1].text),
            _ => false,
        }
    };
    let end = (0..tokens.len())
        .find(|&at| {
            let t = &tokens[at];
            (matches!(
                t.text,
                "," | "." | ";" | ":" | "(" | ")" | "\u{2014}" | "\u{2013}"
            ) && !bracketed_acronym(at))
                || (!clause && words::is_cue(t.text))
        })
        .unwrap_or(tokens.len());
    // "Apiu Nogor, a representative of civil society in Abyei voiced ...": with no comma to
    // close it, the role ends at the verb that follows it.
    let end = tokens[..end]
        .iter()
        .enumerate()
        .skip(2)
        .find(|&(at, t)| !clause && is_verb_after_role(t, tokens.get(at + 1)))
        .map_or(end, |(at, _)| at);
    let tokens = &tokens[..end];
    // "Peter Mathuki, and DR Congo's Vice Prime Minister, ...": the next person, not a role.
    if tokens
        .first()
        .is_some_and(|t| matches!(t.text, "and" | "or"))
        || opens_clause(tokens)
    {
        return None;
    }
    // "who chairs the defence committee" reads as a role after the name, as it is written.
    let titled = tokens.iter().take(8).any(|t| words::is_title(t.bare()));
    // An acronym in brackets counts as one word.
    let words = tokens
        .len()
        .saturating_sub(2 * tokens.iter().filter(|t| t.text == "(").count());
    if tokens.is_empty() || words > 18 || !(titled || (clause && tokens.len() >= 3)) {
        return None;
    }
    let role = tokens::span_text(text, tokens);
    // "who is the commander of the EAC forces": the office, as a role.
    let office = ["who is ", "who was "]
        .iter()
        .find_map(|lead| role.strip_prefix(lead))
        .filter(|rest| rest.starts_with("the ") || rest.starts_with("a "));
    Some(strip_article(office.unwrap_or(role)).to_owned())
}

/// "Kadugli, leaving six peacekeepers dead": a clause of what happened, not who someone is.
/// A participle before a title is part of an office ("acting", "ranking member", "retiring
/// commander"), as are those that name one ("managing director", "ruling party chairman").
fn opens_clause(phrase: &[Token<'_>]) -> bool {
    let Some(first) = phrase.first() else {
        return false;
    };
    let word = first.bare();
    let before_title = phrase
        .get(1)
        .is_some_and(|t| words::is_title(t.bare()) || words::is_title_modifier(t.bare()));
    word.len() > 5
        && word.ends_with("ing")
        && !first.is_capitalised()
        && !word.contains('-')
        && !before_title
        && !words::is_title_modifier(word)
        && !matches!(
            word,
            "ruling" | "managing" | "founding" | "governing" | "presiding" | "reigning"
        )
}

/// A word that ends a role phrase left open: an auxiliary, or a past-tense verb with its
/// object after it ("voiced their rejection"; "displaced families" is still the role).
fn is_verb_after_role(token: &Token<'_>, next: Option<&Token<'_>>) -> bool {
    let lower = token.lower();
    let object_follows = next.is_some_and(|n| {
        matches!(
            n.lower().as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that" | "these"
        )
    });
    !token.is_capitalised()
        && !words::is_title_modifier(token.bare())
        && !words::is_title(token.bare())
        && (matches!(
            lower.as_str(),
            "has" | "have" | "had" | "is" | "was" | "were" | "will" | "would" | "also"
        ) || (lower.len() > 4 && lower.ends_with("ed") && object_follows))
}
