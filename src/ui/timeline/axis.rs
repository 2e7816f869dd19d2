//! Dates to columns for the timeline's picture. The axis is to scale where it can be; the longest
//! quiet stretches are broken (drawn at a fixed width, dashed) so that the busy weeks get the
//! room to stay legible.

use chrono::NaiveDate;

/// Columns between two neighbouring dates drawn to scale, at the least, so their markers never
/// touch.
const MIN_GAP: u16 = 2;

/// The widths a broken stretch may take, widest first: wide enough for a date under each end
/// when the screen allows, narrow enough to leave the scaled part its room when it does not.
const BREAK_WIDTHS: [u16; 4] = [12, 8, 5, 3];

/// Dates placed on `width` columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Axis {
    /// Every distinct date, in order, with its column.
    stops: Vec<(NaiveDate, u16)>,
    /// For the stretch after each stop but the last: drawn broken, not to scale.
    broken: Vec<bool>,
}

impl Axis {
    /// Places `dates` on `width` columns: the first at column 0, the last at `width - 1`. `None`
    /// when even with every stretch broken the dates would stand closer than `MIN_GAP`.
    pub fn new(dates: impl IntoIterator<Item = NaiveDate>, width: u16) -> Option<Self> {
        let mut dates: Vec<NaiveDate> = dates.into_iter().collect();
        dates.sort_unstable();
        dates.dedup();
        let last = width.checked_sub(1)?;
        match dates.as_slice() {
            [] => return None,
            [only] => {
                return Some(Self {
                    stops: vec![(*only, last / 2)],
                    broken: Vec::new(),
                });
            }
            _ => {}
        }
        let gaps: Vec<u64> = dates
            .windows(2)
            .map(|pair| (pair[1] - pair[0]).num_days().unsigned_abs())
            .collect();
        // Stretches to break, longest first.
        let mut by_length: Vec<usize> = (0..gaps.len()).collect();
        by_length.sort_by_key(|&index| std::cmp::Reverse(gaps[index]));
        // As few breaks as possible; then as wide as possible.
        for breaks in 0..=gaps.len() {
            let mut broken = vec![false; gaps.len()];
            for &index in &by_length[..breaks] {
                broken[index] = true;
            }
            for break_width in BREAK_WIDTHS {
                if let Some(columns) = place(&gaps, &broken, break_width, last) {
                    let stops = dates.iter().copied().zip(columns).collect();
                    return Some(Self { stops, broken });
                }
            }
        }
        None
    }

    /// The column of `date`; dates outside the axis go to its ends.
    pub fn column(&self, date: NaiveDate) -> u16 {
        let (Some(&(first_date, first)), Some(&(last_date, last))) =
            (self.stops.first(), self.stops.last())
        else {
            return 0;
        };
        if date <= first_date {
            return first;
        }
        if date >= last_date {
            return last;
        }
        let after = self.stops.partition_point(|(stop, _)| *stop <= date);
        let (start, from) = self.stops[after - 1];
        let (end, to) = self.stops[after];
        let done = (date - start).num_days().unsigned_abs();
        let all = (end - start).num_days().unsigned_abs().max(1);
        let step = u64::from(to - from) * done / all;
        from + u16::try_from(step).unwrap_or(0)
    }

    /// The columns between stops, each with whether it is drawn broken.
    pub fn stretches(&self) -> impl Iterator<Item = (std::ops::Range<u16>, bool)> + '_ {
        self.stops
            .windows(2)
            .zip(&self.broken)
            .map(|(pair, broken)| (pair[0].1..pair[1].1, *broken))
    }
}

/// Columns for each date when the `broken` stretches take `break_width` each and the rest share
/// the columns up to `last` in proportion to their days; `None` when two dates on a scaled
/// stretch would come closer than `MIN_GAP`.
fn place(gaps: &[u64], broken: &[bool], break_width: u16, last: u16) -> Option<Vec<u16>> {
    let breaks = u16::try_from(broken.iter().filter(|b| **b).count()).ok()?;
    let scaled_days: u64 = gaps
        .iter()
        .zip(broken)
        .filter(|(_, broken)| !**broken)
        .map(|(gap, _)| *gap)
        .sum();
    let mut columns = vec![0_u16];
    if scaled_days == 0 {
        // Every stretch is broken: they share the width evenly.
        let each = last / u16::try_from(gaps.len()).ok()?;
        if each < MIN_GAP {
            return None;
        }
        let count = u64::try_from(gaps.len()).ok()?;
        for index in 1..=count {
            columns.push(u16::try_from(u64::from(last) * index / count).ok()?);
        }
        return Some(columns);
    }
    let scaled_width = u64::from(last.checked_sub(breaks.checked_mul(break_width)?)?);
    let shortest = gaps
        .iter()
        .zip(broken)
        .filter(|(_, broken)| !**broken)
        .map(|(gap, _)| *gap)
        .min()?;
    // Columns are rounded down from exact positions, so an exact gap of MIN_GAP or more stays
    // at least MIN_GAP once rounded.
    if shortest * scaled_width < u64::from(MIN_GAP) * scaled_days {
        return None;
    }
    let (mut days_before, mut breaks_before) = (0_u64, 0_u64);
    for (gap, broken) in gaps.iter().zip(broken) {
        if *broken {
            breaks_before += 1;
        } else {
            days_before += gap;
        }
        let column =
            breaks_before * u64::from(break_width) + days_before * scaled_width / scaled_days;
        columns.push(u16::try_from(column).ok()?);
    }
    Some(columns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// The built-in briefing's dates: three early milestones, then the meeting week to the expiry.
    fn briefing_dates() -> Vec<NaiveDate> {
        [
            "2023-10-02",
            "2024-06-25",
            "2024-09-30",
            "2025-09-22",
            "2025-09-23",
            "2025-09-30",
            "2025-10-02",
        ]
        .map(date)
        .to_vec()
    }

    #[rstest]
    fn keeps_the_busy_last_weeks_apart_at_every_width_from_a_narrow_panel_up(
        #[values(30, 46, 76, 116, 196, 396)] width: u16,
    ) {
        let axis = Axis::new(briefing_dates(), width).expect("room for an axis");
        let columns: Vec<u16> = briefing_dates().iter().map(|d| axis.column(*d)).collect();
        assert_eq!(columns[0], 0);
        assert_eq!(*columns.last().unwrap(), width - 1);
        for pair in columns.windows(2) {
            assert!(pair[1] >= pair[0] + MIN_GAP, "{columns:?} at {width}");
        }
    }

    #[test]
    fn breaks_the_longest_quiet_stretches_first() {
        let axis = Axis::new(briefing_dates(), 76).unwrap();
        let broken: Vec<bool> = axis.stretches().map(|(_, broken)| broken).collect();
        // 267, 97 and 357 days are broken; 1, 7 and 2 days stay to scale.
        assert_eq!(broken, [true, true, true, false, false, false]);
    }

    #[test]
    fn scaled_stretches_are_in_proportion_to_their_days() {
        let axis = Axis::new(briefing_dates(), 76).unwrap();
        let at = |text| i32::from(axis.column(date(text)));
        let one_day = at("2025-09-23") - at("2025-09-22");
        let seven_days = at("2025-09-30") - at("2025-09-23");
        // Rounding moves each column by less than one.
        assert!(
            (seven_days - 7 * one_day).abs() <= 7,
            "{one_day} {seven_days}"
        );
        let two_days = at("2025-10-02") - at("2025-09-30");
        assert!((two_days - 2 * one_day).abs() <= 2, "{one_day} {two_days}");
    }

    #[test]
    fn needs_no_break_when_the_dates_are_evenly_spread() {
        let dates = ["2025-01-01", "2025-01-11", "2025-01-21", "2025-01-31"].map(date);
        let axis = Axis::new(dates, 61).unwrap();
        assert!(axis.stretches().all(|(_, broken)| !broken));
        assert_eq!(
            dates.map(|d| axis.column(d)),
            [0, 20, 40, 60],
            "ten days is twenty columns"
        );
    }

    #[test]
    fn places_dates_between_stops_in_proportion() {
        let dates = ["2025-01-01", "2025-01-11"].map(date);
        let axis = Axis::new(dates, 21).unwrap();
        assert_eq!(axis.column(date("2025-01-06")), 10);
        assert_eq!(axis.column(date("2024-12-01")), 0, "before the first date");
        assert_eq!(axis.column(date("2026-01-01")), 20, "after the last date");
    }

    #[rstest]
    #[case::no_dates(&[], 80)]
    #[case::no_width(&["2025-01-01"], 0)]
    #[case::too_many_for_the_width(&["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04"], 6)]
    fn gives_no_axis_without_room(#[case] dates: &[&str], #[case] width: u16) {
        assert_eq!(Axis::new(dates.iter().map(|d| date(d)), width), None);
    }

    #[test]
    fn centres_a_single_date() {
        let axis = Axis::new([date("2025-10-02")], 41).unwrap();
        assert_eq!(axis.column(date("2025-10-02")), 20);
    }

    #[test]
    fn repeated_dates_share_a_column() {
        let mut dates = briefing_dates();
        dates.push(date("2025-09-22"));
        let axis = Axis::new(dates, 76).unwrap();
        assert_eq!(axis.stops.len(), 7);
    }
}
