//! Who speaks: people with the full name and role the article introduces them by, and
//! organisations. A first pass registers everyone introduced with a name ("US Deputy Secretary
//! of State Christopher Landau", "William Ruto, Kenya's president,"); later mentions by surname,
//! title ("the President") or pronoun resolve to them.

use super::tokens::{self, Token};
use super::words;

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
    /// Every role the article gives them, the one kept and the others: "the Kenyan general"
    /// means the "Kenyan major-general" whose role is "commander of the EAC forces".
    pub titles: Vec<String>,
    /// The paragraph whose office, held by no one named yet, became their role: "Somalia’s
    /// president welcomed ..." before "..., Hassan Sheikh Mohamud said".
    pub office_from: Option<usize>,
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
        let name = tokens::one_line(name);
        let name = name.as_str();
        let surname = name.rsplit(' ').next().unwrap_or(name);
        self.entities
            .iter()
            .position(|e| e.kind == Kind::Person && e.name == name)
            .or_else(|| {
                self.entities.iter().position(|e| {
                    e.kind == Kind::Person
                        && (folded(e.surname()) == folded(surname)
                            || (!name.contains(' ') && e.name.ends_with(&format!(" {name}")))
                            // "Deles" for "Teresita Quintos-Deles".
                            || (!name.contains(' ')
                                && e.surname().ends_with(&format!("-{name}"))))
                })
            })
            // "Makuei" after "Michael Makuei Lueth": a family name before the last.
            .or_else(|| {
                (!name.contains(' '))
                    .then(|| {
                        self.entities.iter().position(|e| {
                            e.kind == Kind::Person
                                && e.name.split(' ').count() >= 3
                                && e.name.split(' ').skip(1).any(|part| part == name)
                        })
                    })
                    .flatten()
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

    /// An organisation named before that "the Council" or "the Mission" means: the latest
    /// with that capitalised head noun named by `paragraph` (the first pass has met the whole
    /// article), else the first named after it. Unlike [`People::organisation`], adds no one.
    pub fn known_organisation(&self, head: &str, paragraph: usize) -> Option<usize> {
        let head = head.to_lowercase();
        let headed = |e: &Entity| {
            e.kind == Kind::Organisation
                && e.name
                    .split(' ')
                    .any(|word| word.to_lowercase() == head && word != head)
        };
        self.entities
            .iter()
            .rposition(|e| headed(e) && e.introduced <= paragraph)
            .or_else(|| self.entities.iter().position(headed))
    }

    /// The organisation an acronym names: given in brackets after its name, or speaking as
    /// the acronym alone.
    pub fn by_acronym(&self, acronym: &str) -> Option<usize> {
        let organisations = || {
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == Kind::Organisation)
        };
        organisations()
            .find(|(_, e)| e.acronym.as_deref() == Some(acronym) || e.name == acronym)
            // "UNIFIL" for "the United Nations Interim Force in Lebanon" named without it: the
            // initials of every word.
            .or_else(|| {
                organisations().find(|(_, e)| {
                    let initials: String = strip_article(&e.name)
                        .split_whitespace()
                        .filter_map(|w| w.chars().next())
                        .collect();
                    // Two letters only as capitals: "AU" is "African Union".
                    (initials.len() >= 3 && initials.eq_ignore_ascii_case(acronym))
                        || (initials.len() == 2 && initials == acronym)
                })
            })
            .map(|(index, _)| index)
    }

    /// The latest unnamed speaker described by `head`: "A senior Burundian official" for
    /// "official".
    pub fn unnamed_with_head(&self, head: &str) -> Option<usize> {
        // "The U.S. representative at the Security Council": the head comes before what the
        // phrase says of it.
        self.entities.iter().rposition(|e| {
            e.kind == Kind::Unnamed
                && e.name
                    .split(' ')
                    .take_while(|w| !matches!(*w, "at" | "of" | "to" | "for" | "in"))
                    .last()
                    .is_some_and(|last| last.eq_ignore_ascii_case(head))
        })
    }

    /// The person whose role is `office`, word for word: "Commander Land Forces".
    pub fn holding_office(&self, office: &str) -> Option<usize> {
        let office = office.to_lowercase();
        self.entities.iter().position(|e| {
            e.kind == Kind::Person
                && e.role
                    .iter()
                    .chain(&e.titles)
                    .any(|role| role.to_lowercase() == office)
        })
    }

    /// Remembers a role the article gives `entity` besides the one it keeps.
    pub fn also_titled(&mut self, entity: usize, role: Option<String>) {
        if let Some(role) = role {
            let role = tokens::one_line(&role);
            let titles = &mut self.entities[entity].titles;
            if !titles.contains(&role) {
                titles.push(role);
            }
        }
    }

    /// The person whose role spells out `phrase` as an acronym in brackets: "the SRSG" for
    /// the "Special Representative of the Secretary General (SRSG)".
    pub fn holder_of(&self, phrase: &str) -> Option<usize> {
        let acronym = strip_article(phrase);
        if !is_acronym(acronym) {
            return None;
        }
        let bracketed = format!("({acronym})");
        self.entities.iter().position(|e| {
            e.kind == Kind::Person && e.role.as_deref().is_some_and(|r| r.contains(&bracketed))
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
        let name = tokens::one_line(name);
        let name = name.as_str();
        let role = role.map(|r| tokens::one_line(&r));
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
        let index = self.add(name, Kind::Person, paragraph);
        let entity = &mut self.entities[index];
        entity.role = role;
        entity.gender = gender;
        entity.surname_only = !name.contains(' ');
        index
    }

    /// "Hennis-Plasschaert said" for the "Jeanine Hennis-Plasschaert" a sentence names without
    /// a role: completes anyone known only by surname from the words before that surname in
    /// `tokens` that make a name.
    pub fn complete_surnames(&mut self, text: &str, tokens: &[Token<'_>]) {
        for (at, token) in tokens.iter().enumerate() {
            if !token.is_capitalised() {
                continue;
            }
            let Some(entity) = self
                .entities
                .iter_mut()
                .find(|e| e.kind == Kind::Person && e.surname_only && e.name == token.bare())
            else {
                continue;
            };
            let mut start = at;
            while start > 0
                && at - start < 2
                && is_nameish(&tokens[start - 1])
                && tokens[start - 1].is_capitalised()
            {
                start -= 1;
            }
            // "When Perthes spoke": a word opening the sentence may not be a name.
            if start == 0 && start < at && words::is_opening_word(tokens[0].text) {
                start += 1;
            }
            if start < at {
                let name = tokens::span_text(text, &tokens[start..at]);
                entity.name = tokens::one_line(&format!("{name} {}", token.bare()));
                entity.surname_only = false;
            }
        }
    }

    /// A new entity of `kind`, first named in `paragraph`, with nothing else known yet.
    fn add(&mut self, name: &str, kind: Kind, paragraph: usize) -> usize {
        self.entities.push(Entity {
            name: name.to_owned(),
            role: None,
            kind,
            gender: None,
            introduced: paragraph,
            surname_only: false,
            acronym: None,
            titles: Vec::new(),
            office_from: None,
        });
        self.entities.len() - 1
    }

    /// The organisation a phrase names: one named in full before with the same head noun
    /// ("the ministry" after "Kenya's foreign ministry"), or a new one.
    pub fn organisation(&mut self, phrase: &str, paragraph: usize) -> usize {
        let phrase = tokens::one_line(phrase);
        let phrase = phrase.as_str();
        let head = phrase.rsplit(' ').next().unwrap_or(phrase).to_lowercase();
        let bare = strip_article(phrase);
        let of_acronym = || {
            let (acronym, head) = bare.split_once(' ')?;
            self.body_of_acronym(acronym, head)
        };
        if let Some(index) = self.by_acronym(bare).or_else(of_acronym) {
            return index;
        }
        // "the ministry", "the 15-member council": no capital, so a body named before.
        let definite_short = phrase.to_lowercase().starts_with("the ")
            && ((!bare.contains(' ') && !is_acronym(bare))
                || !bare.chars().any(char::is_uppercase));
        let same = |e: &Entity| {
            e.kind == Kind::Organisation
                && (e.name == bare
                    || (definite_short && e.name.to_lowercase().contains(head.as_str())))
        };
        // The body named last before this paragraph: the first pass has registered the
        // whole article, and "the mission" in paragraph 2 is not one named in paragraph 5.
        let named_before = |e: &Entity| same(e) && e.introduced <= paragraph;
        if let Some(index) = self
            .entities
            .iter()
            .rposition(named_before)
            .or_else(|| self.entities.iter().rposition(same))
        {
            return index;
        }
        self.add(bare, Kind::Organisation, paragraph)
    }

    /// "the AU council" for "the African Union’s Peace and Security Council" named before: a
    /// body with that head noun whose name opens with the words the acronym stands for.
    pub fn body_of_acronym(&self, acronym: &str, head: &str) -> Option<usize> {
        if !is_acronym(acronym) || head.contains(' ') || head.chars().any(char::is_uppercase) {
            return None;
        }
        self.entities.iter().rposition(|e| {
            let words: Vec<&str> = e.name.split(' ').collect();
            let initials: String = words
                .iter()
                .take(acronym.len())
                .filter_map(|w| w.chars().next())
                .collect();
            e.kind == Kind::Organisation
                && words.len() > acronym.len()
                && words
                    .last()
                    .is_some_and(|last| last.eq_ignore_ascii_case(head))
                && (initials == acronym || words.contains(&acronym))
        })
    }

    /// An organisation spelled out with its acronym: "... Congo (MONUSCO)".
    pub fn spelled_out(&mut self, name: &str, acronym: &str, paragraph: usize) {
        let index = self.organisation(name, paragraph);
        self.entities[index]
            .acronym
            .get_or_insert_with(|| acronym.to_owned());
    }

    pub fn unnamed(&mut self, phrase: &str, paragraph: usize) -> usize {
        let phrase = tokens::one_line(phrase);
        // "expressed the members of the Security Council’s “condolences”": the members.
        let phrase = ["'s", "\u{2019}s"]
            .iter()
            .find_map(|mark| phrase.strip_suffix(mark))
            .unwrap_or(&phrase);
        if let Some(index) = self
            .entities
            .iter()
            .position(|e| e.kind == Kind::Unnamed && e.name == phrase)
        {
            return index;
        }
        self.add(phrase, Kind::Unnamed, paragraph)
    }

    /// The person most recently given a role holding `title` ("president"), from the same
    /// country when the phrase names one ("Panama's representative" is not the US
    /// ambassador); for a definite phrase ("the Russian envoy"), another word for the same
    /// diplomatic office will do when none holds the title itself.
    pub fn with_title(
        &self,
        title: &str,
        phrase: &str,
        definite: bool,
        recent: &[usize],
    ) -> Option<usize> {
        // "the Russian envoy" for a "Deputy Permanent Representative": words for one office.
        const DIPLOMATS: &[&str] = &["envoy", "representative", "ambassador", "delegate"];
        const HEADS: &[&str] = &["chief", "head", "leader", "boss"];
        let country = phrase.split_whitespace().find_map(words::country_of);
        let same_country = |role: &str| {
            let other = role.split_whitespace().find_map(words::country_of);
            match (country, other) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
        };
        // Another word for the office must name the same country: "the representative of
        // Haiti" is not a "United States Ambassador".
        let strict = |role: &str| {
            country.is_none_or(|c| role.split_whitespace().find_map(words::country_of) == Some(c))
        };
        let find = |titles: &[&str]| {
            let holds = |index: &usize| {
                let entity = &self.entities[*index];
                entity.role.iter().chain(&entity.titles).any(|role| {
                    let lower = role.to_lowercase();
                    titles.iter().any(|t| lower.contains(t))
                        && same_country(role)
                        && (titles.len() == 1 || strict(role))
                })
            };
            recent.iter().rev().copied().find(holds).or_else(|| {
                (0..self.entities.len())
                    .find(|i| self.entities[*i].kind == Kind::Person && holds(i))
            })
        };
        // "UNMISS chief" for the "Head of ... (UNMISS)": words for leading an organisation the
        // phrase names by its acronym.
        let led = phrase
            .split_whitespace()
            .filter(|w| is_acronym(w))
            .find_map(|acronym| {
                HEADS.contains(&title).then(|| {
                    self.entities.iter().position(|e| {
                        e.kind == Kind::Person
                            && e.role.as_deref().is_some_and(|r| {
                                let lower = r.to_lowercase();
                                r.contains(acronym) && HEADS.iter().any(|h| lower.contains(h))
                            })
                    })
                })?
            });
        // "the CS" for the "Interior Cabinet Secretary".
        let spelled = words::title_in_full(title).and_then(|full| find(&[full]));
        // "the President of Niger": whoever holds that very office, before any president.
        let office = strip_article(phrase);
        let holds_office = |index: &usize| {
            let e = &self.entities[*index];
            e.kind == Kind::Person
                && e.role
                    .as_deref()
                    .is_some_and(|r| r.eq_ignore_ascii_case(office))
        };
        let exact = recent
            .iter()
            .rev()
            .copied()
            .find(holds_office)
            .or_else(|| (0..self.entities.len()).find(holds_office))
            .filter(|_| office.contains(' '));
        // The title itself first; another word for the same office only when none holds it.
        exact
            .or_else(|| find(&[title]))
            .or(spelled)
            .or(led)
            .or_else(|| {
                (definite && DIPLOMATS.contains(&title))
                    .then(|| find(DIPLOMATS))
                    .flatten()
            })
    }
}

/// A name without case or accents, to compare spellings: "Traore" is "Traoré".
fn folded(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

pub(crate) fn strip_article(phrase: &str) -> &str {
    for article in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = phrase.strip_prefix(article) {
            return rest;
        }
    }
    phrase
}

mod names;
mod reference;
mod roles;

use names::is_nameish;
use roles::weaker;

pub use names::{follows_article, gender_of, name_before_office, past_office, titled_name};
pub use reference::{pronoun, reference};
pub use roles::{choose_role, complement, role_before_comma, role_phrase, role_with_complement};

pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).collect();
    letters.len() >= 2
        && letters.iter().all(char::is_ascii_uppercase)
        && !matches!(word, "US" | "U.S." | "UK" | "U.K.")
}

#[cfg(test)]
mod tests {
    use super::*;
    fn refer(phrase: &str) -> Option<Reference> {
        let tokens = tokens::of(phrase, 0..phrase.len());
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
    fn reads_hyphenated_ranks_and_offices_in_charge_of_something() {
        assert_eq!(
            refer("EACRF Commander Maj-Gen Jeff Nyagah"),
            Some(named("Jeff Nyagah", Some("EACRF Commander")))
        );
        assert_eq!(
            refer("the UN Under-Secretary in charge of Peacekeeping Operations Herve Ladsous"),
            Some(named(
                "Herve Ladsous",
                Some("UN Under-Secretary in charge of Peacekeeping Operations")
            ))
        );
        // A count joined to a noun is not an office.
        assert!(!words::is_title("15-member"));
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
