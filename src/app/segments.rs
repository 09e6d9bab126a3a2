//! How the reading view is laid out, as plain data: which marks (sentences, attributed content,
//! sources, reporting cues, hedges, boosters, loaded words) cover which part of the text, and the
//! tree of nested elements that draws them. Marks from the engine overlap freely (a hedge inside
//! quoted content inside a claim, content running across two sentences), but HTML elements must
//! nest; so the text is cut at every mark boundary and an element that crosses an outer one is
//! split in two. Kept free of the DOM so it is tested natively.
//!
//! Also here: UTF-8 byte to UTF-16 offset conversion (the engine speaks bytes, the DOM speaks
//! UTF-16 code units).

use claimlens::engine::document::At;
use std::cmp::Reverse;

use claimlens::engine::{Analysis, Category, Range};
use claimlens::view::Filters;

/// Texts larger than this are not analysed in the page: the analysis would take the worker
/// seconds and the article with its marks would hold more elements than a browser handles well.
pub const MAX_TEXT_BYTES: usize = 5 * 1024 * 1024;

/// One mark of the reading view. Indices point into the analysis the marks came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    Sentence(usize),
    /// One range of an attribution's content (content may be interrupted by the cue).
    Content {
        attribution: usize,
        part: usize,
    },
    Source(usize),
    Cue(usize),
    /// A hedge, booster or loaded span.
    Span(usize),
}

impl Layer {
    /// Nesting order, outermost first: sentence > content > source/cue > cue words.
    fn rank(self) -> u8 {
        match self {
            Layer::Sentence(_) => 0,
            Layer::Content { .. } => 1,
            Layer::Source(_) | Layer::Cue(_) => 2,
            Layer::Span(_) => 3,
        }
    }

    /// The `data-category` the page gives this mark; `None` for sentences, which are not highlights.
    pub fn category(self, analysis: &Analysis) -> Option<&'static str> {
        Some(match self {
            Layer::Sentence(_) => return None,
            Layer::Content { .. } => "content",
            Layer::Source(_) => "source",
            Layer::Cue(_) => "cue",
            Layer::Span(i) => category_name(analysis.spans.get(i)?.category),
        })
    }

    /// A stable name for the mark, used to find it again from a DOM element (`data-hl`).
    pub fn key(self) -> String {
        match self {
            Layer::Sentence(i) => format!("s{i}"),
            Layer::Content { attribution, part } => format!("c{attribution}.{part}"),
            Layer::Source(i) => format!("a{i}"),
            Layer::Cue(i) => format!("q{i}"),
            Layer::Span(i) => format!("h{i}"),
        }
    }

    /// Inverse of [`Layer::key`].
    pub fn from_key(key: &str) -> Option<Layer> {
        let (tag, rest) = key.split_at_checked(1)?;
        Some(match tag {
            "s" => Layer::Sentence(rest.parse().ok()?),
            "c" => {
                let (a, p) = rest.split_once('.')?;
                Layer::Content {
                    attribution: a.parse().ok()?,
                    part: p.parse().ok()?,
                }
            }
            "a" => Layer::Source(rest.parse().ok()?),
            "q" => Layer::Cue(rest.parse().ok()?),
            "h" => Layer::Span(rest.parse().ok()?),
            _ => return None,
        })
    }
}

pub fn category_name(category: Category) -> &'static str {
    match category {
        Category::Hedge => "hedge",
        Category::Booster => "booster",
        Category::Loaded => "loaded",
    }
}

/// A piece of the drawing: plain text, or an element for a mark holding more pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(Range),
    Element {
        layer: Layer,
        range: Range,
        children: Vec<Node>,
    },
}

/// Every mark the filters let through, with its range. Ranges that are empty, out of the text or
/// not on character boundaries are left out rather than trusted (custom cues come from people).
pub fn marks(text: &str, analysis: &Analysis, filters: &Filters) -> Vec<(Layer, Range)> {
    let valid = |r: Range| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    let mut out = Vec::new();
    for (i, s) in analysis.sentences.iter().enumerate() {
        out.push((Layer::Sentence(i), s.range()));
    }
    if filters.attribution {
        for (i, a) in analysis.attributions.iter().enumerate() {
            for (part, r) in a.content.iter().enumerate() {
                out.push((
                    Layer::Content {
                        attribution: i,
                        part,
                    },
                    *r,
                ));
            }
            if let Some(r) = a.source {
                out.push((Layer::Source(i), r));
            }
            out.push((Layer::Cue(i), a.cue));
        }
    }
    for (i, s) in analysis.spans.iter().enumerate() {
        let shown = match s.category {
            Category::Hedge => filters.hedge,
            Category::Booster => filters.booster,
            Category::Loaded => filters.loaded,
        };
        if shown {
            out.push((Layer::Span(i), s.range()));
        }
    }
    out.retain(|&(_, r)| valid(r));
    out
}

/// Order of marks covering the same stretch of text: by rank, then the one starting first (the
/// outer one) first. The key never changes while a mark is open, so a mark keeps its place.
type Order = (u8, usize, Reverse<usize>, Layer);

fn order(layer: Layer, r: Range) -> Order {
    (layer.rank(), r.start, Reverse(r.end), layer)
}

/// Cuts the text at every mark boundary: each piece with the marks covering it, outermost first.
/// Pieces cover the whole text, in order, without gaps.
pub fn pieces(text: &str, marks: &[(Layer, Range)]) -> Vec<(Range, Vec<Layer>)> {
    // Sorted vectors rather than ordered sets: a paragraph has a few dozen cuts and a handful of
    // marks open at once, and the crate's one sort is already in the page, where two B-tree
    // instances cost the page's download some 4 KB after gzip.
    let mut cuts: Vec<usize> = Vec::with_capacity(2 * marks.len() + 2);
    cuts.extend([0, text.len()]);
    for (_, r) in marks {
        cuts.extend([r.start, r.end]);
    }
    claimlens::sort::sort_dedup(&mut cuts);
    let mut by_start: Vec<&(Layer, Range)> = marks.iter().collect();
    claimlens::sort::sort_by_key(&mut by_start, |(_, r)| r.start);
    let mut next = 0;
    // In `Order`, outermost first, each key once.
    let mut open: Vec<Order> = Vec::new();
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        open.retain(|&(_, _, Reverse(end), _)| end > a);
        while next < by_start.len() && by_start.at(next).1.start <= a {
            let (layer, r) = **by_start.at(next);
            if r.end > a {
                if let Err(at) = open.binary_search(&order(layer, r)) {
                    open.insert(at, order(layer, r));
                }
            }
            next += 1;
        }
        out.push((Range::new(a, b), open.iter().map(|o| o.3).collect()));
    }
    out
}

/// The element tree for the pieces: consecutive pieces under the same marks share elements; where
/// a mark ends inside another that continues, the inner elements after it are opened anew.
pub fn tree(pieces: &[(Range, Vec<Layer>)]) -> Vec<Node> {
    struct Open {
        layer: Layer,
        start: usize,
        children: Vec<Node>,
    }
    fn close(stack: &mut Vec<Open>, root: &mut Vec<Node>, end: usize) {
        let o = stack.pop().expect("an open element");
        let node = Node::Element {
            layer: o.layer,
            range: Range::new(o.start, end),
            children: o.children,
        };
        match stack.last_mut() {
            Some(parent) => parent.children.push(node),
            None => root.push(node),
        }
    }
    let mut root = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    for (range, layers) in pieces {
        let same = stack
            .iter()
            .zip(layers)
            .take_while(|(o, l)| o.layer == **l)
            .count();
        while stack.len() > same {
            close(&mut stack, &mut root, range.start);
        }
        for &layer in layers.at(same..) {
            stack.push(Open {
                layer,
                start: range.start,
                children: Vec::new(),
            });
        }
        match stack.last_mut() {
            Some(top) => top.children.push(Node::Text(*range)),
            None => root.push(Node::Text(*range)),
        }
    }
    let end = pieces.last().map_or(0, |(r, _)| r.end);
    while !stack.is_empty() {
        close(&mut stack, &mut root, end);
    }
    root
}

/// The whole layout in one call (the page lays out paragraph by paragraph, see [`blocks`]).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn layout(text: &str, analysis: &Analysis, filters: &Filters) -> Vec<Node> {
    tree(&pieces(text, &marks(text, analysis, filters)))
}

/// One paragraph of the reading view, drawn by its own component so that an edit redraws only
/// the paragraphs it changed. Blocks cover the text in order without gaps: each runs from its
/// paragraph's start to the next one's (the blank lines between belong to the block above), the
/// first from the start of the text. Marks are cut at block edges (a quotation running across
/// two paragraphs becomes two elements) and their ranges are relative to the block's start, so a
/// block after an edit compares equal to itself before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub range: Range,
    pub marks: Vec<(Layer, Range)>,
}

/// Cuts the text into blocks at the analysis' paragraph starts and gives each the marks that
/// cover part of it. Paragraph starts that are out of order, out of the text or inside a
/// character are ignored.
pub fn blocks(text: &str, analysis: &Analysis, filters: &Filters) -> Vec<Block> {
    let mut starts = vec![0];
    for p in &analysis.paragraphs {
        let last = *starts.last().expect("starts is never empty");
        if p.start > last && p.start < text.len() && text.is_char_boundary(p.start) {
            starts.push(p.start);
        }
    }
    if text.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Block> = starts
        .iter()
        .enumerate()
        .map(|(i, &start)| Block {
            range: Range::new(start, starts.get(i + 1).copied().unwrap_or(text.len())),
            marks: Vec::new(),
        })
        .collect();
    for (layer, r) in marks(text, analysis, filters) {
        let mut k = starts.partition_point(|&s| s <= r.start) - 1;
        while k < out.len() && out.at(k).range.start < r.end {
            let b = out.at(k).range;
            let (start, end) = (r.start.max(b.start), r.end.min(b.end));
            if start < end {
                out[k].marks.push((layer, Range::new(start - b.start, end - b.start)));
            }
            k += 1;
        }
    }
    out
}

/// Whether `new` is `old` with a few edits in one place (at most `slack` bytes of either
/// outside their common start and end), as typing makes, rather than another text.
pub fn is_small_edit(old: &str, new: &str, slack: usize) -> bool {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a.at(prefix..)
        .iter()
        .rev()
        .zip(b.at(prefix..).iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.len().max(b.len()) - prefix - suffix <= slack
}

/// Where a byte offset (on a character boundary) falls in a text box holding `text`: a text box
/// counts UTF-16 units, and its value keeps a CR LF line break (from a file or a link) as LF
/// alone.
pub fn textarea_offset(text: &str, byte: usize) -> usize {
    let head = text.at(..byte);
    // (CR LF pairs counted by bytes: `str::matches` would bring the substring searcher.)
    let crlf = head.as_bytes().windows(2).filter(|w| *w == b"\r\n").count();
    head.chars().map(char::len_utf16).sum::<usize>() - crlf
}

// Not in the browser test build, which includes this file too: these run natively.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use claimlens::engine::{Attribution, CueKind, Sentence, SourceKind, Span, Stance};

    fn r(start: usize, end: usize) -> Range {
        Range::new(start, end)
    }

    fn sentence(start: usize, end: usize) -> Sentence {
        Sentence {
            start,
            end,
            paragraph: 0,
            certainty: 1.0,
            claim: None,
            non_claim: None,
            why: String::new(),
        }
    }

    fn span(text: &str, start: usize, end: usize, category: Category) -> Span {
        Span {
            start,
            end,
            text: text[start..end].to_string(),
            category,
            kind: CueKind::Epistemic,
            quoted: false,
            why: String::new(),
        }
    }

    fn attribution(source: Option<Range>, cue: Range, content: Vec<Range>) -> Attribution {
        Attribution {
            source,
            cue,
            content,
            source_kind: SourceKind::Named,
            stance: Stance::Neutral,
            refers_to: None,
            why: String::new(),
        }
    }

    /// Writes a tree as bracketed text: `[s0 ...]`, so expected layouts read like the article.
    fn show(text: &str, nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(r) => text[r.start..r.end].to_string(),
                Node::Element {
                    layer, children, ..
                } => format!("[{} {}]", layer.key(), show(text, children)),
            })
            .collect()
    }

    #[test]
    fn layouts() {
        // Offsets counted by hand for each text; the expected strings show the nesting.
        let t1 = "Ann said the river might flood. It did.";
        //        0   4    9           21  26    32 35
        let a1 = Analysis {
            sentences: vec![sentence(0, 31), sentence(32, 39)],
            spans: vec![span(t1, 19, 24, Category::Hedge)],
            attributions: vec![attribution(Some(r(0, 3)), r(4, 8), vec![r(9, 30)])],
            ..Default::default()
        };
        let t2 = "Ann said: \"it is clearly late. We know.\" Done.";
        //        0   4     10     17      25   31    38  41
        let a2 = Analysis {
            sentences: vec![sentence(0, 30), sentence(31, 40), sentence(41, 46)],
            spans: vec![span(t2, 17, 24, Category::Booster)],
            // The quote runs across the sentence boundary: content must be split in two.
            attributions: vec![attribution(Some(r(0, 3)), r(4, 8), vec![r(11, 38)])],
            ..Default::default()
        };
        let t3 = "a reckless bad plan";
        // Two spans overlapping each other (not nested): the later one is split.
        let a3 = Analysis {
            sentences: vec![sentence(0, 19)],
            spans: vec![
                span(t3, 2, 14, Category::Loaded),
                span(t3, 11, 19, Category::Hedge),
            ],
            ..Default::default()
        };
        let cases: &[(&str, &Analysis, Filters, &str)] = &[
            (
                t1,
                &a1,
                Filters::default(),
                "[s0 [a0 Ann] [q0 said] [c0.0 the river [h0 might] flood].] [s1 It did.]",
            ),
            (t1, &a1, Filters { attribution: false, ..Filters::default() }, "[s0 Ann said the river [h0 might] flood.] [s1 It did.]"),
            (t1, &a1, Filters { hedge: false, attribution: false, ..Filters::default() }, "[s0 Ann said the river might flood.] [s1 It did.]"),
            (
                t2,
                &a2,
                Filters::default(),
                // The space between the sentences is quoted content outside any sentence.
                "[s0 [a0 Ann] [q0 said]: \"[c0.0 it is [h0 clearly] late.]][c0.0  ][s1 [c0.0 We know].\"] [s2 Done.]",
            ),
            (t3, &a3, Filters::default(), "[s0 a [h0 reckless [h1 bad]][h1  plan]]"),
        ];
        for (text, analysis, filters, expected) in cases {
            assert_eq!(
                show(text, &layout(text, analysis, filters)),
                *expected,
                "{text}"
            );
        }
    }

    #[test]
    fn pieces_cover_the_text_without_gaps() {
        let text = "One. Two.\n\nThree.";
        let a = Analysis {
            sentences: vec![sentence(0, 4), sentence(5, 9), sentence(11, 17)],
            ..Default::default()
        };
        let p = pieces(text, &marks(text, &a, &Filters::default()));
        let ranges: Vec<(usize, usize)> = p.iter().map(|(r, _)| (r.start, r.end)).collect();
        assert_eq!(ranges, [(0, 4), (4, 5), (5, 9), (9, 11), (11, 17)]);
        assert_eq!(show(text, &tree(&p)), "[s0 One.] [s1 Two.]\n\n[s2 Three.]");
    }

    #[test]
    fn bad_ranges_are_left_out() {
        let text = "héllo";
        let a = Analysis {
            sentences: vec![sentence(0, 6)],
            // 2 is inside 'é'; 4..9 runs past the end; 3..3 is empty.
            spans: vec![
                span(text, 0, 1, Category::Hedge),
                Span {
                    start: 2,
                    end: 4,
                    ..span(text, 0, 1, Category::Hedge)
                },
            ],
            attributions: vec![attribution(None, r(3, 3), vec![r(4, 9)])],
            ..Default::default()
        };
        let m = marks(text, &a, &Filters::default());
        assert_eq!(
            m,
            [(Layer::Sentence(0), r(0, 6)), (Layer::Span(0), r(0, 1))]
        );
    }

    #[test]
    fn blocks_follow_paragraphs() {
        // Offsets by hand: "Ann said: \"Go" is 0..13, the blank line 13..15, "now.\" Yes." 15..25.
        let text = "Ann said: \"Go\n\nnow.\" Yes.";
        let a = Analysis {
            paragraphs: vec![r(0, 13), r(15, 25)],
            sentences: vec![sentence(0, 13), sentence(15, 20), sentence(21, 25)],
            spans: vec![span(text, 21, 24, Category::Booster)],
            // The quotation ("Go … now") runs across the paragraph break.
            attributions: vec![attribution(Some(r(0, 3)), r(4, 8), vec![r(11, 18)])],
            ..Default::default()
        };
        let b = blocks(text, &a, &Filters::default());
        assert_eq!(b.len(), 2);
        assert_eq!((b[0].range, b[1].range), (r(0, 15), r(15, 25)));
        let content = Layer::Content { attribution: 0, part: 0 };
        assert_eq!(
            b[0].marks,
            [(Layer::Sentence(0), r(0, 13)), (content, r(11, 15)), (Layer::Source(0), r(0, 3)), (Layer::Cue(0), r(4, 8))]
        );
        // Relative to the block: the second half of the quotation, the sentences, the booster.
        assert_eq!(
            b[1].marks,
            [(Layer::Sentence(1), r(0, 5)), (Layer::Sentence(2), r(6, 10)), (content, r(0, 3)), (Layer::Span(0), r(6, 9))]
        );
        let drawn: String = b
            .iter()
            .map(|k| show(&text[k.range.start..k.range.end], &tree(&pieces(&text[k.range.start..k.range.end], &k.marks))))
            .collect();
        assert_eq!(drawn, "[s0 [a0 Ann] [q0 said]: \"[c0.0 Go]][c0.0 \n\n][s1 [c0.0 now].\"] [s2 [h0 Yes].]");
    }

    #[test]
    fn blocks_of_odd_paragraphs() {
        // No paragraphs at all: one block for the whole text. Out-of-order, out-of-text and
        // mid-character starts are ignored; "é" is bytes 1..3.
        let text = "aé bc";
        let none = Analysis::default();
        assert_eq!(blocks(text, &none, &Filters::default())[0].range, r(0, 6));
        let odd = Analysis {
            paragraphs: vec![r(0, 1), r(4, 6), r(3, 4), r(2, 3), r(9, 9)],
            ..Default::default()
        };
        let ranges: Vec<Range> = blocks(text, &odd, &Filters::default()).iter().map(|b| b.range).collect();
        assert_eq!(ranges, [r(0, 4), r(4, 6)]);
        assert_eq!(blocks("", &odd, &Filters::default()), []);
    }

    #[test]
    fn small_edits() {
        assert!(is_small_edit("the cat sat", "the cart sat", 4));
        assert!(is_small_edit("the cat sat", "the cat sat", 0));
        assert!(is_small_edit("the cat sat", "the sat", 4));
        assert!(!is_small_edit("the cat sat", "a dog ran", 4));
        // Repeated letters at the edit ("aaa" -> "aaaa") still count one byte.
        assert!(is_small_edit("baaab", "baaaab", 1));
        assert!(is_small_edit("", "x", 1));
        assert!(!is_small_edit("", "xy", 1));
    }

    #[test]
    fn empty_text_has_no_nodes() {
        assert_eq!(layout("", &Analysis::default(), &Filters::default()), []);
    }

    #[test]
    fn keys_round_trip() {
        for layer in [
            Layer::Sentence(3),
            Layer::Content {
                attribution: 2,
                part: 1,
            },
            Layer::Source(0),
            Layer::Cue(7),
            Layer::Span(12),
        ] {
            assert_eq!(Layer::from_key(&layer.key()), Some(layer));
        }
        for bad in ["", "x1", "h", "c1", "h-1", "é"] {
            assert_eq!(Layer::from_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn textarea_offsets() {
        // (text, byte offset, UTF-16 offset): é is 2 bytes/1 unit, 中 3 bytes/1 unit,
        // 😀 4 bytes/2 units (a surrogate pair); CR LF is one unit, a lone CR or LF one.
        let cases = [
            ("abc", 2, 2),
            ("é!", 2, 1),
            ("中文x", 6, 2),
            ("中文x", 7, 3),
            ("😀a", 4, 2),
            ("a😀b😀", 6, 4),
            ("a😀b😀", 10, 6),
            ("", 0, 0),
            ("a\r\nb", 3, 1 + 1),
            ("a\r\n\r\nb\r\n", 6, 1 + 1 + 1 + 1),
            ("a\rb\nc", 4, 4),
            ("é\r\n😀\r\nz", 10, 1 + 1 + 2 + 1),
        ];
        for (text, byte, unit) in cases {
            assert_eq!(textarea_offset(text, byte), unit, "{text:?} byte {byte}");
        }
    }
}
