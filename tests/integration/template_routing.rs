//! The template's stream FilterCriteria and each consumer's `HANDLES` (which the local
//! runner plays the stream with) must route every handled type the same way, and only
//! INSERTs: otherwise a local run would not show what a deployment does. Every type
//! intake records must reach some consumer, and every consumer must have its filter.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use stripe_recovery::inbox::HandledType;

/// For each function binary with a FilterCriteria pattern: the pattern, parsed.
/// template.yaml writes each pattern as a folded (`>-`) JSON string under `- Pattern:`.
fn stream_filters() -> BTreeMap<String, Value> {
    let template = include_str!("../../template.yaml");
    let mut filters = BTreeMap::new();
    let mut binary = None;
    let mut lines = template.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if let Some(name) = trimmed.strip_prefix("Binary: ") {
            binary = Some(name.to_owned());
        }
        if trimmed == "- Pattern: >-" {
            let indent = line.len() - line.trim_start().len();
            let mut folded = Vec::new();
            while let Some(next) = lines.next_if(|l| l.len() - l.trim_start().len() > indent) {
                folded.push(next.trim());
            }
            let pattern = serde_json::from_str(&folded.join(" ")).expect("a JSON pattern");
            let owner = binary.clone().expect("a pattern inside a function");
            assert!(
                filters.insert(owner, pattern).is_none(),
                "one filter per function"
            );
        }
    }
    filters
}

#[test]
fn the_templates_stream_filters_route_as_the_code_does() {
    let filters = stream_filters();
    let expected: BTreeMap<String, BTreeSet<String>> = local::STREAM_CONSUMERS
        .iter()
        .map(|(name, handles)| {
            let types = handles.iter().map(|t| t.as_str().to_owned()).collect();
            (name.to_string(), types)
        })
        .collect();
    let routed_anywhere: BTreeSet<&str> = local::STREAM_CONSUMERS
        .iter()
        .flat_map(|(_, handles)| handles.iter().map(|t| t.as_str()))
        .collect();
    let recorded: BTreeSet<&str> = HandledType::ALL.iter().map(|t| t.as_str()).collect();
    assert_eq!(
        routed_anywhere, recorded,
        "every type intake records has a consumer, and no consumer waits for a type intake drops"
    );
    let routed: BTreeMap<String, BTreeSet<String>> = filters
        .iter()
        .map(|(binary, pattern)| {
            assert_eq!(
                pattern["eventName"],
                serde_json::json!(["INSERT"]),
                "{binary}"
            );
            let types = pattern["dynamodb"]["NewImage"]["type"]["S"]
                .as_array()
                .unwrap_or_else(|| panic!("{binary}: filters on type"))
                .iter()
                .map(|t| t.as_str().unwrap().to_owned())
                .collect();
            (binary.clone(), types)
        })
        .collect();
    assert_eq!(routed, expected);
}
