//! Who said each quotation: the attribution next to it (`X said`, `said X`, `X said:`,
//! `according to X`, a trailing dash), or, with none, the speaker of the quotation before it.
//! One pass over the sentences in order keeps track of who each sentence is about, so that
//! "he said" resolves to the person the article was last talking about.

use std::collections::BTreeMap;
use std::ops::Range;

use super::article::Article;
use super::cues::{cue_after, cue_before};
use super::dates::{self, Tense};
use super::quotes::{self, Marked, NotAQuote};
use super::sentences;
use super::speakers::{self, Gender, Kind, People, Reference};
use super::words::{self, Token};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    pub paragraph: usize,
}

/// How a quotation's speaker was found, for the review marks and the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum How {
    /// The attribution names them in full.
    Named,
    /// By surname ("Landau said"), named in full elsewhere.
    Surname(String),
    /// By title ("the President said").
    Title(String),
    /// By pronoun ("he said").
    Pronoun(String),
    /// No attribution: the speaker of the quotation just before.
    Continues,
    /// A quotation running over paragraphs, attributed in another of them.
    RunsOn,
    /// "X said:" closing the paragraph before.
    Colon,
    Organisation,
    Unnamed,
    /// No attribution at all: the person the sentence before was about.
    Subject,
    /// Quoted words with no verb of speech: the subject of their own sentence.
    Clause,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: Range<usize>,
    pub excerpt: Range<usize>,
    pub speaker: Option<usize>,
    pub how: How,
    /// The attribution's words, when there are any.
    pub attribution: Option<Range<usize>>,
    /// The day the article says it was said on, and where it says so.
    pub said_on: Option<dates::Found>,
    pub dated: Dated,
    /// The paragraph where a speaker found by pronoun or title was last named.
    pub named_in: Option<usize>,
    pub closed: bool,
    pub partial: bool,
    pub paragraph: usize,
}

/// Where a quotation's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// Its own sentence: "Landau said on Monday".
    Own,
    /// The quotation it continues.
    Before,
    /// An earlier sentence saying when its speaker spoke: "Kamau said on Tuesday".
    Speaker,
    /// Nowhere: the dateline.
    Dateline,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub text: Range<usize>,
    pub why: String,
}

#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    pub people: People,
    pub quotes: Vec<Quote>,
    pub left_out: Vec<LeftOut>,
}

/// Finds the article's quotations and who said them.
pub fn analyse(article: &Article) -> Analysis {
    let text = article.text.as_str();
    let sentences: Vec<Sentence> = article
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(paragraph, range)| {
            sentences::split(text, range.clone())
                .into_iter()
                .map(move |range| Sentence { range, paragraph })
        })
        .collect();
    let mut left_out = Vec::new();
    let mut candidates = Vec::new();
    for marked in quotes::find(article) {
        let paragraph = &article.paragraphs[marked.paragraph];
        let before = words::tokens(text, paragraph.start..marked.open);
        match quotes::classify(text, &marked, &before) {
            Ok(()) => candidates.push(marked),
            Err(NotAQuote::TooShort) => {}
            Err(NotAQuote::Name(why)) => left_out.push(LeftOut {
                text: marked.inner.clone(),
                why: format!("a name or title, not speech ({why})"),
            }),
        }
    }
    let masks: Vec<Range<usize>> = candidates.iter().map(|m| m.open..m.end).collect();
    let mut people = People::default();
    for sentence in &sentences {
        introduce(
            text,
            &outside(words::tokens(text, sentence.range.clone()), &masks),
            sentence.paragraph,
            &mut people,
        );
    }
    let mut pass = Pass {
        text,
        article,
        sentences: &sentences,
        masks: &masks,
        candidates: &candidates,
        people,
        focus: Vec::new(),
        quotes: Vec::new(),
        left_out,
        last: None,
        spoke_on: BTreeMap::new(),
        last_named: BTreeMap::new(),
    };
    let mut next = 0;
    for (index, sentence) in sentences.iter().enumerate() {
        let mut mentions = pass.mentions(index);
        let mut subject = subject_of(text, sentence, &mentions);
        while next < candidates.len() && candidates[next].open < sentence.range.end {
            // A sentence that opens with a quotation is about its speaker.
            let opens_sentence = candidates[next].open == sentence.range.start;
            if let Some(speaker) = pass.attribute(next, &mut mentions)
                && opens_sentence
            {
                subject = Some(speaker);
            }
            next += 1;
        }
        if let Some(subject) = subject {
            pass.focus.push(subject);
            pass.note_speech_date(index, subject);
        }
    }
    let Pass {
        people,
        quotes,
        left_out,
        ..
    } = pass;
    Analysis {
        sentences,
        people,
        quotes,
        left_out,
    }
}

fn outside<'a>(tokens: Vec<Token<'a>>, masks: &[Range<usize>]) -> Vec<Token<'a>> {
    tokens
        .into_iter()
        .filter(|t| !masks.iter().any(|m| m.contains(&t.at)))
        .collect()
}

/// Registers the people a sentence introduces with their name: after a role, with a role
/// between commas before or after it, or next to a verb of speech. And organisations named
/// in full: "Kenya's Ministry of Foreign Affairs", "... Congo (MONUSCO)".
fn introduce(text: &str, tokens: &[Token<'_>], paragraph: usize, people: &mut People) {
    organisations(text, tokens, paragraph, people);
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        if !(token.is_word() && (token.is_capitalised() || words::is_title(token.bare()))) {
            i += 1;
            continue;
        }
        let Some((name, role)) = speakers::titled_name(tokens, i) else {
            i += 1;
            continue;
        };
        let name_tokens = &tokens[name.clone()];
        let name_text = speakers::span_text(text, name_tokens);
        let name_text = words::possessive_stem(name_text).unwrap_or(name_text);
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
        let run_start = if before_name.is_some() { i } else { name.start };
        let comma_before = run_start > 0 && tokens[run_start - 1].text == ",";
        let sentence_ends = after.first().is_none_or(|t| t.text == ".");
        let earlier = (comma_before
            && (comma_after
                || sentence_ends
                || after.first().is_some_and(|t| words::is_cue(t.text))))
        .then(|| {
            let part_start = tokens[..run_start - 1]
                .iter()
                .rposition(|t| t.text == ",")
                .map_or(0, |c| c + 1);
            speakers::role_before_comma(text, &tokens[part_start..run_start - 1])
        })
        .flatten();
        let next_to_cue = after.first().is_some_and(|t| words::is_cue(t.text))
            || name
                .start
                .checked_sub(1)
                .is_some_and(|j| words::is_cue(tokens[j].text));
        let single_acronym = name_tokens.len() == 1 && speakers::is_acronym(name_tokens[0].text);
        let role = speakers::choose_role(before_name, appositive, earlier);
        if !single_acronym
            && (role.is_some() || honorific || (next_to_cue && name_tokens.len() >= 2))
        {
            people.person(name_text, role, gender, paragraph);
        }
        i = name.end.max(i + 1);
    }
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
            if start < i {
                let name = speakers::span_text(text, &tokens[start..i]);
                // "... the Democratic Republic of the Congo (MONUSCO)": a country is not what
                // the acronym stands for; the acronym alone names it.
                let name = if words::country_of(&words::one_line(name)).is_some() {
                    acronym.text
                } else {
                    name
                };
                people.spelled_out(name, acronym.text, paragraph);
            }
        }
        if !words::is_organisation_noun(token.bare()) || token.text.ends_with("'s") {
            continue;
        }
        let mut start = i;
        while start > 0 && {
            let previous = &tokens[start - 1];
            previous.is_word()
                && (previous.is_capitalised()
                    || words::is_title_modifier(previous.bare())
                    || words::possessive_stem(previous.text).is_some())
                && !words::is_not_name(previous.text)
        } {
            start -= 1;
        }
        let end = speakers::complement(tokens, i + 1).map_or(i + 1, |c| c.end);
        let phrase = &tokens[start..end];
        let named = phrase
            .iter()
            .any(|t| t.is_capitalised() || words::possessive_stem(t.text).is_some());
        if phrase.len() >= 2 && named {
            people.organisation(speakers::span_text(text, phrase), paragraph);
        }
    }
}

/// Who a sentence is about: its first mention after any opening phrase ("During the meeting,").
fn subject_of(text: &str, sentence: &Sentence, mentions: &[(usize, usize)]) -> Option<usize> {
    let body = &text[sentence.range.clone()];
    let first_word: String = body.chars().take_while(|c| c.is_alphabetic()).collect();
    let opening = matches!(
        first_word.to_lowercase().as_str(),
        "during"
            | "speaking"
            | "for"
            | "in"
            | "on"
            | "at"
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
            | "addressing"
            | "asked"
    );
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

struct Pass<'a> {
    text: &'a str,
    article: &'a Article,
    sentences: &'a [Sentence],
    masks: &'a [Range<usize>],
    candidates: &'a [Marked],
    people: People,
    /// The entities recent sentences were about, the latest last.
    focus: Vec<usize>,
    quotes: Vec<Quote>,
    left_out: Vec<LeftOut>,
    /// The last quotation's speaker, paragraph and attribution's sentence.
    last: Option<(usize, usize, usize)>,
    /// When each speaker is said to have spoken, from sentences like "Kamau said on Tuesday".
    spoke_on: BTreeMap<usize, dates::Found>,
    /// The paragraph where each entity was last named (not by pronoun).
    last_named: BTreeMap<usize, usize>,
}

impl Pass<'_> {
    /// The people and organisations a sentence mentions outside quotations, with positions.
    fn mentions(&mut self, index: usize) -> Vec<(usize, usize)> {
        let sentence = &self.sentences[index];
        let tokens = outside(words::tokens(self.text, sentence.range.clone()), self.masks);
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let token = &tokens[i];
            let lower = token.lower();
            if lower == "he" || lower == "she" {
                let gender = if lower == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                if let Some(entity) = self.resolve_pronoun(gender, &found) {
                    found.push((token.at, entity));
                }
                i += 1;
                continue;
            }
            if lower == "the"
                && let Some(title) = tokens.get(i + 1).filter(|t| words::is_title(t.bare()))
                && !tokens
                    .get(i + 2)
                    .is_some_and(|t| t.is_capitalised() || t.text == "of")
            {
                if let Some(entity) = self
                    .people
                    .with_title(&title.bare().to_lowercase(), &self.focus)
                {
                    found.push((token.at, entity));
                    self.last_named.insert(entity, sentence.paragraph);
                }
                i += 2;
                continue;
            }
            if token.is_word()
                && (token.is_capitalised() || words::is_title(token.bare()))
                && let Some((name, _)) = speakers::titled_name(&tokens, i)
            {
                let name_text = speakers::span_text(self.text, &tokens[name.clone()]);
                let name_text = words::possessive_stem(name_text).unwrap_or(name_text);
                if let Some(entity) = self.people.find_name(name_text) {
                    found.push((tokens[name.start].at, entity));
                    self.last_named.insert(entity, sentence.paragraph);
                }
                i = name.end.max(i + 1);
                continue;
            }
            i += 1;
        }
        found
    }

    /// "Kamau said on Tuesday": remembers the day a speaker spoke, for their quotations that
    /// do not give one.
    fn note_speech_date(&mut self, index: usize, subject: usize) {
        let range = self.sentences[index].range.clone();
        let tokens = outside(words::tokens(self.text, range.clone()), self.masks);
        if self.spoke_on.contains_key(&subject) || !tokens.iter().any(|t| words::is_cue(t.text)) {
            return;
        }
        if let Some(found) = self.said_on(&[range]) {
            self.spoke_on.insert(subject, found);
        }
    }

    fn resolve_pronoun(&mut self, gender: Gender, earlier: &[(usize, usize)]) -> Option<usize> {
        let fits = |people: &People, entity: usize| {
            let e = &people.entities[entity];
            e.kind == Kind::Person && e.gender.is_none_or(|g| g == gender)
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
            })?;
        self.people.entities[found].gender.get_or_insert(gender);
        Some(found)
    }

    /// Attributes candidate `index`; returns its speaker when it is kept as a quotation.
    fn attribute(&mut self, index: usize, mentions: &mut Vec<(usize, usize)>) -> Option<usize> {
        let marked = &self.candidates[index];
        let open_sentence = self.sentence_at(marked.open);
        let close_sentence = self.sentence_at(marked.end.saturating_sub(1).max(marked.open));
        let (before_range, after_range) = self.around(index, open_sentence, close_sentence);
        let before = words::tokens(self.text, before_range.clone());
        let after = words::tokens(self.text, after_range.clone());
        let partial = quotes::is_partial(self.text, marked, &before);

        let found = if partial {
            cue_before(&before).or_else(|| cue_after(&after))
        } else {
            cue_after(&after).or_else(|| cue_before(&before))
        };
        let (speaker, how, attribution) = match found {
            Some((phrase, span)) => {
                let reference = speakers::reference(self.text, &phrase);
                match reference
                    .and_then(|r| self.resolve(&r, marked.paragraph, mentions, span.start))
                {
                    Some((entity, how)) => (Some(entity), how, Some(span)),
                    None => (None, How::Unknown, Some(span)),
                }
            }
            None => self.without_attribution(index, partial, &before, mentions),
        };
        // "stated the initiative “A” and “B”": a quotation joined to the one before it in the
        // same sentence has its speaker.
        let (speaker, how, attribution) =
            match (speaker, self.last_in_sentence(index, open_sentence)) {
                (None, Some(previous)) => (Some(previous), How::Continues, None),
                (speaker, _) => (speaker, how, attribution),
            };
        if speaker.is_none() && how == How::Unknown && attribution.is_none() && partial {
            let why = self.thought_verb(open_sentence).map_or_else(
                || "quoted words with no one said to have said them".to_owned(),
                |verb| format!("quoted words after \u{201c}{verb}\u{201d}, which is not speech"),
            );
            self.left_out.push(LeftOut {
                text: marked.inner.clone(),
                why,
            });
            return None;
        }
        let attribution_sentence = attribution
            .as_ref()
            .map_or(open_sentence, |a| self.sentence_at(a.start));
        let mut start = self.sentences[open_sentence.min(attribution_sentence)]
            .range
            .start;
        if matches!(how, How::Continues | How::RunsOn | How::Colon)
            && let Some((_, last_paragraph, last_sentence)) = self.last
            && last_paragraph + 1 >= marked.paragraph
        {
            start = start.min(self.sentences[last_sentence].range.start);
        }
        let end = self.sentences[close_sentence.max(attribution_sentence)]
            .range
            .end;
        let (said_on, dated) = match self.said_on(&[before_range, after_range]) {
            Some(found) => (Some(found), Dated::Own),
            None if matches!(how, How::Continues | How::RunsOn | How::Colon) => {
                let previous = self.quotes.last().and_then(|q| q.said_on.clone());
                let dated = if previous.is_some() {
                    Dated::Before
                } else {
                    Dated::Dateline
                };
                (previous, dated)
            }
            None => match speaker.and_then(|s| self.spoke_on.get(&s)) {
                Some(found) => (Some(found.clone()), Dated::Speaker),
                None => (None, Dated::Dateline),
            },
        };
        let named_in = speaker
            .filter(|_| matches!(how, How::Pronoun(_) | How::Title(_)))
            .and_then(|s| self.last_named.get(&s).copied());
        if let Some(entity) = speaker {
            mentions.push((marked.open, entity));
            let sentence = if matches!(how, How::Continues | How::RunsOn) {
                self.last.map_or(attribution_sentence, |l| l.2)
            } else {
                attribution_sentence
            };
            self.last = Some((entity, marked.paragraph, sentence));
        }
        self.quotes.push(Quote {
            text: marked.inner.clone(),
            excerpt: start..end.max(marked.inner.end),
            speaker,
            how,
            attribution,
            said_on,
            dated,
            named_in,
            closed: marked.closed || marked.runs_on,
            partial,
            paragraph: marked.paragraph,
        });
        speaker
    }

    /// The words before a quotation in its sentence (after any quotation before it), and the
    /// words after it to the end of its sentence (before any quotation after it).
    fn around(
        &self,
        index: usize,
        open_sentence: usize,
        close_sentence: usize,
    ) -> (Range<usize>, Range<usize>) {
        let marked = &self.candidates[index];
        let paragraph = &self.article.paragraphs[marked.paragraph];
        let previous_end = index
            .checked_sub(1)
            .map(|i| &self.candidates[i])
            .filter(|m| m.paragraph == marked.paragraph)
            .map_or(paragraph.start, |m| m.end);
        let next_open = self
            .candidates
            .get(index + 1)
            .filter(|m| m.paragraph == marked.paragraph)
            .map_or(paragraph.end, |m| m.open);
        let sentence_end = self.sentences[close_sentence].range.end;
        (
            self.sentences[open_sentence].range.start.max(previous_end)..marked.open,
            marked.end..sentence_end.min(next_open).max(marked.end),
        )
    }

    /// The day a quotation was said on, when the words around it give one: of the past days
    /// they name, the one nearest a verb of speech ("said on Tuesday", "On Monday, ... told").
    fn said_on(&self, ranges: &[Range<usize>]) -> Option<dates::Found> {
        let mut best: Option<(usize, dates::Found)> = None;
        for range in ranges {
            let cues: Vec<Range<usize>> =
                outside(words::tokens(self.text, range.clone()), self.masks)
                    .iter()
                    .filter(|t| words::is_cue(t.text))
                    .map(Token::range)
                    .collect();
            let found = dates::find(
                &self.text[range.clone()],
                self.article.dateline,
                Tense::Past,
            );
            for mut date in found {
                date.span = date.span.start + range.start..date.span.end + range.start;
                if date.precision > dates::Precision::Relative || date.date > self.article.dateline
                {
                    continue;
                }
                let distance = cues
                    .iter()
                    .map(|cue| {
                        if date.span.start >= cue.end {
                            date.span.start - cue.end
                        } else {
                            cue.start.saturating_sub(date.span.end)
                        }
                    })
                    .min();
                if let Some(distance) = distance
                    && best.as_ref().is_none_or(|(d, _)| distance < *d)
                {
                    best = Some((distance, date));
                }
            }
        }
        best.map(|(_, date)| date)
    }

    /// A quotation with no attribution in its sentence: a piece of one running over
    /// paragraphs, one closing a paragraph that ends "X said:", or one following another.
    fn without_attribution(
        &mut self,
        index: usize,
        partial: bool,
        before: &[Token<'_>],
        mentions: &[(usize, usize)],
    ) -> (Option<usize>, How, Option<Range<usize>>) {
        let marked = &self.candidates[index];
        if marked.continues
            && let Some((speaker, _, _)) = self.last
        {
            return (Some(speaker), How::RunsOn, None);
        }
        // The first piece of a quotation over paragraphs, attributed in its last piece.
        if marked.runs_on {
            let mut last = index;
            while self.candidates.get(last + 1).is_some_and(|m| m.continues) {
                last += 1;
            }
            let tail = &self.candidates[last];
            let close_sentence = self.sentence_at(tail.end.saturating_sub(1));
            let range = tail.end..self.sentences[close_sentence].range.end.max(tail.end);
            if let Some((phrase, span)) = cue_after(&words::tokens(self.text, range))
                && let Some(reference) = speakers::reference(self.text, &phrase)
                && let Some((entity, _)) =
                    self.resolve(&reference, marked.paragraph, &[], span.start)
            {
                return (Some(entity), How::RunsOn, Some(span));
            }
        }
        let opens_paragraph = before.iter().all(|t| !t.is_word());
        if opens_paragraph && marked.paragraph > 0 {
            // "Landau said:" at the end of the paragraph before.
            let previous = self.article.paragraphs[marked.paragraph - 1].clone();
            if self.text[previous.clone()].trim_end().ends_with(':') {
                let sentence = self.sentence_at(previous.end - 1);
                let tokens = outside(
                    words::tokens(self.text, self.sentences[sentence].range.clone()),
                    self.masks,
                );
                if let Some((phrase, span)) = cue_before(&tokens)
                    && let Some(reference) = speakers::reference(self.text, &phrase)
                    && let Some((entity, _)) =
                        self.resolve(&reference, marked.paragraph, &[], span.start)
                {
                    self.last = Some((entity, marked.paragraph - 1, sentence));
                    return (Some(entity), How::Colon, Some(span));
                }
            }
        }
        // "Pierre repeated his warning: ...": after a colon, the sentence's subject speaks.
        if before.last().is_some_and(|t| t.text == ":")
            && let Some(&(_, entity)) = mentions
                .iter()
                .find(|(at, e)| *at < marked.open && self.people.entities[*e].kind == Kind::Person)
        {
            return (Some(entity), How::Colon, None);
        }
        if partial {
            let sentence = self.sentence_at(marked.open);
            if self.thought_verb(sentence).is_none()
                && let Some(entity) = self.clause_subject(before, mentions, marked.open)
            {
                return (Some(entity), How::Clause, None);
            }
            return (None, How::Unknown, None);
        }
        if let Some((speaker, paragraph, _)) = self.last
            && paragraph + 1 >= marked.paragraph
        {
            return (Some(speaker), How::Continues, None);
        }
        match self
            .focus
            .iter()
            .rev()
            .find(|e| self.people.entities[**e].kind == Kind::Person)
        {
            Some(&subject) => (Some(subject), How::Subject, None),
            None => (None, How::Unknown, None),
        }
    }

    /// The speaker of the quotation just before this one, when it is in the same sentence.
    fn last_in_sentence(&self, index: usize, sentence: usize) -> Option<usize> {
        let previous = index.checked_sub(1).map(|i| &self.candidates[i])?;
        let same = previous.paragraph == self.candidates[index].paragraph
            && self.sentence_at(previous.end.saturating_sub(1)) == sentence;
        let quote = self.quotes.last().filter(|q| q.text == previous.inner)?;
        if same { quote.speaker } else { None }
    }

    /// The subject of the clause a quotation sits in: a person named before it in the
    /// sentence, or the noun phrase that opens the clause ("the council members authorized").
    fn clause_subject(
        &mut self,
        before: &[Token<'_>],
        mentions: &[(usize, usize)],
        open: usize,
    ) -> Option<usize> {
        if let Some(&(_, entity)) = mentions.iter().find(|(at, _)| *at < open) {
            return Some(entity);
        }
        let opening = before.first().is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "in" | "on" | "at" | "after" | "during" | "for" | "with" | "under" | "following"
            )
        });
        let start = if opening {
            before
                .iter()
                .position(|t| t.text == ",")
                .map_or(0, |c| c + 1)
        } else {
            0
        };
        let phrase = super::cues::speaker_after(&before[start..]);
        let reference = speakers::reference(self.text, &phrase)?;
        let at = phrase.first()?.at;
        let paragraph = self.candidates.iter().find(|m| m.open == open)?.paragraph;
        self.resolve(&reference, paragraph, mentions, at)
            .map(|(entity, _)| entity)
    }

    fn resolve(
        &mut self,
        reference: &Reference,
        paragraph: usize,
        mentions: &[(usize, usize)],
        at: usize,
    ) -> Option<(usize, How)> {
        match reference {
            Reference::Name { name, role, gender } => {
                let known = self
                    .people
                    .find_name(name)
                    .map(|i| self.people.entities[i].name.clone());
                let entity = self.people.person(name, role.clone(), *gender, paragraph);
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
                if let Some(entity) = self.people.with_title(title, &self.focus) {
                    return Some((entity, How::Title(phrase.clone())));
                }
                // "the head of the transitional government": a description of someone the
                // article has been talking about.
                let describes = *definite && phrase.split(' ').any(|w| w == "of");
                if describes
                    && let Some(&person) = self
                        .focus
                        .iter()
                        .rev()
                        .find(|e| self.people.entities[**e].kind == Kind::Person)
                {
                    return Some((person, How::Title(phrase.clone())));
                }
                Some((self.people.unnamed(phrase, paragraph), How::Unnamed))
            }
            Reference::Pronoun(gender) => {
                let earlier: Vec<(usize, usize)> =
                    mentions.iter().copied().filter(|(p, _)| *p < at).collect();
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
            Reference::Organisation(phrase) => Some((
                self.people.organisation(phrase, paragraph),
                How::Organisation,
            )),
            Reference::Unnamed(phrase) => {
                Some((self.people.unnamed(phrase, paragraph), How::Unnamed))
            }
        }
    }

    fn sentence_at(&self, at: usize) -> usize {
        let ranges: Vec<Range<usize>> = self.sentences.iter().map(|s| s.range.clone()).collect();
        sentences::index_at(&ranges, at).unwrap_or(0)
    }

    fn thought_verb(&self, sentence: usize) -> Option<String> {
        let tokens = outside(
            words::tokens(self.text, self.sentences[sentence].range.clone()),
            self.masks,
        );
        tokens
            .iter()
            .find(|t| words::is_thought(t.text))
            .map(|t| t.text.to_owned())
    }
}

#[cfg(test)]
mod tests;
