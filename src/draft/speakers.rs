//! Who speaks: people with the full name and role the article introduces them by, and
//! organisations. A first pass registers everyone introduced with a name ("US Deputy Secretary
//! of State Christopher Landau", "William Ruto, Kenya's president,"); later mentions by surname,
//! title ("the President") or pronoun resolve to them.

use std::ops::Range;

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
    /// with that capitalised head noun. Unlike [`People::organisation`], adds no one.
    pub fn known_organisation(&self, head: &str) -> Option<usize> {
        let head = head.to_lowercase();
        self.entities.iter().rposition(|e| {
            e.kind == Kind::Organisation
                && e.name
                    .split(' ')
                    .any(|word| word.to_lowercase() == head && word != head)
        })
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
                    initials.len() >= 3 && initials.eq_ignore_ascii_case(acronym)
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
                let name = span_text(text, &tokens[start..at]);
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
        if let Some(index) = self.by_acronym(bare) {
            return index;
        }
        // "the ministry", "the 15-member council": no capital, so a body named before.
        let definite_short = phrase.to_lowercase().starts_with("the ")
            && (!bare.contains(' ') || !bare.chars().any(char::is_uppercase));
        if let Some(index) = self.entities.iter().rposition(|e| {
            e.kind == Kind::Organisation
                && (e.name == bare
                    || (definite_short && e.name.to_lowercase().contains(head.as_str())))
        }) {
            return index;
        }
        self.add(bare, Kind::Organisation, paragraph)
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
        let phrase = phrase.as_str();
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
        // The title itself first; another word for the same office only when none holds it.
        find(&[title]).or(spelled).or(led).or_else(|| {
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
fn is_nameish(token: &Token<'_>) -> bool {
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

/// The slice of the article from the first token to the last.
pub fn span_text<'a>(text: &'a str, tokens: &[Token<'_>]) -> &'a str {
    match (tokens.first(), tokens.last()) {
        (Some(first), Some(last)) => &text[first.at..last.end()],
        _ => "",
    }
}

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
    let phrase = trim_phrase(phrase);
    if let [only] = phrase
        && let Some(pronoun) = pronoun(only).or_else(|| object_pronoun(only))
    {
        return Some(pronoun);
    }
    // The phrase up to an appositive: "William Ruto, Kenya's president".
    let comma = phrase.iter().position(|t| t.text == ",");
    let (head, appositive) = match comma {
        Some(at) => (&phrase[..at], trim_phrase(&phrase[at + 1..])),
        None => (phrase, &[][..]),
    };
    let head = trim_phrase(head);
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
    if people_of_a_body(head) {
        return Some(Reference::Unnamed(span_text(text, head).to_owned()));
    }
    if names_organisation(head) {
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
        let name_text = span_text(text, name_tokens);
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
            phrase: span_text(text, phrase).to_owned(),
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
        .then(|| Reference::Organisation(span_text(text, head).to_owned()))
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
    let role = strip_article(span_text(text, &head[..name_start])).to_owned();
    Some(Reference::Name {
        name: span_text(text, &head[name_start..]).to_owned(),
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
    let name_text = span_text(text, &appositive[name]);
    let office = strip_article(span_text(text, head)).to_owned();
    let rank = rank.map(|r| span_text(text, &appositive[r]).to_owned());
    Some(Reference::Name {
        name: tokens::possessive_stem(name_text)
            .unwrap_or(name_text)
            .to_owned(),
        role: choose_role(rank, Some(office), None),
        gender: gender_of(appositive),
    })
}

pub(crate) fn trim_phrase<'a, 'b>(phrase: &'b [Token<'a>]) -> &'b [Token<'a>] {
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

mod roles;

use roles::weaker;

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
