//! Who a mention means: names, titles and pronouns resolved against the people met so far,
//! and who a sentence is about.

use super::{How, OpeningOffice, Pass, Sentence, outside};
use crate::draft::cues;
use crate::draft::speakers::{self, Gender, Kind, People, Reference};
use crate::draft::tokens::{self, Token};
use crate::draft::words;

/// Who a sentence is about: its first mention after any opening phrase ("During the meeting,").
pub fn subject_of(text: &str, sentence: &Sentence, mentions: &[(usize, usize)]) -> Option<usize> {
    let body = &text[sentence.range.clone()];
    let first_word: String = body.chars().take_while(|c| c.is_alphabetic()).collect();
    let opening = words::opens_adverbial_phrase(&first_word.to_lowercase());
    let from = if opening {
        body.find(',')
            .map_or(sentence.range.start, |c| sentence.range.start + c)
    } else {
        sentence.range.start
    };
    mentions
        .iter()
        .find(|(at, _)| *at >= from)
        .or(mentions.first())
        .map(|(_, entity)| *entity)
}

/// "Vice Chief of the KDF, Lieutenant General Francis Ogolla, said": a body that ends an
/// office is not who the sentence is about.
fn completes_office(tokens: &[Token<'_>], at: usize) -> bool {
    let before = &tokens[..at];
    let of_at = match before {
        [.., of, the] if of.text == "of" && the.text == "the" => at - 2,
        [.., of] if of.text == "of" => at - 1,
        _ => return false,
    };
    of_at > 0 && words::is_title(tokens[of_at - 1].bare())
}

impl Pass<'_> {
    /// The people and organisations a sentence mentions outside quotations, with positions.
    pub(super) fn mentions(&mut self, index: usize) -> Vec<(usize, usize)> {
        let sentence = &self.sentences[index];
        let tokens = outside(tokens::of(self.text, sentence.range.clone()), self.masks);
        let mut found = Vec::new();
        // "KATHMANDU, Sept 12: ...": the place of the dateline is no one in the sentence.
        let mut i = usize::from(self.opens_with_dateline(&tokens));
        while i < tokens.len() {
            let token = &tokens[i];
            let lower = token.lower();
            if let Some(Reference::Pronoun(gender)) = speakers::pronoun(token) {
                if let Some(entity) = self.resolve_pronoun(gender, &found) {
                    found.push((token.at, entity));
                }
                i += 1;
                continue;
            }
            // "the president", "the Congolese president".
            let country = tokens
                .get(i + 1)
                .filter(|t| words::country_of(t.text).is_some());
            let title_at = i + 1 + usize::from(country.is_some());
            if lower == "the"
                && let Some(title) = tokens.get(title_at).filter(|t| words::is_title(t.bare()))
                && !tokens
                    .get(title_at + 1)
                    .is_some_and(|t| t.is_capitalised() || t.text == "of")
            {
                let phrase = country.map_or("", |c| c.text);
                if let Some(entity) =
                    self.people
                        .with_title(&title.bare().to_lowercase(), phrase, true, &self.focus)
                {
                    found.push((token.at, entity));
                    self.last_named.insert(entity, sentence.paragraph);
                }
                i = title_at + 1;
                continue;
            }
            if lower == "the"
                && let Some((end, entity)) = self.office_holder(&tokens, i)
            {
                found.push((token.at, entity));
                self.last_named.insert(entity, sentence.paragraph);
                i = end;
                continue;
            }
            // "The Council expressed": an organisation named before, by its head noun.
            if lower == "the"
                && let Some(head) = tokens
                    .get(i + 1)
                    .filter(|t| t.is_capitalised() && words::is_organisation_noun(t.bare()))
                && let Some(entity) = self
                    .people
                    .known_organisation(head.bare(), sentence.paragraph)
            {
                found.push((token.at, entity));
                i += 2;
                continue;
            }
            // "by the United Nations Security Council": a body named before, in capitals
            // ending in its noun ("Chief of Defence Forces, Gen. ..." is about the general).
            if token.is_capitalised()
                && !completes_office(&tokens, i)
                && let Some(end) = (i..=tokens.len())
                    .find(|&k| tokens.get(k).is_none_or(|t| !t.is_capitalised()))
                    .filter(|&end| end > i + 1)
                && words::is_organisation_noun(tokens[end - 1].bare())
                && !tokens.get(end).is_some_and(|t| words::is_title(t.bare()))
                && let Some(entity) = self
                    .people
                    .known_organisation(tokens[end - 1].bare(), sentence.paragraph)
            {
                found.push((token.at, entity));
                i = end;
                continue;
            }
            // "UNISFA said": an organisation named by its acronym ("the MNJTF spokesman" is
            // about the spokesman).
            if let Some((entity, end)) = self.body_by_acronym(&tokens, i) {
                found.push((token.at, entity));
                i = end;
                continue;
            }
            if token.is_word()
                && (token.is_capitalised() || words::is_title(token.bare()))
                && let Some((name, _)) = speakers::titled_name(&tokens, i)
            {
                let name_text = tokens::span_text(self.text, &tokens[name.clone()]);
                let name_text = tokens::possessive_stem(name_text).unwrap_or(name_text);
                if let Some(entity) = self.people.find_name(name_text) {
                    found.push((tokens[name.start].at, entity));
                    self.last_named.insert(entity, sentence.paragraph);
                }
                i = name.end.max(i + 1);
                continue;
            }
            if let Some((end, entity)) = self.named_before_office(&tokens, i) {
                found.push((token.at, entity));
                self.last_named.insert(entity, sentence.paragraph);
                i = end;
                continue;
            }
            i += 1;
        }
        found
    }

    /// "KATHMANDU, Sept 12: ...", "JUBA (Xinhua) --": the article opens on the place of its
    /// dateline, in capitals.
    fn opens_with_dateline(&self, tokens: &[Token<'_>]) -> bool {
        let [place, mark, ..] = tokens else {
            return false;
        };
        self.article.paragraphs.first().map(|p| p.start) == Some(place.at)
            && place.text.len() > 1
            && place.text.chars().all(|c| !c.is_lowercase())
            && matches!(mark.text, "," | "(" | ":" | "\u{2013}" | "\u{2014}" | "-")
    }

    /// The organisation an acronym names, with where its mention ends: "UNISFA said", and
    /// "the AU council warned" for the council of the body "AU" stands for.
    fn body_by_acronym(&self, tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
        let token = &tokens[i];
        let next = tokens.get(i + 1);
        if !speakers::is_acronym(token.text)
            || next.is_some_and(|t| words::is_title(t.bare()) || words::is_title_modifier(t.bare()))
            || completes_office(tokens, i)
        {
            return None;
        }
        let council = next
            .filter(|t| !t.is_capitalised() && words::is_organisation_noun(t.bare()))
            .and_then(|noun| self.people.body_of_acronym(token.text, noun.bare()));
        match council {
            Some(entity) => Some((entity, i + 2)),
            None => self
                .people
                .by_acronym(token.text)
                .map(|entity| (entity, i + 1)),
        }
    }

    /// "The Commander Land Forces also applauded": a person's whole office, capitalised, after
    /// the "the" at `at`. Returns where the office ends, and who holds it.
    fn office_holder(&self, tokens: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
        if !tokens
            .get(at + 1)
            .is_some_and(|t| words::is_title(t.bare()))
        {
            return None;
        }
        let end = (at + 2..=tokens.len())
            .find(|&k| tokens.get(k).is_none_or(|t| !t.is_capitalised()))
            .filter(|&end| end > at + 2)?;
        let entity = self
            .people
            .holding_office(tokens::span_text(self.text, &tokens[at + 1..end]))?;
        Some((end, entity))
    }

    /// "James Swan Special Representative ...": someone known, named before their office with
    /// no comma. Returns where the name ends, and who it is.
    fn named_before_office(&self, tokens: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
        let name = speakers::name_before_office(tokens, at)?;
        let entity = self
            .people
            .find_name(tokens::span_text(self.text, &tokens[name.clone()]))?;
        Some((name.end, entity))
    }

    pub(super) fn resolve_pronoun(
        &mut self,
        gender: Gender,
        earlier: &[(usize, usize)],
    ) -> Option<usize> {
        // Someone unnamed but singular ("the representative of Haiti") can be "he" or "she".
        let fits = |people: &People, entity: usize| {
            let e = &people.entities[entity];
            let singular_unnamed = e.kind == Kind::Unnamed
                && e.name.to_lowercase().starts_with("the ")
                && !e.name.ends_with('s');
            (e.kind == Kind::Person || singular_unnamed) && e.gender.is_none_or(|g| g == gender)
        };
        let found = earlier
            .iter()
            .map(|(_, e)| *e)
            .find(|e| fits(&self.people, *e))
            .or_else(|| {
                self.focus
                    .iter()
                    .rev()
                    .take(8)
                    .copied()
                    .find(|e| fits(&self.people, *e))
            })
            // "... is a top priority for OAS Secretary General, Ambassador Albert Ramdin": a
            // person named, though not as the subject, just before.
            .or_else(|| {
                self.mentioned
                    .iter()
                    .rev()
                    .take(4)
                    .copied()
                    .find(|e| fits(&self.people, *e))
            })?;
        self.people.entities[found].gender.get_or_insert(gender);
        Some(found)
    }

    /// The subject of the clause a quotation sits in: a person named before it in the
    /// sentence, or the noun phrase that opens the clause ("the council members authorized").
    pub(super) fn clause_subject(
        &mut self,
        before: &[Token<'_>],
        after: &[Token<'_>],
        mentions: &[(usize, usize)],
        open: usize,
    ) -> Option<usize> {
        // "It also authorized the Regional Protection Force to “...”": a sentence opening on
        // "It" is about the body before, not the one it names after; "It was Ruto who" is not.
        let paragraph = self.candidates.iter().find(|m| m.open == open)?.paragraph;
        let mut words = before.iter().filter(|t| t.is_word());
        if words.next().is_some_and(|t| t.text == "It")
            && words
                .next()
                .is_some_and(|t| !matches!(t.lower().as_str(), "is" | "was" | "has" | "had"))
        {
            return self
                .resolve(&Reference::Neuter, paragraph, mentions, open)
                .map(|(entity, _)| entity);
        }
        if let Some(&(_, entity)) = mentions.iter().find(|(at, _)| *at < open) {
            return Some(entity);
        }
        // An opening phrase ("Through the text - adopted on Thursday -", "In a statement,")
        // ends at its comma or its closing dash; "Saying that ... “...”, the Russian envoy
        // accused": the quotation inside it belongs to the subject after it.
        let opening = before.first().is_some_and(|t| {
            words::opens_adverbial_phrase(&t.lower())
                || (t.lower().ends_with("ing") && t.is_capitalised())
        });
        let end_of_opening = before.iter().position(|t| t.text == ",").or_else(|| {
            before
                .iter()
                .rposition(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}"))
        });
        let phrase = match (opening, end_of_opening) {
            (true, Some(end)) => cues::speaker_after(&before[end + 1..]),
            (true, None) => {
                let start = after.iter().position(Token::is_word).unwrap_or(after.len());
                cues::speaker_after(&after[start..])
            }
            (false, _) => cues::speaker_after(before),
        };
        if self.opens_with_dateline(before) && phrase.first() == before.first() {
            return None;
        }
        let reference = speakers::reference(self.text, &phrase)?;
        // "Allegations raised that ... is said to be “...”": one capitalised word opening the
        // sentence is a name only if the article names someone so.
        if let Reference::Name { name, .. } = &reference
            && !name.contains(' ')
            && self.people.find_name(name).is_none()
        {
            return None;
        }
        let at = phrase.first()?.at;
        self.resolve(&reference, paragraph, mentions, at)
            .map(|(entity, _)| entity)
    }

    pub(super) fn resolve(
        &mut self,
        reference: &Reference,
        paragraph: usize,
        mentions: &[(usize, usize)],
        at: usize,
    ) -> Option<(usize, How)> {
        match reference {
            // "RAMSI is deploying": an acronym alone names a body, not a person.
            Reference::Name { name, .. } if speakers::is_acronym(name) => {
                Some(self.resolve_organisation(name, paragraph))
            }
            Reference::Name { name, role, gender } => {
                let known = self
                    .people
                    .find_name(name)
                    .map(|i| self.people.entities[i].name.clone());
                let entity = self.people.person(name, role.clone(), *gender, paragraph);
                self.give_office_named(entity, paragraph);
                let how = match known {
                    Some(full) if full != *name => How::Surname(name.clone()),
                    _ if !name.contains(' ') => How::Surname(name.clone()),
                    _ => How::Named,
                };
                Some((entity, how))
            }
            Reference::Title {
                title,
                phrase,
                definite,
            } => {
                if let Some(entity) = self
                    .people
                    .with_title(title, phrase, *definite, &self.focus)
                {
                    return Some((entity, How::Title(phrase.clone())));
                }
                // A country in the phrase must be theirs: "the Russian representative" is not
                // "The U.S. representative" named before, nor is "the representative of Haiti"
                // the US ambassador the article was about.
                let country_in = |words: &str| words.split(' ').find_map(words::country_of);
                let country = country_in(phrase);
                // "the head of the transitional government": a description of someone the
                // article has been talking about.
                // "the official" after "A senior Burundian official ... said".
                if *definite
                    && let Some(unnamed) = self.people.unnamed_with_head(title)
                    && country
                        .is_none_or(|c| country_in(&self.people.entities[unnamed].name) == Some(c))
                {
                    return Some((unnamed, How::Title(phrase.clone())));
                }
                // "the Indian official" after "The Military Adviser at India's UN Mission,
                // Colonel Sandeep Kapoor": a word for anyone in office, and their country.
                let anyone_of =
                    country.is_some() && matches!(title.as_str(), "official" | "diplomat");
                let describes = *definite && (phrase.split(' ').any(|w| w == "of") || anyone_of);
                let fits = |entity: &speakers::Entity| {
                    entity.kind == Kind::Person
                        && country.is_none_or(|c| {
                            entity.role.as_deref().is_some_and(|r| {
                                r.split(' ').any(|w| words::country_of(w) == Some(c))
                            })
                        })
                };
                let in_focus = self
                    .focus
                    .iter()
                    .rev()
                    .copied()
                    .find(|e| fits(&self.people.entities[*e]));
                // Of everyone met, the last from that country.
                let of_country = || self.people.entities.iter().rposition(fits);
                if describes
                    && let Some(person) = in_focus.or_else(|| anyone_of.then(of_country).flatten())
                {
                    return Some((person, How::Title(phrase.clone())));
                }
                Some((self.people.unnamed(phrase, paragraph), How::Unnamed))
            }
            Reference::Pronoun(gender) => {
                // "Mathebula quotes him as saying": an object is not the sentence's subject.
                let word: String = self.text[at..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                let object = matches!(word.to_lowercase().as_str(), "him" | "her");
                let subject = mentions.first().map(|&(_, entity)| entity);
                let earlier: Vec<(usize, usize)> = mentions
                    .iter()
                    .copied()
                    .filter(|&(p, entity)| p < at && !(object && Some(entity) == subject))
                    .collect();
                let entity = self.resolve_pronoun(*gender, &earlier)?;
                let word = if *gender == Gender::Male { "he" } else { "she" };
                Some((entity, How::Pronoun(word.to_owned())))
            }
            Reference::Neuter => {
                let entity = self
                    .focus
                    .iter()
                    .rev()
                    .take(6)
                    .copied()
                    .find(|e| self.people.entities[*e].kind != Kind::Person)?;
                Some((entity, How::Pronoun("it".to_owned())))
            }
            Reference::Organisation(phrase) => Some(self.resolve_organisation(phrase, paragraph)),
            Reference::Unnamed(phrase) => {
                Some((self.people.unnamed(phrase, paragraph), How::Unnamed))
            }
        }
    }

    /// The office the opening named with no one in it, for the first speaker named in full
    /// after it, in the paragraph that introduces them, with no role of their own; within six
    /// paragraphs, as an article may give the background before the one it opened on speaks.
    fn give_office_named(&mut self, entity: usize, paragraph: usize) {
        let person = &self.people.entities[entity];
        let fits = person.kind == Kind::Person
            && person.role.is_none()
            && person.introduced == paragraph
            && person.name.contains(' ');
        if !fits || !matches!(self.opening_office, OpeningOffice::Named { .. }) {
            return;
        }
        if let OpeningOffice::Named {
            office,
            paragraph: named_in,
        } = std::mem::replace(&mut self.opening_office, OpeningOffice::Given)
            && paragraph <= named_in + 6
        {
            let person = &mut self.people.entities[entity];
            person.role = Some(office);
            person.office_from = Some(named_in);
        }
    }

    /// An organisation's phrase: a document's words are its author's ("the statement read",
    /// "according to the resolution"), an office's acronym means who holds it ("the SRSG"),
    /// anything else is the organisation itself.
    fn resolve_organisation(&mut self, phrase: &str, paragraph: usize) -> (usize, How) {
        let head = phrase.rsplit(' ').next().unwrap_or(phrase);
        let by_title = |entity| (entity, How::Title(phrase.to_owned()));
        // "according to the resolution", "the document states": the Council's words.
        if matches!(head, "resolution" | "document") {
            // "the new resolution says", with no council named: the document it is.
            return match self.people.known_organisation("Council", paragraph) {
                Some(council) => by_title(council),
                None => (self.people.unnamed(phrase, paragraph), How::Unnamed),
            };
        }
        // "the statement said": whoever the article said issued one, or else the organisation
        // or the person it was last about.
        if words::is_document(head)
            && let Some(issuer) = self
                .opening_acronym
                .clone()
                .map(|body| self.people.organisation(&body, paragraph))
                .or(self.statement_by)
                .or_else(|| {
                    self.focus
                        .iter()
                        .rev()
                        .take(6)
                        .copied()
                        .find(|e| self.people.entities[*e].kind != Kind::Unnamed)
                })
        {
            return by_title(issuer);
        }
        // "the SRSG" after "Special Representative of the Secretary General (SRSG) ...
        // Nicolas Haysom".
        if let Some(person) = self.people.holder_of(phrase) {
            return by_title(person);
        }
        (
            self.people.organisation(phrase, paragraph),
            How::Organisation,
        )
    }
}
