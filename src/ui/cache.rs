//! Panels that change with the state but not with the second (the forces, the quotes, the
//! timeline) are drawn once and copied into the frames after, until anything they show could
//! differ. The idle dashboard then redraws only the header and the countdown each second.
//!
//! A panel is looked up by a key that names everything it is drawn from, so a stale panel
//! would need a missing field in its key; `ui::tests` renders random sequences of actions with
//! and without the cache and requires identical frames.

use std::cell::RefCell;
use std::hash::{DefaultHasher, Hash, Hasher};

use std::ops::Range;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

/// The last drawing of each cached panel, by the panel's name.
#[derive(Debug, Default)]
pub struct PanelCache {
    slots: RefCell<Vec<Slot>>,
}

#[derive(Debug)]
struct Slot {
    panel: &'static str,
    /// What the cells were drawn from; `None` once forgotten.
    key: Option<u64>,
    /// The panel's cells, row after row. Kept between drawings so that a redraw reuses the
    /// memory rather than allocating a screenful again.
    cells: Vec<Cell>,
}

impl PanelCache {
    /// Puts `panel`, drawn from `key` at `area`, into `buf`: copied from an earlier frame when
    /// nothing it shows has changed, else drawn by `draw` (over what `buf` holds there) and
    /// kept for the frames after.
    pub fn render(
        &self,
        panel: &'static str,
        key: impl Hash,
        area: Rect,
        buf: &mut Buffer,
        draw: impl FnOnce(Rect, &mut Buffer),
    ) {
        let area = area.intersection(buf.area);
        let mut hasher = DefaultHasher::new();
        (key, area).hash(&mut hasher);
        let key = Some(hasher.finish());
        let mut slots = self.slots.borrow_mut();
        let index = slots
            .iter()
            .position(|slot| slot.panel == panel)
            .unwrap_or_else(|| {
                slots.push(Slot {
                    panel,
                    key: None,
                    cells: Vec::new(),
                });
                slots.len() - 1
            });
        let slot = &mut slots[index];
        if slot.key == key {
            for (row, cells) in rows(buf, area).zip(slot.cells.chunks(usize::from(area.width))) {
                buf.content[row].clone_from_slice(cells);
            }
            return;
        }
        draw(area, buf);
        slot.cells.clear();
        for row in rows(buf, area) {
            slot.cells.extend_from_slice(&buf.content[row]);
        }
        slot.key = key;
    }

    /// Forgets every drawing, so the next frame draws everything afresh.
    pub fn clear(&self) {
        for slot in self.slots.borrow_mut().iter_mut() {
            slot.key = None;
        }
    }
}

/// The index ranges of `buf.content` that hold each row of `area`, which lies inside `buf`.
fn rows(buf: &Buffer, area: Rect) -> impl Iterator<Item = Range<usize>> + use<> {
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
