//! The walk over a document's cues: what it carries from cue to cue, and where the reported words
//! begin and end on either side of a cue's verb.

use crate::engine::document::At;
use super::*;

/// Everything needed while walking a document's cues.
pub(super) struct Walk<'d, 't> {
    pub(super) doc: &'d Doc<'d, 't>,
    pub(super) quotes: &'d [Range],
    /// Token range of the current paragraph.
    pub(super) para: (usize, usize),
    /// Token range of the current sentence.
    pub(super) sent: (usize, usize),
    /// For the attributions made so far, how far their contents reach (see [`in_done_content`]).
    pub(super) reach: &'d [usize],
    /// Token indices of the semicolons outside quotations, and of the commas before "although",
    /// "though", "whereas" or a summing noun ("a charge", where the quotation pass saw them), sorted: found once per document, so
    /// that cutting a content at one stays a binary search even in a sentence of a megabyte.
    pub(super) semicolons: &'d [usize],
    /// Token indices of the commas (or the lone "and") outside quotations where another report
    /// joins the sentence (", and analysts said", "and added that"), sorted: see [`report_joins`].
    pub(super) joins: &'d [usize],
    /// Token indices of every comma right before "and", "but" or "while" (quoted or not), sorted,
    /// when the quotation pass saw every token (see [`Marks::comma_links`]); else `None`.
    pub(super) links: Option<&'d [usize]>,
}

impl Walk<'_, '_> {
    pub(super) fn span(&self, first: usize, last: usize) -> Range {
        self.doc.token_span(first, last)
    }

    /// Content from token `first` to the end of the sentence, a quotation taken whole.
    pub(super) fn content_right(&self, mut first: usize) -> Option<Range> {
        let doc = self.doc;
        // "The company disputed that, saying ...": see `object_that_before_report`.
        if first + 2 < self.sent.1.min(self.para.1) && doc.is(first, "that") && (is_mark(doc, first + 1, b',') && object_that_before_report(doc, first) || that_then_when(doc, first, self.sent.1.min(self.para.1))) {
            return Some(doc.tokens[first].range());
        }
        if first < self.para.1 && doc.is(first, "that") && !that_in_clause(doc, first) && !that_determiner(doc, first, self.sent.1.min(self.para.1)) {
            first += 1;
        }
        // "will recall that, upon my reappointment, I felt ...": a comma right after "that" opens
        // an aside inside the words, not the words.
        if first + 1 < self.para.1 && first > 0 && doc.is(first - 1, "that") && is_mark(doc, first, b',') {
            first += 1;
        }
        if first >= self.para.1 {
            // "He added:" closing a paragraph introduces the next one: news style sets a long
            // quotation off as its own paragraph.
            if first == self.para.1 && first > 0 && is_mark(doc, first - 1, b':') && first < doc.tokens.len() {
                let pi = doc.paragraphs.partition_point(|p| p.end <= doc.tokens[first].start);
                return doc.paragraphs.get(pi).copied();
            }
            return None;
        }
        // 'rejected "groundless" accusations': a quoted word or two that a noun follows is the
        // source's wording inside a phrase, which goes on past it ('said "no" to the offer' has
        // a preposition next; the words are the quotation). But "of" goes on with a phrase
        // ('"dozens" of people'), and after "that" a quotation with no verb can only be part of the
        // clause ('said that "the vast majority" of passengers had ...').
        let quoted_modifier = |q: Range| {
            let (f, next) = (doc.token_at_or_after(q.start), doc.token_at_or_after(q.end));
            next < self.sent.1.min(self.para.1)
                && next <= f + 5
                && doc.tokens[next].kind == TokenKind::Word
                && !starts_upper(doc, next)
                && (!doc.is_any(next, PREPOSITIONS) || doc.is(next, "of") || f > 0 && doc.is(f - 1, "that") && !(f..next).any(|k| doc.is_any(k, FINITE)))
                && !doc.is_any(next, COORDINATORS)
                && !source::is_det(doc, next)
                && !doc.is_any(next, SUBJECT_PRONOUNS)
        };
        if let Some(q) = quote_opening_at(doc, self.quotes, first).filter(|&q| !quoted_modifier(q)) {
            // 'told reporters that "nothing is signed" and that ...': the second clause is
            // reported too.
            let next = doc.token_at_or_after(q.end);
            if next + 2 < self.sent.1.min(self.para.1) && doc.is(next, "and") && doc.is(next + 1, "that") {
                if let Some(r) = self.content_right(next + 1) {
                    return Some(Range { start: q.start, end: r.end });
                }
            }
            return Some(q);
        }
        let mut last = self.sent.1.max(first + 1).min(self.para.1);
        // A semicolon outside quotation marks joins another clause, most often someone else's
        // ("the minister said the figures were right; the opposition disagreed").
        if let Some(&k) = self.semicolons.get(self.semicolons.partition_point(|&k| k <= first)) {
            last = last.min(k);
        }
        // So does ", and" or ", but" before another report: the next source's words are not this
        // one's ("the minister said the forecast looked optimistic, and analysts said ...").
        if let Some(&k) = self.joins.get(self.joins.partition_point(|&k| k <= first)) {
            last = last.min(k);
        }
        // "plans to produce 63 mln ounces, and is the largest producer": a verb with no subject
        // after the comma goes on with the holder, when the content is no clause of its own.
        // After a clause ("said the law was sound, and was fair") it may go on with either.
        let verb_goes_on = |k: usize| is_mark(doc, k, b',') && doc.is_any(k + 1, AND_BUT) && doc.is_any(k + 2, FINITE);
        // Looked for within 60 tokens: a content that is no clause is short, and a sentence of a
        // megabyte must not be read once per report in it.
        let bound = last.saturating_sub(2).min(first + 60);
        let goes_on = match self.links {
            // Only a comma right before "and" or "but" can be one, and the quotation pass listed
            // them all: the few in reach are asked, not every token.
            Some(links) => links.at(links.partition_point(|&k| k <= first)..).iter().copied().take_while(|&k| k < bound).find(|&k| verb_goes_on(k)),
            None => (first + 1..bound).find(|&k| verb_goes_on(k)),
        };
        if let Some(k) = goes_on.filter(|_| !clause_at(doc, first, last)) {
            last = k;
        }
        // An infinitive reported ("is said to reduce the risk") has no subject of its own, so
        // ", but" or ", and" before a clause with one is the writer going on: "Aspirin has been
        // suggested to reduce the risk, but the evidence is limited".
        if doc.is(first, "to") {
            let bound = last.saturating_sub(2).min(first + 60);
            // (With an auxiliary or a modal to show the clause: "open markets, and a
            // much-reduced government role" is a list; ", and that ..." goes on with a report.)
            let auxiliary = |k: usize| (k..last.min(k + 9)).take_while(|&i| !is_mark(doc, i, b',')).any(|i| doc.is_any(i, FINITE));
            let new_subject = |k: usize| {
                is_mark(doc, k, b',') && doc.is_any(k + 1, AND_BUT) && !doc.is_any(k + 2, FINITE) && !doc.is(k + 2, "that") && clause_at(doc, k + 2, last) && auxiliary(k + 3)
            };
            let joined = match self.links {
                Some(links) => links.at(links.partition_point(|&k| k <= first)..).iter().copied().take_while(|&k| k < bound).find(|&k| new_subject(k)),
                None => (first + 1..bound).find(|&k| new_subject(k)),
            };
            if let Some(k) = joined {
                last = k;
            }
        }
        if let Some(k) = withheld_at(doc, first, last) {
            last = k;
        }
        while last > first + 1 && (is_end_punct(doc, last - 1) || is_mark(doc, last - 1, b',')) {
            last -= 1;
        }
        if last <= first || (last == first + 1 && doc.tokens[first].kind == TokenKind::Punct) {
            return None;
        }
        let mut r = self.span(first, last);
        // A quotation running on past the sentence end belongs to the content.
        if let Some(q) = quote_containing(self.quotes, doc.tokens[last - 1].start) {
            if q.start >= r.start && q.end > r.end {
                r.end = q.end;
            }
        }
        Some(r)
    }

    /// Content before token `end` (exclusive) back to the sentence start, quotations whole.
    pub(super) fn content_left(&self, mut end: usize) -> Option<Range> {
        let doc = self.doc;
        while end > self.sent.0 && (is_mark(doc, end - 1, b',') || is_dash(doc, end - 1)) {
            end -= 1;
        }
        if end <= self.para.0 {
            return None;
        }
        if let Some(q) = quote_closing_at(doc, self.quotes, end - 1) {
            return Some(q);
        }
        if end <= self.sent.0 {
            return None;
        }
        let mut first = dateline_end(doc, self.sent.0, end).unwrap_or(self.sent.0);
        // ("A: Not necessarily, according to the agency.": an explainer's answer label is no
        // part of the words.)
        if first + 2 < end && doc.is_any(first, words!["a", "q"]) && doc.token_bytes(first).len() == 1 && is_mark(doc, first + 1, b':') {
            first += 2;
        }
        let mut r = self.span(first, end);
        if let Some(q) = quote_containing(self.quotes, doc.tokens[first].start) {
            if q.start < r.start && q.end >= doc.tokens[end - 1].end {
                r.start = q.start;
            }
        }
        (!r.is_empty()).then_some(r)
    }

    /// Does token `k` end a hearer or an adverbial after the verb: a stop, a dash character (a
    /// dash typed as hyphens only before its aside's "that"), or a quotation mark?
    fn closes_phrase(&self, k: usize, end: usize) -> bool {
        let doc = self.doc;
        is_end_punct(doc, k)
            || is_dash_char(doc, k)
            || is_dash(doc, k) && that_after_aside(doc, k, end).is_some()
            || quote_opening_at(doc, self.quotes, k).is_some()
            || quote_closing_at(doc, self.quotes, k).is_some()
    }

    /// Past the verb group: skips a hearer and adverbials, and reports where content begins.
    pub(super) fn after_verb(&self, mut j: usize, tell: bool) -> After {
        let doc = self.doc;
        let end = self.sent.1.min(self.para.1);
        let mut skipped = 0;
        loop {
            if j >= end || is_end_punct(doc, j) {
                // A quotation may close after the sentence's final stop: “... ended.” she said.
                return After::Nothing;
            }
            if quote_opening_at(doc, self.quotes, j).is_some() {
                return After::Content(j);
            }
            // "Characters arrive, argue and vanish", "protested and left": a verb joined to the
            // next has no words of its own after it.
            if skipped == 0 && matches!(doc.tokens[j].first_byte() | 0x20, b'a' | b'o') && doc.is_any(j, words!["and", "or"]) && j + 1 < end && doc.tokens[j + 1].kind == TokenKind::Word && !source::is_det(doc, j + 1) && !doc.is_any(j + 1, SUBJECT_PRONOUNS) {
                return After::Nothing;
            }
            if doc.is(j, "that") && that_in_clause(doc, j) {
                return After::Content(j);
            }
            // "is estimated at 1.6 times that of Earth": a "that of" after a multiple stands for
            // a noun, the verb's measure, and opens no clause ("has said several times that the
            // water is safe" does; so does "told the New York Times that").
            if doc.is(j, "that") && j > 0 && j + 1 < end && doc.is(j + 1, "of") && doc.is_any(j - 1, words!["times", "twice", "thrice", "half"]) && !starts_upper(doc, j - 1) {
                return After::Nothing;
            }
            // "Some of them would say that, wouldn't they?", "She said that, and left": "that"
            // and a comma before a conjunction or a tag is the object, words said before.
            // ("suggested that, and not his candidacy, was the reason" is a clause's subject.)
            if doc.is(j, "that")
                && j + 2 < end
                && is_mark(doc, j + 1, b',')
                && (doc.is_any(j + 2, COORDINATORS) && !(j + 3 < end && doc.is(j + 3, "not"))
                    || doc.is_any(j + 2, FINITE) && j + 3 < end && doc.is_any(j + 3, SUBJECT_PRONOUNS))
            {
                return After::Nothing;
            }
            if is_mark(doc, j, b':') {
                return After::Content(j + 1);
            }
            // (See `content_right`: "disputed that, saying ...".)
            if doc.is(j, "that") && j + 2 < end && is_mark(doc, j + 1, b',') && object_that_before_report(doc, j) {
                return After::Content(j);
            }
            if doc.is(j, "that") {
                return After::Content(if that_determiner(doc, j, end) || that_then_when(doc, j, end) { j } else { j + 1 });
            }
            if is_mark(doc, j, b',') || is_dash(doc, j) {
                let dash = !is_mark(doc, j, b',');
                // (A double hyphen is two tokens: what it sets off begins after the second.)
                let j = hyphen_run_end(doc, j);
                if quote_opening_at(doc, self.quotes, j + 1).is_some() {
                    return After::Content(j + 1);
                }
                if let Some(that) = dash.then(|| that_after_aside(doc, j, end)).flatten() {
                    return After::Content(that);
                }
                return After::Comma(j);
            }
            if quote_closing_at(doc, self.quotes, j).is_some() {
                return After::Nothing;
            }
            // A pronoun hearer before a clause: "Sources tell me the council will vote to close
            // ..." (the search below would run on to the "to" of the content).
            let marks = words!["that", "to", "whether", "if", "about", "how", "why", "what"];
            if tell
                && skipped == 0
                && doc.is_any(j, OBJECT_PRONOUNS)
                && j + 1 < end
                && !doc.is_any(j + 1, marks)
                && clause_at(doc, j + 1, end)
            {
                // ("told her lawyer the plan had failed": "her" before a noun and a new subject is
                // the hearer's possessive.)
                if doc.is(j, "her")
                    && j + 3 < end
                    && doc.tokens[j + 1].kind == TokenKind::Word
                    && !starts_upper(doc, j + 1)
                    && !source::is_det(doc, j + 1)
                    && !doc.is_any(j + 1, source::PRONOUNS)
                    && (source::is_det(doc, j + 2) || doc.is_any(j + 2, words!["he", "she", "they", "we", "i", "it"]))
                    && clause_at(doc, j + 2, end)
                {
                    return After::Content(j + 2);
                }
                return After::Content(j + 1);
            }
            // "told a meeting of farmers the plan had failed", "told the committee the plan had
            // failed": no mark after the hearer, so the content starts with the subject of the
            // first finite verb: the first determiner or pronoun before that verb that follows a
            // noun rather than a preposition ("told the panel the arrest of the captain had been
            // ordered" starts at "the arrest").
            if tell && skipped == 0 && !doc.is_any(j, marks) {
                // Words, numbers, "up to 1,800" and a bracketed acronym ("(GATT)") make no mark.
                let unmarked = |k: &usize| {
                    doc.tokens[*k].kind == TokenKind::Word && !doc.is_any(*k, marks)
                        || doc.is(*k, "to") && *k + 1 < end && doc.tokens[*k + 1].kind == TokenKind::Number
                        || doc.tokens[*k].kind == TokenKind::Number
                        || is_mark(doc, *k, b'(')
                        || is_mark(doc, *k, b')')
                };
                // (A report's own verb counts: "told reporters the report disclosed “...”", and
                // so does one of belief or intention close to the hearer: "told reporters Hyundai
                // Motor expects to", not "asked for a list in case it decided to".)
                let attitude = |k: usize| {
                    let classes = doc.classes(k);
                    (classes & classes::NO_KEY != 0 && attitude_verbs().iter().any(|w| w == doc.token_text(k)) || classes & classes::ATTITUDE != 0)
                        && doc.token_text(k).starts_with(|c: char| c.is_ascii_lowercase())
                };
                let verb = (j + 1..end.min(j + 16))
                    .take_while(unmarked)
                    .find(|&k| doc.is_any(k, FINITE) || k > j + 1 && (source::is_cue_word(doc, k) || k <= j + 5 && attitude(k)));
                let opens = |p: usize| opens_subject(doc, p);
                if let Some(p) = verb.and_then(|v| (j + 1..v).find(|&p| opens(p))) {
                    return After::Content(p);
                }
                // So does a name after a lower-case hearer with a determiner, running up to the
                // verb: "told the court Marsh had \"exploited the trust\"" (the quotation is in
                // the content, not the mark that ends the hearer).
                // (Or a bare one: "told reporters Hyundai Motor expects to ...".)
                let bare = !source::is_det(doc, j) && doc.tokens[j].kind == TokenKind::Word && !starts_upper(doc, j) && !doc.is_any(j, OBJECT_PRONOUNS);
                if let Some(v) = verb.filter(|_| source::is_det(doc, j) || bare) {
                    let name = (j + if bare { 1 } else { 2 }..v).find(|&p| starts_upper(doc, p) && !starts_upper(doc, p - 1) && !doc.is_any(p - 1, PREPOSITIONS));
                    if let Some(p) = name.filter(|&p| (p..v).all(|i| starts_upper(doc, i))) {
                        return After::Content(p);
                    }
                }
                // A subject pronoun opens the clause whatever its verb: "told attorneys he needed
                // time".
                let mut run = (j + 1..end.min(j + 8)).take_while(unmarked);
                if let Some(p) = run.find(|&p| doc.is_any(p, SUBJECT_PRONOUNS) && !doc.is(p, "there") && opens(p) && p + 1 < end && doc.tokens[p + 1].kind == TokenKind::Word) {
                    return After::Content(p);
                }
            }
            // ("that" at `j` has returned above.)
            if tell && skipped == 0 && !doc.is_any(j, marks) && !doc.is_any(j, TIME_WORDS) {
                // The hearer: "told reporters", "told The Associated Press", "asked him". Look for
                // the mark that ends it ("that", a comma, a quotation, the sentence end) first.
                let mut k = j;
                // "told Reagan of their opposition", "warned them of": after a name or a pronoun,
                // "of" opens what was told ("told some of the miners" is one hearer; in a
                // headline in capitals, "URGES REFORM OF" has no name).
                let named = |k: usize| {
                    k > j && (k == j + 1 && doc.is_any(j, OBJECT_PRONOUNS) || k - j <= 3 && (j..k).all(|i| starts_upper(doc, i) && doc.token_text(i).bytes().any(|b| b.is_ascii_lowercase())))
                };
                // ("warned fans travelling to the match that ...": "to" after a participle in the
                // hearer is a preposition when a "that" follows; "told Reuters Brazil was not
                // planning to modify" has its infinitive.)
                let place_to = |k: usize| {
                    k > j && doc.is(k, "to") && doc.token_bytes(k - 1).ends_with(b"ing") && doc.token_bytes(k - 1).len() > 5 && (k + 1..end.min(k + 6)).any(|i| doc.is(i, "that"))
                };
                while k < end
                    && k - j < 7
                    && !(doc.is_any(k, words!["that", ",", ":", "to", "whether", "if", "about", "how", "why", "what"]) && !place_to(k)
                        || doc.is(k, "of") && named(k)
                        // (Not a dash typed as hyphens: in wire copy it more often opens an aside
                        // inside the words, "told reporters the tariffs - up from five pct -
                        // should be seen", than ends the hearer. Unless "that" follows the aside.)
                        || self.closes_phrase(k, end))
                {
                    k += 1;
                }
                // Reaching the sentence end is no mark: "told parliament the plan would fail" has its
                // content right after a short hearer, "told some of the miners." has none.
                let at_end = k >= end || is_end_punct(doc, k);
                // At the sentence end, a hearer with a determiner may still run to the next one if
                // that opens a clause: "told a group of farmers the plan failed." ("told the
                // farmers the news." has no verb, and "told some of the miners." no second
                // subject).
                if at_end {
                    if let Some(p) = next_subject_after_det_hearer(doc, j, end).filter(|&p| clause_at(doc, p, end)) {
                        return After::Content(p);
                    }
                }
                let marked = !at_end && k - j < 7 || at_end && !short_hearer_content(doc, j, end);
                if marked {
                    skipped += k - j;
                    j = k;
                    // ("urged them not to vote", "asking not to be named": the "not" negates the
                    // words, and is theirs.)
                    if doc.is(j, "to") && j > 0 && doc.is_any(j - 1, words!["not", "never"]) {
                        return After::Content(j - 1);
                    }
                    // "told the regulator's chief executive, David Black, that ...": the name set
                    // off by commas is the hearer's, and so is an age ("told Graham Pike, 61,
                    // that") or a description ("asked Priya Raman, a lawyer at Clarke & Webb,
                    // what changes"); the words start at the mark after it.
                    if is_mark(doc, j, b',') {
                        // (Not through a mark of the words' own: "asked him then, if you do end
                        // up endorsing her, what happens to me".)
                        let opens_words = words!["that", "whether", "if", "how", "why", "what"];
                        let n = (j + 1..end.min(j + 10))
                            .find(|&n| !matches!(doc.tokens[n].kind, TokenKind::Word | TokenKind::Number) && !doc.is(n, "&") || doc.is_any(n, opens_words))
                            .unwrap_or(end);
                        if n > j + 1 && n + 1 < end && is_mark(doc, n, b',') {
                            if doc.is(n + 1, "that") {
                                j = n + 1;
                                continue;
                            }
                            if doc.is_any(n + 1, opens_words) {
                                return After::Content(n + 1);
                            }
                        }
                    }
                    if doc.is(j, "to") || doc.is_any(j, words!["whether", "if", "about", "how", "why", "what", "of"]) {
                        return After::Content(j);
                    }
                    continue;
                }
                // No mark: "told reporters the bridge was unsafe". Take a short hearer. A hearer
                // with a determiner may run to the next one, which opens the content even where
                // its verb is in no list: "told a press conference the record rate underlines
                // ...".
                if let Some(p) = next_subject_after_det_hearer(doc, j, end) {
                    return After::Content(p);
                }
                let mut k = j + 1;
                if starts_upper(doc, j) || source::is_det(doc, j) {
                    while k < end && starts_upper(doc, k) {
                        k += 1;
                    }
                    if source::is_det(doc, j) && k == j + 1 {
                        k += 1;
                    }
                }
                return After::Content(k.min(end));
            }
            // "said only that ...": the words start after the "that".
            if doc.is(j, "only") && j + 1 < end && doc.is(j + 1, "that") {
                return After::Content(j + 2);
            }
            // How often, not what: "said several times that", "said again and again that",
            // "has said time and again that".
            let often = if j + 1 < end && doc.is(j + 1, "times") && doc.is_any(j, words!["many", "several", "numerous", "countless", "two", "three", "four"]) {
                2
            } else if j + 2 < end && doc.is_any(j, words!["again", "time"]) && doc.is(j + 1, "and") && doc.is(j + 2, "again") {
                3
            } else {
                0
            };
            if often > 0 {
                skipped += 1;
                j += often;
                continue;
            }
            // "has said for years that", "have been warning for the past two decades the bridge
            // is unsafe": how long, not what. ("for" is no preposition of the walk's: "called for
            // a ban" names what; so only a span of time with a clause or "that" after it, not
            // "called for years of restraint" or "asked for two weeks to reply".)
            if doc.is(j, "for") {
                if let Some(n) = for_a_time(doc, j, end).filter(|&n| n + 1 < end && (doc.is(n + 1, "that") || clause_at(doc, n + 1, end))) {
                    skipped += n + 1 - j;
                    j = n + 1;
                    continue;
                }
            }
            // A one-word adverbial of time or manner: "said Tuesday", "said sarcastically".
            // "there" before a verb is the subject of the content: "added there is no market".
            let there_subject = doc.is_any(j, THERE_HERE) && j + 1 < end && doc.is_any(j + 1, FINITE);
            // ("citing last week's attack": a time word before a possessive opens the object.)
            let possessed = || j + 1 < end && is_possessive(doc.token_text(j + 1));
            // ("said nearly 40 percent": an -ly word before a quantity is part of it.)
            let manner = || is_manner_adverb(doc, j) && !super::super::context::quantity_at(doc, j + 1);
            if (doc.is_any(j, TIME_WORDS) || doc.is_any(j, ADVERBS) || manner()) && !there_subject && !possessed() {
                skipped += 1;
                j += 1;
                // "Tuesday night", "last week", "earlier this month", "late that night".
                while j < end
                    && (doc.is_any(j, TIME_NOUNS)
                        || doc.is_any(j, TIME_WORDS)
                        || doc.is(j, "this")
                        || doc.is(j, "that") && j + 1 < end && doc.is_any(j + 1, TIME_NOUNS))
                {
                    j += 1;
                }
                continue;
            }
            // A prepositional adverbial: "said in an interview with CNN", "said by telephone".
            // It runs to the next mark; with no mark before the sentence ends, there is no content
            // on the right.
            // "to" opens an adverbial only before a hearer ("said to reporters"); before a verb it is
            // the content ("declined to comment").
            let to_hearer = doc.is(j, "to")
                && j + 1 < end
                && (source::is_det(doc, j + 1)
                    || starts_upper(doc, j + 1)
                    || doc.is_any(j + 1, words!["reporters", "supporters", "him", "her", "them", "me", "us", "cheers", "applause", "laughter"]));
            // ("said at least 40 buildings had burned": a count, not a place.)
            let count = doc.is(j, "at") && j + 1 < end && doc.is_any(j + 1, words!["least", "most"]);
            // ("at 3 a.m.": an hour's letters, and their stop, are the adverbial's.)
            let hour = |n: usize| doc.is_any(n, words!["a.m", "p.m"]) || is_mark(doc, n, b'.') && doc.is_any(n - 1, words!["a.m", "p.m"]);
            if doc.is_any(j, PREPOSITIONS) && (!doc.is(j, "to") || to_hearer) && !count {
                // "on Friday", "in 2015": a short time adverbial, then anything may follow.
                // ("in December 1986 that": a year after the month; "at last year's meeting
                // that" is a longer phrase, read below.)
                if j + 1 < end && (doc.is_any(j + 1, TIME_WORDS) || doc.tokens[j + 1].kind == TokenKind::Number) {
                    let mut n = j + 2;
                    // (The day only before words of the content's own: "by March 31, they added"
                    // and "on April 28 and the offer will close" have none.)
                    let day = |n: usize| {
                        doc.tokens[n].kind == TokenKind::Number
                            && doc.tokens[n - 1].kind != TokenKind::Number
                            && n + 1 < end
                            && doc.tokens[n + 1].kind == TokenKind::Word
                            && !doc.is_any(n + 1, COORDINATORS)
                    };
                    // ("at 10:30 GMT": a clock time's colon and minutes, and its zone.)
                    let clock = |n: usize| clock_colon(doc, n) || clock_colon(doc, n - 1) || doc.is_any(n, words!["gmt", "utc", "est", "edt", "bst", "cet"]);
                    while n < end && (doc.is_any(n, TIME_NOUNS) || day(n) || hour(n) || clock(n)) {
                        n += 1;
                    }
                    if !(n < end && is_possessive(doc.token_text(n))) {
                        skipped += n - j;
                        j = n;
                        continue;
                    }
                }
                // ("in a tweet at 12:14 p.m. that ...": the hour's stop, before the words.)
                let hour_goes_on = |k: usize| hour(k) && k + 1 < end && (doc.is(k + 1, "that") || quote_opening_at(doc, self.quotes, k + 1).is_some());
                let mut k = j + 1;
                while k < end
                    && k - j < 14
                    && !(doc.is_any(k, words!["that", ",", ":"]) && !clock_colon(doc, k)
                        // (Nor here: inside the adverbial a typed dash more often opens a list in
                        // it, "says in a survey of prices in the main exporters - Argentina,
                        // Australia, Canada and the U.S.")
                        || self.closes_phrase(k, end) && !hour_goes_on(k))
                {
                    k += 1;
                }
                if k - j >= 14 || k >= end || is_end_punct(doc, k) && !hour_goes_on(k) {
                    return After::Trailing(j);
                }
                // ("said members had raised concerns with the government but that a statement
                // was unlikely": a "that" after "but" or "and" goes on with an outer report.)
                if doc.is(k, "that") && k > j + 1 && doc.is_any(k - 1, words!["and", "but", "or"]) {
                    return After::Nothing;
                }
                // "warned of a creeping decline that could undermine ...": a "that" with a verb
                // right after it is a relative pronoun, so the phrase was the topic, not an
                // adverbial, and it is what was warned of. ("“...,” Kistler said of the merger
                // that would ...": what was said of a topic is elsewhere.)
                let said_of = || skipped == 0 && j > 0 && doc.is_any(j - 1, words!["say", "says", "said", "saying"]);
                if doc.is(k, "that") && k + 1 < end && (doc.is(j, "of") || doc.is(j, "about")) && doc.is_any(k + 1, FINITE) && !said_of() {
                    return After::Content(j);
                }
                skipped += k - j;
                j = k;
                continue;
            }
            return After::Content(j);
        }
    }
}

/// The plural time noun of a span of time opened by the "for" at `j`, before `end`: "for years",
/// "for the past two decades".
pub(super) fn for_a_time(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    (j + 1..end.min(j + 5))
        .find(|&n| !(doc.tokens[n].kind == TokenKind::Number || doc.is_any(n, words!["the", "past", "last", "many", "several", "a", "few", "two", "three"])))
        .filter(|&n| doc.is_any(n, TIME_NOUN_PLURALS) || doc.is(n, "decades"))
}

/// Is token `k` the colon of a clock time ("10:30"), glued to a number on either side? It sets
/// off nothing.
pub(super) fn clock_colon(doc: &Doc, k: usize) -> bool {
    let number = |a: usize| doc.tokens[a].kind == TokenKind::Number;
    k > 0
        && k + 1 < doc.tokens.len()
        && is_mark(doc, k, b':')
        && number(k - 1)
        && number(k + 1)
        && doc.tokens[k - 1].end == doc.tokens[k].start
        && doc.tokens[k].end == doc.tokens[k + 1].start
}

/// Are tokens `first..end` only an adverbial that links the sentence to the one before or
/// comments on it: "Of course, some drivers will complain, as they always do"? Words of a
/// report that are nothing else were nobody's. (With more words after the report the adverbial
/// opens them: "Generally, analysts say, producers have large stocks".)
pub(super) fn linking_adverbial(doc: &Doc, first: usize, end: usize) -> bool {
    match end - first {
        // (Those in "-ly", "naturally", "sadly", "admittedly", are asked by their ending.)
        1 => is_ly_adverb(doc, first) || doc.is_any(first, words!["however", "meanwhile", "indeed", "still", "instead", "yet", "moreover", "nevertheless", "nonetheless", "again", "now", "then", "also", "too", "besides"]),
        2 => doc.is_any(first, words!["of", "in", "for", "as", "at"]) && doc.is_any(first + 1, words!["course", "fact", "example", "instance", "turn", "response", "usual", "first", "times", "least"]),
        _ => false,
    }
}
