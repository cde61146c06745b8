//! Alignment over generated revisions: random edits on pseudo-sentences, checked against the
//! contract with storage and against each statement's true lineage, over one revision and five.

use super::*;

#[test]
fn a_long_stretch_of_edits_is_paired_through_rare_words() {
    // Every statement edited, so one gap holds them all: too many pairs to score each, so the
    // candidates come from shared rare words.
    let mut rng = Lcg(11);
    let old_texts: Vec<String> = (0..80).map(|_| sentence(&mut rng)).collect();
    let new_texts: Vec<String> = old_texts
        .iter()
        .enumerate()
        .map(|(i, text)| text.replacen(' ', &format!(" edit{i} "), 1))
        .collect();
    let old_refs: Vec<&str> = old_texts.iter().map(String::as_str).collect();
    let new_refs: Vec<&str> = new_texts.iter().map(String::as_str).collect();
    let (old, new) = (flat(&old_refs), flat(&new_refs));
    let alignment = align(&old, &new);
    assert_contract(&old, &new, &alignment);
    for (index, link) in alignment.links.iter().enumerate() {
        assert_eq!((link.change, link.old), (Change::Modified, Some(index)));
    }
}

/// A tiny deterministic generator (a linear congruential generator): no dependency, same
/// sequence on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A sentence of pseudo-words with some common words mixed in, so unrelated sentences share a
/// little, as real ones do.
fn sentence(rng: &mut Lcg) -> String {
    const COMMON: [&str; 8] = ["the", "of", "and", "said", "in", "to", "a", "was"];
    const SYLLABLES: [&str; 12] = [
        "ka", "lo", "mi", "ren", "tu", "sa", "vor", "ne", "di", "pa", "gul", "te",
    ];
    let len = 8 + rng.below(14);
    let words: Vec<String> = (0..len)
        .map(|_| {
            if rng.below(3) == 0 {
                COMMON[rng.below(COMMON.len())].to_string()
            } else {
                (0..2 + rng.below(2))
                    .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                    .collect()
            }
        })
        .collect();
    format!("{}.", words.join(" "))
}

/// One statement of a generated revision and the revision-1 statement it descends from.
#[derive(Clone)]
struct Traced {
    text: String,
    origin: Option<usize>,
}

/// Applies one random edit, keeping each statement's origin as a desk would see it. Duplicates
/// are left out when `allow_duplicates` is false: either copy may rightly continue the original,
/// which would make lineage ambiguous.
fn random_edit(rng: &mut Lcg, doc: &mut Vec<Traced>, allow_duplicates: bool) {
    if doc.is_empty() {
        doc.push(Traced {
            text: sentence(rng),
            origin: None,
        });
        return;
    }
    let at = rng.below(doc.len());
    match rng.below(if allow_duplicates { 8 } else { 7 }) {
        0 => {
            // Change one word.
            let mut words: Vec<String> = doc[at].text.split(' ').map(str::to_string).collect();
            let w = rng.below(words.len());
            words[w] = format!("x{}", rng.below(1000));
            doc[at].text = words.join(" ");
        }
        1 => {
            // Insert a negation.
            let mut words: Vec<&str> = doc[at].text.split(' ').collect();
            let w = rng.below(words.len());
            words.insert(w, "not");
            doc[at].text = words.join(" ");
        }
        2 => {
            let text = sentence(rng);
            doc.insert(at, Traced { text, origin: None });
        }
        3 => {
            doc.remove(at);
        }
        4 => {
            let moved = doc.remove(at);
            let to = rng.below(doc.len() + 1);
            doc.insert(to, moved);
        }
        5 => {
            // A typographic variant only.
            doc[at].text = doc[at].text.replacen(' ', "\u{a0}", 1).replace('-', "—");
        }
        6 => {
            // Moved and edited.
            let mut moved = doc.remove(at);
            moved.text = moved.text.replacen(' ', " very ", 1);
            let to = rng.below(doc.len() + 1);
            doc.insert(to, moved);
        }
        _ => {
            // A duplicate: the copy is a new statement.
            let copy = Traced {
                text: doc[at].text.clone(),
                origin: None,
            };
            doc.insert(at + 1, copy);
        }
    }
}

#[test]
fn random_edits_never_carry_a_check_over_changed_words() {
    for seed in 0..200u64 {
        let mut rng = Lcg(seed);
        let len = rng.below(30);
        let mut doc: Vec<Traced> = (0..len)
            .map(|_| Traced {
                text: sentence(&mut rng),
                origin: None,
            })
            .collect();
        let before = doc.clone();
        for _ in 0..1 + rng.below(10) {
            random_edit(&mut rng, &mut doc, true);
        }
        let old: Vec<&str> = before.iter().map(|t| t.text.as_str()).collect();
        let new: Vec<&str> = doc.iter().map(|t| t.text.as_str()).collect();
        let (old, new) = (flat(&old), flat(&new));
        let alignment = align(&old, &new);
        assert_contract(&old, &new, &alignment);

        // And it does not miss the easy ones: words found exactly once on each side continue.
        let count = |items: &[Item<'_>], text: &str| {
            items.iter().filter(|i| same_words(i.text, text)).count()
        };
        for (index, item) in new.iter().enumerate() {
            if count(&old, item.text) == 1 && count(&new, item.text) == 1 {
                let change = alignment.links[index].change;
                assert!(
                    matches!(change, Change::Unchanged | Change::Moved),
                    "seed {seed}: {:?} is {change}",
                    item.text
                );
            }
        }
    }
}

#[test]
fn lineage_survives_five_revisions() {
    for seed in 0..40u64 {
        let mut rng = Lcg(seed.wrapping_mul(7919));
        let mut doc: Vec<Traced> = (0..20)
            .map(|i| Traced {
                text: sentence(&mut rng),
                origin: Some(i),
            })
            .collect();
        // The revision-1 statement each current statement descends from, as the aligner says.
        let mut traced_origin: Vec<Option<usize>> = (0..doc.len()).map(Some).collect();
        for revision in 2..=5 {
            let before = doc.clone();
            for _ in 0..3 {
                random_edit(&mut rng, &mut doc, false);
            }
            let old_texts: Vec<&str> = before.iter().map(|t| t.text.as_str()).collect();
            let new_texts: Vec<&str> = doc.iter().map(|t| t.text.as_str()).collect();
            let (old, new) = (flat(&old_texts), flat(&new_texts));
            let alignment = align(&old, &new);
            assert_contract(&old, &new, &alignment);
            traced_origin = alignment
                .links
                .iter()
                .map(|link| link.old.and_then(|o| traced_origin[o]))
                .collect();
            for (index, statement) in doc.iter().enumerate() {
                assert_eq!(
                    traced_origin[index], statement.origin,
                    "seed {seed} revision {revision}: {:?}",
                    statement.text
                );
            }
        }
    }
}
