//! What makes a catalog valid, checked at build time (`build.rs` includes this file, so a
//! merchant's override that breaks a rule fails `sam build`) and by the catalog tests:
//! the same code for both.
//!
//! A message's *placeables* are the `$variables` it uses; its *markup* is its text with
//! only `<a>…</a>` and `<strong>…</strong>` allowed (no attributes: the template gives
//! the link and its style), and no other `<`, `>` or `&`.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// One message of a catalog, as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageFacts {
    /// The `$variables` it uses, anywhere (selectors and variants included).
    pub placeables: BTreeSet<String>,
    /// Its literal text, every variant's, concatenated.
    pub text: String,
    /// How many `<a>` it opens (in the default variant, as a reader sees it).
    pub links: usize,
}

/// The messages of a catalog by id, or why it does not parse.
pub fn catalog_facts(source: &str) -> Result<BTreeMap<String, MessageFacts>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                let line = source[..e.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                format!("line {line}: {:?}", e.kind)
            })
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let Some(value) = &message.value else {
                    return Err(format!("{}: no value", message.id.name));
                };
                let mut facts = MessageFacts {
                    placeables: BTreeSet::new(),
                    text: String::new(),
                    links: 0,
                };
                let mut default_text = String::new();
                walk(value, &mut facts, &mut default_text, true);
                facts.links = default_text.matches("<a>").count();
                if messages.insert(message.id.name.to_owned(), facts).is_some() {
                    return Err(format!("{}: defined twice", message.id.name));
                }
            }
            ast::Entry::Term(term) => {
                return Err(format!("-{}: terms are not used", term.id.name));
            }
            ast::Entry::Junk { content } => {
                return Err(format!("not Fluent: {}", content.trim()));
            }
            _ => {}
        }
    }
    Ok(messages)
}

fn walk(
    pattern: &ast::Pattern<&str>,
    facts: &mut MessageFacts,
    default_text: &mut String,
    default: bool,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                push_text(value, facts, default_text, default);
            }
            ast::PatternElement::Placeable { expression } => {
                expression_facts(expression, facts, default_text, default);
            }
        }
    }
}

/// Literal text: all of it is checked for markup; the default variant's counts links.
fn push_text(value: &str, facts: &mut MessageFacts, default_text: &mut String, default: bool) {
    facts.text.push_str(value);
    if default {
        default_text.push_str(value);
    }
}

fn expression_facts(
    expression: &ast::Expression<&str>,
    facts: &mut MessageFacts,
    default_text: &mut String,
    default: bool,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_facts(selector, facts, default_text, default);
            for variant in variants {
                walk(
                    &variant.value,
                    facts,
                    default_text,
                    default && variant.default,
                );
            }
        }
        ast::Expression::Inline(inline) => inline_facts(inline, facts, default_text, default),
    }
}

fn inline_facts(
    inline: &ast::InlineExpression<&str>,
    facts: &mut MessageFacts,
    default_text: &mut String,
    default: bool,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            facts.placeables.insert(id.name.to_owned());
        }
        ast::InlineExpression::StringLiteral { value } => {
            push_text(value, facts, default_text, default);
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_facts(expression, facts, default_text, default);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_facts(argument, facts, default_text, default);
            }
        }
        _ => {}
    }
}

/// Why `text` is not allowed markup, if it is not.
pub fn markup_error(text: &str) -> Option<String> {
    let mut rest = text;
    let mut open: Vec<&str> = Vec::new();
    while let Some(at) = rest.find(['<', '>', '&']) {
        let tail = &rest[at..];
        let tag = ["<a>", "</a>", "<strong>", "</strong>"]
            .into_iter()
            .find(|tag| tail.starts_with(tag));
        match tag {
            Some(tag) if tag.starts_with("</") => {
                let name = &tag[2..tag.len() - 1];
                if open.pop() != Some(name) {
                    return Some(format!("{tag} closes nothing"));
                }
            }
            Some(tag) => {
                let name = &tag[1..tag.len() - 1];
                if open.contains(&name) {
                    return Some(format!("{tag} inside {tag}"));
                }
                open.push(name);
            }
            None => {
                let shown: String = tail.chars().take(12).collect();
                return Some(format!(
                    "`{shown}`: only <a>, </a>, <strong> and </strong> are allowed, and no other < > &"
                ));
            }
        }
        rest = &tail[tag.map_or(1, str::len)..];
    }
    open.last().map(|name| format!("<{name}> is not closed"))
}

/// Every way `translation` (a whole catalog) differs from `source` (English, the source
/// language) that a reader would see: a message missing or unknown, a placeable more or
/// less, markup not allowed, a link lost or added.
pub fn translation_errors(
    source: &BTreeMap<String, MessageFacts>,
    translation: &BTreeMap<String, MessageFacts>,
) -> Vec<String> {
    let mut errors = Vec::new();
    for id in source.keys().filter(|id| !translation.contains_key(*id)) {
        errors.push(format!("{id}: missing"));
    }
    for (id, facts) in translation {
        let Some(original) = source.get(id) else {
            errors.push(format!("{id}: not a message of the source catalog"));
            continue;
        };
        errors.extend(message_errors(id, original, facts, true));
    }
    errors
}

/// Every way `overrides` break the rules against the catalog they override: an override
/// of a message the catalog does not have, a placeable the message does not have, markup
/// not allowed. An override may leave out a placeable ("Hello," for "Hello { $name },").
pub fn override_errors(
    catalog: &BTreeMap<String, MessageFacts>,
    overrides: &BTreeMap<String, MessageFacts>,
) -> Vec<String> {
    let mut errors = Vec::new();
    for (id, facts) in overrides {
        match catalog.get(id) {
            None => errors.push(format!("{id}: no such message to override")),
            Some(original) => errors.extend(message_errors(id, original, facts, false)),
        }
    }
    errors
}

fn message_errors(
    id: &str,
    original: &MessageFacts,
    facts: &MessageFacts,
    same_placeables: bool,
) -> Vec<String> {
    let mut errors = Vec::new();
    let unknown: Vec<&String> = facts.placeables.difference(&original.placeables).collect();
    if !unknown.is_empty() {
        errors.push(format!("{id}: the message has no placeable {unknown:?}"));
    }
    if same_placeables {
        let missing: Vec<&String> = original.placeables.difference(&facts.placeables).collect();
        if !missing.is_empty() {
            errors.push(format!("{id}: placeable {missing:?} left out"));
        }
    }
    if let Some(error) = markup_error(&facts.text) {
        errors.push(format!("{id}: {error}"));
    }
    if facts.links != original.links {
        errors.push(format!(
            "{id}: {} <a> where the message has {}",
            facts.links, original.links
        ));
    }
    errors
}
