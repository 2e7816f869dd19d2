//! Which instant the dashboard shows: the real time, a replayed instant that ticks on from
//! `--as-of`, or one held still with `--freeze`. The wall clock is always passed in.

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use chrono_tz::Tz;

use crate::countdown::resolve_local;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplayClock {
    /// The wall clock shifted by an offset (zero for real time).
    Running { offset: TimeDelta },
    /// A held instant that does not tick.
    Frozen(DateTime<Utc>),
}

impl ReplayClock {
    pub const REAL: Self = Self::Running {
        offset: TimeDelta::zero(),
    };

    /// A clock that shows `start` at wall time `wall`, then ticks on (or holds, if `freeze`).
    pub fn starting_at(start: DateTime<Utc>, wall: DateTime<Utc>, freeze: bool) -> Self {
        if freeze {
            Self::Frozen(start)
        } else {
            Self::Running {
                offset: start - wall,
            }
        }
    }

    pub fn shown(&self, wall: DateTime<Utc>) -> DateTime<Utc> {
        match *self {
            Self::Running { offset } => wall + offset,
            Self::Frozen(at) => at,
        }
    }

    /// Whether the screen shows anything but the real present.
    pub fn is_replay(&self) -> bool {
        *self != Self::REAL
    }

    /// Moves the shown instant by whole calendar days in `tz`, keeping its wall-clock time, so a
    /// step across a DST change still lands on the same time of day.
    pub fn step_days(&mut self, days: i64, tz: Tz, wall: DateTime<Utc>) {
        let shown = self.shown(wall);
        let local = shown.with_timezone(&tz).naive_local();
        let magnitude = Days::new(days.unsigned_abs());
        let moved = if days >= 0 {
            local.checked_add_days(magnitude)
        } else {
            local.checked_sub_days(magnitude)
        };
        let Some(moved) = moved else { return };
        let target = resolve_local(tz, moved);
        *self = match *self {
            Self::Running { offset } => Self::Running {
                offset: offset + (target - shown),
            },
            Self::Frozen(_) => Self::Frozen(target),
        };
    }
}

/// Reads `--as-of`: `YYYY-MM-DD` (the start of that day), `YYYY-MM-DDTHH:MM[:SS]` (both in the
/// mandate's zone), or either time with an offset (RFC 3339, the seconds optional).
pub fn parse_as_of(text: &str, tz: Tz) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(text) {
        return Ok(instant.to_utc());
    }
    // "2026-03-02T10:00Z", "2026-03-02T10:00+01:00": an offset after minutes, as people write
    // it; RFC 3339 itself wants the seconds.
    if let Some(minutes) = text.get(..16)
        && let Ok(instant) = DateTime::parse_from_rfc3339(&format!("{minutes}:00{}", &text[16..]))
    {
        return Ok(instant.to_utc());
    }
    let local = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|date| date.and_time(chrono::NaiveTime::MIN))
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M"))
        .map_err(|_| {
            format!(
                "--as-of {text:?} is not a date or time: write YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] \
                 (read in {tz}), or with an offset such as 2025-10-01T23:30-07:00 or \
                 2025-10-02T06:30Z"
            )
        })?;
    Ok(resolve_local(tz, local))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::New_York;
    use rstest::rstest;

    fn instant(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    #[rstest]
    #[case::date_is_start_of_day_in_new_york("2025-09-23", "2025-09-23T04:00:00Z")]
    #[case::local_minutes("2025-09-22T14:30", "2025-09-22T18:30:00Z")]
    #[case::local_seconds("2025-10-02T23:59:59", "2025-10-03T03:59:59Z")]
    #[case::winter_offset("2025-12-01T12:00", "2025-12-01T17:00:00Z")]
    #[case::explicit_offset("2025-10-01T23:30:00-07:00", "2025-10-02T06:30:00Z")]
    #[case::utc("2025-10-03T04:00:00Z", "2025-10-03T04:00:00Z")]
    #[case::utc_minutes("2026-03-02T10:00Z", "2026-03-02T10:00:00Z")]
    #[case::offset_minutes("2026-03-02T10:00+01:00", "2026-03-02T09:00:00Z")]
    fn reads_the_three_forms_of_as_of(#[case] text: &str, #[case] expected: &str) {
        assert_eq!(parse_as_of(text, New_York), Ok(instant(expected)));
    }

    #[rstest]
    #[case("yesterday")]
    #[case("2025-02-30")]
    #[case("2025-10-02 12:00")]
    #[case("2025-10-02T12:00:00:00Z")]
    #[case("2025-10-02T12:0Z")]
    #[case("")]
    fn refuses_what_is_not_an_instant(#[case] text: &str) {
        let error = parse_as_of(text, New_York).unwrap_err();
        assert!(error.contains("YYYY-MM-DD"), "{error}");
    }

    #[test]
    fn running_clock_ticks_on_from_the_start() {
        let wall = instant("2026-11-28T12:00:00Z");
        let clock = ReplayClock::starting_at(instant("2025-09-22T14:00:00Z"), wall, false);
        assert_eq!(
            clock.shown(wall + TimeDelta::seconds(90)),
            instant("2025-09-22T14:01:30Z")
        );
        assert!(clock.is_replay());
    }

    #[test]
    fn frozen_clock_holds_still() {
        let wall = instant("2026-11-28T12:00:00Z");
        let start = instant("2025-09-22T14:00:00Z");
        let clock = ReplayClock::starting_at(start, wall, true);
        assert_eq!(clock.shown(wall + TimeDelta::hours(5)), start);
    }

    #[test]
    fn real_clock_is_not_a_replay() {
        let wall = instant("2026-11-28T12:00:00Z");
        assert_eq!(ReplayClock::REAL.shown(wall), wall);
        assert!(!ReplayClock::REAL.is_replay());
    }

    #[test]
    fn steps_whole_days_across_a_dst_change() {
        // Noon on Saturday 1 Nov 2025 (EDT); the clocks go back that night.
        let wall = instant("2025-11-01T16:00:00Z");
        let mut clock = ReplayClock::REAL;
        clock.step_days(1, New_York, wall);
        // Noon on Sunday is 17:00 UTC (EST): 25 hours later, the same time of day.
        assert_eq!(clock.shown(wall), instant("2025-11-02T17:00:00Z"));
        clock.step_days(-7, New_York, wall);
        assert_eq!(clock.shown(wall), instant("2025-10-26T16:00:00Z"));
    }
}
