//! Splits of an area into rows or columns, the same as ratatui's `Layout` would make them, done
//! by arithmetic when the answer is plain: lengths that fit, stacked from the start or centred,
//! with at most one `Fill(1)` taking the rest, or two percentages that make a whole. Anything
//! else goes to `Layout`. The constraint solver costs about 170 thousand instructions a split
//! the first time it meets an area (a centred split of seven rows, 680 thousand), and the first
//! frame makes a dozen of them; the property test below holds the two answers equal.

use ratatui::layout::{Constraint, Direction, Flex, Layout, Rect};

/// `area` cut into rows from the top, as `Layout::vertical(constraints)` cuts it.
pub fn rows<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    split(area, Direction::Vertical, constraints, Flex::Start)
}

/// `area` cut into columns from the left, as `Layout::horizontal(constraints)` cuts it.
pub fn columns<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    split(area, Direction::Horizontal, constraints, Flex::Start)
}

/// `area` cut into rows gathered in its middle, as `Layout::vertical(constraints)` with
/// `Flex::Center` cuts it.
pub fn rows_centred<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    split(area, Direction::Vertical, constraints, Flex::Center)
}

/// As [`rows`] or [`rows_centred`] (by `flex`), for a number of rows known only at run time.
pub fn rows_vec(area: Rect, constraints: &[Constraint], flex: Flex) -> Vec<Rect> {
    let mut rects = vec![Rect::default(); constraints.len()];
    split_into(area, Direction::Vertical, constraints, flex, &mut rects);
    rects
}

/// The middle `width` columns of `area`, as `area.centered_horizontally(Length(width))`.
pub fn centre_horizontally(area: Rect, width: u16) -> Rect {
    let [middle] = split(
        area,
        Direction::Horizontal,
        [Constraint::Length(width)],
        Flex::Center,
    );
    middle
}

fn split<const N: usize>(
    area: Rect,
    direction: Direction,
    constraints: [Constraint; N],
    flex: Flex,
) -> [Rect; N] {
    let mut rects = [Rect::default(); N];
    split_into(area, direction, &constraints, flex, &mut rects);
    rects
}

fn split_into(
    area: Rect,
    direction: Direction,
    constraints: &[Constraint],
    flex: Flex,
    rects: &mut [Rect],
) {
    let (start, total) = match direction {
        Direction::Vertical => (area.y, area.height),
        Direction::Horizontal => (area.x, area.width),
    };
    if let Some((offset, sizes)) = plain_sizes(total, constraints, flex) {
        let mut position = start.saturating_add(offset);
        for (rect, size) in rects.iter_mut().zip(sizes) {
            *rect = match direction {
                Direction::Vertical => Rect::new(area.x, position, area.width, size),
                Direction::Horizontal => Rect::new(position, area.y, size, area.height),
            };
            position = position.saturating_add(size);
        }
    } else {
        let layout = Layout::new(direction, constraints.iter().copied()).flex(flex);
        rects.copy_from_slice(&layout.split(area));
    }
}

/// The offset of the first part and the size of each, when arithmetic gives the solver's answer.
fn plain_sizes(
    total: u16,
    constraints: &[Constraint],
    flex: Flex,
) -> Option<(u16, impl Iterator<Item = u16>)> {
    if let [
        Constraint::Percentage(first),
        Constraint::Percentage(second),
    ] = *constraints
        && u32::from(first) + u32::from(second) == 100
    {
        // The solver rounds half away from zero; the first part ends `first` % along `total`.
        let first = u16::try_from((u32::from(first) * u32::from(total) * 2 + 100) / 200).ok()?;
        let sizes = [first, total - first];
        return Some((0, Sizes::Two(sizes.into_iter())));
    }
    let mut fixed = 0u16;
    let mut fills = 0;
    for constraint in constraints {
        match *constraint {
            Constraint::Length(length) => fixed = fixed.checked_add(length)?,
            Constraint::Fill(1) => fills += 1,
            _ => return None,
        }
    }
    if fixed > total || fills > 1 || !matches!(flex, Flex::Start | Flex::Center) {
        return None;
    }
    let rest = total - fixed;
    // Centred, the space left over is shared by a spacer each side, the first rounded up.
    let offset = if fills == 0 && flex == Flex::Center {
        rest.div_ceil(2)
    } else {
        0
    };
    let sizes = constraints.iter().map(move |constraint| match *constraint {
        Constraint::Length(length) => length,
        _ => rest,
    });
    Some((offset, Sizes::Many(sizes)))
}

/// One iterator type for both kinds of plain split.
enum Sizes<T> {
    Two(std::array::IntoIter<u16, 2>),
    Many(T),
}

impl<T: Iterator<Item = u16>> Iterator for Sizes<T> {
    type Item = u16;

    fn next(&mut self) -> Option<u16> {
        match self {
            Self::Two(sizes) => sizes.next(),
            Self::Many(sizes) => sizes.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn solver(
        area: Rect,
        direction: Direction,
        constraints: &[Constraint],
        flex: Flex,
    ) -> Vec<Rect> {
        Layout::new(direction, constraints.iter().copied())
            .flex(flex)
            .split(area)
            .to_vec()
    }

    fn ours(area: Rect, direction: Direction, constraints: &[Constraint], flex: Flex) -> Vec<Rect> {
        let mut rects = vec![Rect::default(); constraints.len()];
        split_into(area, direction, constraints, flex, &mut rects);
        rects
    }

    fn constraint() -> impl Strategy<Value = Constraint> {
        prop_oneof![
            4 => (0u16..40).prop_map(Constraint::Length),
            1 => Just(Constraint::Fill(1)),
        ]
    }

    fn direction() -> impl Strategy<Value = Direction> {
        prop_oneof![Just(Direction::Vertical), Just(Direction::Horizontal)]
    }

    fn flex() -> impl Strategy<Value = Flex> {
        prop_oneof![Just(Flex::Start), Just(Flex::Center)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Lengths and a fill, fitting or not, from the start or centred, anywhere on a screen.
        #[test]
        fn lengths_and_a_fill_split_as_the_solver_splits_them(
            x in 0u16..300,
            y in 0u16..300,
            width in 0u16..400,
            height in 0u16..400,
            constraints in prop::collection::vec(constraint(), 1..8),
            direction in direction(),
            flex in flex(),
        ) {
            let area = Rect::new(x, y, width, height);
            prop_assert_eq!(
                ours(area, direction, &constraints, flex),
                solver(area, direction, &constraints, flex)
            );
        }

        #[test]
        fn two_percentages_split_as_the_solver_splits_them(
            x in 0u16..300,
            width in 0u16..2000,
            first in 0u16..=100,
            direction in direction(),
        ) {
            let area = Rect::new(x, 3, width, 7);
            let constraints = [Constraint::Percentage(first), Constraint::Percentage(100 - first)];
            prop_assert_eq!(
                ours(area, direction, &constraints, Flex::Start),
                solver(area, direction, &constraints, Flex::Start)
            );
        }
    }

    /// The splits the dashboard makes, at every size up to 300x100.
    #[test]
    fn the_dashboards_splits_match_the_solver_at_every_size() {
        for total in 0..=300 {
            let area = Rect::new(2, 1, total, total / 3 + 1);
            for constraints in [
                vec![Constraint::Percentage(60), Constraint::Percentage(40)],
                vec![
                    Constraint::Length(1),
                    Constraint::Fill(1),
                    Constraint::Length(1),
                ],
                vec![Constraint::Fill(1), Constraint::Length(total / 4)],
                vec![Constraint::Length(total / 7)],
            ] {
                for flex in [Flex::Start, Flex::Center] {
                    assert_eq!(
                        ours(area, Direction::Horizontal, &constraints, flex),
                        solver(area, Direction::Horizontal, &constraints, flex),
                        "{constraints:?} {flex:?} in {area:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn what_arithmetic_does_not_cover_goes_to_the_solver() {
        let area = Rect::new(0, 0, 10, 10);
        let constraints = [Constraint::Min(3), Constraint::Max(4)];
        assert!(plain_sizes(10, &constraints, Flex::Start).is_none());
        assert!(plain_sizes(10, &[Constraint::Length(11)], Flex::Start).is_none());
        assert_eq!(
            ours(area, Direction::Vertical, &constraints, Flex::Start),
            solver(area, Direction::Vertical, &constraints, Flex::Start)
        );
    }
}
