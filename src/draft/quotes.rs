//! Quotation marks: where each quotation opens and closes, across paragraphs, and whether what
//! they hold is a quotation at all. Only double marks delimit quotations (“ ” „ " « »), so
//! single marks inside one (nested quotes) and apostrophes (don’t, ’90s) never end it. A
//! quotation left open at the end of a paragraph runs on when the next paragraph opens with a
//! mark, as wire copy writes a quote over several paragraphs; otherwise it is unclosed and
//! taken to the end of its paragraph.

use std::ops::Range;

use super::article::Article;
use super::tokens::Token;
use super::words;

/// One passage between quotation marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    pub paragraph: usize,
    /// The opening mark's byte offset.
    pub open: usize,
    /// The text between the marks, trimmed.
    pub inner: Range<usize>,
    /// Just after the closing mark, or the paragraph's end when there is none.
    pub end: usize,
    pub closed: bool,
    /// Left open because the quotation runs on into the next paragraph.
    pub runs_on: bool,
    /// The next piece of a quotation begun in an earlier paragraph.
    pub continues: bool,
}

/// Whether `text` opens with two single quotation marks, written for a double one.
fn is_paired_single(text: &str) -> bool {
    let mut chars = text.chars();
    let single = |c: Option<char>| matches!(c, Some('\u{2018}' | '\u{2019}' | '\''));
    single(chars.next()) && single(chars.next())
}

/// The length in bytes of the quotation mark `text` opens with: one character, or two single
/// marks written for a double one.
fn mark_len(text: &str) -> usize {
    let mut chars = text.chars();
    let first = chars.next().map_or(1, char::len_utf8);
    if is_paired_single(text) {
        first + chars.next().map_or(0, char::len_utf8)
    } else {
        first
    }
}

fn is_double_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}'
    )
}

/// Where a single closing mark ends the quotation opened at `open`: the mark ends a word and
/// a verb of speech follows it ("Box,’ she said"), so it is not an apostrophe.
fn single_close(text: &str, open: usize) -> Option<(usize, char)> {
    text[open..].char_indices().find_map(|(i, c)| {
        let at = open + i;
        if !matches!(c, '\u{2019}' | '\'') || i == 0 {
            return None;
        }
        let before = text[..at].chars().next_back()?;
        let rest = &text[at + c.len_utf8()..];
        // `“... reducing terrorist attacks.’` at the end of its paragraph.
        if rest.trim().is_empty() && matches!(before, '.' | '!' | '?' | ',') {
            return Some((at, c));
        }
        // `activities’, he added`: the comma may stand outside the mark.
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        (!before.is_whitespace() && speech_follows(rest)).then_some((at, c))
    })
}

/// Whether a verb of speech comes within the next few words of `rest`, before any other
/// punctuation: " she said", " Ngaba said", " the official told".
fn speech_follows(rest: &str) -> bool {
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    for word in rest.split_whitespace().take(4) {
        if words::is_cue(word.trim_matches(|c: char| !c.is_alphabetic())) {
            return true;
        }
        if word.ends_with(|c: char| c.is_ascii_punctuation()) {
            return false;
        }
    }
    false
}

/// A double quotation mark (or two single ones written for it) in a paragraph, and what the
/// characters around it allow it to do.
struct Mark {
    at: usize,
    /// The mark; `"` for two single marks, which are as ambiguous.
    c: char,
    len: usize,
    can_open: bool,
    can_close: bool,
}

fn marks(text: &str) -> Vec<Mark> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut skip = false;
    for (i, &(at, c)) in chars.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        // `‘’I am confident`: two single marks written for a double one, ambiguous like `"`.
        let paired = is_paired_single(&text[at..]);
        if !is_double_mark(c) && !paired {
            continue;
        }
        skip = paired;
        let width = usize::from(paired) + 1;
        let before = i.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(i + width).map(|x| x.1);
        out.push(Mark {
            at,
            c: if paired { '"' } else { c },
            len: mark_len(&text[at..]),
            can_open: after.is_some_and(|a| !a.is_whitespace())
                && before.is_none_or(|b| {
                    // `declared,”This`: a comma, then a mark against a word, opens.
                    b.is_whitespace() || "([{\u{2014}\u{2013}-/:,\u{2018}'".contains(b)
                }),
            can_close: before.is_some_and(|b| !b.is_whitespace())
                && after.is_none_or(|a| a.is_whitespace() || !a.is_alphanumeric()),
        });
    }
    out
}

/// Every quotation-mark passage of the article, in order.
pub fn find(article: &Article) -> Vec<Marked> {
    let mut found: Vec<Marked> = Vec::new();
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        let text = &article.text[paragraph.clone()];
        let previous_unclosed = found
            .last()
            .is_some_and(|last| last.paragraph + 1 == index && !last.closed);
        let continues =
            previous_unclosed && (text.starts_with(is_double_mark) || is_paired_single(text));
        if continues && let Some(last) = found.last_mut() {
            last.runs_on = true;
        }
        let mut open: Option<usize> = None;
        let mut nested = 0_usize;
        let mut first = true;
        for Mark {
            at,
            c,
            len: mark,
            can_open,
            can_close,
        } in marks(text)
        {
            match open {
                None => {
                    // `led by Kenya.“ As the mission’s ...`: an opening mark by its shape, after
                    // the sentence before it ends, opens though a space follows it.
                    let after_stop = text[..at].ends_with(['.', '!', '?']);
                    let opens = match c {
                        '\u{201c}' | '\u{201e}' | '\u{ab}' => !can_close || can_open || after_stop,
                        _ => can_open,
                    };
                    // `The lack of an agreement ... communities,” the resolution states`: a
                    // closing mark with none to open it, first in its paragraph, closes a
                    // quotation from the paragraph's start when the quotation before ran on
                    // unclosed or a verb of speech follows.
                    let unopened = first
                        && !opens
                        && can_close
                        && matches!(c, '\u{201d}' | '"')
                        && (previous_unclosed || speech_follows(&text[at + mark..]));
                    if unopened {
                        let absolute = paragraph.start;
                        found.push(piece(
                            index,
                            (absolute, 0),
                            absolute + at,
                            absolute + at + mark,
                            true,
                            previous_unclosed,
                            &article.text,
                        ));
                        if previous_unclosed && let Some(last) = found.iter_mut().rev().nth(1) {
                            last.runs_on = true;
                        }
                        first = false;
                    } else if opens {
                        open = Some(at);
                    }
                }
                // “... privately “applauded” the announcement ...”: a curly mark opening inside
                // a quotation that enough closing marks follow is a quotation within it.
                Some(_) if c == '\u{201c}' && closers_to_spare(&text[at + mark..]) => {
                    nested += 1;
                }
                Some(_) if c == '\u{201d}' && nested > 0 => {
                    nested -= 1;
                }
                Some(start) => {
                    let closes = match c {
                        '\u{201d}' | '\u{bb}' => true,
                        '"' => can_close || !can_open,
                        _ => can_close && !can_open,
                    };
                    let absolute = paragraph.start;
                    if closes {
                        found.push(piece(
                            index,
                            (absolute + start, mark_len(&text[start..])),
                            absolute + at,
                            absolute + at + mark,
                            true,
                            continues && first,
                            &article.text,
                        ));
                        first = false;
                        open = None;
                    } else {
                        // A new opening before the last one closed: that one ends here, open.
                        found.push(piece(
                            index,
                            (absolute + start, mark_len(&text[start..])),
                            absolute + at,
                            absolute + at,
                            false,
                            continues && first,
                            &article.text,
                        ));
                        first = false;
                        open = Some(at);
                    }
                }
            }
        }
        if let Some(start) = open {
            found.push(left_open(article, index, start, continues && first));
        }
    }
    found.retain(|m| !m.inner.is_empty());
    found
}

/// Whether the curly closing marks after a nested opening mark are enough for it, every other
/// opening after it, and the quotation around it.
fn closers_to_spare(rest: &str) -> bool {
    let opening = rest.matches('\u{201c}').count();
    let closing = rest.matches('\u{201d}').count();
    closing > opening + 1
}

/// A quotation opened at `start` in paragraph `index` and not closed by a double mark: to a
/// single mark before its attribution (`“... Abyei Box,’ she said`), or to the paragraph's end.
fn left_open(article: &Article, index: usize, start: usize, continues: bool) -> Marked {
    let paragraph = &article.paragraphs[index];
    let text = &article.text[paragraph.clone()];
    let (end, after, closed) = match single_close(text, start) {
        Some((at, mark)) => (at, at + mark.len_utf8(), true),
        None => (text.len(), text.len(), false),
    };
    piece(
        index,
        (paragraph.start + start, mark_len(&text[start..])),
        paragraph.start + end,
        paragraph.start + after,
        closed,
        continues,
        &article.text,
    )
}

/// A quotation from `open` (its mark `mark` bytes long, none when a paragraph runs on
/// without one) to the closing mark at `close`.
fn piece(
    paragraph: usize,
    (open, mark): (usize, usize),
    close: usize,
    end: usize,
    closed: bool,
    continues: bool,
    text: &str,
) -> Marked {
    let inner = &text[open + mark..close];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    let start = open + mark + lead;
    Marked {
        paragraph,
        open,
        inner: start..start + trimmed.len(),
        end,
        closed,
        runs_on: false,
        continues,
    }
}

/// Why quoted words are not taken for a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAQuote {
    /// One or two words: a scare quote, a nickname, a term.
    TooShort,
    /// A name or title: after "so-called", "dubbed", or written in capitals like one.
    Name(String),
}

/// Words before quotation marks that introduce a name, not speech.
const NAMING: &[&str] = &[
    "so-called",
    "dubbed",
    "nicknamed",
    "named",
    "titled",
    "entitled",
    "codenamed",
    "code-named",
    "labelled",
    "labeled",
    "branded",
    "termed",
    "slogan",
    "motto",
    "hashtag",
    "operation",
    "term",
    "phrase",
    "word",
    "words",
    "called",
    "as",
];

/// Whether the passage is a quotation, or a name, title or scare quote in quotation marks.
pub fn classify(text: &str, marked: &Marked, before: &[Token<'_>]) -> Result<(), NotAQuote> {
    let inner = &text[marked.inner.clone()];
    let words_inside: Vec<&str> = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words_inside.len() < 3 {
        return Err(NotAQuote::TooShort);
    }
    let last = before.last().map(Token::lower);
    let last_two = match before {
        [.., a, b] => Some(format!("{} {}", a.lower(), b.lower())),
        _ => None,
    };
    if let Some(last) = &last {
        // "known as", "referred to as": a name follows; "described as" quotes speech.
        let naming = NAMING.contains(&last.as_str())
            && (last != "as"
                || last_two
                    .as_deref()
                    .is_some_and(|two| two == "known as" || two == "referred to as"));
        if naming {
            return Err(NotAQuote::Name(last.clone()));
        }
    }
    // A title in capitals: every long word capitalised, no sentence inside.
    let capitalised = words_inside
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let sentence_inside = inner.contains([',', '.', '!', '?', ';', ':']);
    // "Haitian-owned and -led": a word's first letter, past any hyphen, decides.
    let names_only = words_inside.iter().all(|w| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            || words::is_connector(w)
            || matches!(*w, "in" | "on" | "to" | "at")
    });
    if capitalised && names_only && !sentence_inside && words_inside.len() <= 8 {
        return Err(NotAQuote::Name("written in capitals like a title".into()));
    }
    Ok(())
}

/// Whether a quotation is partial: it starts in lower case, or inside a sentence rather than
/// at its start or after an attribution's colon or comma.
pub fn is_partial(text: &str, marked: &Marked, before: &[Token<'_>]) -> bool {
    let starts_lower = text[marked.inner.clone()]
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase);
    let introduced = before.last().is_none_or(|t| {
        matches!(
            t.text,
            ":" | "," | "\u{2014}" | "\u{2013}" | "." | "\u{201d}" | "\""
        )
    });
    // "a comprehensive, “Haitian-owned and -led” solution": words, not a sentence, inside the
    // marks, and the sentence runs on after them.
    let inner = &text[marked.inner.clone()];
    let runs_on = inner.ends_with(char::is_alphanumeric)
        && text[marked.end..].starts_with(' ')
        && text[marked.end..]
            .split_whitespace()
            .next()
            .is_some_and(|word| {
                word.starts_with(char::is_lowercase)
                    && !words::is_cue(word.trim_end_matches(|c: char| !c.is_alphabetic()))
                    && !matches!(word, "he" | "she" | "they" | "it" | "the" | "a" | "an")
            });
    starts_lower || !introduced || runs_on
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn article(body: &str) -> Article {
        let date = NaiveDate::from_ymd_opt(2025, 9, 23);
        Article::parse("a.txt", body.as_bytes(), date).unwrap()
    }

    fn quoted(body: &str) -> Vec<String> {
        let article = article(body);
        find(&article)
            .iter()
            .map(|m| article.text[m.inner.clone()].to_owned())
            .collect()
    }

    #[test]
    fn splits_a_quote_around_its_attribution() {
        assert_eq!(
            quoted("\u{201c}We came,\u{201d} she said, \u{201c}and we stay.\u{201d}"),
            ["We came,", "and we stay."]
        );
    }

    #[test]
    fn keeps_nested_single_quotes_and_apostrophes_inside() {
        assert_eq!(
            quoted(
                "\u{201c}They call it \u{2018}the force\u{2019}, don\u{2019}t they? Since the \u{2019}90s,\u{201d} he said."
            ),
            ["They call it \u{2018}the force\u{2019}, don\u{2019}t they? Since the \u{2019}90s,"]
        );
    }

    #[test]
    fn runs_a_quote_over_paragraphs_and_marks_an_unclosed_one() {
        let article = article(
            "\u{201c}First part.\n\n\u{201c}Second part.\n\n\u{201c}Last part.\u{201d}\n\nThen \u{201c}never closed here.\n\nEnd.",
        );
        let marks = find(&article);
        assert_eq!(marks.len(), 4);
        assert!(marks[0].runs_on && !marks[0].continues);
        assert!(marks[1].runs_on && marks[1].continues);
        assert!(marks[2].closed && marks[2].continues);
        assert!(!marks[3].closed && !marks[3].runs_on);
        assert_eq!(&article.text[marks[3].inner.clone()], "never closed here.");
    }

    #[test]
    fn keeps_a_quotation_inside_one_with_the_same_curly_marks() {
        assert_eq!(
            quoted(
                "\u{201c}The envoy privately \u{201c}applauded\u{201d} it as \u{201c}clearer\u{201d} than before\u{201d}, he said."
            ),
            [
                "The envoy privately \u{201c}applauded\u{201d} it as \u{201c}clearer\u{201d} than before"
            ]
        );
        // With no closing mark to spare, a new opening still ends the unclosed one before it.
        assert_eq!(
            quoted("\u{201c}The mission is failing. \u{201c}We are afraid,\u{201d} another said."),
            ["The mission is failing.", "We are afraid,"]
        );
    }

    #[test]
    fn an_opening_mark_after_a_full_stop_opens_though_a_space_follows() {
        assert_eq!(
            quoted(
                "Canada gave $80 million.\u{201c} As a contributor, we are committed,\u{201d} Anand said."
            ),
            ["As a contributor, we are committed,"]
        );
    }

    #[test]
    fn reads_straight_and_mixed_marks() {
        assert_eq!(
            quoted("\"We are ready,\" he said. \u{201c}Mixed marks here.\""),
            ["We are ready,", "Mixed marks here."]
        );
    }

    #[test]
    fn names_titles_and_scare_quotes_are_not_quotations() {
        let text = " the so-called \u{201c}gang suppression force\u{201d} and a \u{201c}robust\u{201d} plan, the \u{201c}Viv Ansanm Gang Coalition\u{201d}";
        let article = article(text);
        let verdicts: Vec<_> = find(&article)
            .iter()
            .map(|m| {
                let before = crate::draft::tokens::of(
                    &article.text,
                    article.paragraphs[m.paragraph].start..m.open,
                );
                classify(&article.text, m, &before)
            })
            .collect();
        assert_eq!(
            verdicts,
            [
                Err(NotAQuote::Name("so-called".into())),
                Err(NotAQuote::TooShort),
                Err(NotAQuote::Name("written in capitals like a title".into())),
            ]
        );
    }
}
