//! The source on the left of a cue: a subject with its appositive ("Jane Smith, the mayor of X,
//! said"), and the subject of the clause a "..., saying" hangs on.

use crate::engine::document::At;
use super::*;

/// "Jane Smith, the mayor of X, said ...": the subject with its appositive, ending at the comma
/// at `comma`.
pub(super) fn appositive_subject(w: &Walk, comma: usize, done: &[Attribution]) -> Option<Range> {
    let doc = w.doc;
    let floor = w.para.0;
    let mut start = comma;
    let mut past_region = false;
    while start > floor && comma - start < 40 {
        let k = start - 1;
        let t = doc.token_text(k);
        // A ticker or a name in wire copy's angle brackets is stepped over whole: "Akzo NV
        // <AKZO.AS>, said".
        if let Some(open) = source::group_open(doc, k, floor, b'>') {
            start = open;
            continue;
        }
        // A quotation closing the aside is stepped over whole: "The industry, described as
        // “fragile”, says". (Not one that opens the sentence: '“We lost,” said' is inverted;
        // one inside the aside stops the walk: see below.)
        if let Some(q) = (k + 1 == comma).then(|| quote_closing_at(doc, w.quotes, k)).flatten() {
            let o = doc.token_at_or_after(q.start);
            if o > floor.max(w.sent.0) && o < k && doc.tokens[o - 1].kind == TokenKind::Word {
                start = o;
                continue;
            }
        }
        // (A hyphen or a possessive's apostrophe inside a name goes on, "the taxpayers'
        // association"; a dash, "--" or " - ", ends the subject.)
        let region = t == "," && source::is_region_comma(doc, k);
        let stop = source::phrase_punct(doc, k) && !matches!(t, "&" | "(" | ")" | "/") && !region;
        // (Past a place's comma the walk may reach a report's verb: "The FDA said Schmid
        // Laboratories of Little Falls, N.J., has recalled" starts at "Schmid".)
        past_region |= region;
        if stop || past_region && source::is_cue_word(doc, k) {
            break;
        }
        start -= 1;
    }
    // "But, asked whether ...", "Alternatively, support could ...": a linking word or a sentence
    // adverb alone between the sentence start and the comma is no subject. Nor does a subject
    // open with "and": the walk stopped inside a list.
    if start == comma || comma == start + 1 && start == w.sent.0 && (is_linking_adverb(doc, start) || is_ly_adverb(doc, start)) {
        return None;
    }
    // "Minet, of which it owns 25 pct, agreed", "Jopling, in a speech to the club, said": an
    // aside of where or what is not the subject; the phrase before it is. (A relative aside
    // "which has ..." stays with its noun.)
    let aside = doc.is_any(start, words!["of", "in"]) && doc.is_any(start + 1, words!["which", "whom"])
        || doc.is(start, "in") && (source::is_det(doc, start + 1) || doc.is_any(start + 1, words!["remarks", "response", "reporting", "explaining", "confirming"]))
        || doc.is_any(start, words!["during", "at"]) && source::is_det(doc, start + 1)
        || doc.is(start, "according") && doc.is(start + 1, "to")
        // "The central bank governor, speaking at a conference in Lisbon, said": a participle
        // of the occasion, or of the question put ("Balladur, asked if ..., replied").
        // ("quoting sources close to the talks" stays: whom a source relays is part of who it is.)
        || doc.is_any(start, words!["speaking", "addressing", "writing", "responding", "reacting", "appearing", "testifying", "interviewed", "citing"])
        || doc.is_any(start, PASSIVE_QUESTIONED)
        // "Russia, for its part, claimed", "Kyiv, in turn, said": where the subject stands in
        // the exchange.
        || comma == start + 3 && doc.is(start, "for") && doc.is_any(start + 1, words!["its", "his", "her", "their", "our", "my"]) && doc.is(start + 2, "part")
        || comma == start + 2 && doc.is(start, "in") && doc.is(start + 1, "turn")
        // "Nagel, seen as one of the more hawkish members, said": how others see the subject,
        // which is not who speaks. ("known as WilTel" gives another name, which stays; "known
        // for his track record" is reputation.)
        || {
            let reputed = |k: usize| doc.is_any(k, words!["seen", "regarded", "viewed", "considered"]) || doc.is(k, "known") && k + 1 < comma && doc.is(k + 1, "for");
            reputed(start) || start + 1 < comma && doc.is_any(start, words!["widely", "generally", "long", "often", "best"]) && reputed(start + 1)
        };
    if start > floor && is_mark(doc, start - 1, b',') && aside {
        return appositive_subject(w, start - 1, done);
    }
    if start > floor && is_mark(doc, start - 1, b',') {
        // "The poll has, however, revealed": step over the auxiliary to the subject and leave
        // out a lone adverb between the commas.
        let mut e = start - 1;
        while e > floor && doc.is_any(e - 1, GROUP_WORDS) {
            e -= 1;
        }
        // (Or two lower-case words: "Managers, perhaps surprisingly, reported", "Managers, it
        // seems, reported", "Staff, of course, said", "Unions, by contrast, say".)
        // (Not a role: "Charles Exley, chairman, said" is Exley, the chairman.)
        let lone_adverb = comma == start + 1 && doc.token_text(start).starts_with(char::is_lowercase) && !source::is_role(doc, start) && !source::is_person_noun(doc, start)
            || comma == start + 2
                && (start..comma).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.token_text(k).starts_with(char::is_lowercase))
                && (doc.is_any(start, words!["perhaps", "it", "of", "in", "for", "by", "probably", "maybe"]) || is_ly_adverb(doc, start));
        // (Before such an aside may stand a chain of its own: "Miguel Urrutia, a senior
        // official of the bank, for instance, said" is Urrutia, the official.)
        if let Some((hs, he)) = source::left_phrase(doc, e, floor) {
            if lone_adverb && e == start - 1 && hs > floor && is_mark(doc, hs - 1, b',') {
                return appositive_subject(w, e, done);
            }
            if lone_adverb {
                return Some(w.span(hs, he));
            }
            start = hs;
        }
        // A chain of appositives ("Giovanni Vian, the editor of the Vatican's paper, L'Osservatore
        // Romano, said"; "Smith, 45, a teacher, said"): when the segments run back to the start of
        // the sentence, the subject is the whole chain from its first segment.
        let mut k = start;
        let mut segments = 0;
        // The start of the segment after the first one.
        let mut second = start;
        // Where the walk above left the subject: the segment before the comma, with the one
        // before that when it is a name or a role.
        let pair = start;
        while k > w.sent.0 && is_mark(doc, k - 1, b',') && segments < 4 && comma - k < 45 {
            let mut b = k - 1;
            while b > w.sent.0
                && !(doc.tokens[b - 1].kind == TokenKind::Punct
                    && !matches!(doc.token_text(b - 1), "-" | "&" | "(" | ")" | "/" | "'" | "\u{2019}")
                    && !source::is_abbrev_dot_pub(doc, b - 1)
                    && !source::is_region_comma(doc, b - 1))
            {
                b -= 1;
            }
            // Two marks with nothing between them, or a comma opening the sentence, end the
            // chain: there is no segment to take.
            if b + 1 == k {
                break;
            }
            second = k;
            k = b;
            segments += 1;
        }
        // (Or to a quotation closing before them: "“...,” Charles Siess, vice chairman of
        // Marathon, and chairman of the association, said".)
        // Only a quotation that opens the sentence and ends on its comma: a quoted fragment
        // ("in-kind certificates, or “certs,” will be mailed") goes on with the writer's clause.
        let opens = k == w.sent.0
            || k >= w.sent.0 + 2
                && is_mark(doc, k - 2, b',')
                && quote_closing_at(doc, w.quotes, k - 1).is_some_and(|q| q.start == doc.tokens[w.sent.0].start);
        if segments > 0 && opens && !doc.is_any(k, source::LEADERS) && !doc.is_any(k, TIME_WORDS) && k < start {
            // A first segment that is a clause with a finite auxiliary is the content: "The toll
            // will rise, the governor, Li Wen, told state television" ("He Kang, Minister of
            // Agriculture, said" and "Banco do Brasil's staff, ..., said" are names; "The
            // seasonally adjusted index, base 1980, showed" a subject).
            // So is one holding a report already found ("Harker plans to appeal, his lawyer,
            // Susan Ortiz, told reporters"), unless that report's words run on over this cue
            // and open with the subject ("Regulators said Dean Witter Reynolds Inc, the broker
            // owned by Sears, agreed ...": the subject starts at "Dean").
            let first_segment = doc.token_span(k, second - 1);
            let cue_at = doc.tokens[comma].start;
            let holding = done.iter().rev().take_while(|a| a.cue.start >= doc.tokens[w.sent.0].start).find(|a| first_segment.contains(a.cue));
            // Only a verb of saying reports a clause with a subject; an attitude's words may be a
            // noun phrase ("does not favour the introduction of rules, its governor said").
            let saying = |a: &&Attribution| {
                let last_word = doc.token_at_or_after(a.cue.end).saturating_sub(1);
                source::is_cue_word(doc, last_word)
            };
            let nested_subject = holding.filter(saying).and_then(|a| a.content.first()).filter(|c| c.start <= cue_at && cue_at < c.end).map(|c| doc.token_at_or_after(c.start)).filter(|&cs| {
                cs < second - 1 && (source::is_det(doc, cs) || starts_upper(doc, cs) || doc.is_any(cs, SUBJECT_PRONOUNS))
            });
            // (So is one with a past tense and its object: "Facebook created the tool, a
            // spokeswoman, Anna White, said"; an "-ed" word before a bare noun is an adjective,
            // "The seasonally adjusted index".)
            let past_with_object = |i: usize| {
                let t = doc.token_text(i);
                (t.len() > 3 && t.ends_with("ed") && !starts_upper(doc, i) || doc.is_any(i, PLAIN_VERBS))
                    && !source::is_det(doc, i - 1)
                    && i + 1 < second - 1
                    && (source::is_det(doc, i + 1) || doc.tokens[i + 1].kind == TokenKind::Number || doc.is_any(i + 1, OBJECT_PRONOUNS))
            };
            // (And a name opening it with a present verb in "-s" after it: "Sanders remains
            // committed to the race, his spokesman, Tad Devine, told reporters".)
            let name_then_present = |i: usize| {
                let t = doc.token_text(i);
                i + 1 < second - 1
                    && t.len() > 3
                    && t.ends_with('s')
                    && !t.ends_with("ss")
                    && !starts_upper(doc, i)
                    && doc.tokens[i].kind == TokenKind::Word
                    && (k..i).all(|j| doc.tokens[j].kind == TokenKind::Word && starts_upper(doc, j) && !source::is_det(doc, j))
                    && doc.tokens[i + 1].kind == TokenKind::Word
                    && !starts_upper(doc, i + 1)
                    && !doc.is_any(i + 1, PREPOSITIONS)
            };
            // So are any words but a name before a speaker who says nothing after the verb:
            // "Sales fell, Mary Jones, the company's spokeswoman, said." A report needs words.
            let says_nothing_after = || w.sent.1 <= comma + 6 && (k..second - 1).any(|i| doc.tokens[i].first_byte().is_ascii_lowercase());
            let clause = holding.is_some()
                || clause_at(doc, k, second - 1)
                    && !(doc.is_any(k, SUBJECT_PRONOUNS) && starts_upper(doc, k + 1))
                    && (k..second - 1).any(|i| doc.is_any(i, FINITE) && !(i > k && starts_upper(doc, i - 1) && starts_upper(doc, i + 1)))
                || !doc.is_any(k, PREPOSITIONS) && (k + 1..(k + 6).min(second - 1)).any(past_with_object)
                || (k + 1..(k + 4).min(second - 1)).any(name_then_present);
            // A first segment that sets the scene is no part of the speaker: a linking word
            // ("Meanwhile, the spokesman, Wang Lei, said"), or a participle of the occasion with
            // its object ("Opening the debate, the Environment Secretary, Helen Marsh, told"; a
            // bare noun then the place or the time: "Giving evidence at the inquiry, Jane Roe, 58, said",
            // "Testifying for the first time, ...") or
            // alone ("Intervening, ..."). (A name ending in "-ing" takes no determiner or "to"
            // after it, and "King of Jordan" its "of"; a long segment is more likely a clause
            // with a gerund for its subject, "Borrowing on the markets rose ..., the OECD said".)
            let opener = second == k + 2 && (is_linking_adverb(doc, k) || doc.is_any(k, LONE_PARTICIPLES))
                || second > k + 2
                    && second <= k + 14
                    && doc.token_bytes(k).ends_with(b"ing")
                    && (source::is_det(doc, k + 1) || (k + 1..k + 3).any(|j| doc.is_any(j, PREPOSITIONS) && !doc.is(j, "of") || doc.is(j, "for")));
            start = match nested_subject {
                Some(cs) => cs,
                // (The speaker is then where the walk left it: "Output reached 7.7 mln bales, up
                // 500,000, Shafi Niaz, chairman of the commission, said.")
                None if says_nothing_after() => pair,
                None if clause || opener => second,
                None => k,
            };
            // A segment after the clause that opens with a preposition goes on with it: "USDA cut
            // the price at Kansas City by six cents, at Minneapolis by 32 cents, Ralph Smith,
            // deputy administrator, said".
            // (So does one opening with a conjunction: "Greece aims to reduce borrowing, and will
            // use the funds to ..., the Governor, Dimitris Halikias, said".)
            // (So does one after an opener: "Also, in its annual report, W.W. Grainger, a
            // distributor, said".)
            while (clause || opener) && nested_subject.is_none() && (doc.is_any(start, PREPOSITIONS) || doc.is_any(start, COORDINATORS)) {
                match (start..comma).find(|&i| is_mark(doc, i, b',')) {
                    Some(c) if c + 1 < comma => start = c + 1,
                    _ => break,
                }
            }
        }
    }
    // "But the new study, reported in ..., found": a conjunction opening the sentence is no
    // part of its subject.
    if start == w.sent.0 && start + 1 < comma && doc.tokens[start + 1].kind == TokenKind::Word && doc.is_any(start, COORDINATORS) {
        start += 1;
    }
    // A subject does not open with "and": the walk stopped inside a list or a chain of asides
    // it could not take whole ("<X>, and chairman of the association, said").
    if doc.is_any(start, words!["and", "or"]) {
        return None;
    }
    // "-- which a dealer in Davenport, Iowa, said was": the relative pronoun is the object of
    // the report; the subject is the noun phrase after it.
    if start + 2 < comma && doc.is_any(start, words!["that", "which"]) && source::is_det(doc, start + 1) {
        start += 1;
    }
    // "Westmacott, who will retire after serving in Iran, Turkey and France, praised", 'Hemsley,
    // the co-author of "Going Viral," about the spread of news, said': an aside with a list or
    // a quotation of its own, cut where the walk could not follow, leaves a phrase that opens
    // with no word a subject opens with. The name that opens the sentence, set off by its own
    // comma, is the subject.
    let no_opener = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && !starts_upper(doc, k)
            && !source::is_det(doc, k)
            && !source::is_bare_source(doc, k)
            && !doc.is_any(k, SUBJECT_PRONOUNS)
            && !doc.is_any(k, source::RELATIVES)
    };
    if start > w.sent.0 + 2 && no_opener(start) {
        let s0 = w.sent.0;
        let mut e = s0;
        while e < start && e - s0 < 6 && (doc.tokens[e].kind == TokenKind::Word && starts_upper(doc, e) || e > s0 && source::is_abbrev_dot_pub(doc, e)) {
            e += 1;
        }
        let name = e > s0
            && e < start
            && is_mark(doc, e, b',')
            && !is_linking_adverb(doc, s0)
            && !doc.is_any(s0, source::LEADERS)
            && !doc.is_any(s0, TIME_WORDS)
            && !doc.token_text(s0).chars().all(|c| c.is_uppercase());
        if name {
            return Some(w.span(s0, e));
        }
    }
    Some(w.span(start, comma))
}
/// Participles that set the scene on their own before a speaker: "Intervening, the MP for Wells,
/// Anna Reid, asked".
const LONE_PARTICIPLES: Words = words!["intervening", "responding", "replying", "speaking", "concluding", "closing", "opening", "interjecting", "continuing"];

/// Does the content of an attribution already made contain `cue`? `reach[k]` is the furthest any
/// content of `done[..=k]` ends, so the search walks back only while an earlier content could
/// still reach the cue: a few steps, where scanning every earlier attribution made a long text's
/// cost grow with the square of its length.
pub(super) fn in_done_content(done: &[Attribution], reach: &[usize], cue: Range) -> bool {
    for k in (0..done.len()).rev() {
        if *reach.at(k) < cue.end {
            return false;
        }
        if done[k].content.iter().any(|c| c.start <= cue.start && cue.end <= c.end) {
            return true;
        }
    }
    false
}

/// For "..., saying ...": the subject of the clause the participle hangs on.
pub(super) fn subject_of_sentence(w: &Walk, g: usize, done: &[Attribution]) -> Option<Range> {
    let doc = w.doc;
    let sent = doc.token_span(w.sent.0, w.sent.1);
    // (A participle with no source of its own, "stopped short of alleging fraud", leaves the
    // subject to be found.)
    // Nor is a finding's participle after its noun ("Chinese figures showing ..."): the noun is
    // an object inside the sentence, not its subject.
    // (Nor "Asked whether he would start, he smiled and said": a question put to the subject
    // opening the sentence.)
    let subjectless_participle = |a: &Attribution| {
        let cue = a.cue.slice(doc.text);
        a.source.is_none() && (cue.ends_with("ing") || a.cue.start == sent.start && cue.starts_with("Asked")) || cue == "showing"
    };
    // (Nor a report with no source in an opening clause: "When asked whom she supported, Ms.
    // Sherry smiled and said".)
    let opens_subordinate = doc.is_any(w.sent.0, words!["when", "if", "after", "before", "while", "once", "unless", "although", "though", "because"]);
    let in_opener = |a: &Attribution| opens_subordinate && a.source.is_none();
    // (Nor one whose subject opens a clause of its own: "has given no details about how he
    // planned to reboot it, saying" is said by the one who gave none.)
    let embedded = |a: &Attribution| {
        a.source.is_some_and(|r| {
            let k = doc.token_at_or_after(r.start);
            k > w.sent.0 && doc.is_any(k - 1, words!["how", "why", "whether", "what", "if"])
        })
    };
    if let Some(prev) = done.iter().rev().find(|a| sent.contains(a.cue) && a.cue.end <= doc.tokens[g].start && !subjectless_participle(a) && !in_opener(a) && !embedded(a)) {
        // (A report inside another's words is not the sentence's: in "decried Trump's repeated
        // calls to ban ..., noting", the one noting is the one who decried.)
        // (Unless the report holds that other one: in "Trump intends to ..., Manafort said,
        // adding", the frame's words still run on past it when this is asked, but "said" is
        // Manafort's and holds "intends".)
        let holds = |a: &Attribution, b: &Attribution| a.content.iter().any(|c| c.contains(b.cue));
        let outer = done.iter().rev().take_while(|d| sent.contains(d.cue)).find(|d| d.source.is_some() && holds(d, prev) && !holds(prev, d));
        return outer.unwrap_or(prev).source;
    }
    // The sentence's opening phrase, when it is short and looks like a subject, after any
    // opening adverbial ("Earlier this week, Todd pressed ..., insisting ...") and any dateline
    // ("MANCHESTER, N.H. - With a snowstorm bearing down, candidates scurried ...").
    let opened = dateline_end(doc, w.sent.0, g).unwrap_or(w.sent.0);
    let mut start = opened;
    // ("But a few days later, Trump reversed himself, telling": a conjunction before the opener.)
    if start + 2 < g && doc.is_any(start, words!["but", "and", "yet", "so"]) && !is_mark(doc, start + 1, b',') {
        start += 1;
        // ("And then Trump went on the attack, saying": an adverb of sequence after it.)
        if start + 2 < g && doc.is_any(start, words!["then", "later", "now", "finally", "soon"]) && doc.tokens[start + 1].kind == TokenKind::Word {
            start += 1;
        }
    }
    // "However, Arango was more explicit and said": a linking adverb set off by a comma.
    if start + 2 < g && is_mark(doc, start + 1, b',') && is_linking_adverb(doc, start) {
        start += 2;
    }
    // "As they met in Ottawa, Trump was ..., promising", "Having announced that ..., Judge
    // Berman proceeded", "Hours later, Trump returned ..., telling": a subordinate clause, a
    // participle or a span of time opening the sentence ends at its comma, however long; with
    // no comma the walk cannot tell where the subject starts.
    // (A participle before its object's determiner: "Boeing issued", "Jopling qualified" are
    // names. A span of time is counted in time nouns: "Moody's earlier today" is no span.)
    let later = |k: usize| k < g && doc.is_any(k, words!["later", "earlier", "ago", "before", "after"]);
    let time_noun = |k: usize| doc.is_any(k, TIME_NOUN_PLURALS) || doc.is_any(k, words!["day", "week", "month", "year", "night", "morning"]);
    // ("Facing mounting criticism, Mr. Trump": a participle before its object's determiner or
    // adjective; "Boeing issued", "Consuming countries, chastened by ..., are" are no such.)
    let participle = |k: usize| {
        let next = k + 1;
        starts_upper(doc, k)
            && doc.token_text(k).ends_with("ing")
            && doc.token_text(k).len() > 5
            && next < g
            && (source::is_det(doc, next)
                || !starts_upper(doc, next) && doc.token_text(next).ends_with("ing")
                // "Walking to the next address, Ebeling reminisced": before a preposition.
                || doc.is_any(next, PREPOSITIONS)
                || doc.is_any(next, words!["into", "across", "toward", "towards", "along", "past", "around", "out", "back"])
                // "Rallying hundreds of service workers, Clinton ...": before a count.
                || doc.tokens[next].kind == TokenKind::Number
                || doc.is_any(next, words!["hundreds", "thousands", "dozens", "millions", "billions", "many", "several", "some", "most", "all", "both"]))
    };
    let opener = |k: usize| {
        doc.is_any(k, words!["as", "since", "when", "while", "after", "before", "although", "though", "if", "because", "once", "unless", "whereas", "like", "unlike", "despite", "amid"])
            || doc.is(k, "having")
            || participle(k)
            // ("Here in Columbia, Sanders stepped up ..., saying".)
            || k + 1 < g && doc.is_any(k, words!["there", "here"]) && doc.is_any(k + 1, PREPOSITIONS)
            // ("Asked whether he believed ..., Stoltenberg did not comment but noted".)
            || starts_upper(doc, k) && doc.is(k, "asked")
            // ("Chastened by the analyses, Trump revised his plan, promising".)
            || starts_upper(doc, k) && doc.token_text(k).ends_with("ed") && k + 1 < g && doc.is(k + 1, "by")
            // "Hours later,", "Two days later,", "The day before,", "A week earlier,".
            || (k..k + 3).any(|j| j + 1 < g && time_noun(j) && later(j + 1))
            // "Essentially, Clinton's lawyers ...": a sentence adverb set off by its comma.
            || k + 1 < g && is_mark(doc, k + 1, b',') && is_ly_adverb(doc, k)
            // "Shortly after the announcement, McConnell ...": an adverb before a subordinator.
            || k + 1 < g && (is_ly_adverb(doc, k) || doc.is_any(k, words!["soon", "just", "right", "long", "even"])) && doc.is_any(k + 1, words!["after", "before", "since", "following", "when", "as"])
    };
    // "Even though the Fed chief joined Baker in expressing ...": a report inside an opening
    // clause of concession, condition, cause or time, before its comma, has that clause's
    // subject; the walks for openers below are then not taken.
    let clause_subject = opening_clause(doc, start, g);
    let in_clause = clause_subject.is_some_and(|s| s + 1 < g && (s..g).all(|k| !is_mark(doc, k, b',') && !is_dash(doc, k)));
    if in_clause {
        start = clause_subject.unwrap_or(start);
    }
    // ("At a conference in Aspen, Colo., the graduate ...": a city's comma is inside the place;
    // "The day before, at a rally in Beaumont, Tex., Mr. Trump": one adverbial after another.)
    // "A few minutes later they reversed themselves, rushed ... and said", "Later she met ...,
    // saying": a time opener with no comma of its own runs into its clause, whose subject
    // pronoun follows a word of time.
    let pronoun_after_time = |from: usize, c: usize| {
        (from + 1..c.min(from + 6))
            .take_while(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number))
            .find(|&k| doc.is_any(k, words!["he", "she", "they", "we", "i"]))
            // ("Once he was president, Mr. Obama ...": "once" opens a clause of its own.)
            .filter(|&k| later(k - 1) || doc.is_any(k - 1, TIME_WORDS) && !doc.is(k - 1, "once") || time_noun(k - 1))
    };
    for _ in 0..if in_clause { 0 } else { 3 } {
        if opener(start) {
            match (start + 1..g.min(start + 30)).find(|&k| is_mark(doc, k, b',') && !source::is_region_comma(doc, k)) {
                Some(c) => match pronoun_after_time(start, c) {
                    Some(p) => {
                        start = p;
                        break;
                    }
                    None => start = c + 1,
                },
                None => return None,
            }
        } else if start > opened && start + 1 < g && is_mark(doc, start + 1, b',') && is_linking_adverb(doc, start) {
            // "At AIPAC, however, Trump focused on reiterating": a linking adverb after the opener.
            start += 2;
        } else if (doc.is_any(start, source::LEADERS) || doc.is_any(start, TIME_WORDS)) && !(start > opened && doc.is(start, "with")) {
            // (A second opener "with ..." is an absolute clause, its subject the speaker's: the
            // walk for "with" below reads it.)
            // ("In response to Trump's proposal to bar Muslims from entering the United States,
            // Clinton's aide rallied supporters, saying": an adverbial may be long.)
            match (start..g.min(start + 24)).find(|&k| is_mark(doc, k, b',') && !source::is_region_comma(doc, k)) {
                // "In a news conference last week he used stronger language, saying": when the
                // only comma is the participle's own, the adverbial ran on without one, and a
                // personal pronoun in it can only open the clause.
                Some(c) if c + 1 == g => match (start + 1..c).find(|&k| doc.is_any(k, words!["he", "she", "they", "we", "i"])) {
                    Some(p) => {
                        start = p;
                        break;
                    }
                    None => start = c + 1,
                },
                Some(c) => match pronoun_after_time(start, c) {
                    Some(p) => {
                        start = p;
                        break;
                    }
                    None => start = c + 1,
                },
                // "In the next eight weeks the campaign would ..., emphasizing": without the
                // comma the walk cannot tell where the adverbial ends, and a preposition is no
                // speaker.
                None if doc.is_any(start, PREPOSITIONS) => return None,
                None => break,
            }
        } else {
            break;
        }
    }
    // A later clause joined by ", but" or ", and" has its own subject: "There was no
    // confirmation, but Chadian radio played music and asked listeners to stay tuned".
    if let Some(c) = (start + 1..g.saturating_sub(2)).rev().find(|&c| is_mark(doc, c, b',') && doc.is_any(c + 1, AND_BUT)) {
        start = c + 1;
    } else if let Some(b) = (start + 1..g.saturating_sub(2)).rev().find(|&b| {
        // Without the comma, "but" before a subject of its own opens a clause as well: "The
        // hearing was closed but King spoke to reporters and said". ("And" without it joins
        // subjects too often: "Smith and the minister met and said". Nor "everyone but the
        // mayor", "not X but Y", where "but" excepts or corrects a noun.)
        doc.is(b, "but")
            && (source::is_det(doc, b + 1) || doc.is_any(b + 1, SUBJECT_PRONOUNS) || starts_upper(doc, b + 1) && doc.tokens[b + 1].kind == TokenKind::Word)
            && !doc.is_any(b - 1, words!["not", "all", "nothing", "anything", "everything", "everyone", "everybody", "anyone", "anybody", "none", "nobody"])
            && doc.tokens[b - 1].kind == TokenKind::Word
    }) {
        start = b;
    }
    // A conjunction linking to the sentence before is no part of the subject: "But the senior
    // officials, asking ...".
    if start + 1 < g && doc.is_any(start, words!["but", "and", "although", "though", "yet", "so"]) {
        start += 1;
    }
    let mut k = start;
    if k < g && quote_opening_at(doc, w.quotes, k).is_some() {
        return None;
    }
    // A word that can stand in a subject's noun phrase (no auxiliary, no form of "be").
    // ("His ex-wife", "The co-chairman": a hyphen inside a word is part of it.)
    let phrase_word = |k: usize| doc.tokens[k].kind == TokenKind::Word && !doc.is_any(k, GROUP_WORDS) && !doc.is_any(k, BE) || source::is_joiner(doc, k);
    if k < g && source::is_det(doc, k) {
        k += 1;
        // The noun phrase ends before the sentence's own verb: "The minister resigned, saying
        // ...", "The company cut its forecast, citing ...". The first word after the determiner
        // is always a noun or an adjective.
        // (An abbreviation's dot is inside the phrase and no word of it: "The U.K. High Court".)
        let mut dots = 0;
        while k < g && k - start - dots < 4 {
            if source::is_abbrev_dot_pub(doc, k) {
                dots += 1;
            } else if !phrase_word(k) || k > start + 1 && ends_subject(doc, k) {
                break;
            }
            k += 1;
        }
        // "A second person familiar with the bank's operations disputed ..., saying": a
        // post-modifier of knowledge or closeness belongs to the phrase, up to the main verb.
        const CLOSE: Words = words!["familiar", "close", "briefed", "involved"];
        const TO_WHAT: Words = words!["with", "to", "on", "in"];
        if k < g && k > start + 1 && doc.is_any(k, CLOSE) && k + 1 < g && doc.is_any(k + 1, TO_WHAT) {
            k += 1;
        }
        // (So does "of" after the head: "A group of bestselling novelists filed a lawsuit,
        // accusing".)
        let of_head = || doc.is(k, "of") && k == start + 2;
        if k < g && k > start + 1 && (doc.is_any(k, TO_WHAT) && doc.is_any(k - 1, CLOSE) || of_head()) {
            let (at, from) = (k, k + 1);
            k = from;
            while k < g && k - from < 5 && (phrase_word(k) || doc.tokens[k].kind == TokenKind::Number || source::is_abbrev_dot_pub(doc, k)) && !(k > from && ends_subject(doc, k)) {
                k += 1;
            }
            // (A phrase cut short is no subject: "A coalition of nearly ...", "The rejection of
            // the party's ...": the head alone stays.)
            let last = k - 1;
            if k == from || source::is_det(doc, last) || is_possessive(doc.token_text(last)) || doc.is_any(last, words!["of", "than", "more", "nearly", "about", "some", "least", "almost"]) {
                k = at;
            }
        }
    } else {
        while k < g
            && k - start < 6
            && (doc.tokens[k].kind == TokenKind::Word && (starts_upper(doc, k) || k == start || source::is_joiner(doc, k - 1))
                || source::is_abbrev_dot_pub(doc, k)
                || source::is_joiner(doc, k))
        {
            k += 1;
        }
        // "Governor Tom Reyes's office fired back, calling ...": a name's possessive is
        // followed by its head, a role or a body ("office", "campaign manager").
        if k > start + 1 && is_possessive(doc.token_span(start, k).slice(doc.text)) {
            while k < g && k - start < 9 && !starts_upper(doc, k) && (source::is_role(doc, k) || source::is_person_noun(doc, k) || source::is_listed(doc, k)) {
                k += 1;
            }
        }
        // "Republican presidential candidate Donald Trump", "Trump's Virginia state director,
        // Mike Rubino": a role in lower case after the capitals, then the name it comes before
        // or sets off.
        let mut e = k;
        while e < g && e - k < 4 && phrase_word(e) && !starts_upper(doc, e) && !ends_subject(doc, e) && !is_manner_adverb(doc, e) {
            e += 1;
        }
        if e > k && (k..e).any(|j| source::is_role(doc, j) || source::is_person_noun(doc, j)) {
            let from = if e + 1 < g && is_mark(doc, e, b',') { e + 1 } else { e };
            let mut n = from;
            while n < g && n - from < 4 && doc.tokens[n].kind == TokenKind::Word && starts_upper(doc, n) && !doc.is_any(n, TIME_WORDS) {
                n += 1;
            }
            if n > from {
                k = n;
            }
        }
        // "Independent experts welcomed the results but warned ...": a first word capitalised
        // only because it opens the sentence, then lower-case words. Without a tagger the noun
        // phrase is taken to end at its last plural or listed source noun ("Land rights
        // activists see ..."), so a present-tense verb after it stays out.
        if k == start + 1 && !doc.is_any(start, source::PRONOUNS) {
            let mut e = k;
            while e < g && e - start < 4 && phrase_word(e) && !starts_upper(doc, e) && !ends_subject(doc, e) && !is_manner_adverb(doc, e) {
                e += 1;
            }
            // A word in -s that is a determiner ("this") or a cue ("Penner sees") is no plural.
            // (Nor is a possessive: "state's".)
            let plural = |j: usize| {
                let t = doc.token_text(j);
                t.len() > 3 && t.ends_with('s') && !t.ends_with("ss") && !is_possessive(t) && !source::is_det(doc, j) && !source::is_cue_word(doc, j)
            };
            // In a heading, such a word right after the first is the verb when no listed source
            // noun heads a plural subject there: "Court blocks rent cap, saying ...", "Judge
            // blocks state law, citing ..." (but "Union leaders reject offer", "Land rights
            // activists condemn").
            let verb = k < e
                && plural(k)
                && !(k..e).any(|j| source::is_listed(doc, j) && plural(j))
                && doc.sentences[doc.sentence_of(start)].block == crate::engine::segment::Block::Heading;
            if let Some(j) = (k..e).rev().find(|&j| source::is_listed(doc, j) || plural(j)).filter(|_| !verb) {
                k = j + 1;
            }
        }
    }
    // "The defeated Conservative, Mark Ellis, congratulated her but blamed ...": an apposition
    // set off by two commas, a name or a phrase with its determiner, is part of the subject.
    if k > start && k + 2 < g && is_mark(doc, k, b',') {
        let close = (k + 2..g.min(k + 9)).find(|&c| doc.tokens[c].kind == TokenKind::Punct && !source::is_abbrev_dot_pub(doc, c) && !source::is_joiner(doc, c));
        if let Some(c) = close.filter(|&c| is_mark(doc, c, b',') && c + 1 < g) {
            let words = (k + 1..c).all(|j| doc.tokens[j].kind != TokenKind::Punct || source::is_abbrev_dot_pub(doc, j) || source::is_joiner(doc, j))
                && !(k + 1..c).any(|j| doc.is_any(j, FINITE) || doc.is_any(j, GROUP_WORDS));
            let named = (k + 1..c).all(|j| starts_upper(doc, j) || doc.tokens[j].kind != TokenKind::Word);
            if words && (named || source::is_det(doc, k + 1)) {
                k = c;
            }
        }
    }
    // "All of the senators walked out and said", "Two of the senators": a count or a quantifier
    // is the head of its "of" phrase, which names who.
    const COUNTS: Words = words![
        "all", "both", "each", "none", "several", "few", "half", "many", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "dozens", "hundreds", "thousands", "millions",
    ];
    if k == start + 1 && k + 2 < g && doc.is(k, "of") && (doc.tokens[start].kind == TokenKind::Number || doc.is_any(start, COUNTS)) {
        let from = k + 1;
        let mut e = from;
        if doc.is_any(from, words!["them", "us", "you", "those", "these"]) {
            // ("Three of them walked out": the pronoun ends it.)
            e = from + 1;
        } else {
            while e < g && e - from < 5 && (phrase_word(e) || doc.tokens[e].kind == TokenKind::Number) && !(e > from + 1 && ends_subject(doc, e)) {
                e += 1;
            }
        }
        // (Cut short, the phrase is no subject: "All of the ..." before a verb it cannot tell.)
        if e > from && e < g && (e > from + 1 || e == from + 1 && !source::is_det(doc, from)) && !source::is_det(doc, e - 1) && !doc.is_any(e - 1, words!["of", "than", "more"]) {
            k = e;
        }
    }
    (k > start && k < g).then(|| doc.token_span(start, k))
}

/// Subjects that rise and fall but never speak: "Shares fell ..., blaming", "Prices rose".
pub(super) const AMOUNTS: Words = words![
    "shares", "stocks", "prices", "price", "sales", "profits", "profit", "earnings", "revenue", "revenues", "exports", "imports", "output",
    "yields", "rates", "index", "bonds", "futures", "dollar", "pound", "euro", "yen", "oil", "gold", "inflation", "unemployment",
];

/// Is the phrase `r` an amount ("Shares", "Bond prices")? Its last word is listed, in lower
/// case or opening the phrase.
pub(super) fn amount_subject(doc: &Doc, r: Range) -> bool {
    let (s, e) = (doc.token_at_or_after(r.start), doc.token_at_or_after(r.end));
    e > s && doc.is_any(e - 1, AMOUNTS) && (e - 1 == s || !starts_upper(doc, e - 1))
}

/// The subject of a clause opened by "after", "as", "when" or "because" between `from` and the
/// participle at `g`: "after *the company* cut its forecast", "as *Acme* warned".
pub(super) fn clause_subject_after(w: &Walk, from: usize, g: usize) -> Option<Range> {
    let doc = w.doc;
    let k = (from..g).rev().find(|&k| doc.is_any(k, words!["after", "as", "when", "because"]))?;
    let start = k + 1;
    let mut e = start;
    if start < g && source::is_det(doc, start) {
        e += 1;
        while e < g && e - start < 5 && doc.tokens[e].kind == TokenKind::Word && !ends_subject(doc, e) && !doc.is_any(e, FINITE) && !doc.is_any(e, GROUP_WORDS) {
            e += 1;
        }
    } else {
        while e < g && e - start < 4 && doc.tokens[e].kind == TokenKind::Word && starts_upper(doc, e) {
            e += 1;
        }
    }
    // (The phrase must end at its verb, a word of its own: "after a fall" has none.)
    (e > start + usize::from(source::is_det(doc, start)) && e < g && doc.tokens[e].kind == TokenKind::Word && !starts_upper(doc, e) && !doc.is_any(e, AMOUNTS))
        .then(|| doc.token_span(start, e))
}
