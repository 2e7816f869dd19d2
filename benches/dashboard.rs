//! Micro-benchmarks of the work the dashboard does: drawing a frame, the once-a-second tick,
//! loading the briefing, and `print --format json`. Run with `cargo bench`; budgets and
//! whole-program figures are in `benches/BENCHMARKS.md`.

use std::fmt;

use chrono::{DateTime, TimeDelta, Utc};
use divan::Bencher;
use mandate_countdown::app::App;
use mandate_countdown::briefing;
use mandate_countdown::cli::Format;
use mandate_countdown::clock::ReplayClock;
use mandate_countdown::summary;
use mandate_countdown::theme::ThemeName;
use mandate_countdown::ui::Screen;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn main() {
    divan::main();
}

/// A status of the countdown and a terminal size.
#[derive(Clone, Copy)]
struct Frame {
    status: &'static str,
    instant: &'static str,
    cols: u16,
    rows: u16,
}

impl fmt::Display for Frame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}x{}", self.status, self.cols, self.rows)
    }
}

const STATUSES: [(&str, &str); 3] = [
    ("active", "2025-09-23T10:00:00-04:00"),
    ("expires_today", "2025-10-02T18:00:00-04:00"),
    ("expired", "2026-11-28T12:00:00-05:00"),
];
const SIZES: [(u16, u16); 3] = [(80, 24), (200, 60), (400, 120)];

const FRAMES: [Frame; 9] = {
    let mut frames = [Frame {
        status: "",
        instant: "",
        cols: 0,
        rows: 0,
    }; 9];
    let mut i = 0;
    while i < 9 {
        let (status, instant) = STATUSES[i / 3];
        let (cols, rows) = SIZES[i % 3];
        frames[i] = Frame {
            status,
            instant,
            cols,
            rows,
        };
        i += 1;
    }
    frames
};

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("a valid instant")
        .to_utc()
}

fn app_at(shown: &str) -> App {
    let wall = instant("2026-11-28T17:00:00Z");
    let loaded = briefing::load_built_in().expect("the built-in briefing loads");
    App::new(
        loaded,
        ReplayClock::starting_at(instant(shown), wall, false),
        ThemeName::Dark,
        wall,
    )
}

/// Everything drawn from nothing, as for the first frame: a buffer of its own keeps nothing.
#[divan::bench(args = FRAMES)]
fn full_frame(bencher: Bencher, frame: Frame) {
    let app = app_at(frame.instant);
    let area = Rect::new(0, 0, frame.cols, frame.rows);
    bencher
        .with_inputs(|| Buffer::empty(area))
        .bench_local_refs(|buffer| (&app).render(area, buffer));
}

/// What happens each second while idle: the clock moves on, the panels that show it are drawn
/// again over the last frame, compared with what the terminal shows, and the changed cells
/// written. It should cost the same at any size.
#[divan::bench(args = [(120, 40), (200, 60), (300, 100)])]
fn one_second_tick(bencher: Bencher, size: (u16, u16)) {
    let mut app = app_at("2025-09-23T10:00:00-04:00");
    let mut screen = Screen::new(Rect::new(0, 0, size.0, size.1));
    let mut terminal = TestBackend::new(size.0, size.1);
    let mut wall = instant("2026-11-28T17:00:00Z");
    let Ok(_) = screen.draw(&app, &mut terminal);
    bencher.bench_local(|| {
        wall += TimeDelta::seconds(1);
        app.tick(wall);
        let Ok(drawn) = screen.draw(&app, &mut terminal);
        drawn
    });
}

#[divan::bench]
fn load_and_validate_the_built_in_briefing() -> briefing::Loaded {
    briefing::load_built_in().expect("the built-in briefing loads")
}

/// What the dashboard does before its first frame; the comparison with the sources follows it.
#[divan::bench]
fn load_the_built_in_briefing_before_the_source_check() -> briefing::Loaded {
    briefing::load_unchecked(None).expect("the built-in briefing loads")
}

#[divan::bench]
fn print_json(bencher: Bencher) {
    let loaded = briefing::load_built_in().expect("the built-in briefing loads");
    let now = instant("2025-09-23T10:00:00-04:00");
    bencher.bench_local(|| summary::render(&loaded.briefing, now, Format::Json));
}
