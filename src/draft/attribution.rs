//! Who said each quotation: the attribution next to it (`X said`, `said X`, `X said:`,
//! `according to X`, a trailing dash), or, with none, the speaker of the quotation before it.
//! One pass over the sentences in order keeps track of who each sentence is about, so that
//! "he said" resolves to the person the article was last talking about.

use std::ops::Range;

use super::article::Article;
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
    /// The day the article says it was said on.
    pub said_on: Option<dates::Found>,
    pub closed: bool,
    pub partial: bool,
    pub paragraph: usize,
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

/// Registers the people a sentence introduces with their name: after a role, before an
/// appositive role, or next to a verb of speech. And organisations named in capitals.
fn introduce(text: &str, tokens: &[Token<'_>], paragraph: usize, people: &mut People) {
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
        let honorific = i < name.start
            && tokens[i..name.start]
                .iter()
                .any(|t| words::is_honorific(t.text));
        let gender = speakers::gender_of(&tokens[i..name.end]);
        let after = &tokens[name.end..];
        let appositive = (after.first().is_some_and(|t| t.text == ","))
            .then(|| speakers::role_phrase(text, &after[1..]))
            .flatten();
        let next_to_cue = after.first().is_some_and(|t| words::is_cue(t.text))
            || name
                .start
                .checked_sub(1)
                .is_some_and(|j| words::is_cue(tokens[j].text));
        let single_acronym = name_tokens.len() == 1 && speakers::is_acronym(name_tokens[0].text);
        let role_text = role.map(|r| speakers::span_text(text, &tokens[r]).to_owned());
        if !single_acronym
            && (role_text.is_some()
                || honorific
                || appositive.is_some()
                || (next_to_cue && name_tokens.len() >= 2))
        {
            people.person(name_text, role_text.or(appositive), gender, paragraph);
        }
        i = name.end.max(i + 1);
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
                }
                i = name.end.max(i + 1);
                continue;
            }
            i += 1;
        }
        found
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
            None => self.without_attribution(index, partial, &before, &after),
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
        let said_on = self.said_on(&[before_range, after_range]);
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

    /// The day a quotation was said on, when the words around it give one.
    fn said_on(&self, ranges: &[Range<usize>]) -> Option<dates::Found> {
        ranges
            .iter()
            .flat_map(|range| {
                dates::find(
                    &self.text[range.clone()],
                    self.article.dateline,
                    Tense::Past,
                )
                .into_iter()
                .map(move |mut found| {
                    found.span = found.span.start + range.start..found.span.end + range.start;
                    found
                })
            })
            .find(|found| found.precision <= dates::Precision::Relative)
    }

    /// A quotation with no attribution in its sentence: a piece of one running over
    /// paragraphs, one closing a paragraph that ends "X said:", or one following another.
    fn without_attribution(
        &mut self,
        index: usize,
        partial: bool,
        before: &[Token<'_>],
        _after: &[Token<'_>],
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
        if partial {
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
            Reference::Title(title) => {
                let entity = self.people.with_title(title, &self.focus)?;
                Some((entity, How::Title(format!("the {title}"))))
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

/// Words that end a speaker phrase after "said": "said Landau on Monday".
fn ends_speaker(token: &Token<'_>) -> bool {
    matches!(
        token.text,
        "." | ";" | ":" | "!" | "?" | "\u{201c}" | "\u{201d}" | "\"" | "("
    )
}

/// The attribution after a quotation: a trailing dash, "according to X", "X said", "said X".
fn cue_after<'a>(after: &[Token<'a>]) -> Option<(Vec<Token<'a>>, Range<usize>)> {
    let start = after.iter().position(|t| t.is_word() || is_dash(t))?;
    let after = &after[start..];
    let stop = after.iter().position(ends_speaker).unwrap_or(after.len());
    let clause = &after[..stop];
    if clause.first().is_some_and(is_dash) {
        let phrase: Vec<Token<'a>> = clause[1..].to_vec();
        let span = span_of(&phrase)?;
        return Some((phrase, span));
    }
    if clause.len() >= 3 && clause[0].is("according") && clause[1].is("to") {
        let phrase = speaker_after(&clause[2..]);
        let span = clause[0].at..span_of(&phrase)?.end;
        return Some((phrase, span));
    }
    let cue = clause.iter().take(16).position(|t| words::is_cue(t.text))?;
    if cue == 0 {
        let phrase = speaker_after(&clause[1..]);
        let span = clause[0].at..span_of(&phrase)?.end;
        Some((phrase, span))
    } else {
        let phrase = clause[..cue].to_vec();
        let span = phrase.first()?.at..clause[cue].end();
        Some((phrase, span))
    }
}

/// The attribution before a quotation: "X said:", "X said the mission was", "According to X,".
fn cue_before<'a>(before: &[Token<'a>]) -> Option<(Vec<Token<'a>>, Range<usize>)> {
    if let Some(at) = before
        .windows(2)
        .rposition(|w| w[0].is("according") && w[1].is("to"))
    {
        let phrase = speaker_after(&before[at + 2..]);
        if !phrase.is_empty() {
            let span = before[at].at..span_of(&phrase)?.end;
            return Some((phrase, span));
        }
    }
    let cue = before.iter().rposition(|t| words::is_cue(t.text))?;
    let phrase = speaker_before(&before[..cue]);
    if phrase.is_empty() {
        // "Said Landau: ..." or "asked about it, said the minister:".
        let phrase = speaker_after(&before[cue + 1..]);
        let span = before[cue].at..span_of(&phrase)?.end;
        return Some((phrase, span));
    }
    let span = phrase.first()?.at..before[cue].end();
    Some((phrase, span))
}

/// The speaker phrase that follows a verb: a name or noun phrase, and a role after a comma.
fn speaker_after<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() && fits_speaker(&tokens[i], out.is_empty()) {
        out.push(tokens[i]);
        i += 1;
    }
    if tokens.get(i).is_some_and(|t| t.text == ",") {
        let rest = &tokens[i + 1..];
        let end = rest
            .iter()
            .position(|t| matches!(t.text, "," | "." | ";"))
            .unwrap_or(rest.len());
        let appositive = &rest[..end];
        if appositive.len() <= 14 && appositive.iter().take(8).any(|t| words::is_title(t.bare())) {
            out.push(tokens[i]);
            out.extend_from_slice(appositive);
        }
    }
    out
}

/// The subject phrase before a verb, back to the start of its clause, with an appositive
/// between commas ("Jean Dupont, a spokesman for the mission, said").
fn speaker_before<'a>(tokens: &[Token<'a>]) -> Vec<Token<'a>> {
    let mut end = tokens.len();
    let mut appositive: Vec<Token<'a>> = Vec::new();
    if end > 0 && tokens[end - 1].text == "," {
        let comma = tokens[..end - 1].iter().rposition(|t| t.text == ",");
        if let Some(comma) = comma {
            let inside = &tokens[comma + 1..end - 1];
            if inside.len() <= 14 && inside.iter().any(|t| words::is_title(t.bare())) {
                appositive = tokens[comma..end - 1].to_vec();
                end = comma;
            }
        }
    }
    let mut start = end;
    while start > 0 && fits_speaker(&tokens[start - 1], start == end) {
        start -= 1;
    }
    // The phrase starts at a word that can begin one ("the", a capital, a pronoun).
    while start < end && !can_start_speaker(&tokens[start]) {
        start += 1;
    }
    let mut phrase = tokens[start..end].to_vec();
    if !phrase.is_empty() {
        phrase.extend(appositive);
    }
    phrase
}

fn can_start_speaker(token: &Token<'_>) -> bool {
    token.is_capitalised()
        || matches!(
            token.lower().as_str(),
            "the"
                | "a"
                | "an"
                | "he"
                | "she"
                | "it"
                | "they"
                | "one"
                | "two"
                | "three"
                | "some"
                | "several"
                | "many"
                | "officials"
                | "diplomats"
                | "residents"
                | "witnesses"
        )
        || words::is_title(token.bare())
        || words::is_unnamed_group(token.text)
}

/// Words a speaker phrase is made of: names, titles, articles, and the lower-case words of a
/// role ("a spokesperson for the ministry").
fn fits_speaker(token: &Token<'_>, first: bool) -> bool {
    if !token.is_word() {
        return false;
    }
    let lower = token.lower();
    if words::is_cue(&lower) || words::is_thought(&lower) {
        return false;
    }
    let _ = first;
    token.is_capitalised()
        || words::is_title(token.bare())
        || words::is_title_modifier(token.bare())
        || words::is_connector(token.text)
        || words::is_organisation_noun(token.bare())
        || words::is_unnamed_group(token.text)
        || words::possessive_stem(token.text).is_some()
        || matches!(
            lower.as_str(),
            "he" | "she"
                | "it"
                | "they"
                | "a"
                | "an"
                | "one"
                | "two"
                | "three"
                | "some"
                | "several"
                | "many"
                | "senior"
                | "unnamed"
                | "anonymous"
                | "other"
                | "another"
                | "western"
                | "african"
                | "local"
                | "top"
        )
}

fn is_dash(token: &Token<'_>) -> bool {
    matches!(token.text, "\u{2014}" | "\u{2013}" | "-")
}

fn span_of(tokens: &[Token<'_>]) -> Option<Range<usize>> {
    Some(tokens.first()?.at..tokens.last()?.end())
}

#[cfg(test)]
mod tests;
