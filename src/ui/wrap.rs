//! Fitting text to a width measured in terminal cells, never in bytes, so wide (CJK, emoji) and
//! combining characters line up.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Breaks `text` into lines of at most `width` cells, at spaces where it can.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    // The width of `line`, kept as it grows rather than measured again for every word.
    let mut line_width = 0;
    for word in text.split_whitespace() {
        let word_width = word.width();
        if !line.is_empty() && line_width + 1 + word_width > width {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            line_width += 1;
        }
        if line_width + word_width <= width {
            line.push_str(word);
            line_width += word_width;
            continue;
        }
        // A word longer than the line is split where it must be.
        for c in word.chars() {
            let char_width = c.width().unwrap_or(0);
            if line_width + char_width > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            line.push(c);
            line_width += char_width;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` wrapped to `width` after `lead`, the lines after the first indented as far as `lead`
/// is wide, so the text stands in a column of its own.
pub fn hanging(text: &str, lead: &str, width: usize) -> Vec<String> {
    let indent = lead.width();
    wrap(text, width.saturating_sub(indent))
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            if index == 0 {
                format!("{lead}{line}")
            } else {
                format!("{}{line}", " ".repeat(indent))
            }
        })
        .collect()
}

/// The first of `variants` (longest first) that fits in `width` cells, or the last one cut.
pub fn fit(variants: &[String], width: usize) -> String {
    variants
        .iter()
        .find(|variant| variant.width() <= width)
        .cloned()
        .unwrap_or_else(|| truncate(variants.last().map_or("", String::as_str), width))
}

/// Cuts text to `width` cells, ending in an ellipsis when anything was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut out_width = 0;
    for c in text.chars() {
        let char_width = c.width().unwrap_or(0);
        if out_width + char_width + 1 > width {
            break;
        }
        out.push(c);
        out_width += char_width;
    }
    if width > 0 {
        out.push('\u{2026}');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::words("one two three four", 9, &["one two", "three", "four"])]
    #[case::long_word("abcdefghij", 4, &["abcd", "efgh", "ij"])]
    #[case::cjk("海地 多国 安全 支助", 9, &["海地 多国", "安全 支助"])]
    #[case::combining("cafe\u{301} cafe\u{301}", 5, &["cafe\u{301}", "cafe\u{301}"])]
    fn wraps_by_display_width(#[case] text: &str, #[case] width: usize, #[case] expected: &[&str]) {
        let lines = wrap(text, width);
        assert_eq!(lines, expected);
        assert!(lines.iter().all(|l| l.width() <= width));
    }

    #[test]
    fn hangs_wrapped_lines_under_the_first() {
        assert_eq!(
            hanging("one two three", "2025-09-22  ", 18),
            ["2025-09-22  one", "            two", "            three"]
        );
    }

    #[rstest]
    #[case("short", 10, "short")]
    #[case("a longer line", 8, "a longe\u{2026}")]
    #[case("海地多国安全", 7, "海地多\u{2026}")]
    #[case("anything", 0, "")]
    fn truncates_by_display_width(
        #[case] text: &str,
        #[case] width: usize,
        #[case] expected: &str,
    ) {
        let cut = truncate(text, width);
        assert_eq!(cut, expected);
        assert!(cut.width() <= width);
    }
}
