//! Panels are drawn again only when something they show has changed. The terminal's host keeps
//! the last frame (`ui::Screen`) and draws the next one over it: a panel whose key (everything
//! it is drawn from) and area are those it had in the last frame is left as it is on screen. An
//! idle second then draws only the header's clock and the countdown's clock line, whatever the
//! size of the screen, and only those cells are compared with what the terminal shows.
//!
//! Drawn into a buffer of its own (export, tests), every panel is drawn, in order, as if there
//! were no cache, and the cache is left as it was. `ui::tests` draws random sessions both ways
//! and requires identical screens.
//!
//! The contract for the drawing code: in a frame that starts with a layout key (`begin`),
//! everything is drawn through `render`, or depends on nothing but that key. A panel drawn again
//! starts from blank cells in the base style, as in a fresh frame, so a panel inside another
//! must sit where the outer one draws nothing (the countdown leaves its clock line empty).

use std::cell::RefCell;
use std::hash::{DefaultHasher, Hash, Hasher};

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::Style;

/// What each panel was last drawn from, by the panel's name.
#[derive(Debug, Default)]
pub struct PanelCache {
    state: RefCell<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Set while a `Screen` draws over the frame it drew last; `None` for a buffer of its own.
    over: Option<Over>,
    /// Whether this frame is drawn over the last one, keeping what has not changed.
    keeping: bool,
    /// The layout key of the last frame, when it was drawn over a kept screen.
    layout: Option<u64>,
    /// Counts frames, to tell which panels were on screen in the last one.
    frame: u64,
    /// The style every cell starts from.
    base: Style,
    slots: Vec<Slot>,
    /// The areas drawn in this frame over a kept screen, each with the cells it covered before.
    damage: Vec<(Rect, Vec<Cell>)>,
}

#[derive(Debug, Clone, Copy)]
struct Over {
    screen: u64,
    /// The terminal shows nothing of ours (just started, resized, resumed).
    blank: bool,
}

#[derive(Debug)]
struct Slot {
    panel: &'static str,
    /// What the panel was drawn from, with its area.
    key: u64,
    area: Rect,
    /// The frame in which the panel was last drawn or kept.
    frame: u64,
    /// A part of the panel that another panel fills (see `render_around`).
    hole: Rect,
}

/// The areas drawn again in a frame over a kept screen, in the order they were drawn, each with
/// the cells it covered before. A blank screen has none: everything is new.
#[derive(Debug, Default)]
pub struct Damage {
    pub areas: Vec<(Rect, Vec<Cell>)>,
}

impl PanelCache {
    /// Starts a frame drawn over the one `screen` drew last, unless `blank`.
    pub(super) fn start_over(&self, screen: u64, blank: bool) {
        let mut state = self.state.borrow_mut();
        state.over = Some(Over { screen, blank });
        state.damage.clear();
    }

    /// Ends a frame started by `start_over`, with what it drew again.
    pub(super) fn finish(&self) -> Damage {
        let mut state = self.state.borrow_mut();
        state.over = None;
        Damage {
            areas: std::mem::take(&mut state.damage),
        }
    }

    /// Starts a frame over `area`. With a layout key that the last frame drawn over this screen
    /// also had, the frame is drawn over that one and unchanged panels are kept; otherwise (and
    /// always with `None`) every cell starts blank in the `base` style and everything is drawn.
    pub fn begin(&self, layout: Option<impl Hash>, area: Rect, buf: &mut Buffer, base: Style) {
        let area = area.intersection(buf.area);
        let mut state = self.state.borrow_mut();
        let Some(over) = state.over else {
            // A buffer of its own: everything is drawn, and the screen's record is left alone.
            blank(buf, area, base);
            return;
        };
        // A kept frame is only ever compared with the last one drawn over the same screen.
        let layout = layout.map(|layout| hash(&(layout, area, over.screen)));
        let keeping = !over.blank && layout.is_some() && layout == state.layout;
        state.keeping = keeping;
        state.base = base;
        state.frame += 1;
        state.layout = layout;
        if keeping {
            return;
        }
        if !over.blank {
            state.damage.push((area, cells(buf, area)));
        }
        blank(buf, area, base);
    }

    /// Puts `panel`, drawn from `key` at `area`, into `buf`: left as it is when the screen
    /// already shows it, else drawn by `draw` and remembered.
    pub fn render(
        &self,
        panel: &'static str,
        key: impl Hash,
        area: Rect,
        buf: &mut Buffer,
        draw: impl FnOnce(Rect, &mut Buffer),
    ) {
        self.render_around(panel, key, area, buf, |area, buf| {
            draw(area, buf);
            Rect::ZERO
        });
    }

    /// Like `render`, for a panel that leaves a part of itself empty for a panel that changes
    /// more often (the countdown's clock line): `draw` returns that part's area, which is
    /// returned here whether or not the panel was drawn.
    pub fn render_around(
        &self,
        panel: &'static str,
        key: impl Hash,
        area: Rect,
        buf: &mut Buffer,
        draw: impl FnOnce(Rect, &mut Buffer) -> Rect,
    ) -> Rect {
        let area = area.intersection(buf.area);
        let mut state = self.state.borrow_mut();
        if state.over.is_none() {
            drop(state);
            return draw(area, buf);
        }
        let key = hash(&key);
        let frame = state.frame;
        let index = if let Some(index) = state.slots.iter().position(|slot| slot.panel == panel) {
            index
        } else {
            state.slots.push(Slot {
                panel,
                key,
                area,
                frame: 0,
                hole: Rect::ZERO,
            });
            state.slots.len() - 1
        };
        let slot = &state.slots[index];
        let on_screen = state.keeping
            && slot.key == key
            && slot.area == area
            && slot.frame + 1 == frame
            && !state.damage.iter().any(|(drawn, _)| drawn.intersects(area));
        if on_screen {
            state.slots[index].frame = frame;
            return state.slots[index].hole;
        }
        if state.keeping {
            // What the terminal shows there, unless an area drawn earlier in this frame holds it.
            if !area.is_empty()
                && !state
                    .damage
                    .iter()
                    .any(|(drawn, _)| drawn.union(area) == *drawn)
            {
                let before = cells(buf, area);
                state.damage.push((area, before));
            }
            blank(buf, area, state.base);
        }
        // `draw` may render panels of its own through this cache.
        drop(state);
        let hole = draw(area, buf);
        let mut state = self.state.borrow_mut();
        state.slots[index] = Slot {
            panel,
            key,
            area,
            frame,
            hole,
        };
        hole
    }

    /// Forgets every drawing, so the next frame draws everything afresh.
    pub fn clear(&self) {
        let mut state = self.state.borrow_mut();
        state.layout = None;
        for slot in &mut state.slots {
            slot.frame = 0;
        }
    }
}

fn hash(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Blank cells in `style`, as a fresh frame starts.
fn blank(buf: &mut Buffer, area: Rect, style: Style) {
    for row in rows(buf, area) {
        for cell in &mut buf.content[row] {
            cell.reset();
            cell.set_style(style);
        }
    }
}

/// The cells of `area`, row after row.
fn cells(buf: &Buffer, area: Rect) -> Vec<Cell> {
    let mut cells = Vec::with_capacity(usize::from(area.width) * usize::from(area.height));
    for row in rows(buf, area) {
        cells.extend_from_slice(&buf.content[row]);
    }
    cells
}

/// The index ranges of `buf.content` that hold each row of `area`, which lies inside `buf`.
pub(super) fn rows(
    buf: &Buffer,
    area: Rect,
) -> impl Iterator<Item = std::ops::Range<usize>> + use<> {
    let first = if area.is_empty() {
        0
    } else {
        buf.index_of(area.x, area.y)
    };
    let stride = usize::from(buf.area.width);
    let width = usize::from(area.width);
    (0..usize::from(area.height)).map(move |row| {
        let start = first + row * stride;
        start..start + width
    })
}
