use super::*;

#[test]
fn dump_seed() {
    let text = std::fs::read_to_string("/work/shared/seeds/cia-mexico-2026-01-17.txt").unwrap();
    let parsed = parse(&text, Format::Text);
    eprintln!("{:#?}", parsed.metadata);
    for b in &parsed.blocks {
        eprintln!("{} {:?}", b.number, b.role);
    }
    for s in &parsed.statements {
        let kinds: Vec<&str> = s.kinds.iter().map(|k| k.as_str()).collect();
        eprintln!(
            "[{}.{}] {:?}\n      {}",
            s.paragraph, s.position, kinds, s.text
        );
    }
}
