//! A pattern of the schema as a table: the minimal DFA that `regex-automata` determinizes from
//! the same translation of the pattern that the runtime's `regex` compiles (jsonschema's
//! ECMA-262 to Rust translation), written out as byte classes and transitions. The fast check
//! runs it with a loop of one table lookup a byte, where the `regex` crate's lazy DFA took
//! about 1.5 ns a byte (`docs/performance.md`). A pattern whose DFA has more than 255 states
//! or 64 byte classes, or no state that a run of bytes keeps (nothing to gain), has no table:
//! the fast check asks `regex`.

use regex_automata::Anchored;
use regex_automata::dfa::{Automaton, StartKind, dense};
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;

/// The Rust expression of the pattern's table (`Some(Matcher { .. })`), or `None`.
pub fn matcher(pattern: &str) -> String {
    table(pattern).unwrap_or_else(|| "None".to_owned())
}

fn table(pattern: &str) -> Option<String> {
    let translated = jsonschema_regex::to_rust_regex(pattern).ok()?;
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .minimize(true)
                .start_kind(StartKind::Unanchored),
        )
        .build(&translated)
        .ok()?;
    let start = dfa
        .start_state(&start::Config::new().anchored(Anchored::No))
        .ok()?;
    let classes = dfa.byte_classes();
    let width = classes.alphabet_len() - 1; // the last class is the end of input
    let (states, transitions) = reachable(&dfa, start, width)?;
    if dfa.has_empty() || states.iter().any(|&s| dfa.is_quit_state(s)) {
        return None;
    }
    let can_match = can_match(&dfa, &states, &transitions, width);
    // Renumbered so that the states that go on come first, then those that have matched,
    // then those that cannot match any more: the loop tells them apart with one comparison.
    // (A matched or dead state is never left, so its `stays` is never read.)
    // The start state goes on (a match is known one byte late), so it stays first.
    let kind = |i: usize| {
        if dfa.is_match_state(states[i]) {
            1
        } else if can_match[i] {
            0
        } else {
            2
        }
    };
    let mut order: Vec<usize> = (0..states.len()).collect();
    order.sort_by_key(|&i| (kind(i), i));
    if order.first() != Some(&0) {
        return None;
    }
    let mut new_index = vec![0usize; states.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let first_of = |wanted: u8| {
        order
            .iter()
            .position(|&i| kind(i) >= wanted)
            .unwrap_or(states.len())
    };
    let (matched_from, dead_from) = (first_of(1), first_of(2));
    // A class, as a bit of a `u64`: the classes on which each state stays where it is, so
    // that a run of them (a URL's path, a name) is crossed without a lookup a byte.
    if width > 64 {
        return None;
    }
    let mut next: Vec<u8> = Vec::with_capacity(transitions.len());
    let mut stays: Vec<u64> = Vec::with_capacity(order.len());
    for (new, &old) in order.iter().enumerate() {
        let mut mask = 0_u64;
        for class in 0..width {
            let target = new_index[usize::from(transitions[old * width + class])];
            if target == new {
                mask |= 1 << class;
            }
            next.push(u8::try_from(target).ok()?);
        }
        stays.push(mask);
    }
    // Without a run to cross (a fixed-length form such as an ObjectId), each byte is a lookup
    // that waits on the one before, which the `regex` crate does faster: no table.
    if stays
        .iter()
        .take(matched_from)
        .skip(1)
        .all(|&mask| mask == 0)
    {
        return None;
    }
    let at_end: Vec<bool> = order
        .iter()
        .map(|&i| dfa.is_match_state(dfa.next_eoi_state(states[i])))
        .collect();
    let class_of: Vec<u8> = (0..=255u8).map(|b| classes.get(b)).collect();
    // The byte tables as byte strings: a literal of thousands of integers costs the compiler
    // far more than a string of the same bytes, and every app that uses the library builds it.
    let (class_of, next) = (bytes(&class_of), bytes(&next));
    Some(format!(
        "Some(Matcher {{ width: {width}, matched_from: {matched_from}, dead_from: {dead_from}, classes: {class_of}, next: {next}, stays: &{stays:?}, at_end: &{at_end:?} }})"
    ))
}

/// The states reachable from `start`, numbered in the order they are met, and their
/// transitions (`width` a state, by byte class); `None` past 255 states.
fn reachable(
    dfa: &dense::DFA<Vec<u32>>,
    start: StateID,
    width: usize,
) -> Option<(Vec<StateID>, Vec<u8>)> {
    let classes = dfa.byte_classes();
    let representatives: Vec<u8> = (0..=255u8)
        .filter(|&b| (0..b).all(|earlier| classes.get(earlier) != classes.get(b)))
        .collect();
    let mut states: Vec<StateID> = vec![start];
    let mut transitions: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < states.len() {
        let mut row = vec![0u8; width];
        for &byte in &representatives {
            let next = dfa.next_state(states[i], byte);
            let index = if let Some(index) = states.iter().position(|&s| s == next) {
                index
            } else {
                states.push(next);
                states.len() - 1
            };
            row[usize::from(classes.get(byte))] = u8::try_from(index).ok()?;
        }
        transitions.extend(row);
        i += 1;
    }
    Some((states, transitions))
}

/// The states from which a match can still be found, by a byte or at the end of the text; the
/// others (the dead state, and a state past a `^` that can never hold again) end the search at
/// once.
fn can_match(
    dfa: &dense::DFA<Vec<u32>>,
    states: &[StateID],
    transitions: &[u8],
    width: usize,
) -> Vec<bool> {
    let mut can_match: Vec<bool> = states
        .iter()
        .map(|&s| dfa.is_match_state(s) || dfa.is_match_state(dfa.next_eoi_state(s)))
        .collect();
    loop {
        let mut changed = false;
        for i in 0..states.len() {
            if !can_match[i]
                && (0..width).any(|class| can_match[usize::from(transitions[i * width + class])])
            {
                can_match[i] = true;
                changed = true;
            }
        }
        if !changed {
            return can_match;
        }
    }
}

/// `bytes` as a byte string literal: `b"\x00\x01..."`.
fn bytes(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(bytes.len() * 4 + 3);
    out.push_str("b\"");
    for byte in bytes {
        // Writing to a `String` cannot fail.
        let _ = write!(out, "\\x{byte:02x}");
    }
    out.push('"');
    out
}
