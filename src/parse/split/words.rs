//! The word lists the boundary rules consult: abbreviations by how they behave before a following
//! word, sentence starters, speech verbs, time words, list markers.
//!
//! Lookups never allocate: a word is lowercased into a small stack buffer and matched against
//! byte-string patterns, which the compiler turns into a decision tree.

/// How a word that ends in a full stop behaves at a possible sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WordClass {
    /// A plain word: its full stop ends the sentence unless a lowercase word follows.
    Ordinary,
    /// A title or connective that is always followed by more of its sentence (`Mr.`, `Sen.`,
    /// `vs.`, `e.g.`).
    NeverEnds,
    /// An abbreviation that introduces a number (`No. 5`, `Art. 3`, `p. 55`); before anything else
    /// it is read as an ordinary word.
    Numbered,
    /// A US state (`Calif.`, `D.C.`): [`WordClass::Ambiguous`], except that after a comma
    /// (`Springfield, Ill.`) it closes a place name and any capitalised word after it starts a
    /// sentence.
    State,
    /// A month (`Jan. 17`): before a number it never ends; otherwise [`WordClass::Ambiguous`].
    Month,
    /// A marker that trails a number or a name and often ends a sentence: clock times (`a.m.`,
    /// `p.m.`), eras (`B.C.`, `A.D.`), degrees (`Ph.D.`, `M.D.`). See the trailing-marker rule in
    /// the splitter.
    Trailing,
    /// A word that closes a list (`etc.`): it is never followed by a name inside its sentence, so
    /// any capitalised word after it starts the next one (`field work, etc. Manuscript review`).
    ClosesList,
    /// Acronyms (`U.S.`, `D.C.`), initials (`W.`), company and street suffixes (`Inc.`, `St.`),
    /// state abbreviations (`Calif.`): they end a sentence only when a sentence-starting word
    /// follows.
    Ambiguous,
}

/// At most this many bytes are lowercased for a lookup; longer words are never abbreviations.
const LOOKUP_LEN: usize = 8;

/// Classifies `word`, the text before a token's final full stop with its opening marks removed.
pub(super) fn classify(word: &[u8]) -> WordClass {
    if word.is_empty() {
        return WordClass::Ordinary;
    }
    if word.contains(&b'.') {
        return classify_dotted(word);
    }
    if word.len() == 1 && word[0].is_ascii_alphabetic() {
        return match word[0] {
            b'p' => WordClass::Numbered,
            b'v' => WordClass::NeverEnds,
            _ => WordClass::Ambiguous,
        };
    }
    if word == "n\u{b0}".as_bytes()
        || word == "N\u{b0}".as_bytes()
        || word == "n\u{ba}".as_bytes()
        || word == "N\u{ba}".as_bytes()
    {
        return WordClass::Numbered;
    }
    let Some((buf, len)) = lowercase(word) else {
        return WordClass::Ordinary;
    };
    let lower = &buf[..len];
    let capitalised = word[0].is_ascii_uppercase();
    match lower {
        b"mr" | b"mrs" | b"ms" | b"messrs" | b"mmes" | b"dr" | b"prof" | b"gen" | b"gens"
        | b"sen" | b"sens" | b"rep" | b"reps" | b"gov" | b"lt" | b"col" | b"sgt" | b"capt"
        | b"cmdr" | b"adm" | b"maj" | b"cpl" | b"pvt" | b"pfc" | b"spc" | b"brig" | b"rev"
        | b"hon" | b"pres" | b"supt" | b"det" | b"insp" | b"atty" | b"msgr" | b"fr" | b"mt"
        | b"ft" | b"sra" | b"mme" | b"mlle" | b"drs" | b"profs" | b"revs" | b"govs" | b"lts"
        | b"cols" | b"sgts" | b"capts" | b"adms" | b"majs" | b"dets" | b"attys" | b"msgrs"
            if capitalised =>
        {
            WordClass::NeverEnds
        }
        b"vs" | b"viz" | b"cf" => WordClass::NeverEnds,
        b"etc" => WordClass::ClosesList,
        b"no" | b"nos" | b"nr" | b"art" | b"arts" | b"sec" | b"secs" | b"ch" | b"chap" | b"vol"
        | b"vols" | b"fig" | b"figs" | b"pp" | b"para" | b"paras" | b"op" | b"pt" | b"ex"
        | b"exh" | b"cl" | b"tel" | b"ext" | b"rm" | b"ste" | b"apt" | b"bldg" | b"ft" | b"in"
        | b"lb" | b"lbs" | b"oz" | b"yd" | b"yds" | b"mi" | b"gal" => WordClass::Numbered,
        b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept"
        | b"oct" | b"nov" | b"dec"
            if capitalised =>
        {
            WordClass::Month
        }
        b"ala" | b"ariz" | b"ark" | b"calif" | b"colo" | b"conn" | b"del" | b"fla" | b"ga"
        | b"ill" | b"ind" | b"kan" | b"kans" | b"ky" | b"la" | b"md" | b"mass" | b"mich"
        | b"minn" | b"miss" | b"mo" | b"mont" | b"neb" | b"nev" | b"okla" | b"ore" | b"pa"
        | b"tenn" | b"tex" | b"vt" | b"va" | b"wash" | b"wis" | b"wyo"
            if capitalised =>
        {
            WordClass::State
        }
        b"inc" | b"corp" | b"ltd" | b"co" | b"cos" | b"bros" | b"llc" | b"plc" | b"jr" | b"sr"
        | b"esq" | b"st" | b"ave" | b"blvd" | b"rd" | b"hwy" | b"pkwy" | b"ln" | b"ct" | b"sq"
        | b"approx" | b"est" | b"dept" | b"univ" | b"assn" | b"intl" | b"natl" | b"govt"
        | b"mfg" | b"dist" | b"div" => WordClass::Ambiguous,
        _ => WordClass::Ordinary,
    }
}

/// A word with inner full stops: `U.S`, `a.m`, `e.g`, `Ph.D`, or an address (`example.com`). A
/// clock time glued to its number (`6a.m`, `10p.m`) is the clock time.
fn classify_dotted(word: &[u8]) -> WordClass {
    let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && digits < word.len() {
        return match classify_dotted(&word[digits..]) {
            WordClass::Trailing => WordClass::Trailing,
            _ => WordClass::Ordinary,
        };
    }
    if let Some((buf, len)) = lowercase(word) {
        match &buf[..len] {
            b"a.m" | b"p.m" | b"b.c" | b"a.d" | b"c.e" | b"b.c.e" | b"ph.d" | b"m.d" | b"j.d"
            | b"ll.m" | b"ll.b" | b"m.b.a" | b"d.d.s" => return WordClass::Trailing,
            b"e.g" | b"i.e" | b"n.b" => return WordClass::NeverEnds,
            b"d.c" | b"n.y" | b"n.j" | b"n.c" | b"s.c" | b"n.h" | b"n.m" | b"n.d" | b"s.d"
            | b"r.i" | b"w.va" => return WordClass::State,
            _ => {}
        }
    }
    let acronym = word
        .split(|&b| b == b'.')
        .all(|part| (1..=2).contains(&part.len()) && part.iter().all(u8::is_ascii_alphabetic));
    if acronym {
        WordClass::Ambiguous
    } else {
        WordClass::Ordinary
    }
}

/// The ASCII-lowercased word in a stack buffer, or `None` when it is too long or not ASCII.
fn lowercase(word: &[u8]) -> Option<([u8; LOOKUP_LEN], usize)> {
    if word.len() > LOOKUP_LEN || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; LOOKUP_LEN];
    for (slot, b) in buf.iter_mut().zip(word) {
        *slot = b.to_ascii_lowercase();
    }
    Some((buf, word.len()))
}

/// Capitalised closed-class words (pronouns, articles, conjunctions, prepositions, auxiliaries,
/// sentence adverbs) that start sentences and almost never continue a name. After an ambiguous
/// abbreviation (`U.S.`, `Inc.`, `W.`) only one of these makes a boundary: "moved to the U.S. He
/// said" splits, "the U.S. Justice Department" does not.
pub(super) fn is_sentence_starter(word: &[u8]) -> bool {
    matches!(
        word,
        b"A" | b"An"
            | b"The"
            | b"I"
            | b"He"
            | b"She"
            | b"It"
            | b"We"
            | b"You"
            | b"They"
            | b"His"
            | b"Her"
            | b"Its"
            | b"Our"
            | b"Their"
            | b"My"
            | b"Your"
            | b"This"
            | b"That"
            | b"These"
            | b"Those"
            | b"There"
            | b"Here"
            | b"But"
            | b"And"
            | b"Or"
            | b"So"
            | b"Yet"
            | b"If"
            | b"When"
            | b"While"
            | b"Whether"
            | b"After"
            | b"Before"
            | b"As"
            | b"Because"
            | b"Although"
            | b"Though"
            | b"Since"
            | b"Until"
            | b"Unless"
            | b"In"
            | b"On"
            | b"At"
            | b"For"
            | b"From"
            | b"With"
            | b"Without"
            | b"By"
            | b"Under"
            | b"Over"
            | b"During"
            | b"Despite"
            | b"Among"
            | b"According"
            | b"What"
            | b"Who"
            | b"Whom"
            | b"Why"
            | b"How"
            | b"Where"
            | b"Which"
            | b"Did"
            | b"Do"
            | b"Does"
            | b"Is"
            | b"Are"
            | b"Was"
            | b"Were"
            | b"Would"
            | b"Could"
            | b"Should"
            | b"Can"
            | b"Has"
            | b"Have"
            | b"Had"
            | b"Meanwhile"
            | b"However"
            | b"Still"
            | b"Now"
            | b"Then"
            | b"Also"
            | b"Some"
            | b"Many"
            | b"Most"
            | b"Both"
            | b"All"
            | b"Each"
            | b"Every"
            | b"No"
            | b"Not"
            | b"Neither"
            | b"Nor"
            | b"Such"
            | b"Instead"
            | b"Earlier"
            | b"Later"
            | b"Last"
            | b"Next"
            | b"Other"
            | b"Others"
            | b"Another"
            | b"Even"
            | b"Only"
            | b"Once"
            | b"Asked"
            | b"Like"
            | b"Unlike"
    )
}

/// The rest of a token after a full stop glued between two words is a top-level domain
/// (`Newsfeed.Com`, `Animals R Us.Net`): the token is a name or an address, not two sentences.
pub(super) fn is_domain_suffix(rest: &[u8]) -> bool {
    let len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let Some((buf, len)) = lowercase(&rest[..len]) else {
        return false;
    };
    matches!(
        &buf[..len],
        b"com"
            | b"net"
            | b"org"
            | b"gov"
            | b"edu"
            | b"mil"
            | b"int"
            | b"info"
            | b"biz"
            | b"io"
            | b"co"
            | b"tv"
            | b"uk"
            | b"us"
            | b"ca"
            | b"au"
            | b"de"
            | b"fr"
            | b"eu"
            | b"me"
            | b"ly"
            | b"news"
            | b"online"
    )
}

/// A word in lowercase with a capital inside it, before more lowercase: a brand written in camel
/// case (`eHow`, `iPhone`, `wikiHow`, `eBay`) that may start a sentence.
pub(super) fn is_camel_case_brand(word: &[u8]) -> bool {
    word.first().is_some_and(u8::is_ascii_lowercase)
        && word
            .windows(2)
            .any(|pair| pair[0].is_ascii_uppercase() && pair[1].is_ascii_lowercase())
}

/// The pronoun `I` written in lowercase (`i`, `i'm`): a writer who does not capitalise.
pub(super) fn is_lowercase_pronoun_i(word: &[u8]) -> bool {
    word == b"i"
}

/// A subject pronoun or article written in lowercase: the words careless text most often starts
/// a sentence with.
pub(super) fn is_lowercase_subject(word: &[u8]) -> bool {
    matches!(
        word,
        b"i" | b"we" | b"they" | b"he" | b"she" | b"you" | b"it" | b"the" | b"this" | b"there"
    )
}

/// A sentence starter written in lowercase (`they`, `why`, `the`).
pub(super) fn is_lowercase_sentence_starter(word: &[u8]) -> bool {
    let Some((mut buf, len)) = lowercase(word) else {
        return false;
    };
    buf[0] = buf[0].to_ascii_uppercase();
    word[0].is_ascii_lowercase() && is_sentence_starter(&buf[..len])
}

/// Verbs of saying that make `"Why now?" Smith asked.` one sentence.
pub(super) fn is_speech_verb(word: &[u8]) -> bool {
    matches!(
        word,
        b"said"
            | b"says"
            | b"asked"
            | b"asks"
            | b"added"
            | b"adds"
            | b"told"
            | b"tells"
            | b"wrote"
            | b"writes"
            | b"replied"
            | b"replies"
            | b"answered"
            | b"continued"
            | b"explained"
            | b"noted"
            | b"insisted"
            | b"argued"
            | b"recalled"
            | b"remarked"
            | b"shouted"
            | b"yelled"
            | b"cried"
            | b"demanded"
            | b"wondered"
            | b"joked"
            | b"quipped"
            | b"warned"
            | b"declared"
            | b"stated"
            | b"tweeted"
            | b"posted"
            | b"responded"
            | b"countered"
            | b"concluded"
            | b"acknowledged"
            | b"admitted"
            | b"conceded"
            | b"pleaded"
    )
}

/// Words that continue a clock time: time zones, weekdays, months (`7:30 a.m. ET`,
/// `10 p.m. Tuesday`).
pub(super) fn follows_clock_time(word: &[u8]) -> bool {
    matches!(
        word,
        b"ET"
            | b"EST"
            | b"EDT"
            | b"CT"
            | b"CST"
            | b"CDT"
            | b"MT"
            | b"MST"
            | b"MDT"
            | b"PT"
            | b"PST"
            | b"PDT"
            | b"AKST"
            | b"AKDT"
            | b"HST"
            | b"GMT"
            | b"UTC"
            | b"BST"
            | b"CET"
            | b"CEST"
            | b"EET"
            | b"IST"
            | b"JST"
            | b"AEST"
            | b"AEDT"
            | b"Eastern"
            | b"Central"
            | b"Mountain"
            | b"Pacific"
            | b"Monday"
            | b"Tuesday"
            | b"Wednesday"
            | b"Thursday"
            | b"Friday"
            | b"Saturday"
            | b"Sunday"
            | b"January"
            | b"February"
            | b"March"
            | b"April"
            | b"May"
            | b"June"
            | b"July"
            | b"August"
            | b"September"
            | b"October"
            | b"November"
            | b"December"
    )
}

/// Prepositions that open a fronted time phrase: in "At 5 a.m. Mr. Smith went out" the clock time
/// belongs to the sentence that follows it.
pub(super) fn fronts_time_phrase(word: &[u8]) -> bool {
    matches!(
        word,
        b"At"
            | b"By"
            | b"Before"
            | b"After"
            | b"Until"
            | b"Around"
            | b"About"
            | b"From"
            | b"Since"
            | b"Shortly"
            | b"Just"
            | b"On"
            | b"In"
            | b"Starting"
            | b"Beginning"
            | b"Between"
            | b"Early"
            | b"Late"
            | b"Sometime"
            | b"Roughly"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_news_abbreviations() {
        let cases: &[(&str, WordClass)] = &[
            ("Mr", WordClass::NeverEnds),
            ("Sen", WordClass::NeverEnds),
            ("sen", WordClass::Ordinary),
            ("U.S", WordClass::Ambiguous),
            ("A.M", WordClass::Trailing),
            ("p.m", WordClass::Trailing),
            ("6a.m", WordClass::Trailing),
            ("Ph.D", WordClass::Trailing),
            ("B.C", WordClass::Trailing),
            ("ft", WordClass::Numbered),
            ("Ft", WordClass::NeverEnds),
            ("e.g", WordClass::NeverEnds),
            ("Jan", WordClass::Month),
            ("Sept", WordClass::Month),
            ("No", WordClass::Numbered),
            ("Inc", WordClass::Ambiguous),
            ("Calif", WordClass::State),
            ("Drs", WordClass::NeverEnds),
            ("etc", WordClass::ClosesList),
            ("D.C", WordClass::State),
            ("W", WordClass::Ambiguous),
            ("vs", WordClass::NeverEnds),
            ("example.com", WordClass::Ordinary),
            ("$1.5", WordClass::Ordinary),
            ("Washington", WordClass::Ordinary),
            ("Ménard", WordClass::Ordinary),
        ];
        for &(word, class) in cases {
            assert_eq!(classify(word.as_bytes()), class, "{word}");
        }
    }
}
