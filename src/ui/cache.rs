//! Panels that change with the state but not with the second (the forces, the quotes, the
//! timeline) are drawn once and copied into the frames after, until anything they show could
//! differ. The idle dashboard then redraws only the header and the countdown each second.
//!
//! A panel is looked up by a key that names everything it is drawn from, so a stale panel
//! would need a missing field in its key; `ui::tests` renders random sequences of actions with
//! and without the cache and requires identical frames.

use std::cell::RefCell;
use std::hash::{DefaultHasher, Hash, Hasher};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Enough for every cached panel of the dashboard at one size, plus a few stale ones.
const CAPACITY: usize = 8;

#[derive(Debug, Default)]
pub struct PanelCache {
    entries: RefCell<Vec<Entry>>,
}

#[derive(Debug)]
struct Entry {
    key: u64,
    buffer: Buffer,
}

impl PanelCache {
    /// Copies the panel drawn for `key` at `area` into `buf`, drawing it with `draw` first if
    /// it is not cached. `draw` starts from what `buf` holds there (the theme's base style).
    pub fn render(
        &self,
        key: impl Hash,
        area: Rect,
        buf: &mut Buffer,
        draw: impl FnOnce(Rect, &mut Buffer),
    ) {
        let area = area.intersection(buf.area);
        let mut hasher = DefaultHasher::new();
        (key, area).hash(&mut hasher);
        let key = hasher.finish();
        let mut entries = self.entries.borrow_mut();
        if let Some(entry) = entries.iter().find(|entry| entry.key == key) {
            copy(&entry.buffer, buf, area);
            return;
        }
        let mut panel = Buffer::empty(area);
        copy(buf, &mut panel, area);
        draw(area, &mut panel);
        copy(&panel, buf, area);
        if entries.len() == CAPACITY {
            entries.remove(0);
        }
        entries.push(Entry { key, buffer: panel });
    }

    /// Forgets every panel, so the next frame draws everything afresh.
    pub fn clear(&self) {
        self.entries.borrow_mut().clear();
    }
}

fn copy(from: &Buffer, to: &mut Buffer, area: Rect) {
    for position in area.positions() {
        to[position].clone_from(&from[position]);
    }
}
