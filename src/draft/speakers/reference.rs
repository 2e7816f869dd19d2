//! What a speaker phrase refers to: a name with its role, a title, a pronoun, an
//! organisation, a document's author, or someone unnamed.

use super::names::is_nameish;
use super::{
    Gender, Reference, choose_role, complement, gender_of, is_acronym, role_phrase,
    role_with_complement, strip_article, titled_name,
};
use crate::draft::tokens::{self, Token};
use crate::draft::words;

/// "the statement from the Council of the EU", "read the ministry’s post": the words are the
/// author's; "Monday's resolution" names a day, not an author.
fn document_author<'a>(head: &[Token<'a>]) -> Option<Vec<Token<'a>>> {
    if let Some(by) = head
        .iter()
        .position(|t| matches!(t.text, "from" | "by"))
        .filter(|&by| by > 0 && words::is_document(head[by - 1].bare()))
    {
        return Some(head[by + 1..].to_vec()).filter(|author| !author.is_empty());
    }
    let [rest @ .., owner, document] = head else {
        return None;
    };
    let stem = tokens::possessive_stem(owner.text)?;
    let a_day = words::is_weekday(stem)
        || words::is_month(stem)
        || matches!(
            stem.to_lowercase().as_str(),
            "yesterday" | "today" | "week" | "month" | "year" | "night" | "weekend" | "morning"
        );
    // "post" and "message" are a body's words only as its own: "the ministry’s post", not
    // "took up his post".
    let its_words = words::is_document(document.bare())
        || matches!(document.lower().as_str(), "post" | "message");
    if !its_words || a_day {
        return None;
    }
    let mut author = rest.to_vec();
    author.push(Token {
        at: owner.at,
        text: stem,
    });
    Some(author)
}

/// What a speaker phrase ("Landau", "he", "the ministry", "William Ruto, Kenya's president",
/// "a spokesperson for the ministry") refers to.
pub fn reference(text: &str, phrase: &[Token<'_>]) -> Option<Reference> {
    let phrase = tokens::trim_marks(phrase);
    if let [only] = phrase
        && let Some(pronoun) = pronoun(only).or_else(|| object_pronoun(only))
    {
        return Some(pronoun);
    }
    // The phrase up to an appositive: "William Ruto, Kenya's president".
    let comma = phrase.iter().position(|t| t.text == ",");
    let (head, appositive) = match comma {
        Some(at) => (&phrase[..at], tokens::trim_marks(&phrase[at + 1..])),
        None => (phrase, &[][..]),
    };
    let head = tokens::trim_marks(head);
    if appositive.is_empty()
        && let Some(split) = name_then_role(head)
    {
        return reference(text, &split);
    }
    // "another P. Wahonya said": one more of a group, named.
    let head = match head {
        [first, second, ..]
            if first.lower() == "another"
                && second.is_capitalised()
                && !words::is_title(second.bare()) =>
        {
            &head[1..]
        }
        _ => head,
    };
    if let Some(author) = document_author(head) {
        return reference(text, &author);
    }
    let head_first = head.first()?;
    let lower_first = head_first.lower();
    // "A sum of ... for supporting “...”": an article alone names no one.
    if head.len() == 1 && matches!(lower_first.as_str(), "a" | "an" | "the") {
        return None;
    }
    let appositive_role = role_phrase(text, appositive);
    let head_text = tokens::span_text(text, head);
    if people_of_a_body(head) {
        return Some(Reference::Unnamed(head_text.to_owned()));
    }
    if names_organisation(head) {
        return Some(Reference::Organisation(head_text.to_owned()));
    }
    // Indefinite: someone unnamed, or a group.
    if matches!(
        lower_first.as_str(),
        "a" | "an" | "one" | "two" | "three" | "some" | "several" | "many" | "other" | "another"
    ) || (head.len() <= 3 && head.last().is_some_and(|t| words::is_unnamed_group(t.text)))
    {
        let described = tokens::span_text(text, phrase);
        return Some(Reference::Unnamed(described.to_owned()));
    }
    if let Some(named) = role_then_name(text, head, appositive) {
        return Some(named);
    }
    // "the union’s secretary Pikkie Greeff": the name and role after the article.
    let possessed = head.len() > 2
        && matches!(lower_first.as_str(), "the" | "a" | "an")
        && tokens::possessive_stem(head[1].text).is_some();
    let titled = titled_name(head, 0).or_else(|| possessed.then(|| titled_name(head, 1)).flatten());
    if let Some((name, role)) = titled
        && (name.end == head.len()
            || complement(head, name.end).is_some_and(|c| c.end == head.len()))
    {
        let name_tokens = &head[name.clone()];
        let name_text = tokens::span_text(text, name_tokens);
        let name_text = tokens::possessive_stem(name_text).unwrap_or(name_text);
        let before_name = role_with_complement(text, head, role, name.end);
        let role = choose_role(before_name, appositive_role, None);
        let gender = gender_of(head);
        let all_acronym = name_tokens.len() == 1 && is_acronym(name_tokens[0].text);
        let is_place = name_tokens.len() == 1 && words::country_of(name_tokens[0].text).is_some();
        if !all_acronym && !is_place {
            return Some(Reference::Name {
                name: name_text.to_owned(),
                role,
                gender,
            });
        }
    }
    if let Some(named) = office_then_name(text, head) {
        return Some(named);
    }
    // "the President", "the head of the transitional government", "Panama's representative":
    // a title without a name, among the first words of the phrase.
    let definite = lower_first == "the";
    let title_at = head.iter().take(4).position(|t| words::is_title(t.bare()));
    let starts_right = definite
        || head_first.is_capitalised()
        || tokens::possessive_stem(head_first.text).is_some();
    if let Some(at) = title_at
        && starts_right
        && head.len() <= 10
        && !head[..at]
            .iter()
            .any(|t| words::is_organisation_noun(t.bare()) && t.is_capitalised())
    {
        return Some(Reference::Title {
            title: head[at].bare().to_lowercase(),
            phrase: tokens::span_text(text, phrase).to_owned(),
            definite,
        });
    }
    organisation(text, head)
}

/// "sources at the East African Community": people of a body, not the body.
fn people_of_a_body(head: &[Token<'_>]) -> bool {
    matches!(head, [group, at, ..] if words::ties_group_to_body(group.text, at.text))
}

/// "the Global Initiative Against Transnational Organized Crime": capitals round an
/// organisation's noun, with no title, name an organisation, not a person.
fn names_organisation(head: &[Token<'_>]) -> bool {
    head.iter()
        .any(|t| words::is_organisation_noun(t.bare()) && t.is_capitalised())
        && !head
            .iter()
            .any(|t| words::is_title(t.bare()) || words::is_honorific(t.text))
}

/// A phrase with an organisation's noun, a document, an acronym or a country in it, not too
/// long to be a name: an organisation.
fn organisation(text: &str, head: &[Token<'_>]) -> Option<Reference> {
    let org_like = head.iter().any(|t| {
        words::is_organisation_noun(t.bare())
            || words::is_document(t.bare())
            || is_acronym(t.text)
            || words::country_of(t.text).is_some()
    });
    (org_like && head.len() <= 10)
        .then(|| Reference::Organisation(tokens::span_text(text, head).to_owned()))
}

/// "ECOWAS commission chairman Desire Kadre Ouedraogo", "UNAMID's team leader in Darfur office
/// Islam Khan": an office in lower case, then a name that ends the phrase; the words before the
/// name are the role.
fn office_then_name(text: &str, head: &[Token<'_>]) -> Option<Reference> {
    let title = head.iter().position(|t| words::is_title(t.bare()))?;
    let name_start = (title + 1..head.len()).find(|&at| {
        head[at..]
            .iter()
            .all(|t| is_nameish(t) && t.is_capitalised())
            && (2..=4).contains(&(head.len() - at))
    })?;
    let role = strip_article(tokens::span_text(text, &head[..name_start])).to_owned();
    Some(Reference::Name {
        name: tokens::span_text(text, &head[name_start..]).to_owned(),
        role: Some(role),
        gender: gender_of(head),
    })
}

/// What a pronoun standing alone refers to: a man, a woman, or a body.
pub fn pronoun(word: &Token<'_>) -> Option<Reference> {
    match word.lower().as_str() {
        "he" => Some(Reference::Pronoun(Gender::Male)),
        "she" => Some(Reference::Pronoun(Gender::Female)),
        "it" | "they" => Some(Reference::Neuter),
        _ => None,
    }
}

/// A pronoun as an object ("according to him"): only ever a whole phrase, as "her" is also a
/// possessive.
fn object_pronoun(word: &Token<'_>) -> Option<Reference> {
    match word.lower().as_str() {
        "him" => Some(Reference::Pronoun(Gender::Male)),
        "her" => Some(Reference::Pronoun(Gender::Female)),
        "them" => Some(Reference::Neuter),
        _ => None,
    }
}

/// "said Ramaphosa the chairperson of the SADC Organ": a name and, with no comma, its role;
/// given back with the comma.
fn name_then_role<'a>(head: &[Token<'a>]) -> Option<Vec<Token<'a>>> {
    let the = head.iter().position(|t| t.text == "the")?;
    let named = the > 0
        && head[..the].iter().all(is_nameish)
        && head.get(the + 1).is_some_and(|t| words::is_title(t.bare()));
    named.then(|| {
        let mut split = head[..the].to_vec();
        split.push(Token { at: 0, text: "," });
        split.extend_from_slice(&head[the..]);
        split
    })
}

/// "AUSSOM Force Commander, Lieutenant General Sam Kavuma": the role first, then the name.
fn role_then_name(text: &str, head: &[Token<'_>], appositive: &[Token<'_>]) -> Option<Reference> {
    if appositive.is_empty()
        || !head.iter().any(|t| words::is_title(t.bare()))
        || titled_name(head, 0).is_some()
    {
        return None;
    }
    let (name, rank) = titled_name(appositive, 0)?;
    if name.end != appositive.len() {
        return None;
    }
    let name_text = tokens::span_text(text, &appositive[name]);
    let office = strip_article(tokens::span_text(text, head)).to_owned();
    let rank = rank.map(|r| tokens::span_text(text, &appositive[r]).to_owned());
    Some(Reference::Name {
        name: tokens::possessive_stem(name_text)
            .unwrap_or(name_text)
            .to_owned(),
        role: choose_role(rank, Some(office), None),
        gender: gender_of(appositive),
    })
}
