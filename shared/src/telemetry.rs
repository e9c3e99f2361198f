//! Logging setup: JSON lines on Lambda (CloudWatch adds the timestamp), readable text
//! elsewhere. Level from `RUST_LOG`, default `info`.

use tracing_subscriber::EnvFilter;

pub fn init() {
    init_with_default("info");
}

/// Like `init`, with `default_level` when `RUST_LOG` is unset (the local runner keeps its
/// own output readable with `warn`).
pub fn init_with_default(default_level: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    let on_lambda = on_lambda();
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    // try_init: a second call (tests, local runner) keeps the first subscriber.
    let _ = if on_lambda {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .with_target(false)
            .without_time()
            .with_ansi(false)
            .try_init()
    } else {
        builder.with_target(false).try_init()
    };
}

/// CloudWatch namespace of every metric this bundle emits.
pub const METRICS_NAMESPACE: &str = "StripeRecovery";

fn on_lambda() -> bool {
    static ON_LAMBDA: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON_LAMBDA.get_or_init(|| std::env::var_os("AWS_LAMBDA_FUNCTION_NAME").is_some())
}

/// One function's metrics: every metric carries the `Function` dimension, named once
/// where the function is defined (a stream consumer's `NAME`, an HTTP function's own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metrics {
    function: &'static str,
}

impl Metrics {
    pub const fn new(function: &'static str) -> Self {
        Self { function }
    }

    pub fn function(&self) -> &'static str {
        self.function
    }

    /// One occurrence of `name`, with `dimensions` besides `Function`.
    pub fn count(&self, name: &str, dimensions: &[(&str, &str)]) {
        self.emit(name, 1.0, "Count", dimensions);
    }

    /// A quantity without a CloudWatch unit (an amount in a currency's minor units).
    pub fn value(&self, name: &str, value: f64, dimensions: &[(&str, &str)]) {
        self.emit(name, value, "None", dimensions);
    }

    /// Emits one metric as a CloudWatch Embedded Metric Format line on stdout: Lambda
    /// ships it to CloudWatch Logs, which extracts the metric with no API call from the
    /// function. Off the Lambda runtime (tests, the local runner) nothing is printed.
    fn emit(&self, name: &str, value: f64, unit: &str, dimensions: &[(&str, &str)]) {
        if on_lambda() {
            let mut all = Vec::with_capacity(dimensions.len() + 1);
            all.push(("Function", self.function));
            all.extend_from_slice(dimensions);
            println!("{}", metric_line(name, value, unit, &all, now_millis()));
        }
    }
}

fn now_millis() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis()
}

fn metric_line(
    name: &str,
    value: f64,
    unit: &str,
    dimensions: &[(&str, &str)],
    timestamp_ms: u128,
) -> String {
    let mut line = serde_json::Map::new();
    let dimension_names: Vec<&str> = dimensions.iter().map(|(n, _)| *n).collect();
    line.insert(
        "_aws".into(),
        serde_json::json!({
            "Timestamp": timestamp_ms as u64,
            "CloudWatchMetrics": [{
                "Namespace": METRICS_NAMESPACE,
                "Dimensions": [dimension_names],
                "Metrics": [{"Name": name, "Unit": unit}],
            }],
        }),
    );
    for (dimension, value) in dimensions {
        line.insert((*dimension).into(), serde_json::json!(value));
    }
    line.insert(name.into(), serde_json::json!(value));
    serde_json::Value::Object(line).to_string()
}

/// Replaces every email address in `text` with `<email>`. Error messages from SES and
/// Stripe may quote addresses ("…not verified: shop@example.com"); they pass through
/// this before they reach a log line.
pub fn redact_emails(text: &str) -> String {
    let bytes = text.as_bytes();
    let local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-'".contains(&b);
    let domain = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, _) in text.match_indices('@') {
        if at < copied {
            continue;
        }
        let mut start = at;
        while start > copied && local(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < bytes.len() && domain(bytes[end]) {
            end += 1;
        }
        let domain_part = text[at + 1..end].trim_end_matches('.');
        if start < at && domain_part.contains('.') {
            // The span's edges are ASCII bytes, so these are char boundaries.
            out.push_str(&text[copied..start]);
            out.push_str("<email>");
            copied = at + 1 + domain_part.len();
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_redacted_and_nothing_else() {
        let cases = [
            (
                "Email address not verified shop@example.com",
                "Email address not verified <email>",
            ),
            ("to: Jenny.Rosen+tag@Mail.Example.co.jp.", "to: <email>."),
            ("a@b.co and c@d.org", "<email> and <email>"),
            (
                "no address here; user@localhost; @handle",
                "no address here; user@localhost; @handle",
            ),
            ("日本語 x@y.jp 日本語", "日本語 <email> 日本語"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(redact_emails(input), expected, "{input}");
        }
    }

    #[test]
    fn metric_lines_are_embedded_metric_format() {
        let line = metric_line(
            "RecoverySkipped",
            1.0,
            "Count",
            &[("Function", "recovery-mailer"), ("Reason", "cooldown")],
            1_700_000_000_000,
        );
        let parsed: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(
            parsed,
            serde_json::json!({
                "_aws": {
                    "Timestamp": 1_700_000_000_000u64,
                    "CloudWatchMetrics": [{
                        "Namespace": "StripeRecovery",
                        "Dimensions": [["Function", "Reason"]],
                        "Metrics": [{"Name": "RecoverySkipped", "Unit": "Count"}],
                    }],
                },
                "Function": "recovery-mailer",
                "Reason": "cooldown",
                "RecoverySkipped": 1.0,
            })
        );
    }
}
