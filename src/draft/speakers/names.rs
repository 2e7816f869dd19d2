//! Names and the offices around them in a run of words: "US Deputy Secretary of State
//! Christopher Landau", "Lt. Gen. Amina Yusuf", "Kenya's president William Ruto".

use std::ops::Range;

use super::{Gender, is_acronym};
use crate::draft::tokens::{self, Token};
use crate::draft::words;

/// A person named in `tokens` with the role before the name: "US Deputy Secretary of State
/// Christopher Landau", "Kenya's president William Ruto", "Lt. Gen. Amina Yusuf". Returns the
/// name's token range, and the role's when there is one.
pub fn titled_name(
    tokens: &[Token<'_>],
    start: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let end = run_end(tokens, start);
    if end == start {
        return None;
    }
    // "The Minister of Defence and Military Veterans, Ms. Angie Motshekga,": the run is the
    // office; the name follows the comma.
    if tokens.get(end).is_some_and(|t| t.text == ",")
        && tokens
            .get(end + 1)
            .is_some_and(|t| words::is_honorific(t.text) || words::is_rank_word(t.text))
        && tokens[start..end].iter().any(|t| words::is_title(t.bare()))
    {
        return None;
    }
    // "Head of the UN Office for Central Africa (UNOCA)": capitals before an acronym in
    // brackets name a body.
    if tokens.get(end).is_some_and(|t| t.text == "(")
        && tokens.get(end + 1).is_some_and(|t| is_acronym(t.text))
        && tokens.get(end + 2).is_some_and(|t| t.text == ")")
    {
        return None;
    }
    let run = &tokens[start..end];
    let mut name_start = run.len();
    // "Raymond King", "Commodore King": a word that names an office but is also a surname,
    // last in the run, after a name or a title. So is a month's name after a given name: "Wen
    // Jun", "Theresa May".
    let surname_like_title = |at: usize| {
        let office = matches!(
            run[at].bare(),
            "King" | "Bishop" | "Judge" | "Marshal" | "Dean"
        );
        at + 1 == run.len()
            && at > 0
            && ((office && (is_nameish(&run[at - 1]) || words::is_title(run[at - 1].bare())))
                || (words::is_month(run[at].bare()) && is_nameish(&run[at - 1])))
    };
    // "Hassan Sheikh Mohamud": "Sheikh" between two names is one of them.
    let middle_sheikh = |at: usize| {
        matches!(run[at].bare(), "Sheikh" | "Sheik")
            && at > 0
            && at + 1 < run.len()
            && is_nameish(&run[at - 1])
    };
    // "Chinese Ambassador to South Sudan He Xiangdong": the surname He, not the pronoun, when
    // capitals run on both sides of it.
    let surname_he = |at: usize| {
        run[at].text == "He" && at > 0 && at + 1 < run.len() && is_nameish(&run[at + 1])
    };
    while name_start > 0
        && (is_nameish(&run[name_start - 1])
            || surname_like_title(name_start - 1)
            || middle_sheikh(name_start - 1)
            || surname_he(name_start - 1))
    {
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
    // "de" before a name is not its start; "al-Hadhrami" is a name in itself.
    while name_start < run.len()
        && words::is_name_particle(run[name_start].text)
        && !run[name_start].text.contains('-')
    {
        name_start += 1;
    }
    if name_start == run.len() {
        return None;
    }
    let role = role_range(run, name_start).map(|r| start + r.start..start + r.end);
    Some((start + name_start..end, role))
}

/// Whether the word at `at` joins two parts of a role: "Secretary of State", "envoy to the
/// UN", "head of the Mission in South Sudan" ("in" only after an organisation's noun, so
/// "President Ruto in Nairobi" stays a name and a place).
fn links(tokens: &[Token<'_>], at: usize) -> bool {
    let Some(token) = tokens.get(at) else {
        return false;
    };
    // "Special Advisor to the UN Secretary General on Libya": "on" after an office.
    // "Presidential Adviser on the Peace Process".
    let subject_at = if tokens.get(at + 1).is_some_and(|t| t.text == "the") {
        at + 2
    } else {
        at + 1
    };
    let on_subject = token.text == "on"
        && at > 0
        && words::is_title(tokens[at - 1].bare())
        && tokens
            .get(subject_at)
            .is_some_and(|t| t.is_capitalised() && !words::is_not_name(t.bare()));
    let joins = words::is_connector(token.text)
        || token.text == "to"
        || on_subject
        || (token.text == "in" && at > 0 && words::is_organisation_noun(tokens[at - 1].bare()));
    // "to the UN": an article between the link and the capital; "of the mission Godfrey
    // Otunge": or an organisation's noun with a name after it.
    let the = tokens.get(at + 1).is_some_and(|t| t.text == "the") && token.text != "the";
    let next = if the { at + 1 } else { at };
    let organisation_then_name = tokens[next].text == "the"
        && tokens
            .get(next + 1)
            .is_some_and(|t| words::is_organisation_noun(t.bare()))
        && tokens.get(next + 2).is_some_and(Token::is_capitalised);
    joins && (next_is_capitalised(tokens, next) || organisation_then_name)
}

/// Where the run that can make a role and a name, from `start`, ends: words of a role or a
/// name, joined by connectors.
fn run_end(tokens: &[Token<'_>], start: usize) -> usize {
    let mut end = start;
    let mut titled = false;
    while end < tokens.len() {
        let token = &tokens[end];
        // "Ambassador Rosa Delgado of Guatemala": once a name has begun after a title, "of"
        // starts the role's complement, not more name.
        // "Tammy Bruce of the US delegation": so does it after a name of two words or more.
        let after_name =
            end >= start + 2 && is_nameish(&tokens[end - 1]) && is_nameish(&tokens[end - 2]);
        if matches!(token.text, "of" | "for" | "to" | "in")
            && (titled || after_name)
            && end > start
            && is_nameish(&tokens[end - 1])
        {
            break;
        }
        // "Under-Secretary in charge of Peacekeeping Operations": one link, three words.
        if token.text == "in"
            && tokens.get(end + 1).is_some_and(|t| t.text == "charge")
            && tokens.get(end + 2).is_some_and(|t| t.text == "of")
            && tokens.get(end + 3).is_some_and(Token::is_capitalised)
        {
            end += 3;
            continue;
        }
        // "United States (US) Ambassador": an acronym in brackets inside a role.
        if token.text == "("
            && end > start
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.text.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
            && tokens.get(end + 2).is_some_and(|t| t.text == ")")
            && (next_is_capitalised(tokens, end + 2) || links(tokens, end + 3))
        {
            end += 3;
            continue;
        }
        titled |= words::is_title(token.bare());
        // "head of the mission Godfrey Otunge", "Head of Kenya Police mission in Haiti": an
        // organisation's noun after "the" or a capital in a role; "army spokesperson": before
        // its title.
        let role_noun = words::is_organisation_noun(token.bare())
            && ((titled
                && end > start
                && (tokens[end - 1].text == "the" || tokens[end - 1].is_capitalised()))
                || (end == start
                    && tokens
                        .get(end + 1)
                        .is_some_and(|t| words::is_title(t.bare()))));
        let part = token.is_word()
            && (token.is_capitalised()
                || role_noun
                || words::is_title(token.bare())
                || words::is_title_modifier(token.bare())
                || tokens::possessive_stem(token.text).is_some()
                || (words::is_name_particle(token.text)
                    && (next_is_capitalised(tokens, end) || token.text.contains('-'))));
        let connector = links(tokens, end);
        if !(part || connector) {
            break;
        }
        end += 1;
        // A possessive ends a name ("President William Ruto's plea"): what follows is not it.
        // At the start, before a title, it owns the role: "MONUSCO's chief Bintou Keita".
        let owns_title = end == start + 1
            && tokens
                .get(end)
                .is_some_and(|t| words::is_title(t.bare()) || words::is_title_modifier(t.bare()));
        if tokens::possessive_stem(token.text).is_some() && is_nameish(token) && !owns_title {
            break;
        }
    }
    end
}

/// The role in `run` before its name at `name_start`: from the first word after an article
/// to the last office word, without honorifics or trailing ranks; none without a title.
fn role_range(run: &[Token<'_>], name_start: usize) -> Option<Range<usize>> {
    let role_tokens = &run[..name_start];
    let has_title = role_tokens.iter().any(|t| words::is_title(t.bare()));
    let role_start = role_tokens
        .iter()
        .position(|t| !matches!(t.text, "the" | "The" | "a" | "A" | "an" | "An"))
        .unwrap_or(role_tokens.len());
    // An honorific is not a role ("Mr. Landau", "UK Ambassador Dame Barbara Woodward"), nor
    // is a rank after an office ("army spokesperson Colonel Ronald Rwivanga").
    let mut role_end = name_start;
    while role_end > role_start && words::is_honorific(run[role_end - 1].text) {
        role_end -= 1;
    }
    // "Secretary General", "Inspector General" are offices, not an office and a rank.
    let is_rank = |at: usize| {
        let word = run[at].bare();
        let general_office = word.eq_ignore_ascii_case("general")
            && at > 0
            && words::is_title(run[at - 1].bare())
            && !words::is_rank(run[at - 1].bare());
        words::is_rank_word(word) && !general_office
    };
    let office_end = (role_start..role_end)
        .rev()
        .find(|&at| !is_rank(at))
        .map_or(role_end, |at| at + 1);
    if (role_start..office_end).any(|at| words::is_title(run[at].bare()) && !is_rank(at)) {
        role_end = office_end;
    }
    (has_title && role_start < role_end).then_some(role_start..role_end)
}

/// A word that can be part of a person's name.
pub(super) fn is_nameish(token: &Token<'_>) -> bool {
    // "Robert A. Wood": an initial, not the article "A".
    let initial = token.text.len() == 2
        && token.text.ends_with('.')
        && token.text.starts_with(|c: char| c.is_ascii_uppercase());
    initial
        || (token.is_capitalised() || words::is_name_particle(token.text))
            && !words::is_title(token.bare())
            && !words::is_title_modifier(token.bare())
            && !words::is_honorific(token.text)
            && !words::is_not_name(token.bare())
            && !words::is_polity_word(token.bare())
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

/// Where the body's name starts in capitals `start..end` before an acronym in brackets:
/// "Commander of the RAMSI Participating Police Force (PPF)" names the force, and "Head of the
/// United Nations Office for West Africa and the Sahel (UNOWAS)" the office, not who leads
/// them; "Special Representative of the Secretary-General (SRSG)" is an office's own.
pub fn past_office(tokens: &[Token<'_>], start: usize, end: usize) -> usize {
    let office_first = tokens
        .get(start)
        .is_some_and(|t| words::is_title(t.bare()) || words::is_title_modifier(t.bare()));
    let Some(of) = (start + 1..end)
        .rev()
        .find(|&k| tokens[k].is("of") && words::is_title(tokens[k - 1].bare()))
        .filter(|_| office_first)
    else {
        return start;
    };
    let mut body = of + 1;
    while body < end && words::is_connector(tokens[body].text) {
        body += 1;
    }
    if end - body >= 2 { body } else { start }
}

/// Whether the word at `at` follows "the" and at most two lower-case words: "the central
/// Sahel", "The RAMSI Participating Police": capitals there are a place or a body, not a person.
pub fn follows_article(tokens: &[Token<'_>], at: usize) -> bool {
    tokens[at.saturating_sub(3)..at]
        .iter()
        .rev()
        .take_while(|t| {
            t.is("the") || (t.is_word() && !t.is_capitalised() && !words::is_title(t.bare()))
        })
        .any(|t| t.is("the"))
}

/// "James Swan Special Representative of the Secretary-General for Somalia says": a name of two
/// or three words with its office after it and no comma. Returns the name's range.
pub fn name_before_office(tokens: &[Token<'_>], start: usize) -> Option<Range<usize>> {
    let words = tokens[start..]
        .iter()
        .take_while(|t| is_nameish(t) && t.is_capitalised())
        .count();
    let office = tokens.get(start + words)?;
    let office_word = words::is_title(office.bare()) || words::is_title_modifier(office.bare());
    // "the RAMSI Participating Police Force": after "the", or with an acronym, a body's name.
    let body = follows_article(tokens, start)
        || tokens[start..start + words]
            .iter()
            .any(|t| is_acronym(t.text));
    ((2..=3).contains(&words) && office.is_capitalised() && office_word && !body)
        .then_some(start..start + words)
}
