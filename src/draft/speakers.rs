//! Who speaks: people with the full name and role the article introduces them by, and
//! organisations. A first pass registers everyone introduced with a name ("US Deputy Secretary
//! of State Christopher Landau", "William Ruto, Kenya's president,"); later mentions by surname,
//! title ("the President") or pronoun resolve to them.

use std::ops::Range;

use super::words::{self, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Organisation,
    /// Someone the article does not name ("a spokesperson for the ministry", "officials").
    Unnamed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub name: String,
    pub role: Option<String>,
    pub kind: Kind,
    pub gender: Option<Gender>,
    /// The paragraph where the article first names them.
    pub introduced: usize,
    /// Whether only a surname is known.
    pub surname_only: bool,
    /// An organisation's acronym, when the article gives one: "MONUSCO".
    pub acronym: Option<String>,
}

impl Entity {
    fn surname(&self) -> &str {
        self.name.rsplit(' ').next().unwrap_or(&self.name)
    }
}

/// How a speaker phrase refers to someone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// A name of one or more words, with a role when the phrase gives one.
    Name {
        name: String,
        role: Option<String>,
        gender: Option<Gender>,
    },
    /// A title without a name: "the President", "the head of the transitional government"
    /// (definite: someone the article has named), "Panama's representative" (maybe not).
    Title {
        title: String,
        phrase: String,
        definite: bool,
    },
    Pronoun(Gender),
    /// "it", "they": the organisation or group last named.
    Neuter,
    Organisation(String),
    Unnamed(String),
}

#[derive(Debug, Default, Clone)]
pub struct People {
    pub entities: Vec<Entity>,
}

impl People {
    /// The entity a name refers to: the same full name, or the same surname.
    pub fn find_name(&self, name: &str) -> Option<usize> {
        let name = words::one_line(name);
        let name = name.as_str();
        let surname = name.rsplit(' ').next().unwrap_or(name);
        self.entities
            .iter()
            .position(|e| e.kind == Kind::Person && e.name == name)
            .or_else(|| {
                self.entities.iter().position(|e| {
                    e.kind == Kind::Person
                        && (e.surname() == surname
                            || (!name.contains(' ') && e.name.ends_with(&format!(" {name}"))))
                })
            })
            // "Maj. Bashir" after "Maj. Bashir Abukar Ahmed": some articles shorten a name to
            // its first part.
            .or_else(|| {
                (!name.contains(' '))
                    .then(|| {
                        self.entities.iter().position(|e| {
                            e.kind == Kind::Person && e.name.starts_with(&format!("{name} "))
                        })
                    })
                    .flatten()
            })
    }

    /// Adds or completes the person `name`: a fuller name or a role found later is kept.
    pub fn person(
        &mut self,
        name: &str,
        role: Option<String>,
        gender: Option<Gender>,
        paragraph: usize,
    ) -> usize {
        let name = words::one_line(name);
        let name = name.as_str();
        let role = role.map(|r| words::one_line(&r));
        if let Some(index) = self.find_name(name) {
            let entity = &mut self.entities[index];
            if entity.surname_only && name.contains(' ') {
                name.clone_into(&mut entity.name);
                entity.surname_only = false;
            }
            if let Some(role) = role
                && entity.role.as_deref().is_none_or(|old| weaker(old, &role))
            {
                entity.role = Some(role);
            }
            entity.gender = entity.gender.or(gender);
            return index;
        }
        self.entities.push(Entity {
            name: name.to_owned(),
            role,
            kind: Kind::Person,
            gender,
            introduced: paragraph,
            surname_only: !name.contains(' '),
            acronym: None,
        });
        self.entities.len() - 1
    }

    /// The organisation a phrase names: one named in full before with the same head noun
    /// ("the ministry" after "Kenya's foreign ministry"), or a new one.
    pub fn organisation(&mut self, phrase: &str, paragraph: usize) -> usize {
        let phrase = words::one_line(phrase);
        let phrase = phrase.as_str();
        let head = phrase.rsplit(' ').next().unwrap_or(phrase).to_lowercase();
        let bare = strip_article(phrase);
        if let Some(index) = self
            .entities
            .iter()
            .position(|e| e.acronym.as_deref() == Some(bare))
        {
            return index;
        }
        let definite_short = phrase.to_lowercase().starts_with("the ") && !bare.contains(' ');
        if let Some(index) = self.entities.iter().rposition(|e| {
            e.kind == Kind::Organisation
                && (e.name == bare
                    || (definite_short && e.name.to_lowercase().contains(head.as_str())))
        }) {
            return index;
        }
        self.entities.push(Entity {
            name: bare.to_owned(),
            role: None,
            kind: Kind::Organisation,
            gender: None,
            introduced: paragraph,
            surname_only: false,
            acronym: None,
        });
        self.entities.len() - 1
    }

    /// An organisation spelled out with its acronym: "... Congo (MONUSCO)".
    pub fn spelled_out(&mut self, name: &str, acronym: &str, paragraph: usize) {
        let index = self.organisation(name, paragraph);
        self.entities[index]
            .acronym
            .get_or_insert_with(|| acronym.to_owned());
    }

    pub fn unnamed(&mut self, phrase: &str, paragraph: usize) -> usize {
        let phrase = words::one_line(phrase);
        let phrase = phrase.as_str();
        if let Some(index) = self
            .entities
            .iter()
            .position(|e| e.kind == Kind::Unnamed && e.name == phrase)
        {
            return index;
        }
        self.entities.push(Entity {
            name: phrase.to_owned(),
            role: None,
            kind: Kind::Unnamed,
            gender: None,
            introduced: paragraph,
            surname_only: false,
            acronym: None,
        });
        self.entities.len() - 1
    }

    /// The person most recently given a role holding `title` ("president").
    pub fn with_title(&self, title: &str, recent: &[usize]) -> Option<usize> {
        let holds = |index: &usize| {
            self.entities[*index]
                .role
                .as_deref()
                .is_some_and(|role| role.to_lowercase().contains(title))
        };
        recent.iter().rev().copied().find(holds).or_else(|| {
            (0..self.entities.len()).find(|i| self.entities[*i].kind == Kind::Person && holds(i))
        })
    }
}

/// Whether role `old` should give way to `new`: a rank alone ("Lt. Gen.") or a clause ("who
/// chairs the committee") gives way to a role that names an office.
fn weaker(old: &str, new: &str) -> bool {
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
    })
}

/// The best role from those a phrase gives: the one before the name (with its "of ..."
/// complement) unless it is only a rank, then an appositive, then a role before a comma.
pub fn choose_role(
    before_name: Option<String>,
    appositive: Option<String>,
    earlier: Option<String>,
) -> Option<String> {
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
    (end > name_end + 1 && tokens[end - 1].is_capitalised()).then_some(name_end..end)
}

/// The role given before a name, completed by its complement: "Ambassador" and "of Guatemala".
pub fn role_with_complement(
    text: &str,
    tokens: &[Token<'_>],
    role: Option<Range<usize>>,
    name_end: usize,
) -> Option<String> {
    let role = role.map(|r| span_text(text, &tokens[r]).to_owned())?;
    Some(match complement(tokens, name_end) {
        Some(c) => format!("{role} {}", span_text(text, &tokens[c])),
        None => role,
    })
}

fn strip_article(phrase: &str) -> &str {
    for article in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = phrase.strip_prefix(article) {
            return rest;
        }
    }
    phrase
}

/// A person named in `tokens` with the role before the name: "US Deputy Secretary of State
/// Christopher Landau", "Kenya's president William Ruto", "Lt. Gen. Amina Yusuf". Returns the
/// name's token range, and the role's when there is one.
pub fn titled_name(
    tokens: &[Token<'_>],
    start: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // The run: words that can be part of a role or a name, joined by connectors.
    let mut end = start;
    let mut titled = false;
    while end < tokens.len() {
        let token = &tokens[end];
        // "Ambassador Rosa Delgado of Guatemala": once a name has begun after a title, "of"
        // starts the role's complement, not more name.
        if matches!(token.text, "of" | "for")
            && titled
            && end > start
            && is_nameish(&tokens[end - 1])
        {
            break;
        }
        // "United States (US) Ambassador": an acronym in brackets inside a role.
        if token.text == "("
            && end > start
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.text.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
            && tokens.get(end + 2).is_some_and(|t| t.text == ")")
            && next_is_capitalised(tokens, end + 2)
        {
            end += 3;
            continue;
        }
        titled |= words::is_title(token.bare());
        let part = token.is_word()
            && (token.is_capitalised()
                || words::is_title(token.bare())
                || words::is_title_modifier(token.bare())
                || words::possessive_stem(token.text).is_some()
                || (words::is_name_particle(token.text) && next_is_capitalised(tokens, end)));
        let connector = words::is_connector(token.text) && next_is_capitalised(tokens, end);
        if !(part || connector) {
            break;
        }
        end += 1;
        // A possessive ends a name ("President William Ruto's plea"): what follows is not it.
        if words::possessive_stem(token.text).is_some() && is_nameish(token) {
            break;
        }
    }
    if end == start {
        return None;
    }
    let run = &tokens[start..end];
    let mut name_start = run.len();
    while name_start > 0 && is_nameish(&run[name_start - 1]) {
        name_start -= 1;
    }
    if name_start == run.len() {
        return None;
    }
    // After "Secretary of State" the complement and the name run together: the name keeps at
    // most three words and leaves the complement at least one.
    let follows_connector = name_start > 0 && words::is_connector(run[name_start - 1].text);
    let names = run.len() - name_start;
    if follows_connector {
        if names < 2 {
            return None;
        }
        name_start = run.len() - (names - 1).min(3);
    } else if names > 4 {
        name_start = run.len() - 3;
    }
    while name_start < run.len() && words::is_name_particle(run[name_start].text) {
        name_start += 1;
    }
    if name_start == run.len() {
        return None;
    }
    let role_tokens = &run[..name_start];
    let has_title = role_tokens.iter().any(|t| words::is_title(t.bare()));
    let role_start = role_tokens
        .iter()
        .position(|t| !matches!(t.text, "the" | "The" | "a" | "A" | "an" | "An"))
        .unwrap_or(role_tokens.len());
    // An honorific is not a role ("Mr. Landau").
    let role =
        (has_title && role_start < name_start).then(|| start + role_start..start + name_start);
    Some((start + name_start..end, role))
}

/// A word that can be part of a person's name.
fn is_nameish(token: &Token<'_>) -> bool {
    (token.is_capitalised() || words::is_name_particle(token.text))
        && !words::is_title(token.bare())
        && !words::is_title_modifier(token.bare())
        && !words::is_honorific(token.text)
        && !words::is_not_name(token.bare())
        && !words::is_organisation_noun(token.bare())
        && !words::is_complement(token.bare())
        && words::country_of(token.text).is_none()
}

fn next_is_capitalised(tokens: &[Token<'_>], at: usize) -> bool {
    tokens.get(at + 1).is_some_and(|t| {
        t.is_capitalised() || words::is_title(t.bare()) || words::is_title_modifier(t.bare())
    })
}

/// The gender an honorific or a role word gives.
pub fn gender_of(words_before: &[Token<'_>]) -> Option<Gender> {
    words_before
        .iter()
        .find_map(|t| match t.text.trim_end_matches('.') {
            "Mr" | "Sir" => Some(Gender::Male),
            "Mrs" | "Ms" | "Miss" | "Dame" => Some(Gender::Female),
            word => {
                let lower = word.to_lowercase();
                if lower.ends_with("woman") || lower == "mother" || lower == "queen" {
                    Some(Gender::Female)
                } else if lower.ends_with("man") && lower != "human"
                    || lower == "father"
                    || lower == "king"
                {
                    Some(Gender::Male)
                } else {
                    None
                }
            }
        })
}

/// The slice of the article from the first token to the last.
pub fn span_text<'a>(text: &'a str, tokens: &[Token<'_>]) -> &'a str {
    match (tokens.first(), tokens.last()) {
        (Some(first), Some(last)) => &text[first.at..last.end()],
        _ => "",
    }
}

/// What a speaker phrase ("Landau", "he", "the ministry", "William Ruto, Kenya's president",
/// "a spokesperson for the ministry") refers to.
pub fn reference(text: &str, phrase: &[Token<'_>]) -> Option<Reference> {
    let phrase = trim_phrase(phrase);
    let first = phrase.first()?;
    if phrase.len() == 1 {
        match first.lower().as_str() {
            "he" => return Some(Reference::Pronoun(Gender::Male)),
            "she" => return Some(Reference::Pronoun(Gender::Female)),
            "it" | "they" => return Some(Reference::Neuter),
            _ => {}
        }
    }
    // The phrase up to an appositive: "William Ruto, Kenya's president".
    let comma = phrase.iter().position(|t| t.text == ",");
    let (head, appositive) = match comma {
        Some(at) => (&phrase[..at], trim_phrase(&phrase[at + 1..])),
        None => (phrase, &[][..]),
    };
    let head = trim_phrase(head);
    let head_first = head.first()?;
    let lower_first = head_first.lower();
    let appositive_role = role_phrase(text, appositive);
    // "the Global Initiative Against Transnational Organized Crime": capitals round an
    // organisation's noun, with no title, name an organisation, not a person.
    if head
        .iter()
        .any(|t| words::is_organisation_noun(t.bare()) && t.is_capitalised())
        && !head
            .iter()
            .any(|t| words::is_title(t.bare()) || words::is_honorific(t.text))
    {
        return Some(Reference::Organisation(span_text(text, head).to_owned()));
    }
    // Indefinite: someone unnamed, or a group.
    if matches!(
        lower_first.as_str(),
        "a" | "an" | "one" | "two" | "three" | "some" | "several" | "many" | "other" | "another"
    ) || (head.len() <= 3 && head.last().is_some_and(|t| words::is_unnamed_group(t.text)))
    {
        return Some(Reference::Unnamed(span_text(text, phrase).to_owned()));
    }
    if let Some((name, role)) = titled_name(head, 0)
        && (name.end == head.len()
            || complement(head, name.end).is_some_and(|c| c.end == head.len()))
    {
        let name_tokens = &head[name.clone()];
        let name_text = span_text(text, name_tokens);
        let name_text = words::possessive_stem(name_text).unwrap_or(name_text);
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
    // "the President", "the head of the transitional government", "Panama's representative":
    // a title without a name, among the first words of the phrase.
    let definite = lower_first == "the";
    let title_at = head.iter().take(4).position(|t| words::is_title(t.bare()));
    let starts_right = definite
        || head_first.is_capitalised()
        || words::possessive_stem(head_first.text).is_some();
    if let Some(at) = title_at
        && starts_right
        && head.len() <= 10
        && !head[..at]
            .iter()
            .any(|t| words::is_organisation_noun(t.bare()))
    {
        return Some(Reference::Title {
            title: head[at].bare().to_lowercase(),
            phrase: span_text(text, phrase).to_owned(),
            definite,
        });
    }
    let org_like = head.iter().any(|t| words::is_organisation_noun(t.bare()))
        || head.iter().any(|t| is_acronym(t.text))
        || head.iter().any(|t| words::country_of(t.text).is_some());
    if org_like && head.len() <= 10 {
        return Some(Reference::Organisation(span_text(text, head).to_owned()));
    }
    None
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
        let modifies = previous.is_capitalised()
            || words::is_title_modifier(previous.bare())
            || words::possessive_stem(previous.text).is_some()
            || matches!(previous.text, "(" | ")")
            || (words::is_connector(previous.text) && !matches!(previous.text, "the" | "and"));
        if !modifies || words::is_not_name(previous.bare()) && previous.is_capitalised() {
            break;
        }
        start -= 1;
    }
    let role = &part[start..];
    if role.len() > 16 || role.first().is_some_and(|t| t.text == "(") {
        return None;
    }
    Some(strip_article(&words::one_line(span_text(text, role))).to_owned())
}

/// A role phrase after a name: "Kenya's president", "a spokesman for the mission".
pub fn role_phrase(text: &str, tokens: &[Token<'_>]) -> Option<String> {
    let tokens = trim_phrase(tokens);
    let clause = tokens.first().is_some_and(|t| t.text == "who");
    let end = tokens
        .iter()
        .position(|t| {
            matches!(
                t.text,
                "," | "." | ";" | ":" | "(" | ")" | "\u{2014}" | "\u{2013}"
            ) || (!clause && words::is_cue(t.text))
        })
        .unwrap_or(tokens.len());
    let tokens = &tokens[..end];
    // "who chairs the defence committee" reads as a role after the name, as it is written.
    let titled = tokens.iter().take(8).any(|t| words::is_title(t.bare()));
    if tokens.is_empty() || tokens.len() > 14 || !(titled || (clause && tokens.len() >= 3)) {
        return None;
    }
    let role = span_text(text, tokens);
    Some(strip_article(role).to_owned())
}

fn trim_phrase<'a, 'b>(phrase: &'b [Token<'a>]) -> &'b [Token<'a>] {
    let start = phrase
        .iter()
        .position(Token::is_word)
        .unwrap_or(phrase.len());
    let end = phrase
        .iter()
        .rposition(Token::is_word)
        .map_or(start, |i| i + 1);
    &phrase[start..end.max(start)]
}

pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).collect();
    letters.len() >= 2
        && letters.iter().all(char::is_ascii_uppercase)
        && !matches!(word, "US" | "U.S." | "UK" | "U.K.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::words::tokens;

    fn refer(phrase: &str) -> Option<Reference> {
        let tokens = tokens(phrase, 0..phrase.len());
        reference(phrase, &tokens)
    }

    fn named(name: &str, role: Option<&str>) -> Reference {
        Reference::Name {
            name: name.into(),
            role: role.map(Into::into),
            gender: None,
        }
    }

    #[test]
    fn reads_names_with_the_roles_before_or_after_them() {
        assert_eq!(
            refer("US Deputy Secretary of State Christopher Landau"),
            Some(named(
                "Christopher Landau",
                Some("US Deputy Secretary of State")
            ))
        );
        assert_eq!(
            refer("President William Ruto"),
            Some(named("William Ruto", Some("President")))
        );
        assert_eq!(
            refer("William Ruto, Kenya's president"),
            Some(named("William Ruto", Some("Kenya's president")))
        );
        assert_eq!(
            refer("Prime Minister Alix Didier Fils-Aim\u{e9}"),
            Some(named("Alix Didier Fils-Aim\u{e9}", Some("Prime Minister")))
        );
        assert_eq!(refer("Landau"), Some(named("Landau", None)));
        assert_eq!(
            refer("Jean Dupont, a spokesman for the mission"),
            Some(named("Jean Dupont", Some("spokesman for the mission")))
        );
    }

    #[test]
    fn reads_pronouns_titles_organisations_and_the_unnamed() {
        assert_eq!(refer("he"), Some(Reference::Pronoun(Gender::Male)));
        assert_eq!(refer("She"), Some(Reference::Pronoun(Gender::Female)));
        assert_eq!(
            refer("The President"),
            Some(Reference::Title {
                title: "president".into(),
                phrase: "The President".into(),
                definite: true
            })
        );
        assert_eq!(
            refer("the ministry"),
            Some(Reference::Organisation("the ministry".into()))
        );
        assert_eq!(
            refer("MONUSCO"),
            Some(Reference::Organisation("MONUSCO".into()))
        );
        assert_eq!(
            refer("a spokesperson for the ministry"),
            Some(Reference::Unnamed("a spokesperson for the ministry".into()))
        );
        assert_eq!(
            refer("officials"),
            Some(Reference::Unnamed("officials".into()))
        );
    }
}
