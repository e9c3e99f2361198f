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

/// A consumer lists each type once: a type listed twice (two features merged) is one
/// routing mistake away from being handled twice.
#[test]
fn each_consumer_lists_each_type_once() {
    for (name, handles) in local::STREAM_CONSUMERS {
        let unique: BTreeSet<&str> = handles.iter().map(|t| t.as_str()).collect();
        assert_eq!(unique.len(), handles.len(), "{name}: {handles:?}");
    }
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

/// The logical-id stems (`Webhook` for `WebhookFunction`) of every function in the
/// template, and the collection of the `Fn::ForEach` loop named `loop_name`.
fn functions_and_loop(loop_name: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let template = include_str!("../../template.yaml");
    let lines: Vec<&str> = template.lines().collect();
    let functions = lines
        .windows(2)
        .filter(|pair| pair[1].trim() == "Type: AWS::Serverless::Function")
        .filter_map(|pair| pair[0].trim().strip_suffix("Function:"))
        .map(str::to_owned)
        .collect();
    let header = format!("Fn::ForEach::{loop_name}:");
    let at = lines
        .iter()
        .position(|line| line.trim() == header)
        .unwrap_or_else(|| panic!("no loop {loop_name}"));
    // The loop's second item is its collection, written `- [A, B, …]`.
    let collection = lines[at + 2]
        .trim()
        .strip_prefix("- [")
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or_else(|| panic!("{loop_name}: collection on one line"))
        .split(',')
        .map(|name| name.trim().to_owned())
        .collect();
    (functions, collection)
}

#[test]
fn every_function_has_its_log_group_and_alarms_and_every_consumer_its_queue() {
    let (functions, with_alarms) = functions_and_loop("FunctionLogsAndAlarms");
    assert_eq!(
        with_alarms, functions,
        "FunctionLogsAndAlarms lists every function"
    );
    let (_, with_queues) = functions_and_loop("StreamConsumerQueuesAndAlarms");
    let consumers: BTreeSet<String> = local::STREAM_CONSUMERS
        .iter()
        .map(|(name, _)| {
            // `recovery-mailer` → `RecoveryMailer`
            name.split('-')
                .map(|word| word[..1].to_uppercase() + &word[1..])
                .collect()
        })
        .collect();
    assert_eq!(with_queues, consumers, "each stream consumer has its queue");
}
