//! Whether a text reads as English, the one language the detectors know. A German or Chinese
//! article gets almost no marks, and without a word a reader would take that for an article that
//! hedges nothing and cites nobody; the digest carries this guess so the page, the report and the
//! exports can say so instead.
//!
//! The guess is deliberately narrow. It names another language only on strong evidence: the
//! text's letters are mostly outside the Latin alphabet, or its words are thick with the
//! commonest function words of one of the Latin-script languages a reader of English news is
//! most likely to paste (the words are from those languages' standard stop-word lists), and thin
//! with English ones. Tables of figures, lists of names and short texts are left alone: they are
//! no evidence either way.

use crate::engine::document::At;
use std::sync::OnceLock;

use serde::Serialize;

/// A language the text reads as, other than English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Language {
    German,
    French,
    Spanish,
    Italian,
    Portuguese,
    Dutch,
    /// Most of the letters are not Latin (Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari...).
    OtherScript,
}

impl Language {
    pub const ALL: [Language; 7] = [
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Dutch,
        Language::OtherScript,
    ];

    /// How a sentence names it: "German", or for another script "a script other than the Latin
    /// alphabet".
    pub fn name(self) -> &'static str {
        match self {
            Language::German => "German",
            Language::French => "French",
            Language::Spanish => "Spanish",
            Language::Italian => "Italian",
            Language::Portuguese => "Portuguese",
            Language::Dutch => "Dutch",
            Language::OtherScript => "a script other than the Latin alphabet",
        }
    }

    /// The sentence a reader is shown.
    pub fn warning(self) -> String {
        let reads = match self {
            Language::OtherScript => format!("This text is written in {}", self.name()),
            _ => format!("This text reads as {}", self.name()),
        };
        format!("{reads}. Claimlens reads English only, so it finds little here: few marks say nothing about how firm the text is or whom it cites.")
    }
}

/// Enough to judge any text, and a bound on the time spent on a long one.
const SAMPLE_BYTES: usize = 64 * 1024;
/// Fewer words than this are no evidence.
const MIN_WORDS: usize = 40;
/// Letters counted before a script can be judged.
const MIN_LETTERS: usize = 80;

/// English's commonest function words, less those that are also common words of the languages
/// below ("a", "in", "is", "was", "on", "will", "also", "die"). Each list is one string, every
/// word between spaces: a few hundred bytes of text in the page's module, where a table of
/// string slices would be twice that in pointers that compress poorly.
const ENGLISH: &str = " the of and to that for it with his by this are have from which not but they were been \
    has would their said who its there what when more ";

/// The commonest function words of each language, less those that are also English words ("no",
/// "as", "do", "per", "van", "door").
const OTHERS: [(Language, &str); 6] = [
    (Language::German, " der die und das ist nicht mit sich auf für den dem des ein eine einer von zu im auch \
        wird werden wurde sind "),
    (Language::French, " le la les et des est une du pour dans que qui pas sur au avec ce il elle sont été aux \
        ces par "),
    (Language::Spanish, " el la los las y que en por con una para es del se al lo como más pero sus ha "),
    (Language::Italian, " il di che la non una sono del della è gli le con da nel alla anche ha "),
    (Language::Portuguese, " o de que e da em um para não com uma os se na por mais dos "),
    (Language::Dutch, " de het een en dat niet zijn op voor met ook als er aan om maar wordt "),
];

/// Where French is in [`OTHERS`].
const FRENCH_AT: usize = 1;

/// The bit of [`table`] for [`ENGLISH`]; bit `i` stands for `OTHERS[i]`.
const ENGLISH_BIT: u8 = 1 << OTHERS.len();

/// Every listed word as its [`key`], in order, with the bits of the lists that hold it. Built on
/// first use: the lists stay short strings in the page's module, and the digest, made again on
/// every keystroke, looks each word up in a few steps instead of searching seven strings for it
/// (that search was most of the digest's time on a long article).
fn table() -> &'static [(u64, u8)] {
    static TABLE: OnceLock<Vec<(u64, u8)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<(u64, u8)> = Vec::new();
        let lists = OTHERS.iter().map(|(_, list)| *list).chain([ENGLISH]);
        for (bit, list) in lists.enumerate() {
            for word in list.split_whitespace() {
                let k = key(word).expect("every listed word fits in a key");
                match table.binary_search_by_key(&k, |e| e.0) {
                    Ok(i) => table[i].1 |= 1 << bit,
                    Err(i) => table.insert(i, (k, 1 << bit)),
                }
            }
        }
        table
    })
}

/// `word` in lower case as a number: its UTF-8 bytes, first byte lowest. `None` when it takes
/// more than eight bytes, as no listed word does.
fn key(word: &str) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut bytes = [0u8; 8];
    if word.is_ascii() {
        for (to, from) in bytes.iter_mut().zip(word.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        return Some(u64::from_le_bytes(bytes));
    }
    let mut n = 0;
    for c in word.chars() {
        let lower = crate::lower::single(c)?;
        let len = lower.len_utf8();
        if n + len > bytes.len() {
            return None;
        }
        lower.encode_utf8(bytes.at_mut(n..));
        n += len;
    }
    Some(u64::from_le_bytes(bytes))
}

/// The most bytes a listed word takes ("werden").
const LONGEST: usize = 6;

/// The [`key`]s of "et" and "al".
const ET: u64 = u64::from_le_bytes(*b"et\0\0\0\0\0\0");
const AL: u64 = u64::from_le_bytes(*b"al\0\0\0\0\0\0");

/// The sample's words counted: all of them, and those on each list.
#[derive(Default)]
struct Tally {
    words: usize,
    english: usize,
    others: [usize; OTHERS.len()],
    previous_et: bool,
}

impl Tally {
    fn add(&mut self, word: &str) {
        self.words += 1;
        // A word longer than every listed one needs no look-up (a quarter of the words of news).
        let k = if word.len() > LONGEST { None } else { key(word) };
        // "et al." in an English paper is neither French "et" nor Spanish "al".
        if self.previous_et && k == Some(AL) {
            self.others[FRENCH_AT] -= 1;
            self.previous_et = false;
            return;
        }
        self.previous_et = k == Some(ET);
        let table = table();
        let Some(lists) = k.and_then(|k| table.binary_search_by_key(&k, |e| e.0).ok()).map(|i| table[i].1) else {
            return;
        };
        self.english += usize::from(lists & ENGLISH_BIT != 0);
        for (i, count) in self.others.iter_mut().enumerate() {
            *count += usize::from(lists & 1 << i != 0);
        }
    }
}

/// The language `text` reads as when that is clearly not English; `None` for English and for
/// anything that does not say.
pub fn other_language(text: &str) -> Option<Language> {
    let mut cut = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = text.at(..cut);
    let b = sample.as_bytes();
    let (mut letters, mut latin) = (0usize, 0usize);
    let mut tally = Tally::default();
    // One pass over the sample for both the script and the words; ASCII, most of any text that
    // gets this far, is read a byte at a time without decoding.
    let letter_at = |i: usize| -> (bool, bool, usize) {
        if b.at(i).is_ascii() {
            return (b.at(i).is_ascii_alphabetic(), true, 1);
        }
        let c = sample.at(i..).chars().next().expect("i is at a character's start");
        // Latin-1, Latin Extended-A and -B.
        (c.is_alphabetic(), ('\u{c0}'..='\u{24f}').contains(&c), c.len_utf8())
    };
    let mut i = 0;
    while i < b.len() {
        let (mut letter, mut is_latin, mut len) = letter_at(i);
        if !letter {
            i += len;
            continue;
        }
        let start = i;
        while letter {
            letters += 1;
            latin += usize::from(is_latin);
            i += len;
            if i == b.len() {
                break;
            }
            (letter, is_latin, len) = letter_at(i);
        }
        tally.add(sample.at(start..i));
    }
    if letters >= MIN_LETTERS && latin * 2 < letters {
        return Some(Language::OtherScript);
    }
    let Tally { words, english, others, .. } = tally;
    if words < MIN_WORDS {
        return None;
    }
    let (best, count) = others.iter().enumerate().max_by_key(|&(_, &n)| n)?;
    // At least one word in eight is one of that language's function words, and three times as
    // many as English ones: English prose runs at about one in five of its own, other languages'
    // at one in four to one in three of theirs.
    (*count * 8 >= words && *count >= 3 * english).then_some(OTHERS.at(best).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Written for these tests: the same news item in each language.
    const GERMAN: &str = "Die Regierung hat am Dienstag angekündigt, dass die Steuern im nächsten Jahr nicht erhöht werden. Der Finanzminister sagte, die Lage sei schwierig, aber die Einnahmen seien stabil. Kritiker werfen ihm vor, die Risiken zu unterschätzen. Nach Angaben des Statistischen Amtes ist die Inflation im Oktober leicht gesunken. Ob das so bleibt, ist unklar, denn die Energiepreise könnten wieder steigen.";
    const FRENCH: &str = "Le gouvernement a annoncé mardi que les impôts ne seront pas augmentés l'an prochain. Le ministre des Finances a déclaré que la situation était difficile, mais que les recettes restaient stables. Les critiques lui reprochent de sous-estimer les risques. Selon l'institut de statistique, l'inflation a légèrement reculé en octobre. Il n'est pas certain que cela dure, car les prix de l'énergie pourraient remonter.";
    const SPANISH: &str = "El gobierno anunció el martes que los impuestos no subirán el próximo año. El ministro de Hacienda dijo que la situación es difícil, pero que los ingresos se mantienen estables. Los críticos le acusan de subestimar los riesgos. Según el instituto de estadística, la inflación bajó ligeramente en octubre. No está claro que esto dure, porque los precios de la energía podrían volver a subir.";
    const ITALIAN: &str = "Il governo ha annunciato martedì che le tasse non aumenteranno il prossimo anno. Il ministro dell'Economia ha detto che la situazione è difficile, ma che le entrate sono stabili. I critici lo accusano di sottovalutare i rischi. Secondo l'istituto di statistica, l'inflazione è leggermente scesa a ottobre. Non è chiaro se durerà, perché i prezzi dell'energia potrebbero risalire.";
    const PORTUGUESE: &str = "O governo anunciou na terça-feira que os impostos não vão subir no próximo ano. O ministro das Finanças disse que a situação é difícil, mas que as receitas continuam estáveis. Os críticos acusam-no de subestimar os riscos. Segundo o instituto de estatística, a inflação caiu ligeiramente em outubro. Não é certo que isso dure, porque os preços da energia podem voltar a subir.";
    const DUTCH: &str = "De regering heeft dinsdag aangekondigd dat de belastingen volgend jaar niet worden verhoogd. De minister van Financiën zei dat de situatie moeilijk is, maar dat de inkomsten stabiel blijven. Critici verwijten hem dat hij de risico's onderschat. Volgens het statistiekbureau is de inflatie in oktober licht gedaald. Het is onduidelijk of dat zo blijft, want de energieprijzen kunnen weer stijgen.";
    const CHINESE: &str = "政府周二宣布，明年不会提高税收。财政部长表示，形势困难，但收入保持稳定。批评者指责他低估了风险。据统计局称，十月份通货膨胀率略有下降。目前尚不清楚这种情况能否持续，因为能源价格可能再次上涨。";
    const RUSSIAN: &str = "Правительство во вторник объявило, что налоги в следующем году не будут повышены. Министр финансов заявил, что ситуация сложная, но доходы остаются стабильными. Критики обвиняют его в недооценке рисков.";
    const ENGLISH_NEWS: &str = "The government announced on Tuesday that taxes will not rise next year. The finance minister said the situation was difficult, but that revenue had held steady. Critics accuse him of underestimating the risks. According to the statistics office, inflation fell slightly in October. It is not clear that this will last, because energy prices could rise again.";

    #[test]
    fn all_lists_every_language() {
        // A new language makes this match fail to compile: add it to `ALL` too.
        for l in Language::ALL {
            match l {
                Language::German
                | Language::French
                | Language::Spanish
                | Language::Italian
                | Language::Portuguese
                | Language::Dutch
                | Language::OtherScript => {}
            }
        }
    }

    #[test]
    fn french_is_where_the_et_al_rule_looks() {
        assert_eq!(OTHERS[FRENCH_AT].0, Language::French);
    }

    #[test]
    fn each_language_is_told() {
        let cases = [
            (GERMAN, Some(Language::German)),
            (FRENCH, Some(Language::French)),
            (SPANISH, Some(Language::Spanish)),
            (ITALIAN, Some(Language::Italian)),
            (PORTUGUESE, Some(Language::Portuguese)),
            (DUTCH, Some(Language::Dutch)),
            (CHINESE, Some(Language::OtherScript)),
            (RUSSIAN, Some(Language::OtherScript)),
            (ENGLISH_NEWS, None),
        ];
        for (text, expected) in cases {
            assert_eq!(other_language(text), expected, "{text}");
        }
    }

    #[test]
    fn what_is_no_evidence_is_left_alone() {
        let cases = [
            // Too short to tell.
            "Der Minister sagte, die Lage sei schwierig.",
            "",
            // A table of figures with abbreviations.
            "ACME CORP 4TH QTR NET\n\nShr loss six cts vs loss seven cts\nNet loss 125,000 vs loss 140,000\nRev 2.4 mln vs 2.2 mln\nYear\nShr loss 13 cts vs loss 14 cts\nNet loss 271,000 vs loss 211,000\nRev 10.1 mln vs 8.2 mln\nShr loss 13 cts vs loss 14 cts\nNet loss 271,000 vs loss 211,000\nRev 10.1 mln vs 8.2 mln",
            // English citing papers: "et al." is not French.
            "Kinesin-5 is a slow, modestly processive motor able to slide antiparallel microtubules apart (Sawin et al., 1992; Cole et al., 1994; Kashina et al., 1996; Kapitein et al., 2005; Tao et al., 2006; Valentine et al., 2006; Krzysiak et al., 2008; Van den Wildenberg et al., 2008), as several groups found.",
        ];
        for text in cases {
            assert_eq!(other_language(text), None, "{text}");
        }
        // An English article quoting a French sentence is English.
        let quoting = format!("{ENGLISH_NEWS} \"Le ministre a menti,\" the leader of the opposition said. {ENGLISH_NEWS}");
        assert_eq!(other_language(&quoting), None);
    }

    #[test]
    fn a_long_text_is_judged_by_its_beginning() {
        let long = GERMAN.repeat(200);
        assert!(long.len() > SAMPLE_BYTES);
        assert_eq!(other_language(&long), Some(Language::German));
        // 65,536 is not a multiple of 3: the sample's end falls inside a character, and is moved.
        let cjk = "中".repeat(SAMPLE_BYTES);
        assert_eq!(other_language(&cjk), Some(Language::OtherScript));
    }

    #[test]
    fn a_word_is_looked_up_in_lower_case() {
        assert_eq!(key("FÜR"), key("für"));
        assert_eq!(key("Été"), key("été"));
        assert_eq!(key("The"), key("the"));
        assert_ne!(key("die"), key("dies"));
        let lists = |w: &str| table().iter().find(|e| Some(e.0) == key(w)).map(|e| e.1);
        // "la" is French, Spanish and Italian; "the" English only; "werden" German.
        assert_eq!(lists("LA"), Some(1 << 1 | 1 << 2 | 1 << 3));
        assert_eq!(lists("the"), Some(ENGLISH_BIT));
        assert_eq!(lists("Werden"), Some(1 << 0));
        let longest = OTHERS.iter().map(|(_, l)| *l).chain([ENGLISH]).flat_map(str::split_whitespace).map(str::len).max();
        assert_eq!(longest, Some(LONGEST));
        // Nine bytes: longer than any listed word.
        assert_eq!(key("abcdefghi"), None);
        assert_eq!(key("ET"), Some(ET));
    }
}
