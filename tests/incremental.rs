//! Re-analysis after an edit (`engine::incremental`) must give exactly what a full analysis of
//! the new text gives: checked on random texts and edits, and on the edits that could go wrong
//! (a quotation mark typed before a paragraph break, a paragraph break deleted, edits at either
//! end, multi-byte characters, a pronoun far from its name). Other cases check that the cheap
//! path is really taken for ordinary typing, so the page gains from it.
#![cfg(not(target_arch = "wasm32"))]

use claimlens::engine::analyze;
use claimlens::engine::incremental::{reanalyze, try_reanalyze};
use proptest::prelude::*;
use proptest::sample::select;

/// Sentences with something for every detector: hedges, boosters, loaded words, numbers,
/// attributions with named and vague sources, pronouns (contracted too, and holding a view),
/// views named for a person, quotations opened and closed or left open, colons introducing the
/// next paragraph, lists, headings, CJK and emoji.
const SENTENCES: &[&str] = &[
    "Officials said the bridge might reopen next year.",
    "Anna Berg, the harbour master, told reporters that costs rose 12 percent.",
    "He said the plan was clearly a disaster.",
    "She added: \"We will certainly win this vote.\"",
    "\u{201c}The figures are outrageous,\u{201d} said Tom Reyes.",
    "\u{201c}It may rain for weeks. Nobody knows",
    "Critics claimed the reform would reportedly cost 3.5 billion.",
    "According to the ministry, about 1,200 people were affected.",
    "Will the council approve it?",
    "The mayor admitted that the budget was never balanced.",
    "He added:",
    "- Prices fell by 4 percent.",
    "Results",
    "\u{5e02}\u{9577}\u{8868}\u{793a}\u{3001}\u{8a08}\u{753b}\u{306f}\u{9045}\u{308c}\u{308b}\u{3002}",
    "The team \u{1F44D}\u{1F3FD} celebrated the result.",
    "It is reported that the merger was a reckless gamble.",
    "They believe the harvest could fail.",
    "\"Unclosed quotation that runs on",
    "Maria Lindqvist warned that the strike would probably spread.",
    "To him, the mayor is a hero.",
    "To Sharp, the deal was a betrayal.",
    "He's argued that the plan failed.",
];

/// Sentences that open a paragraph of [`SENTENCES`] now and then: a view held by a name and an
/// interview's answer, which are found after the reports and must set no name a later pronoun
/// stands for.
const OPENINGS: &[&str] = &["In Professor Knittel's view, the plan is a failure.", "A: I think the vote will fail.", "In his view, the plan is a failure."];

/// Pieces an edit may insert: letters, words, quotation marks, paragraph and line breaks,
/// multi-byte characters, and pieces that make or break the later rules' phrases ("called", a
/// "+" glued to a name, an age between commas).
const INSERTS: &[&str] = &[
    "a", "e", " ", ".", "\"", "\u{201c}", "\u{201d}", "\n\n", "\n", ":", "he said ", "Jane Smith said ",
    "might ", "clearly ", "\u{1F600}", "\u{4e2d}", "e\u{301}", "\u{a0}", "He added:\n\n\"We lost.", "\n\n\n",
    "In his view, ", "A: ", "Inc. ", "who know her say ",
    "called ", "posted ", "and questioned whether ", ", a charge ", "+", ", 61, ", ", writing that ", "demanding ",
];

/// Phrases whose rules look a few words ahead or behind: "as far as I can tell", ", that",
/// "until" and a date, "if and only if", a headline's capitals, "declared a dividend", "it is
/// also possible", "40 percent as likely", "urged anyone ... to", "accused ... of", "claimed" and
/// a clause; and those of the views and frames that came later: "To many,", "the court heard",
/// "sees ... as", a frame inside a sentence, ", a charge ... denied", an infinitive before ",
/// but", "said only that", "warn of ... that could", a hearer before a verb of belief, a past
/// tense before a chain of asides, "figures show, and", "made it clear", "vows to", "speaks
/// of", "talking about", "Let's talk about"; and later still, "X, asked whether ..., told", a
/// coach, a lawsuit or concerns dismissed, goals conceded, an estimate "expected by" its holder
/// or a time, a report inside an opening "if", "although" or "because" clause, "At least ...,
/// police said", "its highest warning", "would say that, wouldn't they?", "and says", an
/// abbreviation inside a subject; and then a closing finding named by its author, its matter or
/// who obtained it, "show" after a plural or a programme, a quoted finding, a second closing
/// frame, a name and a colon before a quotation inside a paragraph, "not" or "never" before an
/// infinitive, asides of turn and reputation, "a figure" or "an account" summing the words up, a
/// name's possessive and its head, passive hearsay in an aside, "said to be", and a two-word name
/// before "claims" or "estimates" and a clause; "the 6.5 pct forecast", "must be a mistake"; and
/// then views held "in X's view" or "in her opinion", an interview's "A:", a quotation after a
/// frame ending in "Co." or "Inc.", "disputed that, saying", "at least" after the verb, "and
/// that" after an object, two subjects each with a participle, a relative subject, research "by"
/// its author "showing", "view it as", "call it", "who know her say", a body before a name,
/// present forms of past cues, quoted words before a noun, a closing document named at length and
/// "believed among" its holders; and then a body introduced with "a" and named by "called", a
/// name with a company's appositive, a participle after a plural subject ("Protesters demanding"),
/// "backed away", "and questioned whether", a document "posted" (also after a comma), a range "12
/// to 18", "so often that", verbs joined by "and", a summing noun after a comma inside a
/// quotation, "a claim ... called", a hearer's apposition or age before "that", ", writing that",
/// a lower-case role before a name, "OPEC+", "assessed that" and "requested and were assigned".
const RULE_PHRASES: &[&str] = &[
    "But as far as I can tell, it failed.",
    "The models disagree, and that the forecasts keep changing.",
    "The port will stay closed until the end of June.",
    "The deal may hold if and only if it rains.",
    "YEUTTER WARNS CONGRESS ON TRADE RETALIATION showed the 10",
    "The board declared a quarterly cash dividend.",
    "It is also possible, he said.",
    "It was 40 percent as likely.",
    "Police said there may be victims and urged anyone with concerns to call.",
    "The mayor said the talks failed and accused foreign journalists of spreading lies.",
    "He insisted the contracts were legal and claimed the audit was a hit job.",
    "According to the ministry, he told reporters: \"We may not win.\"",
    "To many, Santilli is a provocateur.",
    "But to others, he's a citizen journalist.",
    "The court heard that the pair had forged invoices.",
    "The jury heard he had moved money.",
    "Clinton sees the issue as a way to win.",
    "Republicans regard the plan as a tax increase.",
    "The drawback, said Landis, is that costs rise.",
    "He claimed the rules had changed, a charge the department denied.",
    "Aspirin is said to reduce the risk, but the evidence is limited.",
    "A spokeswoman said only that the president welcomes new ideas.",
    "Others warn of a decline that could undermine prosperity.",
    "They told reporters Hyundai Motor expects to export cars.",
    "Facebook created the tool, a spokeswoman, Anna White, said.",
    "Waiting lists grew, official figures show, and leaders warn that it is worse.",
    "The senator made it clear that she would vote no.",
    "Sanders vows to press on.",
    "The government speaks of a return to normality.",
    "We're not talking about a small change.",
    "Let's talk about the budget.",
    "Doherty, asked whether he wanted the job, told reporters it was fine.",
    "The club dismissed its coach and the judge dismissed the lawsuit.",
    "Levin dismissed concerns that the plan was costly.",
    "The team conceded two goals in the first half.",
    "Kiechle conceded the accord would stabilise prices.",
    "Sales lagged the growth expected by analysts in a poll.",
    "A ruling is expected by March, by the end of the year or by late spring.",
    "If voters want change, they will vote for him.",
    "Although critics say the plan is costly, it passed easily.",
    "Because officials believe the dam is safe, no one left.",
    "At least two people have died, police said.",
    "The agency issued its highest warning and a blizzard warning.",
    "Rivers rose, and a flood warning said the dam might fail.",
    "Some of them would say that, wouldn't they?",
    "She has denied wrongdoing and says the claims are false.",
    "The U.K. High Court heard an appeal and ruled that the tax is due.",
    "Pupils take 112 tests before they graduate, a study by the council found.",
    "The authority paid the firm, records obtained by the Ledger show.",
    "Step counts vary by 20%, previous research has shown.",
    "A House committee report found \"no evidence of an order.\"",
    "Polls show a close race, but the poll on the breakfast television show gave him 42 pct.",
    "Prices rose in May, data show, the ministry said.",
    "Pollsters agree - Carl Bialik: \u{201c}Keep contacting voters late.\u{201d}",
    "Rep. Trey Gowdy (R-S.C.): \u{201c}I have not heard that.\u{201d}",
    "Jones wrote on. More from Jones: \u{201c}The state is a start.\u{201d}",
    "Police urged residents not to spread rumours and told him never to come back.",
    "Russia, for its part, said it destroyed three tanks.",
    "Kyiv, in turn, said the talks had failed.",
    "Nagel, seen as one of the hawks, said the bank should wait.",
    "Ukraine said it shot down 38 drones, a figure that could not be confirmed.",
    "Police said 40 people died, an account disputed by witnesses.",
    "Governor Tom Reyes's office fired back, calling the claims false.",
    "Alvarez, who is expected to challenge Reyes, has denied it.",
    "The company, said to be worth 1 billion, was sold.",
    "Portuguese newspaper Record claims United have offered 65 million.",
    "The ACP estimates this would cut exports by 160 mln.",
    "Growth was below the 6.5 pct forecast in December.",
    "It must be a mistake.",
    "In the union's view, the hospitals have relied on agency staff.",
    "The rules are too blunt, in her opinion.",
    "In her words, \u{201c}We will not back down.\u{201d}",
    "A: I said the plan was a failure.",
    "Q: Did you expect it?",
    "\u{201c}It works,\u{201d} said Jill Sanders, an analyst at Pike & Co. \u{201c}We are pleased.\u{201d}",
    "Shares rose, said Tom Reyes of Acme Inc. \u{201c}It was expected.\u{201d}",
    "The company disputed that, saying the figures were wrong.",
    "The mayor said at least 40 buildings had burned.",
    "She told jurors that the mayor never discussed the contracts and that Moreno had lied.",
    "Poor countries are accusing rich ones of delay and rich countries saying the money is ready.",
    "Those who reported drinking coffee had a lower risk.",
    "There is research by the Institute for Fiscal Studies showing that taxes rose.",
    "Some view it as a betrayal, and many see the deal as a way out.",
    "I call it a disgrace.",
    "People who know her say she is stubborn.",
    "Rating agency Moody's said the outlook was negative.",
    "The senator criticizes the plan, rejects the deal and boasts of success.",
    "Her colleagues said she was tired, but none of them said why.",
    "The chief said the speaker was wrong.",
    "She said the \u{201c}fake news\u{201d} media lied, a claim her campaign rejected as misleading.",
    "Prices rose, figures released today by the Department of Trade and Industry show.",
    "It is widely believed among economists that rates will rise.",
    "Acme set up a new airline called Skyways in May.",
    "Skyways, a Boston-based carrier, said fares would rise.",
    "Cutwatch, a website that tracks job cuts, said 40 firms cut jobs.",
    "Protesters demanding his resignation said the vote was rigged.",
    "A petition calling for the sequel to be made has gathered 80,000 signatures.",
    "The firm backed away from the deal and then backed down.",
    "The senator listened and questioned whether the plan would work.",
    "In a video posted online, he said the vote was rigged.",
    "The statement, posted on its website, said the talks had failed.",
    "A ruling is expected in 12 to 18 months, he said.",
    "Such claims are made so often that they stop being news.",
    "Characters arrive, argue and vanish, the critic said.",
    "He accused her of \"fuelling inflation,\" a charge she denied.",
    "He said taxes would fall, a claim Democrats called \"fantasy economics\".",
    "She told the regulator's chief executive, David Black, that the bank was safe.",
    "Police told Graham Pike, 61, that he was free to go.",
    "The critic panned the film, writing that it was dull.",
    "Republican presidential candidate Donald Trump said the polls were wrong.",
    "Trump's Virginia state director, Mike Rubino, said the count was fair.",
    "OPEC+ sources said output would rise.",
    "Analysts assessed that advances were marginal.",
    "Of the 9,500 billion lire offered, operators requested and were assigned 7,000.",
];

/// A phrase broken into paragraphs of one to three words, or (one time in three) words of any
/// of the phrases in any order: a rule that reads past its sentence reaches across them into
/// paragraphs a re-analysed window does not hold. One time in two the first paragraph holds four
/// to seven words: a rule whose own words take that many ("She has denied wrongdoing and says")
/// then reads on into one-word paragraphs.
fn short_paragraphs() -> impl Strategy<Value = String> {
    let any_words: Vec<&str> = RULE_PHRASES.iter().flat_map(|p| p.split(' ')).collect();
    let words = prop_oneof![
        2 => select(RULE_PHRASES).prop_map(|p| p.split(' ').collect::<Vec<_>>()),
        1 => prop::collection::vec(select(any_words), 3..10),
    ];
    // Mostly one word to a paragraph, the layout that lets a short look-ahead reach furthest.
    let length = prop_oneof![3 => Just(1usize), 1 => 2usize..4];
    let head = prop_oneof![Just(None), (4usize..8).prop_map(Some)];
    (words, head, prop::collection::vec(length, 12)).prop_map(|(words, head, lengths)| {
        let mut paragraphs = Vec::new();
        let mut i = 0;
        for n in head.iter().chain(lengths.iter().cycle()) {
            if i >= words.len() {
                break;
            }
            let end = (i + n).min(words.len());
            paragraphs.push(words[i..end].join(" "));
            i = end;
        }
        paragraphs.join("\n\n")
    })
}

fn paragraph() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => prop::collection::vec(select(SENTENCES), 1..5).prop_map(|s| s.join(" ")),
        1 => short_paragraphs(),
        1 => (select(OPENINGS), prop::collection::vec(select(SENTENCES), 0..3)).prop_map(|(o, s)| [&[o][..], &s].concat().join(" ")),
    ]
}

/// Paragraphs separated by blank lines (some holding a space or more than one line); one
/// article in five also has single line breaks, which make the cheap path step aside.
fn article() -> impl Strategy<Value = String> {
    let blank = &["\n\n", "\n\n", "\n\n", "\n\n\n", "\n \n"][..];
    let any = &["\n\n", "\n\n", "\n\n\n", "\n \n", "\n"][..];
    let paragraphs = |gaps: &'static [&'static str]| prop::collection::vec((paragraph(), select(gaps)), 20..70);
    prop_oneof![4 => paragraphs(blank), 1 => paragraphs(any)].prop_map(|ps| {
        let mut text = String::new();
        for (p, sep) in ps {
            if !text.is_empty() {
                text.push_str(sep);
            }
            text.push_str(&p);
        }
        text
    })
}

/// The largest character boundary of `text` at or below `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `text` with `[at, at + cut)` (moved to character boundaries) replaced by `insert`.
fn edit(text: &str, at: usize, cut: usize, insert: &str) -> String {
    let start = floor(text, at);
    let end = floor(text, start + cut).max(start);
    format!("{}{}{}", &text[..start], insert, &text[end..])
}

fn check(old: &str, new: &str) {
    let before = analyze(old);
    assert_eq!(reanalyze(old, &before, new), analyze(new), "edit of {:?} into {:?}", old, new);
}

/// A long article of blank-line paragraphs, `n` of them.
fn long_article(n: usize) -> String {
    (0..n)
        .map(|i| {
            let k = SENTENCES.len();
            format!("{} {} {}", SENTENCES[i % k], SENTENCES[(i * 7 + 3) % k], SENTENCES[(i * 5 + 1) % k])
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn one_edit_gives_what_a_full_analysis_gives(
        text in article(),
        at in 0usize..20_000,
        cut in prop_oneof![Just(0usize), 0usize..4, 0usize..300],
        insert in prop_oneof![Just(""), select(INSERTS)],
    ) {
        let at = at % (text.len() + 1);
        let new = edit(&text, at, cut, insert);
        let before = analyze(&text);
        prop_assert_eq!(reanalyze(&text, &before, &new), analyze(&new));
    }

    /// Typing runs on from the result of the last re-analysis, not from a full one.
    #[test]
    fn a_run_of_edits_stays_exact(
        text in article(),
        edits in prop::collection::vec((0usize..20_000, 0usize..3, select(INSERTS)), 1..6),
    ) {
        let mut text = text;
        let mut analysis = analyze(&text);
        for (at, cut, insert) in edits {
            let new = edit(&text, at % (text.len() + 1), cut, insert);
            analysis = reanalyze(&text, &analysis, &new);
            prop_assert_eq!(&analysis, &analyze(&new));
            text = new;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100, ..ProptestConfig::default() })]

    /// An edit inside a phrase broken into short paragraphs, amid ordinary ones: the window
    /// around the edit then starts or ends inside the phrase, so a rule that reads past its
    /// sentence sees words on one side that the window does not hold. What is typed is often a
    /// word of such a phrase, which completes it or breaks it.
    #[test]
    fn an_edit_among_short_paragraphs_gives_what_a_full_analysis_gives(
        before in prop::collection::vec(paragraph(), 30..40),
        run in short_paragraphs(),
        after in prop::collection::vec(paragraph(), 30..40),
        at in 0usize..200,
        cut in prop_oneof![Just(0usize), 0usize..12],
        insert in prop_oneof![Just(String::new()), select(INSERTS).prop_map(String::from), (select(RULE_PHRASES), 0usize..16).prop_map(|(p, i)| {
            let words: Vec<&str> = p.split(' ').collect();
            format!("{} ", words[i % words.len()])
        })],
    ) {
        let head = before.join("\n\n") + "\n\n";
        let text = format!("{head}{run}\n\n{}", after.join("\n\n"));
        let new = edit(&text, head.len() + at % (run.len() + 1), cut, &insert);
        let old = analyze(&text);
        prop_assert_eq!(reanalyze(&text, &old, &new), analyze(&new));
    }
}

#[test]
fn typing_in_the_middle_of_a_long_article_reanalyses_a_window() {
    let text = long_article(60);
    let middle = text[..text.len() / 2].rfind("\n\n").unwrap() + 2;
    let before = analyze(&text);
    let mut old = text.clone();
    let mut analysis = before;
    for (i, c) in "The minister said it might fail. ".char_indices() {
        let new = format!("{}{}{}", &old[..middle + i], c, &old[middle + i..]);
        let next = try_reanalyze(&old, &analysis, &new).expect("a keystroke inside a paragraph takes the window");
        assert_eq!(next, analyze(&new));
        old = new;
        analysis = next;
    }
}

#[test]
fn a_quotation_mark_typed_before_a_paragraph_break_ends_with_its_paragraph() {
    let text = long_article(40);
    let at = text[..text.len() / 2].rfind("\n\n").unwrap();
    // The mark opens a quotation at the end of one paragraph; the next starts with plain words.
    check(&text, &format!("{} \u{201c}{}", &text[..at], &text[at..]));
    check(&text, &format!("{} \"{}", &text[..at], &text[at..]));
    // And at the start of a paragraph, opening a quotation that its end closes or not.
    check(&text, &format!("{}\"{}", &text[..at + 2], &text[at + 2..]));
}

#[test]
fn deleting_a_paragraph_break_joins_the_paragraphs() {
    let text = long_article(40);
    let at = text[..text.len() / 2].rfind("\n\n").unwrap();
    let joined = format!("{} {}", &text[..at], &text[at + 2..]);
    let before = analyze(&text);
    let after = try_reanalyze(&text, &before, &joined);
    assert_eq!(after.as_ref().map(|a| a.paragraphs.len()), Some(before.paragraphs.len() - 1));
    check(&text, &joined);
    // Deleting one of the two line breaks leaves a single one: a full analysis then decides.
    let single = format!("{}{}", &text[..at], &text[at + 1..]);
    assert!(try_reanalyze(&text, &before, &single).is_none());
    check(&text, &single);
}

#[test]
fn edits_at_either_end() {
    let text = long_article(40);
    check(&text, &format!("X{text}"));
    check(&text, &format!("Headline\n\n{text}"));
    check(&text, &text[1..]);
    check(&text, &format!("{text} More."));
    check(&text, &format!("{text}\n\nHe said it might rain."));
    check(&text, &text[..text.len() - 1]);
    check(&format!("{text}\n\n"), &format!("{text}\n\nA"));
}

#[test]
fn multi_byte_characters_are_cut_only_at_their_boundaries() {
    let text = long_article(40);
    let at = text[..text.len() / 2].rfind("\n\n").unwrap() + 2;
    // "é" becomes "è": both start with the same byte, which must not be taken for unchanged text.
    let with = format!("{}caf\u{e9} {}", &text[..at], &text[at..]);
    let changed = with.replacen("caf\u{e9}", "caf\u{e8}", 1);
    check(&with, &changed);
    check(&text, &format!("{}\u{1F469}\u{200D}\u{1F52C} \u{5e02}\u{9577}{}", &text[..at], &text[at..]));
    check(&with, &with.replacen("caf\u{e9} ", "", 1));
}

#[test]
fn a_pronoun_far_from_its_name_is_credited_as_a_full_analysis_credits_it() {
    // A named source at the top, then many paragraphs with no source, then "he said": the
    // pronoun stands for the name far above, which a window around the pronoun cannot see.
    let filler = "The river rose again this week. Prices fell by 4 percent.";
    let mut paras = vec!["Jane Smith said the dam might fail.".to_string()];
    paras.extend((0..60).map(|_| filler.to_string()));
    paras.push("He said the repairs were clearly late.".to_string());
    paras.extend((0..10).map(|_| filler.to_string()));
    let text = paras.join("\n\n");
    let near = text.rfind("He said").unwrap();
    check(&text, &format!("{}Today {}", &text[..near], &text[near..]));
    // A new name typed between them changes whom the pronoun stands for.
    let middle = text[..text.len() / 2].rfind("\n\n").unwrap() + 2;
    check(&text, &format!("{}Tom Reyes said it was fine. {}", &text[..middle], &text[middle..]));
    // And removing the only name leaves the pronoun without one.
    check(&text, &text.replacen("Jane Smith said", "It was said", 1));
}

#[test]
fn a_short_text_is_analysed_whole() {
    let text = "Officials said the bridge might reopen.\n\nHe said it was clearly late.";
    let before = analyze(text);
    assert!(try_reanalyze(text, &before, &format!("{text} Yes.")).is_none());
    check(text, &format!("{text} Yes."));
}


/// The pronoun tests' filler: it names no one ("Officials" is vague).
const FILLER: &str = "Officials said the bridge might reopen next year. The river rose again.";

/// `between` in the middle of 30 paragraphs of [`FILLER`] on each side.
fn among_filler(between: &[&str]) -> String {
    let mut paras = vec![FILLER; 30];
    paras.extend_from_slice(between);
    paras.extend([FILLER; 30]);
    paras.join("\n\n")
}

#[test]
fn a_question_edited_above_an_answer_changes_whose_answer_it_is_as_a_full_analysis_does() {
    // An "I" in the paragraph after a question put to "you" is the interviewee's; without the
    // "you" it is the writer's. Typing the "you" into the question, or deleting it, changes the
    // answer one paragraph below, and typing in the answer reads the question above it.
    let asked = among_filler(&["Marta Silva has coached the team for six years.", "What do you expect on Sunday?", "I think we will win if we keep the ball."]);
    let plain = asked.replacen("What do you expect on Sunday?", "What happens on Sunday?", 1);
    check(&asked, &plain);
    check(&plain, &asked);
    let answer = asked.find("I think").unwrap();
    check(&asked, &edit(&asked, answer + 2, 0, "really "));
}

#[test]
fn a_name_typed_near_a_pronoun_that_has_no_named_source_is_seen_by_it() {
    // No source is named anywhere ("Officials" is vague), so "She said" stands for the nearest
    // capitalised name before it, if any: typing one six paragraphs above the pronoun (outside
    // the window around the edit) makes it "most likely Maria Lopez", and deleting it undoes that.
    let text = among_filler(&["She said the repairs were clearly late."]);
    let she = text.find("She said").unwrap();
    let target = text[..she].rmatch_indices("\n\n").nth(5).unwrap().0 + 2;
    let named = format!("{}Maria Lopez visited the dam. {}", &text[..target], &text[target..]);
    check(&text, &named);
    check(&named, &text);
}

#[test]
fn a_relative_typed_after_short_paragraphs_looks_no_further_back_than_a_full_analysis() {
    // A results table, a few words to a paragraph and no stops: "who" typed into its last line
    // must find its words where a full analysis finds them, not in the paragraph before the
    // window (eight words back), which the window cannot see.
    let filler = "Officials said the bridge might reopen next year. Prices fell by 4 percent.";
    let table = "Net profit 512,000 vs profit 87,000\n\nRevs 610,000 vs 2,300,000\n\nYear\n\nShr loss 1.40 dlrs vs loss 12 cts";
    let mut paras = vec![filler; 60];
    paras.insert(30, table);
    let old = paras.join("\n\n");
    let at = old.find("Shr loss ").unwrap() + "Shr loss ".len();
    check(&old, &format!("{}who said {}", &old[..at], &old[at..]));
}

#[test]
fn a_report_inside_a_labels_quoted_words_leaves_no_name_behind_when_it_is_unmade() {
    // "said Tom Reyes" lies inside the label's quoted words, so it is no report in the result;
    // breaking it ("sa Tom Reyes") must leave "He", four paragraphs on and outside the window,
    // standing for the name it stood for before: Jane Smith's, the last the result shows.
    let old = among_filler(&[
        "Jane Smith said prices rose.",
        FILLER,
        FILLER,
        FILLER,
        "\"Ana Ruiz: 'We expect more,\" said Tom Reyes.",
        FILLER,
        FILLER,
        FILLER,
        "He said the yen would rise.",
    ]);
    check(&old, &old.replacen("said Tom", "sa Tom", 1));
}

#[test]
fn a_poll_named_for_a_person_is_no_name_for_a_pronoun_after_it() {
    // "In a poll by John Smith, ..." reports the poll's finding, but "He" still stands for the
    // last person whose report the sentences name, Jane Smith, four paragraphs before it: a
    // window that starts after her and holds the poll must not take the poll for her.
    let old = among_filler(&[
        "Jane Smith said prices rose.",
        FILLER,
        FILLER,
        FILLER,
        "In a poll by John Smith, the mayor leads by ten points.",
        "He said the count would end soon.",
    ]);
    check(&old, &old.replacen("end soon", "end later", 1));
}

#[test]
fn a_view_named_for_a_person_is_no_name_for_a_pronoun_after_it() {
    // "To Sharp, ..." reports Sharp's view, but "He" still stands for the last person whose
    // report the sentences name, Jane Smith, four paragraphs before it: a window that starts
    // after her and holds the view must not take the view for her.
    let old = among_filler(&["Jane Smith said prices rose.", FILLER, FILLER, FILLER, "To Sharp, the mayor is a hero.", "He said the count would end soon."]);
    check(&old, &old.replacen("end soon", "end later", 1));
}

#[test]
fn a_view_held_by_a_pronoun_stands_for_the_last_source_named() {
    // "To him, ..." stands for Smith, the last source a report named, as "he said" would: the
    // window around it reaches back to that report, and must not need Jane Doe, a name before
    // it that no report names, which a full analysis would otherwise find first ("Smith",
    // opening its sentence alone, is no evidence of a name on its own).
    let old = among_filler(&["Jane Doe visited the dam.", FILLER, "Smith said prices rose.", FILLER, FILLER, FILLER, "To him, the mayor is a hero."]);
    check(&old, &old.replacen("a hero", "a villain", 1));
    let to_him = analyze(&old).attributions.into_iter().find(|a| a.source.is_some_and(|r| &old[r.start..r.end] == "him")).unwrap();
    assert!(to_him.why.contains("most likely Smith"), "{}", to_him.why);
}

#[test]
fn a_pronoun_with_its_verb_contracted_stands_for_the_name_far_above() {
    // "He's" is "He": it stands for Jane Smith, thirty paragraphs up, not for Maria Lopez, the
    // capitalised name just before it that no report names. A window that took "He's" for a
    // name of its own would not reach back to her.
    let old = among_filler(&[&["Jane Smith said prices rose."], &[FILLER; 30][..], &["Maria Lopez visited the dam.", "He's argued that the count would end soon."]].concat());
    check(&old, &old.replacen("end soon", "end later", 1));
}

#[test]
fn a_relative_with_its_verb_contracted_sets_no_name_for_a_pronoun() {
    // "who's" is "who": its report is Tom Reyes's, but "He" in the next paragraph still stands
    // for the last source a report named, Jane Smith, far before the window.
    let old = among_filler(
        &[&["Jane Smith said prices rose."], &[FILLER; 30][..], &["Tom Reyes, who's argued that the count would end soon, left.", "He said the yen would rise."]].concat(),
    );
    check(&old, &old.replacen("would rise", "would fall", 1));
}

#[test]
fn a_view_held_by_a_name_sets_no_name_for_a_pronoun_after_it() {
    // "In Professor Knittel's view, ..." reports Knittel's view, but "He" right after it still
    // stands for Jane Smith, the last source a report named, far before the window: the window
    // must not take the view for a named report and stop short of her.
    let old = among_filler(
        &[&["Jane Smith said prices rose."], &[FILLER; 30][..], &["In Professor Knittel's view, the plan is a failure.", "He said the yen would rise."]].concat(),
    );
    check(&old, &old.replacen("would rise", "would fall", 1));
}

#[test]
fn a_view_held_by_his_stands_for_the_name_far_above() {
    // "In his view, ..." is a pronoun's view, as "he said" is its report: it stands for Jane
    // Smith, thirty paragraphs up, which a window around it must reach back to.
    let old = among_filler(&[&["Jane Smith said prices rose."], &[FILLER; 30][..], &["In his view, the plan is a failure."]].concat());
    check(&old, &old.replacen("a failure", "a success", 1));
}

#[test]
fn an_interviewees_i_sets_no_name_for_a_pronoun_after_it() {
    // In an "A:" answer the "I" of "I said" is the interviewee, a named person, but not a name a
    // later "He" could stand for: that is still Jane Smith, far before the window.
    let old = among_filler(&[&["Jane Smith said prices rose."], &[FILLER; 30][..], &["A: I said the plan was a failure.", "He said the yen would rise."]].concat());
    check(&old, &old.replacen("would rise", "would fall", 1));
}

/// `short` paragraphs in the middle of 60 of news: the window re-analysed after an edit in one of
/// them starts within the run, so a check that reads a few words past its sentence reaches
/// paragraphs the window does not hold.
fn amid_filler(short: &[&str]) -> String {
    let filler = "Officials said the bridge might reopen next year. Prices fell by 4 percent.";
    let mut paras = vec![filler; 60];
    paras.splice(30..30, short.iter().copied());
    paras.join("\n\n")
}

#[test]
fn a_comma_and_that_typed_after_short_paragraphs_changes_no_frame_before_the_window() {
    // "The models disagree, and ..." reports nothing: the clause after ", and" is the writer's.
    // A ", that" typed three short paragraphs on, in the window but within a few words of that
    // frame (before the window), must leave it as a full analysis leaves it.
    let old = amid_filler(&["The models disagree, and the forecasts keep changing.", "Yes.", "No.", "It was over."]);
    let at = old.find("It was over.").unwrap();
    check(&old, &format!("{}, that {}", &old[..at], &old[at..]));
}

#[test]
fn a_source_after_short_paragraphs_is_no_hedge_of_words_before_the_window() {
    // "as far as I ..." is the writer's hedge, not a report by "I"; here its "as far as" lies in
    // three paragraphs before the one edited, the first of them before the window, and must
    // not count, as it does not in a full analysis.
    let old = amid_filler(&["The river rose as", "far", "as", "I said it was fine."]);
    let at = old.find("it was fine.").unwrap();
    check(&old, &format!("{}so {}", &old[..at], &old[at..]));
}

#[test]
fn a_phrase_is_not_found_across_short_paragraphs_into_the_window() {
    // "as far as I know" is a hedge within a sentence; with its first words in short paragraphs
    // before the one edited, the first of them before the window, a full analysis must not make
    // one span of them either, or the window could not match it.
    let old = amid_filler(&["The river rose as", "far", "as", "I it."]);
    let at = old.find(" it.").unwrap();
    check(&old, &format!("{} know{}", &old[..at], &old[at..]));
}

#[test]
fn a_time_typed_after_short_paragraphs_leaves_an_until_before_the_window_as_it_was() {
    // "will stay closed until" ends its paragraph; "the", "end of" and a month typed into the
    // paragraph after them (the first two in the window, the "until" before it) make no date it
    // waits for, in a full analysis as in the window.
    let old = amid_filler(&["The port will stay closed until", "the", "end of", "Cats."]);
    check(&old, &old.replacen("Cats.", "June.", 1));
}

#[test]
fn an_if_typed_after_short_paragraphs_leaves_an_if_before_the_window_as_it_was() {
    // "if", "and", "only" ending three paragraphs and an "if" typed into the next are no "if and
    // only if": the first "if", before the window, conditions its own sentence either way.
    let old = amid_filler(&["The deal may hold if", "and", "only", "Cats."]);
    check(&old, &old.replacen("Cats.", "if it rains.", 1));
}

#[test]
fn a_word_typed_after_short_paragraphs_leaves_a_heading_before_the_window_as_it_was() {
    // Whether "YEUTTER WARNS CONGRESS" is a headline in capitals (and "WARNS" its verb) is its
    // own words' matter: "showed" typed three short paragraphs on, inside the window, must not
    // decide it for the heading before the window. (Found by a sweep of random edits.)
    let old = amid_filler(&["YEUTTER WARNS CONGRESS", "ON", "TRADE RETALIATION", "representative", "trade.", "The 10"]);
    check(&old, &old.replacen("representative", "showed representative", 1));
}

#[test]
fn a_dividend_typed_after_short_paragraphs_leaves_a_declaration_before_the_window_as_it_was() {
    // "declared a quarterly cash dividend" is a board's business act, not a report; but with its
    // words in short paragraphs, the "declared" before the window and "dividend" typed inside
    // it, the act is no longer one sentence's: "declared" stays a report, in both analyses.
    // (Found by a sweep of random edits.)
    let old = amid_filler(&["The board declared a", "quarterly", "cash", "Cats."]);
    check(&old, &old.replacen("Cats.", "dividend.", 1));
}

#[test]
fn a_possible_typed_after_short_paragraphs_is_judged_by_its_own_sentence() {
    // "It is also possible" hedges; "possible" alone in its paragraph, with "It", "is" and "also"
    // in the three before it (the first before the window), is no "it is possible" in either
    // analysis. (Found by a sweep of random edits.)
    let old = amid_filler(&["It", "is", "also", "Cats."]);
    check(&old, &old.replacen("Cats.", "possible.", 1));
}

#[test]
fn a_likely_typed_after_short_paragraphs_measures_no_odds_before_the_window() {
    // "40 percent as likely" reports a measured ratio, not a guess; with "40", "percent" and
    // "as" ending the paragraphs before it, the number before the window, "likely" is a hedge
    // in either analysis.
    let old = amid_filler(&["It was 40", "percent", "as", "Cats."]);
    check(&old, &old.replacen("Cats.", "likely.", 1));
}

#[test]
fn a_to_typed_after_short_paragraphs_leaves_a_report_before_the_window_as_it_was() {
    // "and urged anyone with concerns to call" is the subject's second act, which ends the
    // words of "said"; with "with" and "concerns" as paragraphs of their own and "to" typed
    // after them, the "urged" before the window has no infinitive of its sentence, in either
    // analysis. (Found by a sweep of random edits.)
    let old = amid_filler(&["Police said there may be victims and urged anyone", "with", "concerns", "Cats."]);
    check(&old, &old.replacen("Cats.", "to call.", 1));
}

#[test]
fn a_charge_typed_after_short_paragraphs_leaves_a_report_before_the_window_as_it_was() {
    // "and accused foreign journalists of spreading lies": the charge a few words on makes
    // "accused" a second act; three paragraphs on it belongs to no sentence of "accused".
    let old = amid_filler(&["The mayor said the talks failed and accused", "foreign", "journalists", "Cats."]);
    check(&old, &old.replacen("Cats.", "of spreading lies.", 1));
}

#[test]
fn a_verb_typed_after_short_paragraphs_makes_no_clause_for_a_report_before_the_window() {
    // "and claimed the audit was a hit job": the clause after "claimed" makes it a second act;
    // its verb typed three paragraphs on is in no sentence of "claimed".
    let old = amid_filler(&["He insisted the contracts were legal and claimed", "the", "audit", "Cats."]);
    check(&old, &old.replacen("Cats.", "was a hit job.", 1));
}

#[test]
fn a_comma_typed_after_short_paragraphs_names_nothing_before_the_window() {
    // "The product, called isotron new blue, is sold out": a name set off by commas, so
    // "called" reports nothing. Its closing comma typed three paragraphs on, inside the window,
    // closes no name of the sentence of "called", before it, in either analysis.
    let old = amid_filler(&["The product, called isotron", "new", "blue", "Cats."]);
    check(&old, &old.replacen("Cats.", ", is sold out.", 1));
}

#[test]
fn an_on_typed_after_short_paragraphs_makes_no_phone_call_before_the_window() {
    // "He called Alicia Machado Smith on Friday" is a phone call; with the name's last words in
    // paragraphs of their own, "on" typed after them is no part of the sentence of "called".
    let old = amid_filler(&["He called Alicia", "Machado", "Smith", "Cats."]);
    check(&old, &old.replacen("Cats.", "on Friday.", 1));
}

#[test]
fn a_verb_typed_after_short_paragraphs_leaves_a_warning_before_the_window_a_noun() {
    // "a flood warning" is the noun unless a clause of its sentence follows it; then ", and"
    // before it joins a second report and ends the words of "said". A verb typed three short
    // paragraphs on, inside the window, makes no clause of the sentence of "warning", before
    // it, in either analysis.
    let old = amid_filler(&["Officials said the river rose, and a flood warning", "the", "plan", "Cats."]);
    check(&old, &old.replacen("Cats.", "failed.", 1));
}

#[test]
fn a_verb_typed_after_short_paragraphs_makes_no_second_report_before_the_window() {
    // "has denied wrongdoing and says the claims are false": "says" with a clause of its own
    // after a report in the perfect is the subject's second report, which ends the words of
    // "has denied". With "says" ending its paragraph, a verb typed three short paragraphs on
    // is in no clause of that sentence: "wrongdoing and says" stays the words, in either
    // analysis.
    let old = amid_filler(&["She has denied wrongdoing and says", "the", "plan", "Cats."]);
    check(&old, &old.replacen("Cats.", "failed.", 1));
}

#[test]
fn a_determiner_deleted_before_short_paragraphs_leaves_a_forecast_after_the_window_as_it_was() {
    // "the 6.5 pct forecast" names a figure, not a prediction. With "the" ending one paragraph
    // and "6.5" and "pct" the next two, "forecast" opening the fourth is no part of that figure:
    // it forecasts in either analysis, whether or not "the" is there, three paragraphs back
    // (outside the window around an edit there). (Found by a sweep of random edits.)
    let old = amid_filler(&["Growth was below the", "6.5", "pct", "forecast in December."]);
    check(&old, &old.replacen("below the", "below", 1));
}

#[test]
fn a_noun_typed_after_short_paragraphs_draws_no_conclusion_before_the_window() {
    // "must be a mistake" concludes; "must be a resident" requires. With "be" and "a" as
    // paragraphs of their own after "It must", the noun typed into the next paragraph, inside
    // the window, is no part of the sentence of "must", before it: that "must" is judged the same
    // in either analysis.
    let old = amid_filler(&["It must", "be", "a", "Cats."]);
    check(&old, &old.replacen("Cats.", "mistake.", 1));
}

#[test]
fn a_quotation_run_over_paragraphs_is_followed_as_a_full_analysis_follows_it() {
    // A quotation of three paragraphs, only the last closed and framed: each edit that closes,
    // opens or unopens a paragraph of it changes whose words the others are.
    let run = ["\u{201c}We will rebuild the bridge.", "\u{201c}The money is there.", "\u{201c}Nobody will be left behind,\u{201d} the mayor said."];
    let old = amid_filler(&run);
    let second = old.find("\u{201c}The money").unwrap();
    let end_of_first = old.find("bridge.").unwrap() + "bridge.".len();
    check(&old, &format!("{}\u{201d}{}", &old[..end_of_first], &old[end_of_first..]));
    check(&old, &format!("{}{}", &old[..second], &old[second + "\u{201c}".len()..]));
    let plain = old.replace("\u{201c}We will", "We will");
    check(&plain, &old);
    check(&old, &plain);
    // A frame typed into the first paragraph makes its words that frame's.
    let at = old.find("\u{201c}We will").unwrap();
    check(&old, &format!("{}The governor said: {}", &old[..at], &old[at..]));
}

#[test]
fn a_short_name_stands_for_the_company_named_in_full_two_paragraphs_above() {
    // "Acme said" is the company "Acme Holdings Inc" named two paragraphs before it (as far back
    // as the engine looks). An edit to the full name changes what the short name stands for;
    // the short name is in the window's trailing context then, and in its leading context after
    // an edit in the paragraph below it, where the full name is outside the window.
    let mut paras = vec![FILLER; 30];
    paras.extend(["Acme Holdings Inc said sales rose.", FILLER, "Acme said it would hire more staff. Jane Smith said the plan was sound."]);
    paras.extend([FILLER; 30]);
    let text = paras.join("\n\n");
    let short = text.find("Acme said").unwrap();
    check(&text, &edit(&text, short + "Acme said it would".len(), 0, " soon"));
    let below = short + text[short..].find(FILLER).unwrap();
    check(&text, &edit(&text, below + 4, 0, "new "));
    let unnamed = text.replacen("Acme Holdings Inc said", "Acme Holdings said", 1);
    check(&text, &unnamed);
    check(&unnamed, &text);
    // Three paragraphs above it, the full name is out of the engine's reach (and of the window's).
    let far = text.replacen("Acme Holdings Inc said sales rose.", "Acme Holdings Inc said sales rose.\n\nBonds fell.", 1);
    let short = far.find("Acme said").unwrap();
    check(&far, &edit(&far, short + "Acme said it would".len(), 0, " soon"));
}
