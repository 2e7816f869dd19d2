//! Words as the drafter's rules see them, and the small vocabularies those rules use: titles,
//! the verbs that report speech, the nouns that name organisations, and countries with their
//! adjectives. Lists, not a model: each entry is there because wire copy uses it.

use std::ops::Range;

/// A word or a punctuation mark, at a byte range of the article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub at: usize,
    pub text: &'a str,
}

impl Token<'_> {
    pub fn end(&self) -> usize {
        self.at + self.text.len()
    }

    pub fn range(&self) -> Range<usize> {
        self.at..self.end()
    }

    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// The word without a possessive "'s" or a trailing stop.
    pub fn bare(&self) -> &str {
        possessive_stem(self.text)
            .unwrap_or(self.text)
            .trim_end_matches('.')
    }

    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

/// "Kenya" for "Kenya's" or "Kenya’s".
pub fn possessive_stem(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .or_else(|| word.strip_suffix("s'"))
        .or_else(|| word.strip_suffix("s\u{2019}"))
}

/// The words and marks of `text[range]`, with positions in `text`.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    let mut chars = slice.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                at: range.start + start,
                text: &slice[start..start + c.len_utf8()],
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            let joins = matches!(next, '-' | '\'' | '\u{2019}' | '.' | ',' | '&' | '/')
                && slice[at + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|after| {
                        after.is_alphanumeric() && (next != ',' || after.is_ascii_digit())
                    });
            if next.is_alphanumeric() || joins {
                end = at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // A stop that belongs to the word: "Mr.", "Gen.", "U.S.", an initial "F.".
        let word = &slice[start..end];
        if slice[end..].starts_with('.') && keeps_its_stop(word) {
            end += 1;
            chars.next();
        }
        // "Kenya’s" and "Haitians’": the possessive mark is part of the word.
        if slice[end..].starts_with(['\'', '\u{2019}'])
            && word.ends_with('s')
            && !slice[end..]
                .chars()
                .nth(1)
                .is_some_and(char::is_alphanumeric)
            && is_possessive_plural(word)
        {
            let mark = slice[end..].chars().next().map_or(1, char::len_utf8);
            end += mark;
            chars.next();
        }
        out.push(Token {
            at: range.start + start,
            text: &slice[start..end],
        });
    }
    out
}

fn is_possessive_plural(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.len() > 3
}

fn keeps_its_stop(word: &str) -> bool {
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
    initial || dotted || HONORIFICS.contains(&word) || TITLE_ABBREVIATIONS.contains(&word)
}

pub const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame"];

/// Abbreviated ranks and offices that stand before a name.
pub const TITLE_ABBREVIATIONS: &[&str] = &[
    "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr", "Brig", "Gov", "Sen",
    "Rep", "Amb", "Prof", "Supt", "Insp", "Rev", "Hon", "Pres",
];

/// Nouns that make a phrase a role: the office or the job a person speaks from.
const TITLES: &[&str] = &[
    "president",
    "vice-president",
    "minister",
    "secretary",
    "secretary-general",
    "under-secretary-general",
    "assistant-secretary-general",
    "ambassador",
    "envoy",
    "representative",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commander",
    "chief",
    "head",
    "director",
    "director-general",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "governor",
    "senator",
    "lawmaker",
    "legislator",
    "mp",
    "official",
    "officer",
    "general",
    "colonel",
    "major",
    "captain",
    "lieutenant",
    "lieutenant-general",
    "major-general",
    "sergeant",
    "commissioner",
    "coordinator",
    "adviser",
    "advisor",
    "analyst",
    "researcher",
    "professor",
    "leader",
    "mayor",
    "king",
    "queen",
    "ceo",
    "founder",
    "diplomat",
    "negotiator",
    "attorney",
    "judge",
    "inspector",
    "inspector-general",
    "superintendent",
    "marshal",
    "admiral",
    "brigadier",
    "premier",
    "chancellor",
    "mediator",
    "facilitator",
    "observer",
    "expert",
    "economist",
    "journalist",
    "activist",
    "member",
    "resident",
    "trader",
    "worker",
    "nurse",
    "doctor",
    "teacher",
    "student",
    "farmer",
    "pastor",
    "priest",
    "bishop",
    "imam",
    "witness",
    "survivor",
    "mother",
    "father",
    "rapporteur",
    "cardinal",
    "pope",
    "administrator",
    "manager",
    "deputy",
    "counsellor",
    "counselor",
    "coordinator",
    "strategist",
    "scholar",
    "fellow",
    "editor",
    "correspondent",
    "ruler",
    "warlord",
    "prosecutor",
    "emir",
    "sheikh",
    "monarch",
    "speaker",
    "councillor",
    "councilor",
    "delegate",
    "staffer",
    "aide",
    "official",
    "chaplain",
    "peacekeeper",
    "soldier",
    "politician",
];

/// Words that qualify a title ("Prime", "Deputy", "interim") and belong to the role.
const TITLE_MODIFIERS: &[&str] = &[
    "prime",
    "vice",
    "deputy",
    "assistant",
    "acting",
    "interim",
    "former",
    "senior",
    "top",
    "special",
    "permanent",
    "high",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "police",
    "army",
    "military",
    "force",
    "national",
    "regional",
    "executive",
    "general",
    "joint",
    "chief",
    "lead",
    "principal",
    "transitional",
    "outgoing",
    "incoming",
    "retired",
    "local",
    "u.s.",
    "un",
    "u.n.",
    "au",
    "eu",
    "us",
];

pub fn is_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches('.');
    TITLES.contains(&lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|singular| TITLES.contains(&singular) && singular.len() > 3)
        || TITLE_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(lower))
}

/// Capitalised words that complete an office's name, never a person's: "Secretary of State",
/// "Minister for Foreign Affairs".
const COMPLEMENTS: &[&str] = &[
    "Affairs",
    "State",
    "Defence",
    "Defense",
    "Interior",
    "Justice",
    "Finance",
    "Security",
    "Operations",
    "Peacekeeping",
    "Peace",
    "Information",
    "Development",
    "Cooperation",
    "Trade",
    "Health",
    "Education",
    "Home",
    "Staff",
    "Administration",
    "Diaspora",
    "Planning",
    "Public",
];

pub fn is_complement(word: &str) -> bool {
    COMPLEMENTS.contains(&word)
}

/// Runs of white space as one space: a name or role broken over two lines reads as one.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn is_title_modifier(word: &str) -> bool {
    TITLE_MODIFIERS.contains(&word.to_lowercase().as_str())
}

/// Military and police ranks written out: a rank says little of the role a person speaks in.
pub fn is_rank(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "lieutenant"
            | "colonel"
            | "general"
            | "major"
            | "captain"
            | "sergeant"
            | "brigadier"
            | "corporal"
            | "private"
            | "lieutenant-general"
            | "major-general"
            | "lt-gen"
            | "lt-col"
            | "lt"
            | "col"
            | "gen"
            | "maj"
            | "admiral"
            | "commodore"
            | "marshal"
    )
}

pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word.trim_end_matches('.'))
}

/// Verbs that report speech or writing, in the forms attributions use them.
const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "warned",
    "warns",
    "stated",
    "states",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "noted",
    "notes",
    "explained",
    "explains",
    "insisted",
    "insists",
    "argued",
    "argues",
    "asked",
    "asks",
    "urged",
    "urges",
    "declared",
    "declares",
    "announced",
    "announces",
    "remarked",
    "continued",
    "continues",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "observed",
    "replied",
    "responded",
    "cautioned",
    "acknowledged",
    "admitted",
    "conceded",
    "claimed",
    "claims",
    "maintained",
    "recalled",
    "concluded",
    "vowed",
    "vows",
    "pledged",
    "promised",
    "affirmed",
    "reiterated",
    "commented",
    "described",
    "describes",
    "called",
    "calls",
    "expressed",
    "lamented",
    "complained",
    "charged",
    "contended",
    "suggested",
    "predicted",
    "quipped",
    "joked",
    "confirmed",
    "denied",
    "demanded",
    "appealed",
    "pointed",
    "recounted",
    "shouted",
    "testified",
    "briefed",
    "assured",
    "welcomed",
    "condemned",
    "blasted",
    "criticised",
    "criticized",
    "praised",
    "hailed",
    "wondered",
    "mused",
    "agreed",
    "disagreed",
    "indicated",
    "reported",
    "highlighted",
    "underscored",
    "underlined",
    "echoed",
    "proclaimed",
    "cried",
    "pleaded",
    "repeated",
    "revealed",
    "disclosed",
    "reiterates",
    "replies",
    "answered",
];

/// Verbs of thought and feeling: they do not report speech ("think", "hope", "fear").
const THOUGHTS: &[&str] = &[
    "think", "thinks", "thought", "hope", "hopes", "hoped", "fear", "fears", "feared", "believe",
    "believes", "believed", "feel", "feels", "felt", "worry", "worries", "worried", "wish",
    "wishes", "wished", "expect", "expects", "expected", "doubt", "doubts", "doubted",
];

/// A verb of speech as written: lower case, as in running text ("the United States" is not
/// "states"), or capitalised only where an inverted attribution opens a sentence ("Said ...").
pub fn is_cue(word: &str) -> bool {
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    if capitalised {
        return matches!(word, "Said" | "Added" | "Asked" | "Wrote");
    }
    CUES.contains(&word)
}

pub fn is_thought(word: &str) -> bool {
    THOUGHTS.contains(&word.to_lowercase().as_str())
}

/// Head nouns of organisations that speak in statements.
const ORGANISATIONS: &[&str] = &[
    "ministry",
    "government",
    "council",
    "mission",
    "office",
    "department",
    "agency",
    "police",
    "army",
    "military",
    "forces",
    "union",
    "nations",
    "commission",
    "committee",
    "secretariat",
    "embassy",
    "presidency",
    "palace",
    "parliament",
    "senate",
    "assembly",
    "court",
    "group",
    "organisation",
    "organization",
    "alliance",
    "coalition",
    "bloc",
    "authority",
    "authorities",
    "administration",
    "bureau",
    "service",
    "command",
    "headquarters",
    "cabinet",
    "force",
    "operation",
    "programme",
    "program",
    "fund",
    "bank",
    "movement",
    "party",
    "state",
    "house",
    "pentagon",
    "kremlin",
    "junta",
    "regime",
    "gang",
    "gangs",
    "rebels",
    "statement",
    "body",
    "team",
    "institute",
    "network",
    "federation",
    "community",
    "board",
    "agencies",
    "unit",
    "initiative",
    "foundation",
    "centre",
    "center",
    "watch",
    "association",
    "society",
    "corporation",
    "institution",
    "observatory",
    "tribunal",
    "commissariat",
];

pub fn is_organisation_noun(word: &str) -> bool {
    ORGANISATIONS.contains(&word.to_lowercase().trim_end_matches('.'))
}

/// Words that tell a speaker is a group or someone left unnamed.
const UNNAMED: &[&str] = &[
    "officials",
    "diplomats",
    "residents",
    "witnesses",
    "sources",
    "experts",
    "analysts",
    "observers",
    "critics",
    "people",
    "survivors",
    "locals",
    "activists",
    "soldiers",
    "peacekeepers",
    "protesters",
    "aides",
    "members",
    "leaders",
    "someone",
    "one",
];

pub fn is_unnamed_group(word: &str) -> bool {
    UNNAMED.contains(&word.to_lowercase().as_str())
}

/// Words spelled with a capital that are never part of a person's name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "for",
    "of",
    "and",
    "but",
    "or",
    "as",
    "with",
    "by",
    "from",
    "to",
    "after",
    "before",
    "during",
    "speaking",
    "according",
    "while",
    "when",
    "since",
    "until",
    "if",
    "under",
    "over",
    "without",
    "despite",
    "following",
    "meanwhile",
    "however",
    "also",
    "yet",
    "still",
    "some",
    "many",
    "most",
    "all",
    "both",
    "several",
    "there",
    "here",
    "what",
    "who",
    "whose",
    "which",
    "why",
    "how",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "last",
    "next",
    "earlier",
    "later",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "our",
    "my",
    "your",
    "us",
    "them",
    "him",
    "one",
    "two",
    "three",
    "no",
    "not",
    "an",
    "asked",
    "told",
    "said",
    "says",
    "read",
    "more",
    "related",
    "advertisement",
    "photo",
    "video",
    "reporting",
    "editing",
    "writing",
    "copyright",
];

pub fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(&word.to_lowercase().trim_end_matches('.'))
}

/// Lower-case words that join the parts of a capitalised name or role ("Secretary of State",
/// "Ministry of Foreign Affairs", "Jean de Dieu").
pub fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for"
            | "the"
            | "and"
            | "de"
            | "da"
            | "dos"
            | "das"
            | "do"
            | "du"
            | "des"
            | "del"
            | "della"
            | "di"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "la"
            | "le"
            | "y"
    )
}

/// Particles that may sit inside a person's name.
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "dos"
            | "das"
            | "do"
            | "du"
            | "des"
            | "del"
            | "della"
            | "di"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "la"
            | "le"
            | "y"
            | "ben"
    ) || word.starts_with("al-")
        || word.starts_with("el-")
}

/// Countries, as named and as adjectives, for roles ("Kenya's president", "Haitian police").
pub const COUNTRIES: &[(&str, &str)] = &[
    ("Kenya", "Kenyan"),
    ("Haiti", "Haitian"),
    ("United States", "American"),
    ("US", "US"),
    ("U.S.", "U.S."),
    ("Panama", "Panamanian"),
    ("Jamaica", "Jamaican"),
    ("Bahamas", "Bahamian"),
    ("Belize", "Belizean"),
    ("Guatemala", "Guatemalan"),
    ("El Salvador", "Salvadoran"),
    ("Dominican Republic", "Dominican"),
    ("Canada", "Canadian"),
    ("Mexico", "Mexican"),
    ("Brazil", "Brazilian"),
    ("Chile", "Chilean"),
    ("Argentina", "Argentine"),
    ("Colombia", "Colombian"),
    ("Ecuador", "Ecuadorian"),
    ("Peru", "Peruvian"),
    ("Cuba", "Cuban"),
    ("Venezuela", "Venezuelan"),
    ("Somalia", "Somali"),
    ("Ethiopia", "Ethiopian"),
    ("Uganda", "Ugandan"),
    ("Burundi", "Burundian"),
    ("Rwanda", "Rwandan"),
    ("Tanzania", "Tanzanian"),
    ("Djibouti", "Djiboutian"),
    ("Egypt", "Egyptian"),
    ("Sudan", "Sudanese"),
    ("South Sudan", "South Sudanese"),
    ("Chad", "Chadian"),
    ("Niger", "Nigerien"),
    ("Nigeria", "Nigerian"),
    ("Ghana", "Ghanaian"),
    ("Senegal", "Senegalese"),
    ("Mali", "Malian"),
    ("Burkina Faso", "Burkinabe"),
    ("Guinea", "Guinean"),
    ("Ivory Coast", "Ivorian"),
    ("Cameroon", "Cameroonian"),
    ("Central African Republic", "Central African"),
    ("Democratic Republic of the Congo", "Congolese"),
    ("Democratic Republic of Congo", "Congolese"),
    ("DR Congo", "Congolese"),
    ("DRC", "Congolese"),
    ("Congo", "Congolese"),
    ("Gabon", "Gabonese"),
    ("Angola", "Angolan"),
    ("Zambia", "Zambian"),
    ("Malawi", "Malawian"),
    ("Mozambique", "Mozambican"),
    ("Zimbabwe", "Zimbabwean"),
    ("South Africa", "South African"),
    ("Namibia", "Namibian"),
    ("Botswana", "Botswanan"),
    ("Libya", "Libyan"),
    ("Tunisia", "Tunisian"),
    ("Algeria", "Algerian"),
    ("Morocco", "Moroccan"),
    ("Eritrea", "Eritrean"),
    ("Lebanon", "Lebanese"),
    ("Israel", "Israeli"),
    ("Syria", "Syrian"),
    ("Iraq", "Iraqi"),
    ("Iran", "Iranian"),
    ("Yemen", "Yemeni"),
    ("Afghanistan", "Afghan"),
    ("Pakistan", "Pakistani"),
    ("India", "Indian"),
    ("Bangladesh", "Bangladeshi"),
    ("Nepal", "Nepalese"),
    ("Sri Lanka", "Sri Lankan"),
    ("China", "Chinese"),
    ("Japan", "Japanese"),
    ("Indonesia", "Indonesian"),
    ("Russia", "Russian"),
    ("Ukraine", "Ukrainian"),
    ("Britain", "British"),
    ("United Kingdom", "British"),
    ("UK", "British"),
    ("France", "French"),
    ("Germany", "German"),
    ("Italy", "Italian"),
    ("Spain", "Spanish"),
    ("Portugal", "Portuguese"),
    ("Ireland", "Irish"),
    ("Norway", "Norwegian"),
    ("Sweden", "Swedish"),
    ("Denmark", "Danish"),
    ("Finland", "Finnish"),
    ("Netherlands", "Dutch"),
    ("Belgium", "Belgian"),
    ("Switzerland", "Swiss"),
    ("Poland", "Polish"),
    ("Turkey", "Turkish"),
    ("Qatar", "Qatari"),
    ("Saudi Arabia", "Saudi"),
    ("United Arab Emirates", "Emirati"),
    ("UAE", "Emirati"),
    ("Australia", "Australian"),
    ("New Zealand", "New Zealand"),
    ("Guyana", "Guyanese"),
    ("Suriname", "Surinamese"),
    ("Trinidad and Tobago", "Trinidadian"),
    ("Barbados", "Barbadian"),
    ("Sierra Leone", "Sierra Leonean"),
    ("Liberia", "Liberian"),
    ("Togo", "Togolese"),
    ("Benin", "Beninese"),
    ("Mauritania", "Mauritanian"),
    ("Madagascar", "Malagasy"),
];

/// The country a word names, as a country or an adjective, e.g. "Kenyan" is Kenya.
pub fn country_of(word: &str) -> Option<&'static str> {
    let bare = possessive_stem(word).unwrap_or(word);
    COUNTRIES
        .iter()
        .find(|(country, adjective)| *country == bare || *adjective == bare)
        .map(|(country, _)| *country)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, 0..text.len()).iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_the_stops_and_marks_that_belong_to_words() {
        assert_eq!(
            words(
                "Lt. Gen. Amina Yusuf, Kenya\u{2019}s envoy, said: \u{201c}Don\u{2019}t.\u{201d}"
            ),
            [
                "Lt.",
                "Gen.",
                "Amina",
                "Yusuf",
                ",",
                "Kenya\u{2019}s",
                "envoy",
                ",",
                "said",
                ":",
                "\u{201c}",
                "Don\u{2019}t",
                ".",
                "\u{201d}"
            ]
        );
        assert_eq!(
            words("the U.S. and 5,500 troops."),
            ["the", "U.S.", "and", "5,500", "troops", "."]
        );
        assert_eq!(
            words("Fils-Aim\u{e9} spoke, then left"),
            ["Fils-Aim\u{e9}", "spoke", ",", "then", "left"]
        );
    }
}
