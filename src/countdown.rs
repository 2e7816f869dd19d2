//! Calendar arithmetic for a deadline in a named time zone. No terminal code here: `now` is an
//! input, so every figure the dashboard shows can be tested against fixed instants.

use chrono::{
    DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, SubsecRound, TimeDelta, TimeZone, Utc,
};
use chrono_tz::Tz;

/// The moment a mandate stops being in force: the end of its expiry date (the default), or a
/// time of day on that date, in the mandate's own time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub expires: NaiveDate,
    pub timezone: Tz,
    /// `None` means the mandate is in force through the whole expiry date.
    pub lapse_time: Option<NaiveTime>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Active,
    ExpiresToday,
    Expired,
}

impl Status {
    /// The stable machine name used in JSON output.
    pub const fn key(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::ExpiresToday => "expires_today",
            Self::Expired => "expired",
        }
    }
}

/// Everything the dashboard says about the deadline at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    pub status: Status,
    /// The date of "now" in the deadline's zone.
    pub today: NaiveDate,
    /// Calendar days from today to the expiry date; 0 on the day and after.
    pub days_remaining: i64,
    /// Calendar days from the expiry date to today, once the lapse instant has passed.
    pub days_since_expiry: Option<i64>,
    /// Exact time to the lapse instant; negative once it has passed.
    pub until_lapse: TimeDelta,
}

impl Countdown {
    /// The status in words, as shown beside the digits and in every summary.
    pub fn sentence(&self) -> String {
        match (self.status, self.days_since_expiry) {
            (Status::Active, _) => format!("{} remaining", days(self.days_remaining)),
            (Status::ExpiresToday, _) => "expires today".to_owned(),
            (Status::Expired, Some(0) | None) => "expired today".to_owned(),
            (Status::Expired, Some(n)) => format!("expired {} ago", days(n)),
        }
    }
}

/// `1 day`, `9 days`.
pub fn days(n: i64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

impl Deadline {
    /// The instant the mandate lapses.
    pub fn lapse_instant(&self) -> DateTime<Utc> {
        let local = match self.lapse_time {
            Some(time) => self.expires.and_time(time),
            // The end of the expiry date is the first moment of the next one.
            None => self
                .expires
                .checked_add_days(Days::new(1))
                .unwrap_or(NaiveDate::MAX)
                .and_time(NaiveTime::MIN),
        };
        resolve_local(self.timezone, local)
    }

    /// The countdown at `now`, taken to its whole second as every display of it is, so the
    /// clock and the time on screen always add up.
    pub fn countdown_at(&self, now: DateTime<Utc>) -> Countdown {
        let now = now.trunc_subsecs(0);
        let today = now.with_timezone(&self.timezone).date_naive();
        let lapse = self.lapse_instant();
        let until_lapse = lapse - now;
        let days_to_expiry = (self.expires - today).num_days();
        let status = if now >= lapse {
            Status::Expired
        } else if days_to_expiry == 0 {
            Status::ExpiresToday
        } else {
            Status::Active
        };
        Countdown {
            status,
            today,
            days_remaining: days_to_expiry.max(0),
            days_since_expiry: (status == Status::Expired).then_some(-days_to_expiry),
            until_lapse,
        }
    }
}

/// Maps a local wall-clock time to an instant. An ambiguous time (the repeated hour when clocks
/// go back) is its first occurrence; a time that never happens (clocks went forward, or a whole
/// day was skipped) becomes the first local time after it that does.
pub fn resolve_local(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    let mut probe = local;
    // A gap is at most a day long (Pacific/Apia skipped 30 December 2011).
    for _ in 0..=(24 * 60) {
        if let Some(instant) = tz.from_local_datetime(&probe).earliest() {
            return instant.with_timezone(&Utc);
        }
        probe += TimeDelta::minutes(1);
    }
    // No zone in the database has a gap longer than a day; treat the time as UTC rather than fail.
    local.and_utc()
}

/// A signed duration as `9d 04:12:33`, the live clock's format.
pub fn format_clock(delta: TimeDelta) -> String {
    let total = delta.num_seconds().unsigned_abs();
    let (days, rest) = (total / 86_400, total % 86_400);
    format!(
        "{days}d {:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn instant(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn mss() -> Deadline {
        Deadline {
            expires: date("2025-10-02"),
            timezone: chrono_tz::America::New_York,
            lapse_time: None,
        }
    }

    /// Noon in New York on a given date, far from any midnight.
    fn noon_new_york(day: &str) -> DateTime<Utc> {
        resolve_local(
            chrono_tz::America::New_York,
            date(day).and_hms_opt(12, 0, 0).unwrap(),
        )
    }

    #[rstest]
    #[case::day_of_the_meeting("2025-09-22", Status::Active, 10, None)]
    #[case::day_the_article_was_filed("2025-09-23", Status::Active, 9, None)]
    #[case::day_before_expiry("2025-10-01", Status::Active, 1, None)]
    #[case::expiry_date("2025-10-02", Status::ExpiresToday, 0, None)]
    #[case::day_after_expiry("2025-10-03", Status::Expired, 0, Some(1))]
    #[case::this_session("2026-11-28", Status::Expired, 0, Some(422))]
    #[case::leap_day_later("2028-02-29", Status::Expired, 0, Some(880))]
    fn counts_calendar_days_in_new_york(
        #[case] day: &str,
        #[case] status: Status,
        #[case] days_remaining: i64,
        #[case] days_since_expiry: Option<i64>,
    ) {
        let countdown = mss().countdown_at(noon_new_york(day));
        assert_eq!(countdown.status, status);
        assert_eq!(countdown.days_remaining, days_remaining);
        assert_eq!(countdown.days_since_expiry, days_since_expiry);
        assert_eq!(countdown.today, date(day));
    }

    #[test]
    fn lapses_at_midnight_new_york_after_the_expiry_date() {
        assert_eq!(mss().lapse_instant(), instant("2025-10-03T04:00:00Z"));
    }

    #[rstest]
    #[case::second_before_lapse("2025-10-03T03:59:59Z", Status::ExpiresToday, 1)]
    #[case::lapse_instant("2025-10-03T04:00:00Z", Status::Expired, 0)]
    #[case::second_after_lapse("2025-10-03T04:00:01Z", Status::Expired, -1)]
    fn changes_status_exactly_at_the_lapse_instant(
        #[case] now: &str,
        #[case] status: Status,
        #[case] seconds: i64,
    ) {
        let countdown = mss().countdown_at(instant(now));
        assert_eq!(countdown.status, status);
        assert_eq!(countdown.until_lapse.num_seconds(), seconds);
    }

    #[rstest]
    // 23:30 in Los Angeles on 1 October is 02:30 on 2 October in New York.
    #[case::west_coast_late_evening(
        "2025-10-01T23:30:00-07:00",
        "2025-10-02",
        Status::ExpiresToday
    )]
    #[case::utc_before_new_york_midnight("2025-09-23T03:59:59Z", "2025-09-22", Status::Active)]
    #[case::utc_at_new_york_midnight("2025-09-23T04:00:00Z", "2025-09-23", Status::Active)]
    // Nairobi is already on 3 October while New York is still on the 2nd.
    #[case::nairobi_morning("2025-10-03T06:00:00+03:00", "2025-10-02", Status::ExpiresToday)]
    #[case::tokyo_afternoon("2025-10-03T14:00:00+09:00", "2025-10-03", Status::Expired)]
    fn converts_offsets_into_the_mandate_zone(
        #[case] now: &str,
        #[case] today: &str,
        #[case] status: Status,
    ) {
        let countdown = mss().countdown_at(instant(now));
        assert_eq!(countdown.today, date(today));
        assert_eq!(countdown.status, status);
    }

    #[test]
    fn counts_whole_seconds_like_the_clock_on_screen() {
        let now = instant("2025-10-03T03:59:58.900Z");
        assert_eq!(mss().countdown_at(now).until_lapse, TimeDelta::seconds(2));
    }

    #[test]
    fn days_remaining_steps_down_across_the_new_york_midnights() {
        let before = mss().countdown_at(instant("2025-09-23T03:59:59Z"));
        let after = mss().countdown_at(instant("2025-09-23T04:00:00Z"));
        assert_eq!((before.days_remaining, after.days_remaining), (10, 9));
    }

    #[rstest]
    // Spring forward and fall back in New York: 23- and 25-hour days.
    #[case::new_york_spring("America/New_York", "2026-03-08", "2026-03-07T05:00:00Z", 1)]
    // 00:30 on a 23-hour day: only 22.5 hours to the next midnight, yet one calendar day.
    #[case::new_york_spring_night("America/New_York", "2026-03-09", "2026-03-08T05:30:00Z", 1)]
    #[case::new_york_autumn("America/New_York", "2026-11-01", "2026-10-31T04:00:00Z", 1)]
    #[case::berlin_spring("Europe/Berlin", "2026-03-29", "2026-03-26T23:00:00Z", 2)]
    #[case::berlin_autumn("Europe/Berlin", "2026-10-25", "2026-10-22T22:00:00Z", 2)]
    // Lord Howe moves its clocks by thirty minutes.
    #[case::lord_howe("Australia/Lord_Howe", "2026-04-05", "2026-04-02T13:00:00Z", 2)]
    fn counts_days_not_hours_across_dst(
        #[case] zone: &str,
        #[case] expires: &str,
        #[case] now: &str,
        #[case] days: i64,
    ) {
        let deadline = Deadline {
            expires: date(expires),
            timezone: zone.parse().unwrap(),
            lapse_time: None,
        };
        assert_eq!(deadline.countdown_at(instant(now)).days_remaining, days);
    }

    #[test]
    fn end_of_day_on_a_dst_day_is_the_next_local_midnight() {
        let deadline = Deadline {
            expires: date("2026-11-01"),
            timezone: chrono_tz::America::New_York,
            lapse_time: None,
        };
        // After the clocks go back New York is UTC-5, so its midnight is 05:00 UTC.
        assert_eq!(deadline.lapse_instant(), instant("2026-11-02T05:00:00Z"));
    }

    #[test]
    fn skipped_day_in_apia_lapses_at_the_next_existing_time() {
        // Samoa jumped from 29 to 31 December 2011: midnight starting the 30th never happened.
        let deadline = Deadline {
            expires: date("2011-12-29"),
            timezone: chrono_tz::Pacific::Apia,
            lapse_time: None,
        };
        let lapse = deadline.lapse_instant();
        assert_eq!(
            lapse.with_timezone(&chrono_tz::Pacific::Apia).date_naive(),
            date("2011-12-31")
        );
        let just_before = deadline.countdown_at(lapse - TimeDelta::seconds(1));
        assert_eq!(just_before.status, Status::ExpiresToday);
        assert_eq!(
            deadline.countdown_at(lapse).days_since_expiry,
            Some(2),
            "the 30th does not exist, so the day after the lapse is two calendar days on"
        );
    }

    #[test]
    fn a_set_lapse_time_ends_the_mandate_during_its_last_day() {
        let deadline = Deadline {
            lapse_time: NaiveTime::from_hms_opt(17, 0, 0),
            ..mss()
        };
        assert_eq!(deadline.lapse_instant(), instant("2025-10-02T21:00:00Z"));
        let evening = deadline.countdown_at(instant("2025-10-02T22:00:00Z"));
        assert_eq!(evening.status, Status::Expired);
        assert_eq!(evening.days_since_expiry, Some(0));
    }

    #[test]
    fn a_lapse_time_inside_a_dst_gap_moves_to_the_end_of_the_gap() {
        let deadline = Deadline {
            expires: date("2026-03-08"),
            timezone: chrono_tz::America::New_York,
            lapse_time: NaiveTime::from_hms_opt(2, 30, 0),
        };
        // 02:00-03:00 does not exist that night; 03:00 EDT is 07:00 UTC.
        assert_eq!(deadline.lapse_instant(), instant("2026-03-08T07:00:00Z"));
    }

    #[rstest]
    #[case::meeting("2025-09-22T16:00:00Z", "10 days remaining")]
    #[case::last_full_day("2025-10-01T16:00:00Z", "1 day remaining")]
    #[case::expiry_date("2025-10-02T16:00:00Z", "expires today")]
    #[case::day_after("2025-10-03T16:00:00Z", "expired 1 day ago")]
    #[case::this_session("2026-11-28T16:00:00Z", "expired 422 days ago")]
    fn says_the_status_in_words(#[case] now: &str, #[case] sentence: &str) {
        assert_eq!(mss().countdown_at(instant(now)).sentence(), sentence);
    }

    #[rstest]
    #[case(TimeDelta::seconds(0), "0d 00:00:00")]
    #[case(TimeDelta::seconds(9 * 86_400 + 4 * 3600 + 12 * 60 + 33), "9d 04:12:33")]
    #[case(TimeDelta::seconds(-86_401), "1d 00:00:01")]
    fn formats_the_clock(#[case] delta: TimeDelta, #[case] shown: &str) {
        assert_eq!(format_clock(delta), shown);
    }

    proptest! {
        #[test]
        fn day_count_never_rises_as_time_advances(start in 1_700_000_000_i64..1_900_000_000, step in 0_i64..20_000_000) {
            let earlier = mss().countdown_at(DateTime::from_timestamp(start, 0).unwrap());
            let later = mss().countdown_at(DateTime::from_timestamp(start + step, 0).unwrap());
            prop_assert!(later.days_remaining <= earlier.days_remaining);
            prop_assert!(later.days_since_expiry.unwrap_or(-1) >= earlier.days_since_expiry.unwrap_or(-1));
            prop_assert!(later.until_lapse <= earlier.until_lapse);
        }

        #[test]
        fn day_count_drops_by_one_at_each_local_midnight(offset in 1_u64..700) {
            let day = date("2024-10-01").checked_add_days(Days::new(offset)).unwrap();
            let midnight = resolve_local(chrono_tz::America::New_York, day.and_time(NaiveTime::MIN));
            let before = mss().countdown_at(midnight - TimeDelta::seconds(1));
            let after = mss().countdown_at(midnight);
            prop_assert_eq!(after.today, day);
            if after.status == Status::Expired && before.status == Status::Expired {
                prop_assert_eq!(after.days_since_expiry.unwrap() - before.days_since_expiry.unwrap(), 1);
            } else if after.status != Status::Expired {
                prop_assert_eq!(before.days_remaining - after.days_remaining, 1);
            }
        }
    }
}
