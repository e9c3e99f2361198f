//! What template.yaml grants and exposes, read from the template itself: secrets reach
//! functions only as Secrets Manager ARNs, each function may read exactly the secrets it
//! is given (also as deployed with given parameters: Rules, Conditions and `!If`s
//! decided; so each Stripe caller reads its own key, or else the shared one), the
//! stream consumers' roles read only the inbox stream, table access is limited to each
//! function's key prefixes (those of `adapters::keys`), a function mails only as its
//! own sender and publishes only to the topic it is given (using only that topic's
//! key), the HTTP API throttles every route and logs no request content, and what
//! `sam local` may point elsewhere (the AWS endpoint, Stripe's) deploys as absent.

use std::collections::{BTreeMap, BTreeSet};

use integration_tests::recipient_key;
use serde_json::{Value, json};
use stripe_recovery::adapters::keys;
use stripe_recovery::inbox::InboxItem;
use stripe_recovery::ports::DunningSubject;
use stripe_recovery::stripe::ids::{CheckoutSessionId, EventId, InvoiceId, SubscriptionId};

/// template.yaml as JSON, its short-form tags in their long form (`!Ref X` →
/// `{"Ref": "X"}`, `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`, `!If` → `Fn::If`, …).
fn template() -> Value {
    let yaml: serde_norway::Value =
        serde_norway::from_str(include_str!("../../template.yaml")).expect("template.yaml parses");
    long_form(yaml)
}

fn long_form(yaml: serde_norway::Value) -> Value {
    use serde_norway::Value as Y;
    match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => json!(b),
        Y::Number(n) => serde_json::to_value(&n).unwrap(),
        Y::String(s) => json!(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(long_form).collect()),
        Y::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let key = k.as_str().expect("string keys").to_owned();
                    (key, long_form(v))
                })
                .collect(),
        ),
        Y::Tagged(tagged) => {
            let tag = tagged.tag.to_string();
            let tag = tag.trim_start_matches('!');
            let value = long_form(tagged.value);
            match (tag, value) {
                ("Ref", value) => json!({ "Ref": value }),
                ("Condition", value) => json!({ "Condition": value }),
                ("GetAtt", Value::String(path)) => {
                    let (resource, attribute) = path.split_once('.').expect("!GetAtt A.B");
                    json!({ "Fn::GetAtt": [resource, attribute] })
                }
                (function, value) => json!({ format!("Fn::{function}"): value }),
            }
        }
    }
}

fn resources(t: &Value) -> impl Iterator<Item = (&str, &Value)> {
    t["Resources"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(id, _)| !id.starts_with("Fn::ForEach"))
        .map(|(id, r)| (id.as_str(), r))
}

fn functions(t: &Value) -> Vec<(&str, &Value)> {
    let functions: Vec<_> = resources(t)
        .filter(|(_, r)| r["Type"] == "AWS::Serverless::Function")
        .collect();
    assert!(functions.len() >= 4, "the template's functions");
    functions
}

/// A function's environment: the Globals' variables, then its own.
fn environment<'t>(t: &'t Value, function: &'t Value) -> BTreeMap<&'t str, &'t Value> {
    [
        &t["Globals"]["Function"]["Environment"]["Variables"],
        &function["Properties"]["Environment"]["Variables"],
    ]
    .into_iter()
    .filter_map(Value::as_object)
    .flat_map(|vars| vars.iter().map(|(k, v)| (k.as_str(), v)))
    .collect()
}

/// `A` in `{"Fn::GetAtt": ["A", "Arn"]}`.
fn get_att_arn_of(value: &Value) -> Option<&str> {
    let path = value["Fn::GetAtt"].as_array()?;
    (path.get(1)? == "Arn").then(|| path[0].as_str())?
}

/// Every statement of a function's permissions: its inline `Policies` when SAM makes
/// its role, or its own role's. Any other kind of grant (a SAM policy template, a
/// managed policy name) would hide what it grants from these tests, so it fails here.
fn statements<'t>(t: &'t Value, name: &str, function: &'t Value) -> Vec<&'t Value> {
    let properties = &function["Properties"];
    let documents: Vec<&Value> = match get_att_arn_of(&properties["Role"]) {
        Some(role) => {
            assert!(
                properties.get("Policies").is_none(),
                "{name}: SAM ignores Policies when a Role is given"
            );
            let role = &t["Resources"][role];
            assert_eq!(role["Type"], "AWS::IAM::Role", "{name}'s role");
            role["Properties"]["Policies"]
                .as_array()
                .map(|policies| policies.iter().map(|p| &p["PolicyDocument"]).collect())
                .unwrap_or_default()
        }
        None => properties["Policies"]
            .as_array()
            .map(|policies| policies.iter().collect())
            .unwrap_or_default(),
    };
    documents
        .into_iter()
        .flat_map(|document| {
            let statements = document["Statement"]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: only inline statements, got {document}"));
            statements.iter()
        })
        .collect()
}

/// What an event source mapping needs of a DynamoDB stream.
const STREAM_ACTIONS: [&str; 4] = [
    "dynamodb:DescribeStream",
    "dynamodb:GetRecords",
    "dynamodb:GetShardIterator",
    "dynamodb:ListStreams",
];

fn list(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

fn actions(statement: &Value) -> Vec<&str> {
    list(&statement["Action"])
        .into_iter()
        .map(|a| a.as_str().expect("actions are strings"))
        .collect()
}

/// Every parameter `Ref`erenced (or `${…}`-substituted) anywhere in `value`.
fn referenced(value: &Value, found: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("Ref", Value::String(name)) => {
                        found.insert(name.clone());
                    }
                    ("Fn::Sub", Value::String(text)) => {
                        for piece in text.split("${").skip(1) {
                            let name = piece.split('}').next().unwrap_or_default();
                            found.insert(name.split('.').next().unwrap().to_owned());
                        }
                    }
                    _ => referenced(inner, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| referenced(v, found)),
        _ => {}
    }
}

fn no_echo_parameters(t: &Value) -> BTreeSet<&str> {
    t["Parameters"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, p)| p["NoEcho"] == true)
        .map(|(name, _)| name.as_str())
        .collect()
}

/// A secret's name as the functions' code reads it (`STRIPE_SECRET_KEY`, `…_SECRET`,
/// `…_PEPPER`, …): never a variable of a function on AWS, only its `<NAME>_SECRET_ARN`.
fn is_secret_name(name: &str) -> bool {
    !name.ends_with("_SECRET_ARN")
        && (name.contains("SECRET") || name.contains("PEPPER") || name.contains("PASSWORD"))
}

#[test]
fn no_function_is_given_a_secret_value() {
    let t = template();
    let no_echo = no_echo_parameters(&t);
    for expected in [
        "StripeWebhookSecrets",
        "StripeSecretKey",
        "CreateSessionStripeKey",
        "RecoveryMailerStripeKey",
        "SetupIntentCancellerStripeKey",
        "PortalLinkStripeKey",
        "BillingRecoveryStripeKey",
        "PortalConfigStripeKey",
        "CheckoutTokenSecret",
        "UnsubscribeLinkSecret",
        "RecipientKeyPepper",
        "PortalLinkSecret",
    ] {
        assert!(no_echo.contains(expected), "{expected} is NoEcho");
    }
    for (name, function) in functions(&t) {
        for (var, value) in environment(&t, function) {
            assert!(
                !is_secret_name(var),
                "{name}: {var} would put a secret in the function's configuration; \
                 give it {var}_SECRET_ARN instead"
            );
            let mut refs = BTreeSet::new();
            referenced(value, &mut refs);
            let leaked: Vec<_> = refs
                .iter()
                .filter(|r| no_echo.contains(r.as_str()))
                .collect();
            assert!(leaked.is_empty(), "{name}: {var} is given {leaked:?}");
        }
    }
    // A NoEcho value goes into its Secrets Manager secret, and nowhere else.
    for (id, resource) in resources(&t).chain(
        t["Outputs"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, o)| (id.as_str(), o)),
    ) {
        let mut refs = BTreeSet::new();
        referenced(resource, &mut refs);
        for parameter in refs.iter().filter(|r| no_echo.contains(r.as_str())) {
            assert_eq!(
                resource["Type"], "AWS::SecretsManager::Secret",
                "{id} uses {parameter}"
            );
            // `!Ref <P>` in a secret made only when it is given, else `!If [Has<P>, !Ref
            // <P>, !Ref AWS::NoValue]`.
            let string = &resource["Properties"]["SecretString"];
            let value = string.get("Fn::If").map_or(string, |choice| &choice[1]);
            assert_eq!(
                value,
                &json!({ "Ref": parameter }),
                "{id}: the value is the secret's string"
            );
        }
    }
}

/// What an `!If` (and the `!If`s within it) may come to.
fn if_choices(value: &Value) -> Vec<&Value> {
    match value.get("Fn::If").and_then(Value::as_array) {
        Some(choice) => choice[1..].iter().flat_map(if_choices).collect(),
        None => vec![value],
    }
}

#[test]
fn each_function_may_read_exactly_the_secrets_it_is_given() {
    let t = template();
    let mut secrets_read = BTreeSet::new();
    for (name, function) in functions(&t) {
        let given: BTreeSet<String> = environment(&t, function)
            .into_iter()
            .filter(|(var, _)| var.ends_with("_SECRET_ARN"))
            .map(|(var, arn)| {
                // `!If [Create<P>Secret, !Ref <P>Secret, !Ref <P>Arn]`, or `!If`s nesting
                // more choices: the stack's secrets, or the existing ones the parameters
                // name. That a deployment picks one that exists is checked by deploying
                // (`Deployment` below).
                let choices = if_choices(arn);
                assert!(choices.len() >= 2, "{name}: {var} is !If [...]");
                for choice in choices {
                    let id = choice["Ref"]
                        .as_str()
                        .unwrap_or_else(|| panic!("{name}: {var} chooses {choice}"));
                    if id == "AWS::NoValue" {
                        // An optional secret (a chat webhook): absent unless given.
                        continue;
                    }
                    match t["Resources"].get(id) {
                        Some(secret) => {
                            assert_eq!(secret["Type"], "AWS::SecretsManager::Secret", "{var}");
                            secrets_read.insert(id.to_owned());
                        }
                        None => {
                            let parameter = &t["Parameters"][id];
                            assert_eq!(parameter["Type"], "String", "{var}: an ARN parameter");
                            assert_ne!(parameter["NoEcho"], true, "{var}: an ARN is no secret");
                        }
                    }
                }
                arn.to_string()
            })
            .collect();
        let mut granted = Vec::new();
        for statement in statements(&t, name, function) {
            let acts = actions(statement);
            if acts.iter().any(|a| a.starts_with("secretsmanager:")) {
                assert_eq!(acts, ["secretsmanager:GetSecretValue"], "{name}");
                granted.extend(list(&statement["Resource"]).iter().map(|r| r.to_string()));
            }
        }
        let granted_set: BTreeSet<String> = granted.iter().cloned().collect();
        assert_eq!(
            granted.len(),
            granted_set.len(),
            "{name}: a secret granted twice"
        );
        assert_eq!(
            granted_set, given,
            "{name}: may read exactly the secrets its *_SECRET_ARN variables name"
        );
    }
    let all: BTreeSet<String> = resources(&t)
        .filter(|(_, r)| r["Type"] == "AWS::SecretsManager::Secret")
        .map(|(id, _)| id.to_owned())
        .collect();
    assert_eq!(secrets_read, all, "every secret is read by some function");
    // And every secret parameter is in a secret (so read through its ARN).
    for parameter in no_echo_parameters(&t) {
        let stored_in = all.iter().find(|id| {
            let mut refs = BTreeSet::new();
            referenced(&t["Resources"][id.as_str()], &mut refs);
            refs.contains(parameter)
        });
        assert!(stored_in.is_some(), "{parameter} is stored in no secret");
    }
}

/// One deployment of the template: parameter values given (every other parameter at its
/// default), and what CloudFormation makes of the template with them: its Rules, its
/// Conditions, which resources it creates, and every `!If` decided.
struct Deployment<'t> {
    t: &'t Value,
    given: BTreeMap<String, String>,
}

impl<'t> Deployment<'t> {
    /// The webhook secret (required) and `given`.
    fn new(t: &'t Value, given: &[(&str, &str)]) -> Self {
        let mut values = BTreeMap::from([(
            "StripeWebhookSecrets".to_owned(),
            "whsec_test_fake".to_owned(),
        )]);
        values.extend(
            given
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        for name in values.keys() {
            assert!(t["Parameters"].get(name).is_some(), "no parameter {name}");
        }
        Self { t, given: values }
    }

    fn parameter(&self, name: &str) -> Value {
        let value =
            self.given.get(name).cloned().unwrap_or_else(
                || match &self.t["Parameters"][name]["Default"] {
                    Value::String(default) => default.clone(),
                    Value::Null => "(a required value)".to_owned(),
                    default => default.to_string(),
                },
            );
        Value::String(value)
    }

    fn condition(&self, name: &str) -> bool {
        let condition = &self.t["Conditions"][name];
        assert!(!condition.is_null(), "no condition {name}");
        self.holds(condition)
    }

    /// A condition, or a rule's assertion (the same functions, on parameters only).
    fn holds(&self, expression: &Value) -> bool {
        let (function, args) = expression
            .as_object()
            .and_then(|o| o.iter().next())
            .unwrap_or_else(|| panic!("a condition, not {expression}"));
        let mut each = args.as_array().into_iter().flatten();
        match function.as_str() {
            "Fn::Equals" => self.resolve(&args[0]) == self.resolve(&args[1]),
            "Fn::Not" => !self.holds(&args[0]),
            "Fn::And" => each.all(|a| self.holds(a)),
            "Fn::Or" => each.any(|a| self.holds(a)),
            "Condition" => self.condition(args.as_str().unwrap()),
            other => panic!("{other} in a condition"),
        }
    }

    /// `value` as deployed: `!If`s decided, parameters replaced by their values,
    /// `AWS::NoValue` gone; a resource's `!Ref` stays as it is.
    fn resolve(&self, value: &Value) -> Option<Value> {
        if let Some(name) = value.get("Ref").and_then(Value::as_str) {
            return match name {
                "AWS::NoValue" => None,
                name if self.t["Parameters"].get(name).is_some() => Some(self.parameter(name)),
                _ => Some(value.clone()),
            };
        }
        if let Some(choice) = value.get("Fn::If") {
            let condition = choice[0].as_str().expect("!If [condition, …]");
            return self.resolve(&choice[if self.condition(condition) { 1 } else { 2 }]);
        }
        Some(match value {
            Value::Object(map) => Value::Object(
                map.iter()
                    .filter_map(|(k, v)| Some((k.clone(), self.resolve(v)?)))
                    .collect(),
            ),
            Value::Array(items) => {
                Value::Array(items.iter().filter_map(|v| self.resolve(v)).collect())
            }
            other => other.clone(),
        })
    }

    /// The AssertDescription of every rule assertion this deployment fails, as
    /// CloudFormation would refuse it.
    fn refused(&self) -> Vec<String> {
        let mut refused = Vec::new();
        for rule in self.t["Rules"].as_object().unwrap().values() {
            if rule.get("RuleCondition").is_some_and(|c| !self.holds(c)) {
                continue;
            }
            for assertion in rule["Assertions"].as_array().unwrap() {
                if !self.holds(&assertion["Assert"]) {
                    refused.push(assertion["AssertDescription"].as_str().unwrap().to_owned());
                }
            }
        }
        refused
    }

    fn creates(&self, id: &str) -> bool {
        let resource = &self.t["Resources"][id];
        assert!(!resource.is_null(), "no resource {id}");
        resource["Condition"]
            .as_str()
            .is_none_or(|c| self.condition(c))
    }

    /// Each function's `STRIPE_SECRET_KEY_SECRET_ARN` (by logical id), after checking
    /// the deployment as CloudFormation and IAM would see it: the rules accept it, each
    /// function may read exactly the secrets its variables name, each of those exists
    /// (a secret of the stack is created, an existing one's ARN is given), every
    /// secret the stack creates is read by some function, and every output names only
    /// resources that exist.
    fn stripe_keys(&self) -> BTreeMap<&'t str, Value> {
        assert_eq!(self.refused(), Vec::<String>::new(), "{:?}", self.given);
        let mut keys = BTreeMap::new();
        let mut secrets_read = BTreeSet::new();
        for (name, function) in functions(self.t) {
            let mut given = BTreeSet::new();
            for (var, value) in environment(self.t, function) {
                if !var.ends_with("_SECRET_ARN") {
                    continue;
                }
                // An optional secret this deployment does not give.
                let Some(arn) = self.resolve(value) else {
                    continue;
                };
                match arn.get("Ref").and_then(Value::as_str) {
                    Some(secret) => {
                        assert!(
                            self.creates(secret),
                            "{name}: {var} names {secret}, not created"
                        );
                        secrets_read.insert(secret.to_owned());
                    }
                    None => assert!(
                        arn.as_str()
                            .is_some_and(|a| a.starts_with("arn:aws:secretsmanager:")),
                        "{name}: {var} is {arn}"
                    ),
                }
                if var == "STRIPE_SECRET_KEY_SECRET_ARN" {
                    keys.insert(name, arn.clone());
                }
                given.insert(arn.to_string());
            }
            let mut granted = BTreeSet::new();
            for statement in statements(self.t, name, function) {
                let statement = self.resolve(statement).unwrap();
                if actions(&statement)
                    .iter()
                    .any(|a| a.starts_with("secretsmanager:"))
                {
                    granted.extend(list(&statement["Resource"]).iter().map(|r| r.to_string()));
                }
            }
            assert_eq!(granted, given, "{name} with {:?}", self.given);
        }
        for (id, resource) in resources(self.t) {
            if resource["Type"] == "AWS::SecretsManager::Secret" && self.creates(id) {
                assert!(
                    secrets_read.contains(id),
                    "{id} is created but read by no function"
                );
            }
        }
        for (id, output) in self.t["Outputs"].as_object().unwrap() {
            if id.starts_with("Fn::ForEach")
                || output["Condition"]
                    .as_str()
                    .is_some_and(|c| !self.condition(c))
            {
                continue;
            }
            let mut refs = BTreeSet::new();
            referenced(&self.resolve(output).unwrap(), &mut refs);
            for resource in refs
                .iter()
                .filter(|r| self.t["Resources"].get(r.as_str()).is_some())
            {
                assert!(
                    self.creates(resource),
                    "output {id} names {resource}, not created"
                );
            }
        }
        keys
    }
}

/// Every function that calls Stripe, by the prefix of its logical id and of its own
/// key's parameters (`<Prefix>Function`, `<Prefix>StripeKey`, `<Prefix>StripeKeyArn`).
const STRIPE_CALLERS: [&str; 6] = [
    "CreateSession",
    "RecoveryMailer",
    "SetupIntentCanceller",
    "PortalLink",
    "BillingRecovery",
    "PortalConfig",
];

/// Obviously fake keys and secret ARNs.
fn own_key(caller: &str) -> String {
    format!("rk_test_{}", caller.to_lowercase())
}

fn secret_arn(name: &str) -> String {
    format!("arn:aws:secretsmanager:us-east-1:123456789012:secret:{name}-AbCdEf")
}

fn stack_secret(id: &str) -> Value {
    json!({ "Ref": id })
}

#[test]
fn stripe_callers_without_keys_of_their_own_read_the_shared_key() {
    let t = template();
    let callers: BTreeSet<String> = functions(&t)
        .into_iter()
        .filter(|(_, f)| environment(&t, f).contains_key("STRIPE_SECRET_KEY_SECRET_ARN"))
        .map(|(name, _)| name.to_owned())
        .collect();
    assert_eq!(
        callers,
        STRIPE_CALLERS
            .iter()
            .map(|c| format!("{c}Function"))
            .collect(),
        "the functions that read a Stripe key"
    );
    // As every deployment before keys of their own existed: the shared key's value, ...
    let keys = Deployment::new(&t, &[("StripeSecretKey", "sk_test_shared")]).stripe_keys();
    assert_eq!(keys.len(), STRIPE_CALLERS.len());
    for (name, key) in keys {
        assert_eq!(key, stack_secret("StripeSecretKeySecret"), "{name}");
    }
    // ... or the ARN of a secret of yours.
    let shared = secret_arn("stripe-key");
    let deployment = Deployment::new(&t, &[("StripeSecretKeyArn", &shared)]);
    for (name, key) in deployment.stripe_keys() {
        assert_eq!(key, json!(shared), "{name}");
    }
    assert!(!deployment.creates("StripeSecretKeySecret"));
}

#[test]
fn stripe_callers_given_keys_of_their_own_read_only_their_own() {
    let t = template();
    for caller in STRIPE_CALLERS {
        let function = format!("{caller}Function");
        let value = own_key(caller);
        let arn = secret_arn(caller);
        for (own, expected) in [
            (
                ("StripeKey", value.as_str()),
                stack_secret(&format!("{caller}StripeKeySecret")),
            ),
            (("StripeKeyArn", arn.as_str()), json!(arn)),
        ] {
            let parameter = format!("{caller}{}", own.0);
            let deployment = Deployment::new(
                &t,
                &[("StripeSecretKey", "sk_test_shared"), (&parameter, own.1)],
            );
            // stripe_keys checks that each function may read exactly the key it is
            // given: this one its own, so not the shared key nor another's.
            for (name, key) in deployment.stripe_keys() {
                if name == function {
                    assert_eq!(key, expected, "{name} with {parameter}");
                } else {
                    assert_eq!(key, stack_secret("StripeSecretKeySecret"), "{name}");
                }
            }
        }
    }
    // Every caller its own (values and ARNs mixed), with the shared key (sam deploy
    // --guided asks for every NoEcho value) or without: nobody reads the shared key,
    // so it is not stored, and no two functions share a key.
    let own: Vec<(String, String)> = STRIPE_CALLERS
        .iter()
        .enumerate()
        .map(|(i, caller)| match i % 2 {
            0 => (format!("{caller}StripeKey"), own_key(caller)),
            _ => (format!("{caller}StripeKeyArn"), secret_arn(caller)),
        })
        .collect();
    for shared in [None, Some(("StripeSecretKey", "sk_test_shared"))] {
        let mut given: Vec<(&str, &str)> =
            own.iter().map(|(p, v)| (p.as_str(), v.as_str())).collect();
        given.extend(shared);
        let deployment = Deployment::new(&t, &given);
        let keys = deployment.stripe_keys();
        assert!(!deployment.creates("StripeSecretKeySecret"), "{shared:?}");
        for (i, caller) in STRIPE_CALLERS.iter().enumerate() {
            let expected = match i % 2 {
                0 => stack_secret(&format!("{caller}StripeKeySecret")),
                _ => json!(secret_arn(caller)),
            };
            assert_eq!(keys[format!("{caller}Function").as_str()], expected);
        }
        let distinct: BTreeSet<String> = keys.values().map(Value::to_string).collect();
        assert_eq!(distinct.len(), STRIPE_CALLERS.len(), "one key each");
    }
}

#[test]
fn stripe_key_rules_refuse_a_caller_without_a_key_and_a_key_given_twice() {
    let t = template();
    let refused = |given: &[(&str, &str)]| Deployment::new(&t, given).refused();
    // No key at all: each caller is named with its own key's parameters.
    let none = refused(&[]);
    assert_eq!(none.len(), STRIPE_CALLERS.len(), "{none:#?}");
    for (caller, refusal) in STRIPE_CALLERS.iter().zip(&none) {
        assert!(
            refusal.contains("StripeSecretKey")
                && refusal.contains(&format!("{caller}StripeKey or {caller}StripeKeyArn")),
            "{refusal}"
        );
    }
    // All but the last: only it is named.
    let (last, others) = STRIPE_CALLERS.split_last().unwrap();
    let keys: Vec<(String, String)> = others
        .iter()
        .map(|c| (format!("{c}StripeKey"), own_key(c)))
        .collect();
    let given: Vec<(&str, &str)> = keys.iter().map(|(p, v)| (p.as_str(), v.as_str())).collect();
    let [refusal] = refused(&given).try_into().expect("one refusal");
    assert!(refusal.contains(&format!("{last}StripeKey or {last}StripeKeyArn")));
    // A value and an ARN for the same key.
    let arn = secret_arn("stripe-key");
    assert_eq!(
        refused(&[
            ("StripeSecretKey", "sk_test_shared"),
            ("StripeSecretKeyArn", &arn)
        ]),
        ["Give at most one of StripeSecretKey and StripeSecretKeyArn."]
    );
    for caller in STRIPE_CALLERS {
        let (value, arn) = (own_key(caller), secret_arn(caller));
        assert_eq!(
            refused(&[
                ("StripeSecretKey", "sk_test_shared"),
                (&format!("{caller}StripeKey"), &value),
                (&format!("{caller}StripeKeyArn"), &arn),
            ]),
            [format!(
                "Give at most one of {caller}StripeKey and {caller}StripeKeyArn."
            )]
        );
    }
}

/// `sam local` can point each function elsewhere (`--env-vars` overrides only variables
/// the template declares): every function declares `AWS_ENDPOINT_URL`, every Stripe
/// caller `STRIPE_API_BASE`, from the `Local*` parameters. Deployed they are absent
/// (never empty: an empty `AWS_ENDPOINT_URL` stops the AWS SDK at init), and a deploy
/// that sets them is refused.
#[test]
fn local_endpoint_overrides_deploy_as_absent_and_a_deploy_with_them_is_refused() {
    let t = template();
    let overrides = [
        ("AWS_ENDPOINT_URL", "LocalAwsEndpointUrl"),
        ("STRIPE_API_BASE", "LocalStripeApiBase"),
    ];
    let key = ("StripeSecretKey", "sk_test_shared");
    let local = [
        ("LocalAwsEndpointUrl", "http://172.17.0.1:5000"),
        ("LocalStripeApiBase", "http://172.17.0.1:12111"),
    ];
    let deployed = Deployment::new(&t, &[key]);
    let sam_local = Deployment::new(&t, &[key, local[0], local[1]]);
    let mut declared = BTreeSet::new();
    for (name, function) in functions(&t) {
        let env = environment(&t, function);
        let calls_stripe = env.contains_key("STRIPE_SECRET_KEY_SECRET_ARN");
        for (var, parameter) in overrides {
            if var == "STRIPE_API_BASE" && !calls_stripe {
                assert!(!env.contains_key(var), "{name} does not call Stripe");
                continue;
            }
            let value = env
                .get(var)
                .unwrap_or_else(|| panic!("{name} declares no {var}"));
            assert_eq!(deployed.resolve(value), None, "{name}'s {var}, deployed");
            assert_eq!(
                sam_local.resolve(value),
                Some(sam_local.parameter(parameter)),
                "{name}'s {var} under sam local"
            );
            declared.insert(var);
        }
        // Nothing the AWS SDK reads deploys empty.
        for (var, value) in &env {
            if var.starts_with("AWS_") {
                assert_ne!(
                    deployed.resolve(value),
                    Some(json!("")),
                    "{name}'s {var} deploys empty"
                );
            }
        }
    }
    assert_eq!(declared.len(), overrides.len());
    // `Rules` are CloudFormation's (sam local does not evaluate them).
    assert_eq!(deployed.refused(), Vec::<String>::new());
    for given in local {
        let refused = Deployment::new(&t, &[key, given]).refused();
        assert_eq!(refused.len(), 1, "{refused:?}");
        assert!(refused[0].contains("sam local only"), "{refused:?}");
    }
}

/// arm64 unless a local run on another machine asks for its own.
#[test]
fn functions_deploy_for_arm64_unless_told_otherwise() {
    let t = template();
    assert_eq!(
        t["Globals"]["Function"]["Architectures"],
        json!([{ "Ref": "Architecture" }])
    );
    assert_eq!(t["Parameters"]["Architecture"]["Default"], "arm64");
    assert_eq!(
        t["Parameters"]["Architecture"]["AllowedValues"],
        json!(["arm64", "x86_64"])
    );
    for (name, function) in functions(&t) {
        assert!(
            function["Properties"].get("Architectures").is_none(),
            "{name} sets its own Architectures"
        );
    }
}

#[test]
fn stream_consumers_have_their_own_role_scoped_to_the_inbox_stream() {
    let t = template();
    let stream_arn = json!({ "Fn::GetAtt": ["InboxTable", "StreamArn"] });
    let mut consumers = 0;
    for (name, function) in functions(&t) {
        // A function without events (portal-config, invoked by CloudFormation) is
        // no consumer.
        let events = function["Properties"]["Events"].as_object();
        let Some(event) = events
            .into_iter()
            .flat_map(|events| events.values())
            .find(|e| e["Type"] == "DynamoDB")
        else {
            continue;
        };
        consumers += 1;
        assert_eq!(event["Properties"]["Stream"], stream_arn, "{name}");
        // A role SAM makes for a DynamoDB event carries AWSLambdaDynamoDBExecutionRole
        // (every stream in the account); SAM adds nothing to a role it is given.
        let role = get_att_arn_of(&function["Properties"]["Role"])
            .unwrap_or_else(|| panic!("{name}: its own Role"));
        let role = &t["Resources"][role]["Properties"];
        for managed in list(&role["ManagedPolicyArns"]) {
            let arn = managed["Fn::Sub"].as_str().unwrap_or_default();
            assert!(
                arn.ends_with(":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
                "{name}: managed policy {managed}"
            );
        }
        assert_eq!(
            role["AssumeRolePolicyDocument"]["Statement"],
            json!([{
                "Effect": "Allow",
                "Principal": { "Service": "lambda.amazonaws.com" },
                "Action": "sts:AssumeRole",
            }]),
            "{name}: only Lambda assumes it"
        );
        let dead_letters = &event["Properties"]["DestinationConfig"]["OnFailure"]["Destination"];
        let mut reads_stream = false;
        let mut sends_dead_letters = false;
        for statement in statements(&t, name, function) {
            let acts = actions(statement);
            if acts.iter().any(|a| STREAM_ACTIONS.contains(a)) {
                assert_eq!(acts, STREAM_ACTIONS, "{name}");
                assert_eq!(
                    statement["Resource"], stream_arn,
                    "{name}: the inbox stream only"
                );
                reads_stream = true;
            }
            if acts.iter().any(|a| a.starts_with("sqs:")) {
                assert_eq!(acts, ["sqs:SendMessage"], "{name}");
                assert_eq!(
                    &statement["Resource"], dead_letters,
                    "{name}: its own queue"
                );
                sends_dead_letters = true;
            }
        }
        assert!(reads_stream && sends_dead_letters, "{name}");
    }
    assert_eq!(consumers, local::STREAM_CONSUMERS.len());
}

/// The partition-key prefix (`event#`) of a key the adapters write.
fn prefix(key: String) -> String {
    let (prefix, _) = key.split_once('#').expect("keys are <kind>#<id>");
    format!("{prefix}#*")
}

/// The prefix of a consumer's own journal items (`finished#<consumer>#*`): not another's.
fn journal_prefix(consumer: &str) -> String {
    let key = keys::finished(consumer, &EventId::parse("evt_1").unwrap());
    let (prefix, _) = key.rsplit_once('#').expect("finished#<consumer>#<event>");
    format!("{prefix}#*")
}

#[test]
fn table_access_is_limited_to_each_functions_key_prefixes() {
    let t = template();
    let recipient = recipient_key("someone@example.com");
    let session = CheckoutSessionId::parse("cs_test_1").unwrap();
    let event = InboxItem::key(&EventId::parse("evt_1").unwrap());
    let invoice = DunningSubject::Invoice(InvoiceId::parse("in_1").unwrap());
    let billing_step = stripe_recovery::ports::Job::BillingStep {
        invoice: InvoiceId::parse("in_1").unwrap(),
        step: 2,
    };
    let cart_step = stripe_recovery::ports::Job::CartStep {
        session: session.clone(),
        step: 2,
    };
    let deferred_mail = stripe_recovery::ports::Job::DeferredMail {
        event: EventId::parse("evt_x1").unwrap(),
    };
    assert!(
        keys::schedule(&deferred_mail)
            .starts_with(keys::schedule(&billing_step).split("in_1").next().unwrap()),
        "billing recovery's jobs share one prefix"
    );
    // Binary → the prefixes it reads or writes (adapters::dynamodb).
    let expected: BTreeMap<&str, BTreeSet<String>> = BTreeMap::from([
        ("webhook", BTreeSet::from([prefix(event)])),
        (
            "create-session",
            BTreeSet::from([prefix(keys::idempotency("storefront:k"))]),
        ),
        (
            "unsubscribe",
            BTreeSet::from([prefix(keys::suppression(&recipient))]),
        ),
        (
            "mail-events",
            BTreeSet::from([
                prefix(keys::suppression(&recipient)),
                prefix(keys::mail_event("0100018f-feedback", Some(&recipient))),
            ]),
        ),
        (
            "recovery-mailer",
            BTreeSet::from([
                prefix(keys::recipient(&recipient)),
                prefix(keys::suppression(&recipient)),
                prefix(keys::purchase(&recipient)),
                prefix(keys::recovery(&session)),
                prefix(keys::schedule(&cart_step)),
                journal_prefix("recovery-mailer"),
            ]),
        ),
        (
            "billing-recovery",
            BTreeSet::from([
                prefix(keys::dunning(&invoice)),
                // Whether an address bounced for good (read only).
                prefix(keys::suppression(&recipient)),
                prefix(keys::churn(&SubscriptionId::parse("sub_1").unwrap())),
                prefix(keys::signal(&EventId::parse("evt_1").unwrap())),
                journal_prefix("billing-recovery"),
                // Its own jobs only: a cart's are the mailer's.
                format!(
                    "{}*",
                    keys::schedule(&billing_step).split("in_1").next().unwrap()
                ),
            ]),
        ),
        (
            "setup-intent-canceller",
            BTreeSet::from([journal_prefix("setup-intent-canceller")]),
        ),
        (
            "scheduler",
            BTreeSet::from([
                prefix(keys::schedule(&cart_step)),
                // Only the inbox items of fired jobs: never a Stripe event's.
                format!(
                    "event#{}*",
                    cart_step
                        .event_id()
                        .as_str()
                        .split(session.as_str())
                        .next()
                        .unwrap()
                ),
                format!(
                    "event#{}*",
                    billing_step
                        .event_id()
                        .as_str()
                        .split("in_1")
                        .next()
                        .unwrap()
                ),
                format!(
                    "event#{}*",
                    deferred_mail
                        .event_id()
                        .as_str()
                        .split("x1")
                        .next()
                        .unwrap()
                ),
            ]),
        ),
    ]);
    let table_arn = json!({ "Fn::GetAtt": ["InboxTable", "Arn"] });
    let due_index = json!({ "Fn::Sub": "${InboxTable.Arn}/index/due" });
    let mut found: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut index_readers = Vec::new();
    for (name, function) in functions(&t) {
        let binary = function["Metadata"]["BuildProperties"]["Binary"]
            .as_str()
            .unwrap();
        for statement in statements(&t, name, function) {
            let acts = actions(statement);
            if !acts.iter().any(|a| a.starts_with("dynamodb:")) {
                continue;
            }
            // The scheduler's sparse index of pending jobs: a Query, by the scheduler
            // alone, on that index alone.
            if statement["Resource"] == due_index {
                assert_eq!(acts, ["dynamodb:Query"], "{name}: {statement}");
                index_readers.push(binary);
                continue;
            }
            // Statements on the stream (stream_consumers_… above) carry no keys.
            if statement["Resource"] != table_arn {
                assert_eq!(acts, STREAM_ACTIONS, "{name}: {statement}");
                continue;
            }
            // Only single-item actions: each names its key, so ForAllValues always has
            // keys to test (a Scan has none, and would pass any ForAllValues condition).
            for action in &acts {
                assert!(
                    [
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem",
                        "dynamodb:ConditionCheckItem"
                    ]
                    .contains(action),
                    "{name}: {action} on the table"
                );
            }
            let condition = statement["Condition"]
                .as_object()
                .unwrap_or_else(|| panic!("{name}: {acts:?} on the table without a key condition"));
            assert_eq!(condition.len(), 1, "{name}: {condition:?}");
            let prefixes = condition["ForAllValues:StringLike"]["dynamodb:LeadingKeys"]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: ForAllValues:StringLike on LeadingKeys"));
            assert!(!prefixes.is_empty(), "{name}");
            found
                .entry(binary)
                .or_default()
                .extend(prefixes.iter().map(|p| p.as_str().unwrap().to_owned()));
        }
    }
    assert_eq!(found, expected);
    assert_eq!(index_readers, ["scheduler"]);
}

/// The one action pattern a statement may use: what SNS documents for publishing to a
/// topic under a customer-managed key (kms:GenerateDataKey and its variants), and only
/// on a key of the template (kms_and_sns_… below).
const KMS_PUBLISH_ACTIONS: [&str; 2] = ["kms:GenerateDataKey*", "kms:Decrypt"];

#[test]
fn no_statement_grants_on_every_resource() {
    let t = template();
    for (name, function) in functions(&t) {
        for statement in statements(&t, name, function) {
            assert_eq!(statement["Effect"], "Allow", "{name}");
            let resources = list(&statement["Resource"]);
            assert!(!resources.is_empty(), "{name}: {statement}");
            for resource in resources {
                assert_ne!(resource, "*", "{name}: {statement}");
            }
            for action in actions(statement) {
                assert!(
                    !action.ends_with('*') || action == KMS_PUBLISH_ACTIONS[0],
                    "{name}: {action}"
                );
            }
        }
    }
}

#[test]
fn each_mailer_sends_only_as_its_own_sender_through_its_own_configuration_set() {
    let t = template();
    let mut mailers = BTreeSet::new();
    let mut sets = BTreeSet::new();
    for (name, function) in functions(&t) {
        // `SENDER_EMAIL`, `BILLING_SENDER_EMAIL`: `!Ref <its sender parameter>`.
        let senders: Vec<&str> = environment(&t, function)
            .into_iter()
            .filter(|(var, _)| var.ends_with("SENDER_EMAIL"))
            .map(|(var, value)| {
                value["Ref"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}: {var} is !Ref <parameter>"))
            })
            .collect();
        for statement in statements(&t, name, function) {
            let acts = actions(statement);
            if !acts.iter().any(|a| a.starts_with("ses:")) {
                continue;
            }
            assert_eq!(acts, ["ses:SendEmail", "ses:SendRawEmail"], "{name}");
            let [sender] = senders.as_slice() else {
                panic!("{name}: may send mail, so its environment names one sender");
            };
            assert_eq!(t["Parameters"][sender]["Type"], "String", "{name}");
            // `!Select [0, !Split [">", !Select [1, !Split ["<", !Sub "${P}<${P}"]]]]`:
            // the bare address of the function's own sender parameter, and nothing else.
            let condition = statement["Condition"]
                .as_object()
                .unwrap_or_else(|| panic!("{name}: ses:Send* without a From address condition"));
            assert_eq!(condition.len(), 1, "{name}: {condition:?}");
            let equals = condition["StringEquals"].as_object().unwrap();
            assert_eq!(equals.len(), 1, "{name}: {equals:?}");
            let from = &equals["ses:FromAddress"];
            match from.get("Fn::If") {
                // Billing recovery: its own sender and, when listed, the policy's
                // segment senders, nothing else.
                Some(choice) => {
                    assert_eq!(name, "BillingRecoveryFunction");
                    assert_eq!(choice[0], "HasBillingSegmentSenders");
                    let split = &choice[1]["Fn::Split"];
                    assert_eq!(split[0], ",", "{name}");
                    let join = &split[1]["Fn::Join"];
                    assert_eq!(join[0], ",", "{name}");
                    let [own, listed] = join[1].as_array().unwrap().as_slice() else {
                        panic!("{name}: {join}");
                    };
                    assert_bare_address_of(own, sender, name);
                    assert_eq!(listed, &json!({ "Ref": "BillingSegmentSenders" }));
                    assert_bare_address_of(&choice[2], sender, name);
                }
                None => assert_bare_address_of(from, sender, name),
            }
            // Its own configuration set (the one its environment names), and no other.
            let own_set = environment(&t, function)["SES_CONFIGURATION_SET"]["Ref"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: SES_CONFIGURATION_SET is !Ref <set>"));
            assert_eq!(
                t["Resources"][own_set]["Type"], "AWS::SES::ConfigurationSet",
                "{name}"
            );
            assert!(
                sets.insert(own_set),
                "{name}: {own_set} is another mailer's too"
            );
            for resource in list(&statement["Resource"]) {
                let arn = resource["Fn::Sub"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}: {resource}"));
                assert!(
                    arn.ends_with(":identity/*")
                        || arn.ends_with(&format!(":configuration-set/${{{own_set}}}")),
                    "{name}: {arn}"
                );
                assert!(
                    arn.starts_with("arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:"),
                    "{name}: {arn}"
                );
            }
            mailers.insert(name);
        }
    }
    assert_eq!(
        mailers,
        BTreeSet::from(["BillingRecoveryFunction", "RecoveryMailerFunction"])
    );
}

#[test]
fn kms_and_sns_grants_name_the_topic_a_function_is_given_and_its_key() {
    let t = template();
    let mut publishers = BTreeSet::new();
    for (name, function) in functions(&t) {
        let mut given = BTreeSet::new();
        for value in environment(&t, function).into_values() {
            referenced(value, &mut given);
        }
        let mut topics = BTreeSet::new();
        let mut keys = BTreeSet::new();
        for statement in statements(&t, name, function) {
            let acts = actions(statement);
            if acts.iter().any(|a| a.starts_with("sns:")) {
                assert_eq!(acts, ["sns:Publish"], "{name}");
                let topic = statement["Resource"]["Ref"]
                    .as_str()
                    .unwrap_or_else(|| panic!("{name}: sns:Publish on !Ref <topic>"));
                assert_eq!(t["Resources"][topic]["Type"], "AWS::SNS::Topic", "{name}");
                assert!(
                    given.contains(topic),
                    "{name}: may publish to {topic}, which its environment does not name"
                );
                topics.insert(topic);
            }
            if acts.iter().any(|a| a.starts_with("kms:")) {
                assert_eq!(acts, KMS_PUBLISH_ACTIONS, "{name}");
                let key = get_att_arn_of(&statement["Resource"])
                    .unwrap_or_else(|| panic!("{name}: kms on !GetAtt <key>.Arn, not *"));
                assert_eq!(t["Resources"][key]["Type"], "AWS::KMS::Key", "{name}");
                assert!(statement.get("Condition").is_none(), "{name}");
                keys.insert(key);
            }
        }
        // Exactly the keys of the topics it publishes to: a topic under its own key
        // cannot take a message without them, and no other key is of use.
        let topic_keys: BTreeSet<&str> = topics
            .iter()
            .filter_map(|topic| {
                t["Resources"][*topic]["Properties"]["KmsMasterKeyId"]["Ref"].as_str()
            })
            .collect();
        assert_eq!(keys, topic_keys, "{name}: the keys of its topics");
        if !topics.is_empty() {
            publishers.insert(name);
        }
    }
    assert_eq!(publishers, BTreeSet::from(["BillingRecoveryFunction"]));
}

#[test]
fn the_http_api_throttles_each_route_and_logs_no_request_content() {
    let t = template();
    let api = &t["Resources"]["HttpApi"]["Properties"];
    let routes: BTreeSet<String> = functions(&t)
        .iter()
        .flat_map(|(_, f)| f["Properties"]["Events"].as_object().into_iter().flatten())
        .map(|(_, event)| event)
        .filter(|e| e["Type"] == "HttpApi")
        .map(|e| {
            let p = &e["Properties"];
            format!(
                "{} {}",
                p["Method"].as_str().unwrap(),
                p["Path"].as_str().unwrap()
            )
        })
        .collect();
    let settings = api["RouteSettings"].as_object().unwrap();
    assert_eq!(
        settings.keys().cloned().collect::<BTreeSet<_>>(),
        routes,
        "every route has its own limits (and no entry names a missing route)"
    );
    let default_of = |setting: &Value| -> f64 {
        let parameter = &t["Parameters"][setting["Ref"].as_str().expect("a parameter")];
        assert_eq!(parameter["Type"], "Number");
        parameter["Default"].as_f64().expect("a default")
    };
    let limits = |route: &str| {
        let s = &settings[route];
        (
            default_of(&s["ThrottlingRateLimit"]),
            default_of(&s["ThrottlingBurstLimit"]),
        )
    };
    let (webhook_rate, webhook_burst) = limits("POST /webhook");
    let (checkout_rate, checkout_burst) = limits("POST /checkout/sessions");
    assert!(checkout_rate < webhook_rate && checkout_burst < webhook_burst);

    let logs = &api["AccessLogSettings"];
    let group = get_att_arn_of(&logs["DestinationArn"]).expect("a log group of the template");
    assert_eq!(t["Resources"][group]["Type"], "AWS::Logs::LogGroup");
    assert_eq!(
        t["Resources"][group]["Properties"]["RetentionInDays"],
        json!({ "Ref": "LogRetentionDays" })
    );
    let format: Value =
        serde_json::from_str(logs["Format"].as_str().unwrap()).expect("a JSON format");
    // API Gateway's own context only: no path, query string, header or body, which
    // could carry a token or signature.
    const ALLOWED: &[&str] = &[
        "$context.requestId",
        "$context.requestTime",
        "$context.identity.sourceIp",
        "$context.routeKey",
        "$context.protocol",
        "$context.status",
        "$context.responseLength",
        "$context.responseLatency",
        "$context.integrationStatus",
        "$context.integrationLatency",
        "$context.error.message",
    ];
    for (field, variable) in format.as_object().unwrap() {
        assert!(
            ALLOWED.contains(&variable.as_str().unwrap_or_default()),
            "access log field {field}: {variable}"
        );
    }
}

/// `!Select [0, !Split [">", !Select [1, !Split ["<", !Sub "${P}<${P}"]]]]`: the bare
/// address of the function's own sender parameter, and nothing else.
fn assert_bare_address_of(from: &Value, sender: &str, name: &str) {
    let from = &from["Fn::Select"];
    assert_eq!(from[0], 0, "{name}");
    let outer = &from[1]["Fn::Split"];
    assert_eq!(outer[0], ">", "{name}");
    let inner = &outer[1]["Fn::Select"];
    assert_eq!(inner[0], 1, "{name}");
    let split = &inner[1]["Fn::Split"];
    assert_eq!(split[0], "<", "{name}");
    assert_eq!(
        split[1]["Fn::Sub"],
        json!(format!("${{{sender}}}<${{{sender}}}")),
        "{name}: From pinned to {sender}"
    );
}

/// Every metric the dashboard draws is one the code emits: its name, as a string, in the
/// source of the function its `Function` dimension names (or, without one, of any
/// function), so a renamed metric cannot leave an empty graph behind.
#[test]
fn the_dashboard_draws_only_metrics_the_code_emits() {
    let template = template();
    let body = template["Resources"]["RecoveryDashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
        .as_str()
        .expect("the dashboard's body is one !Sub string");
    // `${…}` (the stack's names, `${!PROP(…)}`) only ever stands inside JSON strings.
    let mut json = String::new();
    let mut rest = body;
    while let Some(start) = rest.find("${") {
        json.push_str(&rest[..start]);
        let end = rest[start..].find('}').expect("a closed ${…}") + start;
        json.push('x');
        rest = &rest[end + 1..];
    }
    json.push_str(rest);
    let dashboard: Value = serde_json::from_str(&json).expect("the dashboard is JSON");

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let sources = |function: Option<&str>| -> String {
        let dirs: Vec<std::path::PathBuf> = match function {
            Some(function) => vec![root.join("functions").join(function).join("src")],
            None => std::fs::read_dir(root.join("functions"))
                .unwrap()
                .map(|entry| entry.unwrap().path().join("src"))
                .collect(),
        };
        let mut text = String::new();
        for dir in dirs.into_iter().chain([root.join("shared/src")]) {
            let mut stack = vec![dir];
            while let Some(dir) = stack.pop() {
                for entry in std::fs::read_dir(&dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        stack.push(path);
                    } else if path.extension().is_some_and(|e| e == "rs") {
                        text.push_str(&std::fs::read_to_string(&path).unwrap());
                    }
                }
            }
        }
        text
    };
    let quoted = |text: &str, name: &str| text.contains(&format!("\"{name}\""));
    let mut drawn: BTreeSet<(String, Option<String>)> = BTreeSet::new();
    for widget in dashboard["widgets"].as_array().unwrap() {
        for metric in widget["properties"]["metrics"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let parts = metric.as_array().unwrap();
            if parts[0] == "StripeRecovery" {
                let function = parts
                    .iter()
                    .position(|p| p == "Function")
                    .and_then(|i| parts[i + 1].as_str())
                    .map(str::to_owned);
                drawn.insert((parts[1].as_str().unwrap().to_owned(), function));
            } else if let Some(expression) = parts[0]["expression"].as_str()
                && let Some(search) = expression.strip_prefix("SEARCH(")
            {
                let after = |key: &str| {
                    search
                        .split(&format!("{key}=\""))
                        .nth(1)
                        .and_then(|s| s.split('"').next())
                        .map(str::to_owned)
                };
                drawn.insert((
                    after("MetricName").expect("a SEARCH names its metric"),
                    after("Function"),
                ));
            }
        }
    }
    for new in [
        "BillingInvoiceAttempted",
        "BillingInvoiceFailed",
        "BillingInvoiceRecovered",
    ] {
        assert!(
            drawn.iter().any(|(name, _)| name == new),
            "the dashboard lacks {new}"
        );
    }
    assert!(drawn.len() > 20, "{drawn:?}");
    for (name, function) in &drawn {
        assert!(
            quoted(&sources(function.as_deref()), name),
            "the dashboard draws {name} ({function:?}), which no code there emits"
        );
    }
}
