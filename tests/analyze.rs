//! The whole pipeline on short texts written for these tests: what a reader would expect to see
//! marked, and the invariants every consumer relies on (offsets inside the text, on character
//! boundaries, ordered; sentences tiling their paragraphs; the same answer twice).

// Native only: the same checks run in the browser would add time, not coverage.
#![cfg(not(target_arch = "wasm32"))]

use claimlens::engine::{analyze, Analysis, Category, ClaimKind, CueKind, NonClaim, SourceKind, Stance};

fn spans_of(a: &Analysis, text: &str, category: Category) -> Vec<(String, CueKind)> {
    a.spans
        .iter()
        .filter(|s| s.category == category)
        .map(|s| (text[s.start..s.end].to_string(), s.kind))
        .collect()
}

fn assert_well_formed(text: &str, a: &Analysis) {
    let on_boundary = |o: usize| o <= text.len() && text.is_char_boundary(o);
    for s in &a.spans {
        assert!(s.start < s.end && on_boundary(s.start) && on_boundary(s.end), "span {s:?}");
        assert_eq!(s.text, &text[s.start..s.end]);
    }
    assert!(a.spans.windows(2).all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)), "spans ordered");
    for w in a.sentences.windows(2) {
        assert!(w[0].end <= w[1].start, "sentences ordered and disjoint");
    }
    for s in &a.sentences {
        assert!(on_boundary(s.start) && on_boundary(s.end) && s.start < s.end);
        assert!((0.0..=1.0).contains(&s.certainty));
        let p = a.paragraphs[s.paragraph];
        assert!(p.start <= s.start && s.end <= p.end, "sentence inside its paragraph");
        if let Some(c) = &s.claim {
            assert!((0.0..=1.0).contains(&c.checkworthiness));
        }
    }
    for at in &a.attributions {
        let mut ranges = vec![at.cue];
        ranges.extend(at.source);
        ranges.extend(at.content.iter().copied());
        for r in ranges {
            assert!(r.start < r.end && on_boundary(r.start) && on_boundary(r.end), "attribution range {r:?}");
        }
    }
}

#[test]
fn empty_and_blank_text_give_an_empty_analysis() {
    for text in ["", "   ", "\n\n\r\n\t"] {
        let a = analyze(text);
        assert!(a.sentences.is_empty() && a.spans.is_empty() && a.attributions.is_empty() && a.paragraphs.is_empty(), "{text:?}");
    }
}

#[test]
fn a_short_news_item_reads_as_a_reader_would_mark_it() {
    let text = "Flood Warning Issued\n\n\
                The river might burst its banks by Friday, officials said. \
                The dam reportedly has several cracks. \
                In fact, the town was clearly unprepared.\n\n\
                Will the levee hold?";
    let a = analyze(text);
    assert_well_formed(text, &a);

    let hedges = spans_of(&a, text, Category::Hedge);
    assert!(hedges.contains(&("might".to_string(), CueKind::Epistemic)), "{hedges:?}");
    assert!(hedges.contains(&("reportedly".to_string(), CueKind::Evidential)), "{hedges:?}");
    let boosters: Vec<String> = spans_of(&a, text, Category::Booster).into_iter().map(|(t, _)| t).collect();
    assert!(boosters.contains(&"In fact".to_string()) && boosters.contains(&"clearly".to_string()), "{boosters:?}");

    let said = a.attributions.iter().find(|at| at.cue.slice(text) == "said").expect("'officials said' is an attribution");
    assert_eq!(said.source.map(|r| r.slice(text)), Some("officials"));
    assert_eq!(said.stance, Stance::Neutral);
    assert!(said.content.iter().any(|c| c.slice(text).starts_with("The river might burst")));

    let kinds: Vec<(&str, Option<NonClaim>)> = a.sentences.iter().map(|s| (&text[s.start..s.end], s.non_claim)).collect();
    assert_eq!(kinds.first().map(|k| k.1), Some(Some(NonClaim::Heading)), "{kinds:?}");
    assert_eq!(kinds.last().map(|k| k.1), Some(Some(NonClaim::Question)), "{kinds:?}");
    assert_eq!(a.sentences.len(), 5, "{kinds:?}");
}

#[test]
fn hedged_sentence_is_less_certain_than_its_plain_twin() {
    let plain = analyze("The vaccine prevents the disease.");
    let hedged = analyze("The vaccine might possibly prevent the disease.");
    let boosted = analyze("The vaccine clearly prevents the disease.");
    let c = |a: &Analysis| a.sentences[0].certainty;
    assert!(c(&hedged) < c(&plain), "{} < {}", c(&hedged), c(&plain));
    assert!(c(&plain) <= c(&boosted), "{} <= {}", c(&plain), c(&boosted));
}

#[test]
fn a_question_put_by_no_one_named_leaves_the_answer_as_certain() {
    // The question is reported (by no one named), but it claims nothing: the sentence is as
    // firm as its answer alone, which "the minister" is named for.
    let c = |text: &str| analyze(text).sentences[0].certainty;
    let answer = c("The minister said he knew nothing about the leak.");
    for text in [
        "Asked about the leak, the minister said he knew nothing about the leak.",
        "When asked about the leak, the minister said he knew nothing about the leak.",
        "The minister, asked about the leak, said he knew nothing about the leak.",
    ] {
        assert_eq!(c(text), answer, "{text}");
    }
    // An unnamed source of the answer itself still counts: "It is said that ..." is less firm.
    assert!(c("It is said that he knew nothing about the leak.") < answer);
}

#[test]
fn a_booster_the_loaded_list_also_holds_is_marked_once_as_a_booster() {
    let text = "These results are truly transformative, and she unequivocally denied it.";
    let a = analyze(text);
    assert_eq!(spans_of(&a, text, Category::Booster), [("truly".to_string(), CueKind::Certainty), ("unequivocally".to_string(), CueKind::Certainty)]);
    assert!(spans_of(&a, text, Category::Loaded).iter().all(|(w, _)| w != "truly" && w != "unequivocally"), "{:?}", a.spans);
    // A loaded word that is no booster keeps its mark.
    let text = "The scheme was a shameful betrayal.";
    assert!(!spans_of(&analyze(text), text, Category::Loaded).is_empty());
}

#[test]
fn a_number_heavy_claim_is_check_worthy() {
    let text = "Unemployment fell to 3.5% in March, the lowest rate since 1969.";
    let a = analyze(text);
    let claim = a.sentences[0].claim.as_ref().expect("a claim");
    assert_eq!(claim.kind, ClaimKind::Quantity);
    assert!(claim.checkworthiness >= 0.5, "{}", claim.checkworthiness);
}

#[test]
fn a_vague_source_is_reported_as_vague() {
    let text = "Many experts say the policy will fail.";
    let a = analyze(text);
    let at = a.attributions.first().expect("an attribution");
    assert_eq!(at.source.map(|r| r.slice(text)), Some("Many experts"));
    assert_eq!(at.source_kind, SourceKind::Vague);
}

#[test]
fn unicode_text_keeps_every_offset_on_a_character_boundary() {
    let texts = [
        "Experts 👩‍🔬 say the virus might spread. 北京可能会下雨。 Café owners reportedly closed.",
        "Ju\u{0301}lia said the e\u{0301}vent could be delayed 🙂🙂.",
        "“Vielleicht,” sagte er. The ministry allegedly hid 𝟘 files — about 40 of them!",
        "\u{200B}\u{200F}שלום said it may rain.\r\nNext line\rold-style line end.",
    ];
    for text in texts {
        let a = analyze(text);
        assert_well_formed(text, &a);
        assert!(!a.sentences.is_empty(), "{text:?}");
    }
}

#[test]
fn analysis_is_deterministic() {
    let text = "If prices rise, some analysts believe the bank could act, sources said. It certainly will.";
    assert_eq!(analyze(text), analyze(text));
}

#[test]
fn plural_sources_report_with_the_verb_base_form() {
    // "Critics accuse", like "critics say": the base form of a listed verb after a plural
    // subject reports as its "-s" form does after a singular one.
    let text = "Some council members accuse the mayor of ignoring the outer districts. Economists disagree about the cause of the slowdown.";
    let a = analyze(text);
    let found: Vec<(&str, &str, SourceKind)> = a
        .attributions
        .iter()
        .map(|at| (&text[at.cue.start..at.cue.end], at.source.map_or("", |s| &text[s.start..s.end]), at.source_kind))
        .collect();
    assert_eq!(
        found,
        [("accuse", "Some council members", SourceKind::Vague), ("disagree", "Economists", SourceKind::Vague)]
    );
}

#[test]
fn an_expectation_nobody_holds_is_an_agentless_attribution() {
    // "is expected to", like "is believed to": somebody expects it, and the text does not say
    // who; "widely" between changes nothing.
    let text = "The bill is expected to pass next week. Sales rose more than expected. The ship is widely believed to have sunk. The tower is widely thought to be unsafe.";
    let a = analyze(text);
    let found: Vec<(&str, Option<&str>, SourceKind)> = a
        .attributions
        .iter()
        .map(|at| (&text[at.cue.start..at.cue.end], at.source.map(|s| &text[s.start..s.end]), at.source_kind))
        .collect();
    assert_eq!(found, [("is expected", None, SourceKind::None), ("is widely believed", None, SourceKind::None), ("is widely thought", None, SourceKind::None)]);
}

#[test]
fn reply_idioms_report_a_reply_but_not_a_goal_or_a_price() {
    // "hit back", "fired back" and "shot back" report words before a colon, "that" or a
    // quotation; in sport and markets the same phrases report nothing.
    let cues = |text: &str| -> Vec<String> {
        analyze(text).attributions.iter().map(|a| text[a.cue.start..a.cue.end].to_string()).collect()
    };
    assert_eq!(cues("The minister hit back: \"This report is a fantasy.\""), ["hit back"]);
    assert_eq!(cues("The senator fired back that the figures were wrong."), ["fired back"]);
    assert_eq!(cues("The mayor shot back, \"Nobody asked them.\""), ["shot back"]);
    assert!(cues("The champions hit back with two goals in the second half.").is_empty());
    assert!(cues("The visitors fired back with a late penalty.").is_empty());
    assert!(cues("Shares shot back up to 40 dollars after the report.").is_empty());
    // The words come first: the reply is still his.
    assert_eq!(cues("\"You promised them everything,\" Bennett shot back with a laugh."), ["shot back"]);
}
