//! The draft as a briefing TOML, with `toml_edit` so that comments sit where a reader needs
//! them: a `# REVIEW:` line above each value the drafter is unsure of, saying why.

use std::fmt::Write as _;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table as TomlTable, value};

/// A value in the briefing.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Integer(i64),
}

/// One `key = value` line with the comments above it.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: &'static str,
    pub value: Value,
    /// Why this value needs a person's eye: each becomes a `# REVIEW:` line.
    pub reviews: Vec<String>,
    /// Plain comments, for context (the sentence a date comes from).
    pub notes: Vec<String>,
}

impl Field {
    pub fn text(key: &'static str, text: impl Into<String>) -> Self {
        Self {
            key,
            value: Value::Text(text.into()),
            reviews: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn integer(key: &'static str, n: i64) -> Self {
        Self {
            key,
            value: Value::Integer(n),
            reviews: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn review(mut self, why: impl Into<String>) -> Self {
        self.reviews.push(why.into());
        self
    }

    pub fn review_if(self, why: Option<String>) -> Self {
        match why {
            Some(why) => self.review(why),
            None => self,
        }
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

/// A table and the comment lines above its header.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub comments: Vec<String>,
    pub fields: Vec<Field>,
}

/// The whole briefing, in the order the file is written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub header: Vec<String>,
    pub top: Vec<Field>,
    pub mandate: Table,
    pub forces: Vec<Table>,
    pub quotes: Vec<Table>,
    pub milestones: Vec<Table>,
}

impl Document {
    /// How many values carry a review mark.
    pub fn reviews(&self) -> usize {
        let tables = std::iter::once(&self.mandate)
            .chain(&self.forces)
            .chain(&self.quotes)
            .chain(&self.milestones);
        self.top.iter().map(|f| f.reviews.len()).sum::<usize>()
            + tables
                .flat_map(|t| &t.fields)
                .map(|f| f.reviews.len())
                .sum::<usize>()
    }
}

pub fn render(document: &Document) -> String {
    let mut doc = DocumentMut::new();
    let root = doc.as_table_mut();
    put_fields(root, &document.top);
    if let Some(first) = document.top.first()
        && let Some(mut key) = root.key_mut(first.key)
    {
        let existing = key
            .leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_owned();
        key.leaf_decor_mut().set_prefix(format!(
            "{}\n{existing}",
            comment_lines(&document.header, "")
        ));
    }
    let mut mandate = table(&document.mandate);
    mandate.decor_mut().set_prefix(format!(
        "\n{}",
        comment_lines(&document.mandate.comments, "")
    ));
    root.insert("mandate", Item::Table(mandate));
    for (key, tables) in [
        ("forces", &document.forces),
        ("quotes", &document.quotes),
        ("milestones", &document.milestones),
    ] {
        if tables.is_empty() {
            // An empty list, said, so that a reader sees the articles were searched for them.
            let shows = match key {
                "forces" => "the briefing shows no figures",
                "quotes" => "the briefing shows no quotes",
                _ => continue,
            };
            root.insert(key, value(toml_edit::Array::new()));
            if let Some(mut entry) = root.key_mut(key) {
                entry.leaf_decor_mut().set_prefix(format!(
                    "\n# REVIEW: none found in the articles, so {shows}: add [[{key}]] entries by hand if another source gives them\n"
                ));
            }
            continue;
        }
        let mut array = ArrayOfTables::new();
        for entry in tables {
            let mut t = table(entry);
            t.decor_mut()
                .set_prefix(format!("\n{}", comment_lines(&entry.comments, "")));
            array.push(t);
        }
        root.insert(key, Item::ArrayOfTables(array));
    }
    doc.to_string()
}

fn table(entry: &Table) -> TomlTable {
    let mut t = TomlTable::new();
    put_fields(&mut t, &entry.fields);
    t
}

fn put_fields(table: &mut TomlTable, fields: &[Field]) {
    for field in fields {
        let item = match &field.value {
            Value::Text(text) => value(text.as_str()),
            Value::Integer(n) => value(*n),
        };
        table.insert(field.key, item);
        let mut lines: Vec<String> = field.notes.clone();
        lines.extend(field.reviews.iter().map(|r| format!("REVIEW: {r}")));
        if !lines.is_empty()
            && let Some(mut key) = table.key_mut(field.key)
        {
            key.leaf_decor_mut().set_prefix(comment_lines(&lines, ""));
        }
    }
}

/// Lines as TOML comments. A comment ends at its line's end, so line breaks inside one become
/// spaces, and control characters are dropped.
fn comment_lines(lines: &[String], indent: &str) -> String {
    let mut out = String::new();
    for line in lines {
        let clean: String = line
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .filter(|c| !c.is_control())
            .collect();
        let _ = writeln!(out, "{indent}# {clean}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_review_marks_above_the_values_they_concern_and_names_empty_lists() {
        let document = Document {
            header: vec!["Drafted.".into()],
            top: vec![Field::text("title", "T")],
            mandate: Table {
                comments: vec!["The mandate.".into()],
                fields: vec![
                    Field::text("name", "N"),
                    Field::text("expires", "2025-10-02").review("two dates\nagree not"),
                ],
            },
            quotes: vec![Table {
                comments: vec![],
                fields: vec![
                    Field::text("speaker", "William Ruto").review("\"he\" resolved"),
                    Field::integer("n", 3),
                ],
            }],
            ..Document::default()
        };
        let toml = render(&document);
        assert_eq!(
            toml,
            "# Drafted.\n\ntitle = \"T\"\n\n# REVIEW: none found in the articles, so the briefing shows no figures: add [[forces]] entries by hand if another source gives them\nforces = []\n\n# The mandate.\n[mandate]\nname = \"N\"\n# REVIEW: two dates agree not\nexpires = \"2025-10-02\"\n\n[[quotes]]\n# REVIEW: \"he\" resolved\nspeaker = \"William Ruto\"\nn = 3\n"
        );
        assert!(toml.parse::<toml::Table>().is_ok());
    }
}
