//! Briefing text is untrusted: it reaches terminals, HTML and SVG. Strip anything a terminal
//! would act on, and compare quotations the way a reader would.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Removes escape sequences and control characters, trims, and puts the text in NFC; line
/// breaks and tabs become spaces.
pub fn clean(text: &str) -> String {
    // One form for one text: a precomposed é and e + combining accent compare and lay out alike.
    nfc(strip(text).trim()).into_owned()
}

/// `text` in NFC. Most text already is, and a quick check of that costs a fraction of composing
/// it again, which was most of the time spent loading a briefing.
fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Removes escape sequences and control characters, keeping everything else as it is.
pub fn strip(text: &str) -> String {
    // Nearly all text has none: a copy, rather than a character at a time.
    if !text.contains(char::is_control) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape_sequence(&mut chars),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Skips the body of an ESC sequence: CSI (`ESC [ ... final`), OSC/DCS/APC strings (ended by BEL
/// or `ESC \`), or a single following character.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => {
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        Some(']' | 'P' | '_' | '^' | 'X') => {
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1b}' {
                    chars.next_if_eq(&'\\');
                    break;
                }
            }
        }
        _ => {}
    }
}

/// Shows control characters as escapes (`\u{1b}`), for messages that quote what was written.
pub fn escape_controls(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The form in which quotations are compared: curly and straight quote marks are equal, and any
/// run of white space is one space. Nothing else is forgiven.
pub fn comparable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in nfc(text).chars() {
        if c.is_whitespace() {
            if !in_space && !out.is_empty() {
                out.push(' ');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        out.push(match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
            c => c,
        });
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// `5500` as `5,500`: how figures are written in the sources and on screen.
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::osc_title("a\u{1b}]0;pwned\u{7}b", "ab")]
    #[case::osc_with_st("a\u{1b}]8;;http://x\u{1b}\\b", "ab")]
    #[case::csi_colour("\u{1b}[31mred\u{1b}[0m", "red")]
    #[case::c1_csi("a\u{9b}2Jb", "a2Jb")]
    #[case::bell_and_backspace("a\u{7}\u{8}b", "ab")]
    #[case::newlines_become_spaces("one\ntwo\tthree", "one two three")]
    #[case::markup_is_kept_as_text("<script>&", "<script>&")]
    #[case::curly_quotes_kept("don\u{2019}t", "don\u{2019}t")]
    #[case::nfc("cafe\u{301}", "caf\u{e9}")]
    fn strips_what_a_terminal_would_act_on(#[case] raw: &str, #[case] cleaned: &str) {
        assert_eq!(clean(raw), cleaned);
    }

    proptest::proptest! {
        /// The quick check only skips composing text that composing would leave as it is.
        #[test]
        fn skipping_text_already_in_nfc_changes_nothing(text in "\\PC{0,40}", marks in "[a-e\u{300}-\u{36f}\u{1100}-\u{1175}]{0,12}") {
            for text in [text.as_str(), marks.as_str()] {
                proptest::prop_assert_eq!(nfc(text), text.nfc().collect::<String>());
            }
        }
    }

    #[test]
    fn treats_curly_and_straight_quotes_and_spacing_as_equal() {
        assert_eq!(
            comparable("we don\u{2019}t  let\n \u{201c}them\u{201d}"),
            comparable("we don't let \"them\"")
        );
        assert_ne!(comparable("we don't let"), comparable("we do not let"));
    }

    #[rstest]
    #[case(0, "0")]
    #[case(989, "989")]
    #[case(5500, "5,500")]
    #[case(1_234_567, "1,234,567")]
    fn separates_thousands(#[case] n: u32, #[case] shown: &str) {
        assert_eq!(thousands(n), shown);
    }
}
