//! A list too long for its panel: which whole entries to show, one of them always in view, and
//! a line above and below saying how many more there are. Entries are never cut to make room;
//! only an entry taller than the whole panel is, and then it is the only one shown.

use ratatui::style::Style;
use ratatui::text::Line;

use super::wrap::truncate;

/// Which way the window grows from the entry it keeps in view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grow {
    /// Show the entries before the kept one first: a list read from the top.
    UpFirst,
    /// Show the entries after it first: a timeline, where what comes next matters most.
    DownFirst,
}

/// Entries `first..end` of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub first: usize,
    pub end: usize,
}

/// The whole entries, with heights `heights`, that fit in `rows` with entry `keep` among them,
/// leaving a row for "N more" on each side that has more.
pub fn window(heights: &[usize], keep: usize, rows: usize, grow: Grow) -> Window {
    let len = heights.len();
    let keep = keep.min(len.saturating_sub(1));
    let fits = |first: usize, end: usize| {
        let indicators = usize::from(first > 0) + usize::from(end < len);
        heights[first..end].iter().sum::<usize>() + indicators <= rows
    };
    let mut window = Window {
        first: keep,
        end: (keep + 1).min(len),
    };
    let grow_up = |window: &mut Window| {
        while window.first > 0 && fits(window.first - 1, window.end) {
            window.first -= 1;
        }
    };
    let grow_down = |window: &mut Window| {
        while window.end < len && fits(window.first, window.end + 1) {
            window.end += 1;
        }
    };
    match grow {
        Grow::UpFirst => {
            grow_up(&mut window);
            grow_down(&mut window);
        }
        Grow::DownFirst => {
            grow_down(&mut window);
            grow_up(&mut window);
        }
    }
    window
}

/// The lines of `entries` that fit in `rows`: a window of whole entries around `keep`, with
/// "N more ↑" and "N more ↓" where entries are left out. An entry taller than `rows` on its own
/// is cut, its last line shown ending in "…".
pub fn lines(
    entries: Vec<Vec<Line<'static>>>,
    keep: usize,
    rows: usize,
    width: usize,
    grow: Grow,
    style: Style,
) -> Vec<Line<'static>> {
    let heights: Vec<usize> = entries.iter().map(Vec::len).collect();
    let Window { first, end } = window(&heights, keep, rows, grow);
    let below = entries.len().saturating_sub(end);
    let mut lines = Vec::new();
    if first > 0 && rows > 2 {
        lines.push(Line::styled(format!("{first} more \u{2191}"), style).right_aligned());
    }
    let room = rows.saturating_sub(lines.len() + usize::from(below > 0 && rows > 2));
    let mut shown: Vec<Line<'static>> = entries
        .into_iter()
        .skip(first)
        .take(end - first)
        .flatten()
        .collect();
    if shown.len() > room {
        shown.truncate(room);
        if let Some(last) = shown.last_mut() {
            *last = cut(last, width);
        }
    }
    lines.extend(shown);
    if below > 0 && rows > 2 {
        lines.push(Line::styled(format!("{below} more \u{2193}"), style).right_aligned());
    }
    lines
}

/// `line` ending in "…", to say that what follows it is left out.
fn cut(line: &Line<'static>, width: usize) -> Line<'static> {
    let text: String = line
        .spans
        .iter()
        .map(|span| span.content.as_ref())
        .collect();
    let style = line.spans.last().map_or(line.style, |span| span.style);
    let shortened = truncate(&format!("{} \u{2026}", text.trim_end()), width);
    Line::styled(shortened, style)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::everything_fits(&[2, 2, 2], 0, 6, Grow::UpFirst, 0, 3)]
    #[case::from_the_top(&[2, 2, 2, 2], 0, 6, Grow::UpFirst, 0, 2)]
    #[case::scrolled_to_the_kept(&[2, 2, 2, 2], 3, 6, Grow::UpFirst, 2, 4)]
    #[case::middle_with_both_indicators(&[2, 2, 2, 2, 2], 2, 6, Grow::UpFirst, 1, 3)]
    #[case::what_comes_next_first(&[1, 1, 1, 1, 1], 2, 4, Grow::DownFirst, 2, 5)]
    #[case::what_came_before_first(&[1, 1, 1, 1, 1], 2, 4, Grow::UpFirst, 0, 3)]
    #[case::taller_than_the_panel(&[1, 9, 1], 1, 4, Grow::UpFirst, 1, 2)]
    fn keeps_the_kept_entry_in_view(
        #[case] heights: &[usize],
        #[case] keep: usize,
        #[case] rows: usize,
        #[case] grow: Grow,
        #[case] first: usize,
        #[case] end: usize,
    ) {
        assert_eq!(window(heights, keep, rows, grow), Window { first, end });
    }

    fn entry(text: &str, rows: usize) -> Vec<Line<'static>> {
        (0..rows)
            .map(|row| Line::from(format!("{text}{row}")))
            .collect()
    }

    #[test]
    fn says_how_many_more_there_are_each_way() {
        let entries = (0..5).map(|i| entry(&format!("e{i}."), 2)).collect();
        let lines = lines(entries, 2, 6, 20, Grow::UpFirst, Style::new());
        let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "1 more \u{2191}",
                "e1.0",
                "e1.1",
                "e2.0",
                "e2.1",
                "2 more \u{2193}"
            ]
        );
    }

    #[test]
    fn cuts_only_an_entry_taller_than_the_panel_and_says_so() {
        let lines = lines(
            vec![entry("long ", 6)],
            0,
            3,
            20,
            Grow::UpFirst,
            Style::new(),
        );
        let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["long 0", "long 1", "long 2 \u{2026}"]);
    }
}
