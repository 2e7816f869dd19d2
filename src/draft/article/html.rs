//! A page saved from a browser, read with a WHATWG tokenizer: its title, its publication date
//! (meta tags, JSON-LD or a `<time>`), and the text of its article's paragraphs, without
//! scripts, navigation, captions, bylines or paragraphs that are only a link.

use chrono::NaiveDate;
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// What the drafter takes from a saved page.
#[derive(Debug, Default)]
pub struct Page {
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub paragraphs: Vec<String>,
}

/// Elements whose text is never the article's.
const SKIPPED: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"nav",
    b"header",
    b"footer",
    b"aside",
    b"form",
    b"figure",
    b"figcaption",
    b"button",
    b"select",
    b"iframe",
];

/// Block elements that end an open paragraph (pages do not always close their `<p>`).
const BLOCKS: &[&[u8]] = &[
    b"div",
    b"section",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"ul",
    b"ol",
    b"table",
    b"blockquote",
    b"main",
    b"article",
];

/// Classes of paragraphs that are the page's furniture, not the article: bylines, credits,
/// captions, promotions.
const FURNITURE: &[&str] = &[
    "byline",
    "author",
    "credit",
    "caption",
    "related",
    "promo",
    "newsletter",
    "subscribe",
    "advert",
    "share",
    "copyright",
];

/// Meta tags that give a page's publication date, by `property`, `name` or `itemprop`.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
    "og:article:published_time",
];

/// Stands for `<br>` inside a paragraph's text until it is split there; the page's own line
/// breaks are only white space.
const LINE_BREAK: char = '\u{2028}';

impl Page {
    /// The page's paragraphs: those inside `<article>` (or an `articleBody`) when it has any,
    /// else every paragraph outside navigation, headers, footers and asides. A paragraph that
    /// is only a link ("Read more: ...") is not the article's.
    pub fn read(html: &str) -> Self {
        let mut emitter = DefaultEmitter::default();
        // Script and style bodies are raw text, not markup to read.
        emitter.naively_switch_states(true);
        let mut reader = Reader::default();
        for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
            match token {
                Token::StartTag(tag) => {
                    let attribute = |key: &[u8]| {
                        tag.attributes
                            .get(key)
                            .map(|v| String::from_utf8_lossy(&v.value).into_owned())
                    };
                    reader.start(&tag.name.to_ascii_lowercase(), tag.self_closing, &attribute);
                }
                Token::EndTag(tag) => reader.end(&tag.name.to_ascii_lowercase()),
                Token::String(text) => reader.text(&String::from_utf8_lossy(&text.value)),
                _ => {}
            }
        }
        reader.finish_paragraph();
        Self {
            paragraphs: if reader.in_article.is_empty() {
                reader.elsewhere
            } else {
                reader.in_article
            },
            title: reader
                .og_title
                .or(reader.h1)
                .or(Some(reader.title))
                .map(|t| collapse(&t))
                .filter(|t| !t.is_empty()),
            published: reader
                .meta_date
                .or(reader.json_ld_date)
                .or(reader.time_date),
        }
    }
}

/// Where the tokenizer is in the page, and what it has collected.
#[derive(Debug, Default)]
struct Reader {
    skipped: usize,
    article_depth: usize,
    link_depth: usize,
    in_title: bool,
    in_h1: bool,
    json_ld: bool,
    paragraph: Option<Paragraph>,
    in_article: Vec<String>,
    elsewhere: Vec<String>,
    title: String,
    h1: Option<String>,
    og_title: Option<String>,
    meta_date: Option<NaiveDate>,
    json_ld_date: Option<NaiveDate>,
    time_date: Option<NaiveDate>,
}

impl Reader {
    fn start(
        &mut self,
        name: &[u8],
        self_closing: bool,
        attribute: &dyn Fn(&[u8]) -> Option<String>,
    ) {
        if BLOCKS.contains(&name) {
            self.finish_paragraph();
        }
        let article_body = attribute(b"itemprop").is_some_and(|p| p == "articleBody");
        match name {
            b"meta" => self.meta(attribute),
            b"time" if self.time_date.is_none() => {
                self.time_date = attribute(b"datetime").and_then(|d| date_prefix(&d));
            }
            b"script" => {
                self.json_ld = attribute(b"type").is_some_and(|t| t.contains("ld+json"));
                self.skipped += 1;
            }
            b"title" => self.in_title = true,
            b"h1" => self.in_h1 = self.h1.is_none(),
            b"article" => self.article_depth += 1,
            b"a" => self.link_depth += 1,
            b"br" => {
                if let Some(p) = self.paragraph.as_mut() {
                    p.text.push(LINE_BREAK);
                }
            }
            b"p" if self.skipped == 0 => {
                self.finish_paragraph();
                let class = attribute(b"class").unwrap_or_default().to_lowercase();
                let furniture = FURNITURE.iter().any(|word| class.contains(word));
                self.paragraph = (!furniture).then(|| Paragraph {
                    in_article: self.article_depth > 0 || article_body,
                    ..Paragraph::default()
                });
            }
            other if SKIPPED.contains(&other) && !self_closing => self.skipped += 1,
            _ if article_body => self.article_depth += 1,
            _ => {}
        }
    }

    fn meta(&mut self, attribute: &dyn Fn(&[u8]) -> Option<String>) {
        let key = attribute(b"property")
            .or_else(|| attribute(b"name"))
            .or_else(|| attribute(b"itemprop"))
            .unwrap_or_default()
            .to_lowercase();
        let content = attribute(b"content").unwrap_or_default();
        if key == "og:title" {
            self.og_title = Some(content);
        } else if PUBLISHED_META.contains(&key.as_str()) && self.meta_date.is_none() {
            self.meta_date = date_prefix(&content);
        }
    }

    fn end(&mut self, name: &[u8]) {
        if BLOCKS.contains(&name) {
            self.finish_paragraph();
        }
        match name {
            b"title" => self.in_title = false,
            b"h1" => self.in_h1 = false,
            b"article" => self.article_depth = self.article_depth.saturating_sub(1),
            b"a" => self.link_depth = self.link_depth.saturating_sub(1),
            b"p" => self.finish_paragraph(),
            b"script" => {
                self.json_ld = false;
                self.skipped = self.skipped.saturating_sub(1);
            }
            other if SKIPPED.contains(&other) => self.skipped = self.skipped.saturating_sub(1),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.json_ld && self.json_ld_date.is_none() {
            self.json_ld_date = json_date(text);
        } else if self.in_title {
            self.title.push_str(text);
        } else if self.in_h1 && self.skipped == 0 {
            self.h1.get_or_insert_with(String::new).push_str(text);
        } else if self.skipped == 0
            && let Some(p) = self.paragraph.as_mut()
        {
            p.text.push_str(text);
            if self.link_depth == 0 && !text.trim().is_empty() {
                p.outside_links = true;
            }
        }
    }

    /// Keeps the open paragraph's lines, unless it is only a link.
    fn finish_paragraph(&mut self) {
        let Some(paragraph) = self.paragraph.take() else {
            return;
        };
        if !paragraph.outside_links {
            return;
        }
        for line in paragraph.text.split(LINE_BREAK) {
            let text = collapse(line);
            if !text.is_empty() {
                if paragraph.in_article {
                    self.in_article.push(text);
                } else {
                    self.elsewhere.push(text);
                }
            }
        }
    }
}

#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    in_article: bool,
    outside_links: bool,
}

/// Runs of white space (line breaks and no-break spaces among them) as one space, trimmed; and
/// no control characters, which a page's text never means.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

fn date_prefix(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// `"datePublished": "2025-09-23T..."` in a JSON-LD block.
fn json_date(json: &str) -> Option<NaiveDate> {
    let at = json.find("\"datePublished\"")?;
    let rest = &json[at + "\"datePublished\"".len()..];
    let value = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    date_prefix(value)
}
