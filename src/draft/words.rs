//! Words as the drafter's rules see them, and the small vocabularies those rules use: titles,
//! the verbs that report speech, the nouns that name organisations, and countries with their
//! adjectives. Lists, not a model: each entry is there because wire copy uses it. Words
//! themselves come from [`super::tokens`].

mod countries;

pub use countries::{COUNTRIES, country_of};

pub const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "H.E"];

/// Abbreviated ranks and offices that stand before a name.
pub const TITLE_ABBREVIATIONS: &[&str] = &[
    "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr", "Brig", "Gov", "Sen",
    "Rep", "Amb", "Prof", "Supt", "Insp", "Rev", "Hon", "Pres",
    // Police ranks as East African papers abbreviate them: "SSP Clapperton Imbiru".
    "SSP", "SP", "ASP", "CSP", "ACP", "SACP", "IG", "DIG", "AIG", "SAIG", "CIP", "OCS", "OCPD",
];

/// Nouns that make a phrase a role: the office or the job a person speaks from.
const TITLES: &[&str] = &[
    "president",
    "d'affaires",
    "d\u{2019}affaires",
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
    // "Kabiru’s brother, Philip Kamau, said": kin speak for the missing and the dead.
    "brother",
    "sister",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "uncle",
    "aunt",
    "cousin",
    "governor",
    "senator",
    "lawmaker",
    "legislator",
    "mp",
    "official",
    "officer",
    "general",
    "colonel",
    "commodore",
    "commandant",
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

/// Capitalised words that open sentences and are not names or speakers: "When Perthes
/// spoke", "But she warned".
pub fn is_opening_word(word: &str) -> bool {
    matches!(
        word,
        "When"
            | "Since"
            | "After"
            | "Before"
            | "While"
            | "If"
            | "As"
            | "But"
            | "And"
            | "So"
            | "Yet"
            | "Still"
            | "Then"
            | "Meanwhile"
            | "However"
            | "Also"
            | "Later"
            | "Earlier"
            | "Though"
            | "Although"
            | "Because"
            | "Under"
            | "Asked"
            | "Speaking"
            | "According"
    )
}

/// Offices written by their initials ("the CS said", "CS Murkomen") and the words they stand
/// for in a role.
const TITLE_INITIALS: &[(&str, &str)] = &[
    ("cs", "cabinet secretary"),
    ("ps", "principal secretary"),
    ("pm", "prime minister"),
    ("igp", "inspector general"),
    ("ig", "inspector general"),
    ("cdf", "chief of defence forces"),
    ("cds", "chief of defence staff"),
];

/// The office a title's initials stand for: "CS" is a "cabinet secretary".
pub fn title_in_full(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    TITLE_INITIALS
        .iter()
        .find(|(initials, _)| *initials == lower.trim_end_matches('.'))
        .map(|(_, full)| *full)
}

pub fn is_title(word: &str) -> bool {
    // Only in capitals: "PM", not the afternoon's "pm".
    if word.len() <= 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && title_in_full(word).is_some()
    {
        return true;
    }
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches('.');
    // "Maj-Gen", "Lt-Col": abbreviated ranks joined by a hyphen; "Under-Secretary": an office
    // with a prefix.
    if let Some((first, last)) = lower.rsplit_once('-')
        && ((TITLES.contains(&last) && first.chars().all(char::is_alphabetic))
            || lower.split('-').all(|part| {
                is_rank(part)
                    || TITLE_ABBREVIATIONS
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(part))
            }))
    {
        return true;
    }
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
    "Process",
    "Relations",
    "Reconciliation",
    "Communications",
    "Policy",
];

pub fn is_complement(word: &str) -> bool {
    COMPLEMENTS.contains(&word)
}

pub fn is_title_modifier(word: &str) -> bool {
    TITLE_MODIFIERS.contains(&word.to_lowercase().as_str())
}

/// A rank, written out or abbreviated: "Colonel", "Lt.", "SSP".
pub fn is_rank_word(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    is_rank(bare) || TITLE_ABBREVIATIONS.contains(&bare)
}

/// Military and police ranks written out: a rank says little of the role a person speaks in.
pub fn is_rank(word: &str) -> bool {
    let lower = word.to_lowercase();
    // "major-general", "lieutenant-colonel": ranks joined by a hyphen.
    if lower.contains('-') {
        return lower.split('-').all(is_rank);
    }
    matches!(
        lower.as_str(),
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
    // "the statement read": a document's words.
    "read",
    "reads",
    "specifies",
    "specified",
    "asserted",
    "asserts",
    "underlines",
    "emphasises",
    "emphasizes",
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

/// "..., saying:": participles that introduce a quotation after a colon; the speaker is the
/// subject of the clause before them.
pub fn is_participle_cue(word: &str) -> bool {
    matches!(
        word,
        "saying" | "adding" | "stating" | "noting" | "stressing"
    )
}

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
    "delegation",
    "front",
];

/// Documents that "say" what their authors say: "the statement read", "the communique said".
const DOCUMENTS: &[&str] = &[
    "statement",
    "communique",
    "communiqu\u{e9}",
    "release",
    "letter",
    "report",
    "notice",
    "resolution",
    "document",
    "tweet",
];

pub fn is_document(word: &str) -> bool {
    DOCUMENTS.contains(&word.to_lowercase().as_str())
}

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
    // One of many, unnamed: "another soldier said".
    "soldier",
    "officer",
    "resident",
    "witness",
    "source",
    "diplomat",
];

/// A month's name or its abbreviation: "June", "Jun".
pub fn is_month(word: &str) -> bool {
    super::dates::month(&word.to_lowercase()).is_some()
}

/// Words (in lower case) that open a phrase before a sentence's subject, ended by a comma:
/// "During the meeting,", "In a statement,", "Speaking to reporters,".
pub fn opens_adverbial_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "during"
            | "speaking"
            | "addressing"
            | "asked"
            | "for"
            | "in"
            | "on"
            | "at"
            | "by"
            | "after"
            | "before"
            | "following"
            | "according"
            | "while"
            | "when"
            | "since"
            | "despite"
            | "meanwhile"
            | "however"
            | "earlier"
            | "later"
            | "also"
            | "with"
            | "as"
            | "from"
            | "through"
            | "under"
            | "amid"
    )
}

/// A day's name: "Wednesday".
pub fn is_weekday(word: &str) -> bool {
    super::dates::is_weekday(&word.to_lowercase())
}

/// A kind of place: what a comma after it names is a place, not someone in an office.
pub fn is_place_noun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "capital" | "city" | "town" | "village" | "province" | "region" | "county" | "district"
    )
}

pub fn is_unnamed_group(word: &str) -> bool {
    UNNAMED.contains(&word.to_lowercase().as_str())
}

/// A group and the word that ties it to a body: "sources at", "officials in", "diplomats
/// from": people of the body, not the body.
pub fn ties_group_to_body(group: &str, word: &str) -> bool {
    is_unnamed_group(group) && matches!(word, "at" | "in" | "from" | "within")
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

/// Words of a state's or a body's formal name, never of a person's: "the Democratic Republic
/// of the Congo", "the United Nations".
pub fn is_polity_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "republic"
            | "democratic"
            | "kingdom"
            | "federal"
            | "islamic"
            | "united"
            | "nations"
            | "states"
    )
}

pub fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(&word.to_lowercase().trim_end_matches('.'))
}

/// Particles inside names in many languages ("Jean de Dieu", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "dos", "das", "do", "du", "des", "del", "della", "di", "van", "von", "der", "den",
    "bin", "ibn", "al", "el", "la", "le", "y",
];

/// Lower-case words that join the parts of a capitalised name or role ("Secretary of State",
/// "Ministry of Foreign Affairs", "Jean de Dieu").
pub fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "the" | "and") || NAME_PARTICLES.contains(&word)
}

/// Particles that may sit inside a person's name.
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&word)
        || word == "ben"
        || word.starts_with("al-")
        || word.starts_with("el-")
}
