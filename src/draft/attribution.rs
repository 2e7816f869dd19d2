//! Who said each quotation: the attribution next to it (`X said`, `said X`, `X said:`,
//! `according to X`, a trailing dash), or, with none, the speaker of the quotation before it.
//! One pass over the sentences in order keeps track of who each sentence is about, so that
//! "he said" resolves to the person the article was last talking about.

use std::collections::BTreeMap;
use std::ops::Range;

use super::article::Article;
use super::cues::{self, Cue, cue_after, cue_before};
use super::dates::{self, Tense};
use super::quotes::{self, Marked, NotAQuote};
use super::sentences;
use super::speakers::{self, Kind, People};
use super::tokens::{self, Token};
use super::words;

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
        let before = tokens::of(text, paragraph.start..marked.open);
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
            &outside(tokens::of(text, sentence.range.clone()), &masks),
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
        mentioned: Vec::new(),
        quotes: Vec::new(),
        left_out,
        last: None,
        spoke_on: BTreeMap::new(),
        last_named: BTreeMap::new(),
        statement_by: None,
        opening_acronym: None,
        opening_office: OpeningOffice::NotFound,
        reported: None,
    };
    let mut next = 0;
    for (index, sentence) in sentences.iter().enumerate() {
        if sentence.paragraph <= 1 && pass.opening_office == OpeningOffice::NotFound {
            pass.note_office_named(index);
        }
        let mut mentions = pass.mentions(index);
        let mut subject = subject_of(text, sentence, &mentions);
        // "Mathebula quotes him as saying": a sentence that reports someone's words, or names
        // no one else, is about its quotation's speaker too.
        let reports = quotes_someone(&text[sentence.range.clone()]);
        while next < candidates.len() && candidates[next].open < sentence.range.end {
            // A sentence that opens with a quotation is about its speaker.
            let opens_sentence = candidates[next].open == sentence.range.start;
            if let Some(speaker) = pass.attribute(next, &mut mentions)
                && (opens_sentence || subject.is_none() || reports)
            {
                subject = Some(speaker);
            }
            next += 1;
        }
        pass.mentioned
            .extend(mentions.iter().map(|&(_, entity)| entity));
        if let Some(subject) = subject {
            let tokens = outside(tokens::of(text, sentence.range.clone()), &masks);
            pass.note_reported_speech(index, subject, &tokens);
            pass.focus.push(subject);
            pass.note_speech_date(index, subject, &mentions);
            if tokens.iter().any(|t| words::is_document(t.bare())) {
                pass.statement_by = Some(subject);
            }
        }
    }
    let Pass {
        mut people,
        quotes,
        left_out,
        ..
    } = pass;
    for sentence in &sentences {
        let tokens = outside(tokens::of(text, sentence.range.clone()), &masks);
        people.complete_surnames(text, &tokens);
    }
    Analysis {
        sentences,
        people,
        quotes,
        left_out,
    }
}

/// "Mathebula quotes him as saying": the sentence's own verb quotes someone, not a clause
/// inside it ("after the Standard quoted Ruto as saying").
fn quotes_someone(sentence: &str) -> bool {
    let Some(at) = sentence.find(" as saying") else {
        return false;
    };
    let lead = &sentence[..at];
    lead.contains(" quot")
        && !lead.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "after" | "before" | "when" | "while" | "because" | "since" | "although" | "as"
            )
        })
}

fn outside<'a>(tokens: Vec<Token<'a>>, masks: &[Range<usize>]) -> Vec<Token<'a>> {
    tokens
        .into_iter()
        .filter(|t| !masks.iter().any(|m| m.contains(&t.at)))
        .collect()
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
    /// Every entity sentences mentioned, in order, the latest last.
    mentioned: Vec<usize>,
    quotes: Vec<Quote>,
    left_out: Vec<LeftOut>,
    /// The last quotation's speaker, paragraph and attribution's sentence.
    last: Option<(usize, usize, usize)>,
    /// When each speaker is said to have spoken, from sentences like "Kamau said on Tuesday".
    spoke_on: BTreeMap<usize, dates::Found>,
    /// The paragraph where each entity was last named (not by pronoun).
    last_named: BTreeMap<usize, usize>,
    /// Who the article last said issued a statement: "The MNJTF spokesman, Lieutenant Colonel
    /// Olaniyi Osoba, disclosed this in a statement", so "the statement read" is his.
    statement_by: Option<usize>,
    /// The last sentence without quotation marks that reports someone's words ("Munir Akram
    /// said that ..."), and who: a quotation opening the next sentence is theirs.
    reported: Option<(usize, usize)>,
    /// The body the quotation being attributed opens with, speaking of itself as a statement
    /// does: "“UNAMID is deeply concerned ...,” the statement said".
    opening_acronym: Option<String>,
    /// An office the article's opening names with no one in it ("Turkey's ambassador to the
    /// UN on Monday underscored ..."), for the first person named next with no role.
    opening_office: OpeningOffice,
}

/// The office an article's opening names with no one in it: only one is ever found and given.
#[derive(Debug, PartialEq, Eq)]
enum OpeningOffice {
    NotFound,
    Named { office: String, paragraph: usize },
    Given,
}

impl<'a> Pass<'a> {
    /// Notes when the speaker of a sentence like "Kamau said on Tuesday" spoke: the one named
    /// last before the verb, or nearest after it, or else the sentence's subject.
    fn note_speech_date(&mut self, index: usize, subject: usize, mentions: &[(usize, usize)]) {
        let range = self.sentences[index].range.clone();
        let tokens = outside(tokens::of(self.text, range.clone()), self.masks);
        let Some(cue) = tokens.iter().find(|t| words::is_cue(t.text)) else {
            return;
        };
        // "Liu Jieyi told the Security Council": the one before the verb, else "said X".
        let subject = mentions
            .iter()
            .filter(|(at, _)| *at < cue.at)
            .max_by_key(|(at, _)| *at)
            .or_else(|| mentions.iter().min_by_key(|(at, _)| at.abs_diff(cue.at)))
            .map_or(subject, |&(_, entity)| entity);
        if self.spoke_on.contains_key(&subject) {
            return;
        }
        if let Some(found) = self.said_on(&[range]) {
            self.spoke_on.insert(subject, found);
        }
    }

    /// Remembers sentence `index` as reported speech when it has a verb of speech, a person
    /// for its subject, and no quotation in it (`tokens` are its words outside quotations).
    fn note_reported_speech(&mut self, index: usize, subject: usize, tokens: &[Token<'_>]) {
        let range = &self.sentences[index].range;
        let quoted = self
            .masks
            .iter()
            .any(|m| m.start < range.end && range.start < m.end);
        if !quoted
            && tokens.iter().any(|t| words::is_cue(t.text))
            && self.people.entities[subject].kind == Kind::Person
        {
            self.reported = Some((index, subject));
        }
    }

    /// "MOGADISHU: Somalia’s president welcomed ...": a sentence whose subject is an office
    /// no one named so far holds.
    fn note_office_named(&mut self, index: usize) {
        let sentence = &self.sentences[index];
        let tokens = outside(tokens::of(self.text, sentence.range.clone()), self.masks);
        // Past a dateline ("MOGADISHU:", "TEHRAN (Tasnim) -"); the first mark, as an aside
        // between dashes may follow.
        let start = tokens
            .iter()
            .take(12)
            .position(|t| matches!(t.text, ":" | "-" | "\u{2014}" | "\u{2013}"))
            .map_or(0, |at| at + 1);
        let Some(first) = cues::clause_start(&tokens[start..]) else {
            return;
        };
        let opening = cues::speaker_after(&tokens[start + first..]);
        // Or the one the sentence reports: "..., according to the Minister of Information.",
        // "..., the UN Secretary General’s special representative said yesterday."
        let reported = || cues::cue_before(&tokens[start..]).map(|(phrase, _)| phrase);
        let title = |phrase: &[Token<'_>]| match speakers::reference(self.text, phrase) {
            Some(speakers::Reference::Title {
                title,
                phrase,
                definite,
            }) => Some((title, phrase, definite)),
            _ => None,
        };
        let Some((title, office, definite)) =
            title(&opening).or_else(|| reported().and_then(|phrase| title(&phrase)))
        else {
            return;
        };
        if self
            .people
            .with_title(&title, &office, definite, &self.focus)
            .is_none()
        {
            let office = speakers::strip_article(&office).to_owned();
            self.opening_office = OpeningOffice::Named {
                office,
                paragraph: sentence.paragraph,
            };
        }
    }

    /// Attributes candidate `index`; returns its speaker when it is kept as a quotation.
    fn attribute(&mut self, index: usize, mentions: &mut Vec<(usize, usize)>) -> Option<usize> {
        let marked = &self.candidates[index];
        let open_sentence = self.sentence_at(marked.open);
        let close_sentence = self.sentence_at(marked.end.saturating_sub(1).max(marked.open));
        let (before_range, after_range) = self.around(index, open_sentence, close_sentence);
        let before = tokens::of(self.text, before_range.clone());
        let after = tokens::of(self.text, after_range.clone());
        let partial = quotes::is_partial(self.text, marked, &before);
        self.opening_acronym = self.quote_opening_acronym(marked);

        let found = if let Some(passive) = cues::passive_by(&before, &after) {
            Some(passive)
        } else if self.attributed_before(marked, &before, partial) {
            cue_before(&before).or_else(|| cue_after(&after))
        } else {
            cue_after(&after).or_else(|| cue_before(&before))
        }
        .or_else(|| self.attribution_inside(marked));
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
            None => self.without_attribution(index, partial, (&before, &after), mentions),
        };
        let (speaker, how, attribution) = match speaker {
            Some(_) => (speaker, how, attribution),
            None => self
                .joined_to_another(index, (open_sentence, close_sentence), mentions)
                .unwrap_or((None, how, attribution)),
        };
        // Quoted words with no speaker are kept for review ("... are “simply not true”"),
        // unless a verb of thought shows they were never said ("hopes to “turn the page”").
        if speaker.is_none()
            && how == How::Unknown
            && attribution.is_none()
            && partial
            && let Some(verb) = self.thought_verb(open_sentence)
        {
            self.left_out.push(LeftOut {
                text: marked.inner.clone(),
                why: format!("quoted words after \u{201c}{verb}\u{201d}, which is not speech"),
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
        let (said_on, dated) = self.dated(&[before_range, after_range], &how, speaker);
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

    /// The organisation a quotation's first words name by its acronym ("UNAMID is", "The
    /// MNJTF wishes").
    fn quote_opening_acronym(&self, marked: &Marked) -> Option<String> {
        let inside = tokens::of(self.text, marked.inner.clone());
        let mut words = inside.iter().filter(|t| t.is_word());
        let first = words.next()?;
        let first = if first.is("the") {
            words.next()?
        } else {
            first
        };
        let acronym = tokens::possessive_stem(first.text).unwrap_or(first.text);
        (speakers::is_acronym(acronym) && acronym.len() >= 3).then(|| acronym.to_owned())
    }

    /// Whether the attribution before a quotation comes first: partial quoted words, unless a
    /// comma closing them hands them on ("“may have fired on the peacekeepers,” UN spokesman
    /// Martin Nesirky said"), and a quotation after a verb and a colon ("..., saying: “...”
    /// The Hurriyet Daily News reported.").
    fn attributed_before(&self, marked: &Marked, before: &[Token<'_>], partial: bool) -> bool {
        let handed_on = self.text[marked.inner.clone()].trim_end().ends_with(',');
        let introduced = match before {
            [.., verb, colon] if colon.text == ":" => {
                words::is_cue(verb.text) || words::is_participle_cue(verb.text)
            }
            _ => false,
        };
        (partial && !handed_on) || introduced
    }

    /// "“Despite many meetings we have not reached consensus, CARICOM Chairman Mohamed Irfaan
    /// Ali said in a video statement.": a quotation never closed runs to the end of its
    /// paragraph and may take its own attribution in; the clause after its last comma.
    fn attribution_inside(&self, marked: &Marked) -> Option<Cue<'a>> {
        if marked.closed || marked.runs_on {
            return None;
        }
        let inside = tokens::of(self.text, marked.inner.clone());
        let comma = inside.iter().rposition(|t| t.text == ",")?;
        cue_after(&inside[comma + 1..])
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

    /// The day a quotation was said on and how that is known: from the words around it, the
    /// quotation it goes on from, or the day its speaker was said to speak.
    fn dated(
        &self,
        around: &[Range<usize>],
        how: &How,
        speaker: Option<usize>,
    ) -> (Option<dates::Found>, Dated) {
        match self.said_on(around) {
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
        }
    }

    /// The day a quotation was said on, when the words around it give one: of the past days
    /// they name, the one nearest a verb of speech ("said on Tuesday", "On Monday, ... told").
    fn said_on(&self, ranges: &[Range<usize>]) -> Option<dates::Found> {
        let mut best: Option<(usize, dates::Found)> = None;
        for range in ranges {
            let cues: Vec<Range<usize>> = outside(tokens::of(self.text, range.clone()), self.masks)
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
                // "said a team would leave on Friday": a day in what was said, ahead of it; so
                // is a day inside the quotation, or one something lasts "until".
                let lead = &self.text[range.start..date.span.start];
                let ahead = lead
                    .split_whitespace()
                    .rev()
                    .take(8)
                    .any(|w| matches!(w, "will" | "would" | "next" | "due" | "shall"));
                let quoted = self
                    .masks
                    .iter()
                    .any(|m| m.start <= date.span.start && date.span.end <= m.end);
                let until = lead
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "until" | "till" | "through" | "by"));
                if ahead || quoted || until {
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
        (before, after): (&[Token<'_>], &[Token<'_>]),
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
            if let Some((phrase, span)) = cue_after(&tokens::of(self.text, range))
                && let Some(reference) = speakers::reference(self.text, &phrase)
                && let Some((entity, _)) =
                    self.resolve(&reference, marked.paragraph, &[], span.start)
            {
                return (Some(entity), How::RunsOn, Some(span));
            }
        }
        // No words before it in its sentence (after any quotation before it).
        let opens_sentence = before.iter().all(|t| !t.is_word());
        if opens_sentence && marked.paragraph > 0 {
            // "Landau said:" at the end of the paragraph before.
            let previous = self.article.paragraphs[marked.paragraph - 1].clone();
            if self.text[previous.clone()].trim_end().ends_with(':') {
                let sentence = self.sentence_at(previous.end - 1);
                let tokens = outside(
                    tokens::of(self.text, self.sentences[sentence].range.clone()),
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
            // "Rubio, who acknowledged there was “A” but said the deal will let people “B”":
            // a verb joined to the one before speaks for the same person.
            let joined_verb = matches!(before, [and, verb, ..]
                if matches!(and.lower().as_str(), "and" | "but") && words::is_cue(verb.text));
            if joined_verb && let Some(previous) = self.last_in_sentence(index, sentence) {
                return (Some(previous), How::Continues, None);
            }
            if self.thought_verb(sentence).is_none()
                && let Some(entity) = self.clause_subject(before, after, mentions, marked.open)
            {
                return (Some(entity), How::Clause, None);
            }
            return (None, How::Unknown, None);
        }
        // "Ambassador Munir Akram ... said that the peacekeepers died. “They made this ultimate
        // sacrifice ...”": the words reported just before, in the same paragraph.
        let sentence = self.sentence_at(marked.open);
        if opens_sentence
            && let Some((reported_in, speaker)) = self.reported
            && reported_in + 1 == sentence
            && self.sentences[reported_in].paragraph == marked.paragraph
        {
            return (Some(speaker), How::Subject, None);
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

    /// The speaker of a quotation with none of its own, from another in the same sentence:
    /// "stated the initiative “A” and “B”" (the one before), "“A” in the region and “B,” said
    /// Lassen" (the attribution after the next one).
    fn joined_to_another(
        &mut self,
        index: usize,
        (open_sentence, close_sentence): (usize, usize),
        mentions: &[(usize, usize)],
    ) -> Option<(Option<usize>, How, Option<Range<usize>>)> {
        if let Some(previous) = self.last_in_sentence(index, open_sentence) {
            return Some((Some(previous), How::Continues, None));
        }
        let (entity, how, span) = self.attribution_after_next(index, close_sentence, mentions)?;
        Some((Some(entity), how, Some(span)))
    }

    /// The speaker named after the next quotation, when it closes in the same sentence.
    fn attribution_after_next(
        &mut self,
        index: usize,
        sentence: usize,
        mentions: &[(usize, usize)],
    ) -> Option<(usize, How, Range<usize>)> {
        let next = self.candidates.get(index + 1)?;
        let range = self.sentences[sentence].range.clone();
        if next.paragraph != self.candidates[index].paragraph || !range.contains(&next.open) {
            return None;
        }
        let after_end = self
            .candidates
            .get(index + 2)
            .filter(|m| m.paragraph == next.paragraph)
            .map_or(range.end, |m| m.open.min(range.end));
        let after = tokens::of(self.text, next.end..after_end.max(next.end));
        let (phrase, span) = cue_after(&after)?;
        let reference = speakers::reference(self.text, &phrase)?;
        let (entity, how) = self.resolve(
            &reference,
            self.candidates[index].paragraph,
            mentions,
            span.start,
        )?;
        Some((entity, how, span))
    }

    /// The speaker of the quotation just before this one, when it is in the same sentence.
    fn last_in_sentence(&self, index: usize, sentence: usize) -> Option<usize> {
        let previous = index.checked_sub(1).map(|i| &self.candidates[i])?;
        let same = previous.paragraph == self.candidates[index].paragraph
            && self.sentence_at(previous.end.saturating_sub(1)) == sentence;
        let quote = self.quotes.last().filter(|q| q.text == previous.inner)?;
        if same { quote.speaker } else { None }
    }

    fn sentence_at(&self, at: usize) -> usize {
        let ranges: Vec<Range<usize>> = self.sentences.iter().map(|s| s.range.clone()).collect();
        sentences::index_at(&ranges, at).unwrap_or(0)
    }

    fn thought_verb(&self, sentence: usize) -> Option<String> {
        let tokens = outside(
            tokens::of(self.text, self.sentences[sentence].range.clone()),
            self.masks,
        );
        tokens
            .iter()
            .find(|t| words::is_thought(t.text))
            .map(|t| t.text.to_owned())
    }
}

mod introduce;
mod resolve;

use introduce::introduce;
use resolve::subject_of;

#[cfg(test)]
mod tests;
