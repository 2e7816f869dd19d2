//! Presentation mode: one subject at a time, advancing on its own. Time is passed in, so slide
//! order, auto-advance and pausing are tested without sleeping.

use chrono::{DateTime, TimeDelta, Utc};

use crate::briefing::Briefing;

/// What one slide shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Countdown,
    Forces,
    /// The quote at this index of the briefing.
    Quote(usize),
    Timeline,
    /// Every briefing of the board at once.
    Board,
    /// The countdown of the board's Nth briefing that loaded, in the board's order.
    Mandate(usize),
}

impl Slide {
    /// Every slide of a briefing, in the order they are shown: no forces slide when it gives
    /// no figures, and a quote slide for each quote it has.
    pub fn all(briefing: &Briefing) -> Vec<Self> {
        let mut slides = vec![Self::Countdown];
        if !briefing.forces.is_empty() {
            slides.push(Self::Forces);
        }
        slides.extend((0..briefing.quotes.len()).map(Self::Quote));
        slides.push(Self::Timeline);
        slides
    }

    /// The board, then the countdown of each of its `briefings` (those that loaded).
    pub fn of_board(briefings: usize) -> Vec<Self> {
        std::iter::once(Self::Board)
            .chain((0..briefings).map(Self::Mandate))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    pub slides: Vec<Slide>,
    pub current: usize,
    /// How long each slide stays before the next; `None` means advance by hand only.
    pub interval: Option<TimeDelta>,
    pub paused: bool,
    /// The screen is blanked (black) until the blank key is pressed again.
    pub blank: bool,
    /// Wall time at which the current slide began, for auto-advance and the progress bar.
    slide_started: DateTime<Utc>,
    /// How far into its time the slide was when paused.
    paused_elapsed: TimeDelta,
}

impl Presentation {
    pub fn new(briefing: &Briefing, interval: Option<TimeDelta>, wall: DateTime<Utc>) -> Self {
        Self::of_slides(Slide::all(briefing), interval, wall)
    }

    /// A show of the board and the countdown of each of its `briefings` that loaded.
    pub fn of_board(briefings: usize, interval: Option<TimeDelta>, wall: DateTime<Utc>) -> Self {
        Self::of_slides(Slide::of_board(briefings), interval, wall)
    }

    fn of_slides(slides: Vec<Slide>, interval: Option<TimeDelta>, wall: DateTime<Utc>) -> Self {
        Self {
            slides,
            current: 0,
            interval: interval.filter(|i| *i > TimeDelta::zero()),
            paused: false,
            blank: false,
            slide_started: wall,
            paused_elapsed: TimeDelta::zero(),
        }
    }

    /// Rebuilds the slide list after the briefing changed, staying on the same slide number.
    pub fn refresh_slides(&mut self, briefing: &Briefing) {
        self.slides = Slide::all(briefing);
        self.current = self.current.min(self.slides.len().saturating_sub(1));
    }

    /// Rebuilds a board's show after files came, went or changed.
    pub fn refresh_board_slides(&mut self, briefings: usize) {
        self.slides = Slide::of_board(briefings);
        self.current = self.current.min(self.slides.len().saturating_sub(1));
    }

    /// Whether this is a show of the board rather than of one briefing.
    pub fn is_board(&self) -> bool {
        self.slides.first() == Some(&Slide::Board)
    }

    pub fn slide(&self) -> Slide {
        self.slides
            .get(self.current)
            .copied()
            .unwrap_or(Slide::Countdown)
    }

    pub fn next(&mut self, wall: DateTime<Utc>) {
        self.go_to((self.current + 1) % self.slides.len().max(1), wall);
    }

    pub fn previous(&mut self, wall: DateTime<Utc>) {
        let len = self.slides.len().max(1);
        self.go_to((self.current + len - 1) % len, wall);
    }

    /// Jumps to slide `number`, counted from 1 as shown on screen; out of range does nothing.
    pub fn jump(&mut self, number: usize, wall: DateTime<Utc>) {
        if (1..=self.slides.len()).contains(&number) {
            self.go_to(number - 1, wall);
        }
    }

    fn go_to(&mut self, index: usize, wall: DateTime<Utc>) {
        self.current = index;
        self.slide_started = wall;
        self.paused_elapsed = TimeDelta::zero();
    }

    pub fn toggle_pause(&mut self, wall: DateTime<Utc>) {
        if self.paused {
            // Resume where the slide left off rather than skipping straight on.
            self.slide_started = wall - self.paused_elapsed;
        } else {
            self.paused_elapsed = wall - self.slide_started;
        }
        self.paused = !self.paused;
    }

    /// How far the current slide is through its time, from 0 to 1.
    pub fn progress(&self, wall: DateTime<Utc>) -> Option<f64> {
        let interval = self.interval?;
        let elapsed = if self.paused {
            self.paused_elapsed
        } else {
            wall - self.slide_started
        };
        // Millisecond counts of a slide's time are far inside f64's exact range.
        #[allow(clippy::cast_precision_loss)]
        let fraction = elapsed.num_milliseconds() as f64 / interval.num_milliseconds() as f64;
        Some(fraction.clamp(0.0, 1.0))
    }

    /// Moves to the next slide if the current one's time is up. Returns whether it moved.
    pub fn advance_if_due(&mut self, wall: DateTime<Utc>) -> bool {
        match self.due() {
            Some(due) if !self.paused && wall >= due => {
                self.next(wall);
                true
            }
            _ => false,
        }
    }

    /// When the current slide's time is up, if it is running.
    pub fn due(&self) -> Option<DateTime<Utc>> {
        let interval = self.interval?;
        (!self.paused).then(|| self.slide_started + interval)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing;

    fn instant(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().to_utc()
    }

    fn show(interval_secs: i64) -> (Presentation, DateTime<Utc>) {
        let wall = instant("2026-11-28T12:00:00Z");
        let briefing = briefing::load_built_in().unwrap().briefing;
        (
            Presentation::new(&briefing, Some(TimeDelta::seconds(interval_secs)), wall),
            wall,
        )
    }

    #[test]
    fn orders_slides_countdown_forces_each_quote_then_timeline() {
        let (show, _) = show(12);
        assert_eq!(
            show.slides,
            [
                Slide::Countdown,
                Slide::Forces,
                Slide::Quote(0),
                Slide::Quote(1),
                Slide::Quote(2),
                Slide::Quote(3),
                Slide::Timeline
            ]
        );
    }

    #[test]
    fn skips_the_forces_and_quote_slides_a_briefing_has_nothing_for() {
        let mut briefing = briefing::load_built_in().unwrap().briefing;
        briefing.forces.clear();
        assert_eq!(
            Slide::all(&briefing)[..2],
            [Slide::Countdown, Slide::Quote(0)]
        );
        briefing.quotes.clear();
        assert_eq!(Slide::all(&briefing), [Slide::Countdown, Slide::Timeline]);
    }

    #[test]
    fn advances_when_the_interval_is_up_and_not_before() {
        let (mut show, wall) = show(12);
        assert!(!show.advance_if_due(wall + TimeDelta::milliseconds(11_999)));
        assert_eq!(show.slide(), Slide::Countdown);
        assert!(show.advance_if_due(wall + TimeDelta::seconds(12)));
        assert_eq!(show.slide(), Slide::Forces);
        // The new slide gets its own full interval.
        assert!(!show.advance_if_due(wall + TimeDelta::seconds(23)));
        assert!(show.advance_if_due(wall + TimeDelta::seconds(24)));
        assert_eq!(show.slide(), Slide::Quote(0));
    }

    #[test]
    fn wraps_around_both_ways() {
        let (mut show, wall) = show(12);
        show.previous(wall);
        assert_eq!(show.slide(), Slide::Timeline);
        show.next(wall);
        assert_eq!(show.slide(), Slide::Countdown);
    }

    #[test]
    fn pause_holds_the_slide_and_resume_continues_its_time() {
        let (mut show, wall) = show(10);
        show.toggle_pause(wall + TimeDelta::seconds(4));
        assert!(!show.advance_if_due(wall + TimeDelta::seconds(60)));
        assert_eq!(show.progress(wall + TimeDelta::seconds(60)), Some(0.4));
        show.toggle_pause(wall + TimeDelta::seconds(60));
        assert!(!show.advance_if_due(wall + TimeDelta::seconds(65)));
        assert!(show.advance_if_due(wall + TimeDelta::seconds(66)));
    }

    #[test]
    fn jumps_by_the_number_on_screen() {
        let (mut show, wall) = show(12);
        show.jump(3, wall);
        assert_eq!(show.slide(), Slide::Quote(0));
        show.jump(99, wall);
        assert_eq!(show.slide(), Slide::Quote(0));
        show.jump(0, wall);
        assert_eq!(show.slide(), Slide::Quote(0));
    }

    #[test]
    fn a_board_show_is_the_board_then_each_countdown_and_round_again() {
        let wall = instant("2026-11-28T12:00:00Z");
        let mut show = Presentation::of_board(2, Some(TimeDelta::seconds(5)), wall);
        assert!(show.is_board());
        assert_eq!(
            show.slides,
            [Slide::Board, Slide::Mandate(0), Slide::Mandate(1)]
        );
        show.jump(3, wall);
        show.refresh_board_slides(1);
        assert_eq!(
            show.slide(),
            Slide::Mandate(0),
            "a file went: the last slide left"
        );
        show.next(wall);
        assert_eq!(show.slide(), Slide::Board);
        let (one, _) = self::show(12);
        assert!(!one.is_board());
    }

    #[test]
    fn without_an_interval_it_never_advances_alone() {
        let wall = instant("2026-11-28T12:00:00Z");
        let briefing = briefing::load_built_in().unwrap().briefing;
        let mut show = Presentation::new(&briefing, None, wall);
        assert!(!show.advance_if_due(wall + TimeDelta::days(1)));
        assert_eq!(show.progress(wall), None);
    }
}
