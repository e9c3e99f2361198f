//! An HTTP fake of Stripe's API at `STRIPE_API_BASE`: it records every request (method,
//! path, headers, decoded form) so tests can assert the exact parameters we send, and
//! answers from a script of canned responses or, by default, with the official fixtures.
//!
//! Objects it is given (`put_object`, or a folder of JSON files with `load_objects`) are
//! what its `GET /v1/{invoices,subscriptions,customers,payment_methods,setup_intents,events}/{id}`
//! answer (a SetupIntent it cancels is canceled from then on), as
//! Stripe has them "now"; an id it was not given gets the official fixture under that id.
//!
//! Events it is given with `put_events` are the account's, in the order they happened:
//! `GET /v1/events` lists them as Stripe does (newest first, at the same second the later
//! first), filtered by `types[]`, `type` and `created`, in pages of `limit` (at most 100)
//! after `starting_after`.
//!
//! Like Stripe, it remembers each `Idempotency-Key` for the answers it gives itself: the
//! same key with the same method, path and parameters replays the first answer; with
//! anything different it is a 400 `idempotency_error`. Scripted answers stand for faults
//! in front of Stripe's idempotency layer (a 500 that a retry gets past), so they are
//! not remembered.
//!
//! Every request is first validated against Stripe's OpenAPI document
//! (`stripe_spec`): one the spec refuses is answered as Stripe would (a 400
//! `invalid_request_error` naming the parameter; a 404 for an operation Stripe does not
//! have), before any script or remembered answer, and is recorded as a violation. The
//! test fails when its last handle on the fake goes (`Drop`) while a violation is
//! recorded, so a function that copes with the 400 (a fallback, a skip) cannot hide a
//! wrong parameter; a test that sends one on purpose takes it with `take_violations`.
//! Out of process (the `stripe-fake` binary), each violation is printed to stderr and
//! `GET /__fake/requests` answers 500 naming them, so the caller's check fails.

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::fixture;
use crate::stripe_spec::{self, Violation};

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    /// The query string decoded (`expand[]` etc.), in the order sent.
    pub query: Vec<(String, String)>,
    /// The form body decoded (`line_items[0][price]` etc.), in the order sent.
    pub form: Vec<(String, String)>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn param(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A response the fake gives instead of its default one.
#[derive(Debug, Clone)]
pub struct Canned {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Value,
    /// How long the fake waits before answering (a hung connection, a slow Stripe).
    pub delay: std::time::Duration,
}

impl Canned {
    pub fn new(status: u16, body: Value) -> Self {
        Self {
            status,
            headers: vec![],
            body,
            delay: std::time::Duration::ZERO,
        }
    }

    /// Answers only after `delay`.
    pub fn after(mut self, delay: std::time::Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Stripe's error body: `{"error":{"type","code","message"}}`.
    pub fn error(status: u16, kind: &str, code: Option<&str>, message: &str) -> Self {
        let mut error = json!({"type": kind, "message": message});
        if let Some(code) = code {
            error["code"] = json!(code);
        }
        Self::new(status, json!({ "error": error }))
    }
}

#[derive(Default)]
struct State {
    recorded: Vec<Recorded>,
    script: VecDeque<Canned>,
    /// Stripe's idempotency layer: the first request under each key and its answer.
    by_key: HashMap<String, (Recorded, Canned)>,
    /// Objects by id, as `GET` answers them.
    objects: HashMap<String, Value>,
    /// The account's events, oldest first: what `GET /v1/events` lists.
    events: Vec<Value>,
    /// What Stripe's spec refused in the requests received, in order.
    violations: Vec<Violation>,
}

/// A test's handle on the fake; cheap to clone. When the last handle goes, the fake
/// checks that Stripe's spec accepted every request it received (the server itself
/// holds only the state).
#[derive(Clone)]
pub struct StripeFake {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    _check: Arc<CheckOnDrop>,
}

/// Panics (failing the test) if violations are left when the test lets go of the fake.
struct CheckOnDrop(Arc<Mutex<State>>);

impl Drop for CheckOnDrop {
    fn drop(&mut self) {
        let violations = match self.0.lock() {
            Ok(mut state) => std::mem::take(&mut state.violations),
            Err(_) => return,
        };
        if violations.is_empty() {
            return;
        }
        let report = violation_report(&violations);
        if std::thread::panicking() {
            eprintln!("{report}");
        } else {
            panic!("{report}");
        }
    }
}

/// What a test prints for requests Stripe's spec refuses.
pub fn violation_report(violations: &[Violation]) -> String {
    let spec = stripe_spec::spec();
    let mut report = format!(
        "the Stripe fake received {} request parameter(s) that Stripe's OpenAPI document \
         (API {}, from {}) refuses:",
        violations.len(),
        spec.api_version,
        spec.source
    );
    for violation in violations {
        report.push_str(&format!("\n  {violation}"));
    }
    report.push_str(&format!(
        "\nFix the request; a parameter Stripe documents after the spec goes in {} with \
         its reason and changelog entry.",
        stripe_spec::ALLOWLIST_PATH
    ));
    report
}

/// The server's side: the state, no drop check.
#[derive(Clone)]
struct Server {
    state: Arc<Mutex<State>>,
}

pub const FAKE_SECRET_KEY: &str = "sk_test_fake_for_integration_tests";

/// `GET` here lists the recorded requests as JSON (for tests outside this process); a
/// 500 naming them once a request violated Stripe's spec.
pub const INSPECT_PATH: &str = "/__fake/requests";
/// `GET` here lists the violations of Stripe's spec received so far (always a 200).
pub const VIOLATIONS_PATH: &str = "/__fake/violations";

impl StripeFake {
    pub async fn start() -> Self {
        Self::start_on(SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .expect("bind a loopback port")
    }

    fn serve(listener: TcpListener) -> Self {
        let addr = listener.local_addr().unwrap();
        let state: Arc<Mutex<State>> = Arc::default();
        let fake = Self {
            addr,
            state: state.clone(),
            _check: Arc::new(CheckOnDrop(state.clone())),
        };
        let server = Server { state };
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let server = server.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request| {
                        let server = server.clone();
                        async move { Ok::<_, Infallible>(server.answer(request).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        fake
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How a function reaches this fake: its test key, its URL, the pinned version and
    /// the production retry policy.
    pub fn config(&self) -> stripe_recovery::stripe::client::StripeConfig {
        use stripe_recovery::stripe::client::{SecretKey, StripeConfig};
        let mut config = StripeConfig::new(SecretKey::parse(FAKE_SECRET_KEY).unwrap());
        config.api_base = self.base_url();
        config
    }

    /// The production Stripe client, pointed at this fake.
    pub fn client(&self) -> stripe_recovery::stripe::client::StripeClient {
        stripe_recovery::stripe::client::StripeClient::new(self.config())
    }

    /// Queues responses given, in order, before the default ones.
    pub fn script(&self, responses: impl IntoIterator<Item = Canned>) {
        self.state.lock().unwrap().script.extend(responses);
    }

    /// Makes `object` (with its `id` and `object` fields) what `GET` answers for its id,
    /// replacing an earlier one: the state of the object at Stripe from now on.
    pub fn put_object(&self, object: Value) {
        let id = object["id"]
            .as_str()
            .expect("an object with an id")
            .to_owned();
        self.state.lock().unwrap().objects.insert(id, object);
    }

    /// Makes `list` (a Stripe list of `item`s) what
    /// `GET /v1/checkout/sessions/{session}/line_items` answers.
    pub fn put_line_items(&self, session: &str, list: Value) {
        self.state
            .lock()
            .unwrap()
            .objects
            .insert(format!("{session}/line_items"), list);
    }

    /// Adds `events` (each as Stripe sends it, with `id` and `created`) to the account's,
    /// after those it has, in the order given: the order they happened.
    pub fn put_events(&self, events: impl IntoIterator<Item = Value>) {
        let mut state = self.state.lock().unwrap();
        for event in events {
            let id = event["id"]
                .as_str()
                .expect("an event with an id")
                .to_owned();
            state.objects.insert(id, event.clone());
            state.events.push(event);
        }
    }

    /// `put_object` for every `<id>.json` file in `dir`, `put_line_items` for every
    /// `<cs_…>.line_items.json`; returns how many files.
    pub fn load_objects(&self, dir: &std::path::Path) -> std::io::Result<usize> {
        let mut loaded = 0;
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let Some(stem) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".json"))
            else {
                continue;
            };
            let object: Value = serde_json::from_slice(&std::fs::read(&path)?)
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
            match stem.strip_suffix(".line_items") {
                Some(session) => self.put_line_items(session, object),
                None => self.put_object(object),
            }
            loaded += 1;
        }
        Ok(loaded)
    }

    /// The object the fake holds under `id` (as `put_object` left it, or as a POST made
    /// or changed it).
    pub fn object(&self, id: &str) -> Option<Value> {
        self.state.lock().unwrap().objects.get(id).cloned()
    }

    /// The `GET`s received for `path` (e.g. `/v1/invoices/in_1`).
    pub fn gets_of(&self, path: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.method == "GET" && r.path == path)
            .count()
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().recorded.clone()
    }

    /// The violations of Stripe's spec received so far (they fail the test when it lets
    /// go of the fake).
    pub fn violations(&self) -> Vec<Violation> {
        self.state.lock().unwrap().violations.clone()
    }

    /// The violations received so far, cleared: for a test that sends invalid requests
    /// on purpose and checks them itself.
    pub fn take_violations(&self) -> Vec<Violation> {
        std::mem::take(&mut self.state.lock().unwrap().violations)
    }

    /// Serves until the process ends, on `addr` (port 0 for any free port).
    pub async fn start_on(addr: SocketAddr) -> std::io::Result<Self> {
        let listener = TcpListener::bind(addr).await?;
        Ok(Self::serve(listener))
    }
}

impl Server {
    async fn answer(&self, request: Request<Incoming>) -> Response<Full<Bytes>> {
        if request.uri().path() == VIOLATIONS_PATH {
            let violations = self.state.lock().unwrap().violations.clone();
            return Response::new(Full::new(Bytes::from(json!(violations).to_string())));
        }
        if request.uri().path() == INSPECT_PATH {
            let state = self.state.lock().unwrap();
            if !state.violations.is_empty() {
                let report = violation_report(&state.violations);
                let mut response = Response::new(Full::new(Bytes::from(
                    json!({"error": report, "violations": state.violations}).to_string(),
                )));
                *response.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
                // Shown by clients that print only the status line (urllib's HTTPError).
                let first = state.violations[0].to_string();
                let phrase: String = format!(
                    "Stripe fake: {} request(s) refused by Stripe's spec, first: {first}",
                    state.violations.len()
                )
                .chars()
                .filter(|c| c.is_ascii_graphic() || *c == ' ')
                .collect();
                if let Ok(phrase) = hyper::ext::ReasonPhrase::try_from(phrase.into_bytes()) {
                    response.extensions_mut().insert(phrase);
                }
                return response;
            }
            let recorded: Vec<Value> = state
                .recorded
                .iter()
                .map(|r| json!({"method": r.method, "path": r.path, "query": r.query, "headers": r.headers, "form": r.form}))
                .collect();
            return Response::new(Full::new(Bytes::from(Value::from(recorded).to_string())));
        }
        let (parts, body) = request.into_parts();
        let body = body.collect().await.unwrap().to_bytes();
        let recorded = Recorded {
            method: parts.method.to_string(),
            path: parts.uri.path().to_owned(),
            query: form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes())
                .into_owned()
                .collect(),
            headers: parts
                .headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()))
                .collect(),
            form: form_urlencoded::parse(&body).into_owned().collect(),
        };
        let violations = stripe_spec::spec().validate(&stripe_spec::Request {
            method: &recorded.method,
            path: &recorded.path,
            content_type: recorded.header("content-type"),
            query: &recorded.query,
            form: &recorded.form,
        });
        let canned = {
            let mut state = self.state.lock().unwrap();
            state.recorded.push(recorded.clone());
            let key = recorded.header("idempotency-key").map(str::to_owned);
            if !violations.is_empty() {
                for violation in &violations {
                    eprintln!("Stripe fake: refused by Stripe's spec: {violation}");
                }
                state.violations.extend(violations.iter().cloned());
                invalid_request(&violations)
            } else {
                match key.as_ref().and_then(|key| state.by_key.get(key)) {
                    Some((first, answer)) => {
                        let same = (&first.method, &first.path, &first.form)
                            == (&recorded.method, &recorded.path, &recorded.form);
                        if same {
                            answer.clone()
                        } else {
                            Canned::error(
                                400,
                                "idempotency_error",
                                None,
                                &format!(
                                    "Keys for idempotent requests can only be used with the same \
                                 parameters they were first used with. Try using a key other \
                                 than '{}' if you meant to execute a different request.",
                                    key.unwrap_or_default()
                                ),
                            )
                        }
                    }
                    None => match state.script.pop_front() {
                        Some(scripted) => scripted,
                        None => {
                            let answer = default_answer(&recorded, &state);
                            // What later updates (and the test) find: a portal
                            // configuration it created, a SetupIntent it canceled.
                            if answer.status == 200
                                && recorded.method == "POST"
                                && (recorded
                                    .path
                                    .starts_with("/v1/billing_portal/configurations")
                                    || answer.body["object"] == "setup_intent")
                                && let Some(id) = answer.body["id"].as_str()
                            {
                                state.objects.insert(id.to_owned(), answer.body.clone());
                            }
                            if let Some(key) = key {
                                state.by_key.insert(key, (recorded.clone(), answer.clone()));
                            }
                            answer
                        }
                    },
                }
            }
        };
        tokio::time::sleep(canned.delay).await;
        let mut response = Response::new(Full::new(Bytes::from(canned.body.to_string())));
        *response.status_mut() = hyper::StatusCode::from_u16(canned.status).unwrap();
        response.headers_mut().insert(
            "request-id",
            hyper::header::HeaderValue::from_static("req_fake_123"),
        );
        for (name, value) in canned.headers {
            response.headers_mut().insert(
                hyper::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                hyper::header::HeaderValue::from_str(&value).unwrap(),
            );
        }
        response
    }
}

/// Stripe's answer to a request its validation refuses: the first violation, as Stripe
/// names one (`type`, `code`, `param`, `message`).
fn invalid_request(violations: &[Violation]) -> Canned {
    let first = &violations[0];
    let status = match first.kind {
        stripe_spec::Kind::NoSuchOperation => 404,
        _ => 400,
    };
    let spec = stripe_spec::spec();
    let mut error = json!({
        "type": "invalid_request_error",
        "message": format!("{first} (Stripe fake: OpenAPI {}, {})", spec.api_version, spec.source),
    });
    if let Some(code) = first.kind.stripe_code() {
        error["code"] = json!(code);
    }
    if let Some(param) = &first.param {
        error["param"] = json!(param);
    }
    Canned::new(status, json!({ "error": error }))
}

/// `GET /v1/events` as Stripe answers it; the query already passed Stripe's spec.
fn list_events(request: &Recorded, events: &[Value]) -> Canned {
    let first = |name: &str| {
        request
            .query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let invalid = |param: &str, message: &str| {
        let mut answer = Canned::error(400, "invalid_request_error", None, message);
        answer.body["error"]["param"] = json!(param);
        answer
    };
    // What the spec's schema cannot say, as Stripe's reference does.
    let limit: usize = first("limit").map_or(10, |v| v.parse().unwrap());
    if !(1..=100).contains(&limit) {
        return invalid("limit", "limit must be between 1 and 100");
    }
    let types: Vec<&str> = request
        .query
        .iter()
        .filter(|(n, _)| n.starts_with("types["))
        .map(|(_, v)| v.as_str())
        .collect();
    if types.len() > 20 {
        return invalid("types", "types may hold at most 20 event types");
    }
    if first("ending_before").is_some() {
        return invalid("ending_before", "the Stripe fake lists forwards only");
    }
    let bound = |op: &str| first(&format!("created[{op}]")).map(|v| v.parse::<i64>().unwrap());
    let exactly = first("created").map(|v| v.parse::<i64>().unwrap());
    let in_window = |created: i64| {
        bound("gte").is_none_or(|b| created >= b)
            && bound("gt").is_none_or(|b| created > b)
            && bound("lte").is_none_or(|b| created <= b)
            && bound("lt").is_none_or(|b| created < b)
            && exactly.is_none_or(|at| created == at)
    };
    // Newest first; at the same second, the later made first.
    let mut listed: Vec<&Value> = events
        .iter()
        .rev()
        .filter(|e| types.is_empty() || types.iter().any(|t| e["type"] == *t))
        .filter(|e| first("type").is_none_or(|t| e["type"] == t))
        .filter(|e| in_window(e["created"].as_i64().unwrap()))
        .collect();
    listed.sort_by_key(|e| std::cmp::Reverse(e["created"].as_i64()));
    if let Some(after) = first("starting_after") {
        match listed.iter().position(|e| e["id"] == after) {
            Some(at) => listed = listed.split_off(at + 1),
            None => {
                return Canned::error(
                    404,
                    "invalid_request_error",
                    Some("resource_missing"),
                    &format!("No such event: '{after}'"),
                );
            }
        }
    }
    let has_more = listed.len() > limit;
    listed.truncate(limit);
    Canned::new(
        200,
        json!({"object": "list", "data": listed, "has_more": has_more, "url": "/v1/events"}),
    )
}

/// `configuration` with the form's scalar fields set where the object has them
/// (`active`, `default_return_url`, `features[…][enabled]`, …); lists are left as the
/// fixture has them: the tests assert the form itself.
fn apply_configuration_form(mut configuration: Value, form: &[(String, String)]) -> Value {
    for (key, value) in form {
        let path: Vec<&str> = key
            .split(['[', ']'])
            .filter(|segment| !segment.is_empty())
            .collect();
        if path
            .iter()
            .any(|segment| segment.chars().all(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let mut at = Some(&mut configuration);
        for segment in &path[..path.len() - 1] {
            at = at.and_then(|value| value.get_mut(*segment));
        }
        if let Some(object) = at.and_then(Value::as_object_mut) {
            object.insert(
                path[path.len() - 1].to_owned(),
                match value.as_str() {
                    "true" => json!(true),
                    "false" => json!(false),
                    "" => Value::Null,
                    text => json!(text),
                },
            );
        }
    }
    configuration["updated"] = json!(stripe_recovery::time::unix_now());
    configuration
}

/// A new number per session the fake creates, so each has its own id.
fn request_number() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// What Stripe would answer a well-formed request, built from the official fixtures.
fn default_answer(request: &Recorded, state: &State) -> Canned {
    let objects = &state.objects;
    let authorized = request.header("authorization") == Some(&format!("Bearer {FAKE_SECRET_KEY}"));
    if !authorized {
        return Canned::error(
            401,
            "invalid_request_error",
            None,
            "Invalid API Key provided",
        );
    }
    let segments: Vec<&str> = request.path.trim_start_matches('/').split('/').collect();
    match (request.method.as_str(), segments.as_slice()) {
        ("POST", ["v1", "checkout", "sessions"]) => {
            let mut session = fixture("checkout.session");
            let created = stripe_recovery::time::unix_now();
            // Stripe's default: 24 hours after creation.
            let expires_at = request
                .param("expires_at")
                .map_or(created + 86_400, |at| at.parse().unwrap());
            session["id"] = json!(format!("cs_test_fake{}", request_number()));
            session["expires_at"] = json!(expires_at);
            session["created"] = json!(created);
            Canned::new(200, session)
        }
        ("POST", ["v1", "billing_portal", "sessions"]) => {
            let mut session = fixture("billing_portal.session");
            session["id"] = json!(format!("bps_fake{}", request_number()));
            session["customer"] = json!(request.param("customer"));
            session["return_url"] = json!(request.param("return_url"));
            session["locale"] = json!(request.param("locale"));
            session["configuration"] = json!(request.param("configuration"));
            session["created"] = json!(stripe_recovery::time::unix_now());
            Canned::new(200, session)
        }
        // The official configuration, with what the form set of `features`, the
        // business profile and the return URL; an update changes the one put or made.
        ("POST", ["v1", "billing_portal", "configurations"]) => {
            let mut configuration = fixture("billing_portal.configuration");
            configuration["id"] = json!(format!("bpc_fake{}", request_number()));
            configuration["is_default"] = json!(false);
            configuration["livemode"] = json!(false);
            configuration["created"] = json!(stripe_recovery::time::unix_now());
            Canned::new(200, apply_configuration_form(configuration, &request.form))
        }
        ("POST", ["v1", "billing_portal", "configurations", id]) => match objects.get(*id) {
            Some(configuration) if configuration["object"] == "billing_portal.configuration" => {
                Canned::new(
                    200,
                    apply_configuration_form(configuration.clone(), &request.form),
                )
            }
            _ => Canned::error(
                404,
                "invalid_request_error",
                Some("resource_missing"),
                &format!("No such configuration: '{id}'"),
            ),
        },
        (
            "GET",
            [
                "v1",
                collection @ ("invoices" | "subscriptions" | "customers" | "payment_methods"
                | "setup_intents"),
                id,
            ],
        ) => {
            let kind = match *collection {
                "invoices" => "invoice",
                "subscriptions" => "subscription",
                "customers" => "customer",
                "setup_intents" => "setup_intent",
                _ => "payment_method",
            };
            match objects.get(*id) {
                Some(object) if object["object"] == kind => Canned::new(200, object.clone()),
                Some(_) => Canned::error(
                    404,
                    "invalid_request_error",
                    Some("resource_missing"),
                    &format!("No such {kind}: '{id}'"),
                ),
                None => {
                    let mut object = fixture(kind);
                    object["id"] = json!(id);
                    Canned::new(200, object)
                }
            }
        }
        // Sessions put with `put_object`, filtered as Stripe filters the list.
        ("GET", ["v1", "checkout", "sessions"]) => {
            let query = |name: &str| {
                request
                    .query
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.as_str())
            };
            let since: i64 = query("created[gte]").map_or(0, |v| v.parse().unwrap());
            let limit: usize = query("limit").map_or(10, |v| v.parse().unwrap());
            let mut sessions: Vec<Value> = objects
                .values()
                .filter(|o| o["object"] == "checkout.session")
                .filter(|o| query("customer").is_none_or(|c| o["customer"] == c))
                .filter(|o| query("status").is_none_or(|s| o["status"] == s))
                .filter(|o| o["created"].as_i64().is_some_and(|at| at >= since))
                .cloned()
                .collect();
            // Newest first, as Stripe lists.
            sessions.sort_by_key(|o| std::cmp::Reverse(o["created"].as_i64()));
            let has_more = sessions.len() > limit;
            sessions.truncate(limit);
            Canned::new(
                200,
                json!({"object": "list", "data": sessions, "has_more": has_more,
                       "url": "/v1/checkout/sessions"}),
            )
        }
        ("GET", ["v1", "checkout", "sessions", id, "line_items"]) => {
            match objects.get(&format!("{id}/line_items")) {
                Some(list) => Canned::new(200, list.clone()),
                None => {
                    // The official item, its product expanded as we ask.
                    let mut item = fixture("item");
                    item["price"]["product"] = fixture("product");
                    Canned::new(
                        200,
                        json!({
                            "object": "list",
                            "data": [item],
                            "has_more": false,
                            "url": format!("/v1/checkout/sessions/{id}/line_items"),
                        }),
                    )
                }
            }
        }
        ("GET", ["v1", "events"]) => list_events(request, &state.events),
        ("GET", ["v1", "events", id]) => match objects.get(*id) {
            Some(event) if event["object"] == "event" => Canned::new(200, event.clone()),
            _ => {
                let mut event = fixture("event");
                event["id"] = json!(id);
                Canned::new(200, event)
            }
        },
        ("POST", ["v1", "setup_intents", id, "cancel"]) => {
            let mut intent = match objects.get(*id) {
                Some(object) if object["object"] == "setup_intent" => object.clone(),
                _ => fixture("setup_intent"),
            };
            intent["id"] = json!(id);
            intent["status"] = json!("canceled");
            intent["cancellation_reason"] = json!(request.param("cancellation_reason"));
            Canned::new(200, intent)
        }
        _ => Canned::error(
            404,
            "invalid_request_error",
            Some("resource_missing"),
            "No such route",
        ),
    }
}
