//! Partial verification (SPIEGEL's "Teilverifikation"): a check that verifies a statement except
//! a named part. The part is named by its words, which must stand in the statement's words; the
//! check stores them as the statement has them, so every output can mark them.

use super::Refusal;
use crate::model::{StatementId, Status};
use crate::normalize::find_words;

/// The excepted parts to store with a check of `status` on statement `id`, whose words are
/// `text`: the statement's own spelling of each part, in the order given, once each. Refused
/// when `partly-verified` names no part, when another status names one, when a part is empty or
/// not in the statement, and when the parts leave nothing of the statement verified.
pub fn excepted_parts(
    id: StatementId,
    status: Status,
    text: &str,
    parts: &[String],
) -> Result<Vec<String>, Refusal> {
    if status != Status::PartlyVerified {
        return match parts.is_empty() {
            true => Ok(Vec::new()),
            false => Err(Refusal::ExceptWithoutPartial { status }),
        };
    }
    if parts.is_empty() {
        return Err(Refusal::PartialWithoutExcept { id });
    }
    let mut stored: Vec<String> = Vec::with_capacity(parts.len());
    let mut covered = vec![false; text.len()];
    for part in parts {
        if part.trim().is_empty() {
            return Err(Refusal::EmptyText {
                what: "an excepted part",
            });
        }
        let places = find_words(text, part);
        let Some(first) = places.first() else {
            return Err(Refusal::ExceptNotInText {
                id,
                words: part.trim().to_string(),
                text: text.to_string(),
            });
        };
        for place in &places {
            covered[place.clone()].iter_mut().for_each(|b| *b = true);
        }
        let own = text[first.clone()].to_string();
        if !stored.contains(&own) {
            stored.push(own);
        }
    }
    let verified_word = text
        .char_indices()
        .any(|(at, c)| c.is_alphanumeric() && !covered[at]);
    if !verified_word {
        return Err(Refusal::ExceptEverything { id });
    }
    Ok(stored)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The council, currently 14 members, met on Mexico’s border in 2014.";

    fn parts(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn partial(words: &[&str]) -> Result<Vec<String>, Refusal> {
        excepted_parts(StatementId(7), Status::PartlyVerified, TEXT, &parts(words))
    }

    #[test]
    fn the_parts_are_stored_as_the_statement_spells_them_once_each() {
        assert_eq!(
            partial(&[
                "currently 14 members",
                "Mexico's",
                " currently  14 members "
            ])
            .unwrap(),
            ["currently 14 members", "Mexico’s"]
        );
    }

    #[test]
    fn partly_verified_needs_a_part_and_no_other_status_takes_one() {
        assert_eq!(
            partial(&[]),
            Err(Refusal::PartialWithoutExcept { id: StatementId(7) })
        );
        for status in Status::ALL.iter().filter(|s| **s != Status::PartlyVerified) {
            assert_eq!(
                excepted_parts(StatementId(7), *status, TEXT, &parts(&["14"])),
                Err(Refusal::ExceptWithoutPartial { status: *status })
            );
            assert_eq!(
                excepted_parts(StatementId(7), *status, TEXT, &[]),
                Ok(vec![])
            );
        }
    }

    #[test]
    fn a_part_must_be_whole_words_of_the_statement() {
        let refusal = partial(&["15 members"]).unwrap_err();
        assert_eq!(
            refusal,
            Refusal::ExceptNotInText {
                id: StatementId(7),
                words: "15 members".into(),
                text: TEXT.into(),
            }
        );
        let message = refusal.to_string();
        assert!(message.contains("\"15 members\""), "{message}");
        assert!(message.contains("statement 7"), "{message}");
        assert!(partial(&["counc"]).is_err(), "a part of a word");
        assert_eq!(
            partial(&["  "]),
            Err(Refusal::EmptyText {
                what: "an excepted part"
            })
        );
    }

    #[test]
    fn excepting_every_word_verifies_nothing() {
        let text = "It rose 4%.";
        let all = |words: &[&str]| {
            excepted_parts(StatementId(1), Status::PartlyVerified, text, &parts(words))
        };
        assert_eq!(
            all(&["It rose", "4%"]),
            Err(Refusal::ExceptEverything { id: StatementId(1) })
        );
        assert_eq!(all(&["4%"]).unwrap(), ["4%"]);
    }
}
