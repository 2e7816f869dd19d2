//! Words and marks with their places in the article: the unit every rule reads. A word keeps
//! the stop of an abbreviation ("Mr.", "U.S."), a possessive ("Kenya's") and the marks inside
//! it ("Fils-Aimé", "don't", "5,500"); every other mark is a token of its own.

use std::ops::Range;

use super::words;

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
pub fn of(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
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
            // "Lt. Gen.Elwelu", "Mr.Kamau": an abbreviation glued to the name after it.
            let abbreviation = &slice[start..at];
            let glued_rank = next == '.'
                && (words::TITLE_ABBREVIATIONS.contains(&abbreviation)
                    || words::HONORIFICS.contains(&abbreviation))
                && {
                    let mut rest = slice[at + 1..].chars();
                    rest.next().is_some_and(char::is_uppercase)
                        && rest.next().is_some_and(char::is_lowercase)
                };
            if glued_rank {
                end = at + 1;
                chars.next();
                break;
            }
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
    initial
        || dotted
        || words::HONORIFICS.contains(&word)
        || words::TITLE_ABBREVIATIONS.contains(&word)
}

/// Runs of white space as one space: a name or role broken over two lines reads as one.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The slice of the article from the first token to the last.
pub fn span_text<'a>(text: &'a str, tokens: &[Token<'_>]) -> &'a str {
    match (tokens.first(), tokens.last()) {
        (Some(first), Some(last)) => &text[first.at..last.end()],
        _ => "",
    }
}

/// The phrase without the marks at either end: ", the minister," reads as "the minister".
pub fn trim_marks<'a, 'b>(phrase: &'b [Token<'a>]) -> &'b [Token<'a>] {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        of(text, 0..text.len()).iter().map(|t| t.text).collect()
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
