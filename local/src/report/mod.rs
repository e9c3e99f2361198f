//! `report [--table NAME] [--format text|csv|json] [--html FILE]`: what recovery did,
//! per flow and per month, from the table's own records (the local state, or a deployed
//! DynamoDB table): events, mails sent, recoveries, amount recovered per currency, and
//! the rate (recoveries per mail); the cart steps; the mails' lift over the recipients
//! held out of them; the recent failed payments; the churn. One `ReportModel` holds it
//! all, and each format shows that model: `text` (tables), `json` (the model),
//! `csv` (one long table) and the HTML page.
//!
//! - **cart**: `checkout.session.expired` events; `recovery#…` items (one per mail,
//!   `sent_at`; converted ones with `converted_at`, `converted_amount_total`,
//!   `converted_currency`).
//! - **billing**: failed payments, payments needing action, upcoming invoices and ending
//!   trials; each mailed step of a `dunning#…` item (`steps.*.sent_at`) but the notices,
//!   which seek no payment (`steps.*.kind`: renewal reminder, the confirmations of a
//!   recovered payment and of a cancellation); recovered ones (`outcome = recovered`,
//!   `outcome_at`, `amount_paid`, `paid_currency`). Only `dunning#in_…` items are failed
//!   payments: the lift and the recent failed payments read those alone.
//!
//! - **invoices**: billing per failed invoice (`invoices.rs`), from the `dunning#in_…`
//!   records' `attempted_at`, `failed_at`, `decline_code` and outcome: the failure and
//!   recovery rates Stripe's analytics show.
//!
//! - **churn**: `churn#…` items (one per subscription, billing recovery's record of its
//!   cancellation): per month of the cancellation, reason and feedback, per currency, the
//!   subscriptions cancelling (scheduled or ended) and the monthly amount they billed;
//!   retention coupons taken (a cancellation withdrawn for a new discount) per month.
//!
//! - **deliverability**: `mailevent#…` items (one per recipient of an SES bounce,
//!   complaint or reject, written by `mail-events`: `mail_event`, `flow`, `kind`, `at`),
//!   per flow and month of `at`, against every mail the flow sent that month (billing's
//!   notices too): the bounce rate (hard bounces / sent) and the complaint rate that SES
//!   reviews an account at (5 %, 0.1 %). Mail without our tags (`untagged`) is left out.
//!
//! - **lift**: per flow, the recipients mailed and those held out (`held_out_at`), how
//!   many of each recovered, and the difference of the two rates with its 95 % interval
//!   (`stripe_recovery::lift`). A held-out recipient's purchase or payment is the
//!   baseline, so it is no recovery in the month table nor a step's conversion.
//!
//! Events are counted from the inbox, which keeps 30 days: older months show mails and
//! recoveries (kept 90 and 400 days) but fewer or no events.

mod csv;
#[cfg(test)]
mod fixture;
mod html;
mod invoices;
mod model;
mod tally;
mod text;

use std::path::PathBuf;

pub use csv::{CSV_HEADER, render_csv};
pub use html::render_html;
pub use invoices::{DeclineCount, InvoiceMonth, invoice_months};
pub use model::{
    CartStep, ChurnEntry, FORMAT_VERSION, FlowLift, Funnel, GroupCounts, LIFT_METHOD, Money,
    MonthRow, ReportModel, RetentionEntry, SES_BOUNCE_REVIEW, SES_COMPLAINT_REVIEW,
    SES_REVIEW_NOTE, Verdict,
};
pub use tally::{
    Churn, ChurnKey, ChurnRow, FailedPayment, Flow, Groups, MailEvents, PREFIXES, PaymentState,
    RECENT_FAILED_PAYMENTS, Report, Retained, Row, cart_steps, churn, holdout_groups,
    recent_failed_payments, tally,
};
pub use text::{render, render_churn, render_steps, render_text};

pub const USAGE: &str =
    "usage: report [--table NAME [--since YYYY-MM|all]] [--format text|csv|json] [--html FILE]";

/// What of a deployed table the report reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Since {
    /// The report index's partitions of these months, oldest first (a Query each).
    Months(Vec<String>),
    /// Everything, inbox events included (a Scan).
    All,
}

impl Since {
    /// `--since YYYY-MM` (to the month of `now`) or `all`; none: the last three months.
    pub fn parse(value: Option<&str>, now: i64) -> Result<Self, String> {
        let current = stripe_recovery::time::month(now);
        let (year, month) = parse_month(&current).expect("a month we formatted");
        let first = match value {
            Some("all") => return Ok(Self::All),
            Some(text) => parse_month(text).ok_or_else(|| {
                format!("--since takes a month like 2026-09, or all; got {text:?}\n{USAGE}")
            })?,
            None if month > 2 => (year, month - 2),
            None => (year - 1, month + 10),
        };
        if first > (year, month) {
            return Err(format!(
                "--since {}-{:02} is after this month\n{USAGE}",
                first.0, first.1
            ));
        }
        let mut months = Vec::new();
        let mut at = first;
        while at <= (year, month) {
            months.push(format!("{:04}-{:02}", at.0, at.1));
            at = if at.1 == 12 {
                (at.0 + 1, 1)
            } else {
                (at.0, at.1 + 1)
            };
        }
        Ok(Self::Months(months))
    }
}

/// `YYYY-MM`, a real month.
fn parse_month(text: &str) -> Option<(i64, u8)> {
    let (year, month) = text.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    let (year, month): (i64, u8) = (year.parse().ok()?, month.parse().ok()?);
    (1..=12).contains(&month).then_some((year, month))
}

/// What `report` prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Text,
    Csv,
    Json,
}

impl Format {
    fn parse(name: &str) -> Result<Self, String> {
        match name {
            "text" => Ok(Self::Text),
            "csv" => Ok(Self::Csv),
            "json" => Ok(Self::Json),
            other => Err(format!(
                "unknown format {other:?}: text, csv or json\n{USAGE}"
            )),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportArgs {
    /// A DynamoDB table, else the local state.
    pub table: Option<String>,
    /// `--since` as given (a table only).
    pub since: Option<String>,
    pub format: Format,
    /// Where to write the HTML page, besides printing `format`.
    pub html: Option<PathBuf>,
}

impl ReportArgs {
    /// `[--table NAME] [--format text|csv|json] [--html FILE]`, in any order, each once.
    pub fn parse(args: &[String]) -> Result<Self, String> {
        let (mut table, mut format, mut html, mut since) = (None, None, None, None);
        let mut args = args.iter();
        while let Some(flag) = args.next() {
            let slot = match flag.as_str() {
                "--table" => &mut table,
                "--format" => &mut format,
                "--html" => &mut html,
                "--since" => &mut since,
                other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
            };
            let value = args
                .next()
                .filter(|value| !value.is_empty() && !value.starts_with("--"))
                .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
            if slot.replace(value.clone()).is_some() {
                return Err(format!("{flag} given twice\n{USAGE}"));
            }
        }
        if since.is_some() && table.is_none() {
            return Err(format!(
                "--since reads a deployed table's report index: give --table too\n{USAGE}"
            ));
        }
        Ok(Self {
            table,
            since,
            format: format
                .as_deref()
                .map(Format::parse)
                .transpose()?
                .unwrap_or_default(),
            html: html.map(PathBuf::from),
        })
    }
}

/// The report in `format`, as printed.
pub fn render_format(model: &ReportModel, format: Format) -> String {
    match format {
        Format::Text => render_text(model),
        Format::Json => {
            // A model of numbers, strings and options: serialising it cannot fail.
            let mut json = serde_json::to_string_pretty(model).unwrap_or_default();
            json.push('\n');
            json
        }
        Format::Csv => csv::render_csv(model),
    }
}

#[cfg(test)]
mod since_tests {
    use super::*;

    // 2026-12-03 and 2026-02-10, UTC.
    const DEC: i64 = 1_796_256_000;
    const FEB: i64 = 1_770_681_600;

    #[test]
    fn since_names_the_months_to_query_or_all() {
        let months =
            |list: &[&str]| Ok(Since::Months(list.iter().map(|m| m.to_string()).collect()));
        assert_eq!(
            Since::parse(None, DEC),
            months(&["2026-10", "2026-11", "2026-12"])
        );
        assert_eq!(
            Since::parse(None, FEB),
            months(&["2025-12", "2026-01", "2026-02"])
        );
        assert_eq!(
            Since::parse(Some("2025-11"), FEB),
            months(&["2025-11", "2025-12", "2026-01", "2026-02"])
        );
        assert_eq!(Since::parse(Some("all"), DEC), Ok(Since::All));
        for bad in ["2026-13", "2026-1", "26-01", "last", "2027-01", ""] {
            assert!(Since::parse(Some(bad), DEC).is_err(), "{bad:?}");
        }
        assert!(ReportArgs::parse(&["--since".into(), "2026-01".into()]).is_err());
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::fixture::store;
    use super::*;

    /// `a` and `b` alike, their numbers equal within a part in 10^12 (serde_json's
    /// fast float parsing may land a unit in the last place away).
    fn assert_same(a: &Value, b: &Value, at: &str) {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
                assert!(
                    (x - y).abs() <= 1e-12 * x.abs().max(1.0),
                    "{at}: {x} != {y}"
                );
            }
            (Value::Array(x), Value::Array(y)) => {
                assert_eq!(x.len(), y.len(), "{at}");
                for (i, (x, y)) in x.iter().zip(y).enumerate() {
                    assert_same(x, y, &format!("{at}[{i}]"));
                }
            }
            (Value::Object(x), Value::Object(y)) => {
                assert_eq!(
                    x.keys().collect::<Vec<_>>(),
                    y.keys().collect::<Vec<_>>(),
                    "{at}"
                );
                for (key, x) in x {
                    assert_same(x, &y[key], &format!("{at}.{key}"));
                }
            }
            _ => assert_eq!(a, b, "{at}"),
        }
    }

    #[test]
    fn the_json_is_the_model_with_its_documented_field_names() {
        let model = ReportModel::from_items(&store());
        let json = render_format(&model, Format::Json);
        let read: Value = serde_json::from_str(&json).unwrap();
        assert_same(&serde_json::to_value(&model).unwrap(), &read, "report");
        let sections: Vec<&str> = read
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            sections,
            [
                "cart_steps",
                "churn",
                "format_version",
                "funnels",
                "invoices",
                "lift",
                "months",
                "recent_failed_payments",
                "retention"
            ]
        );
        assert_eq!(
            read["months"][0]["recovered"][0],
            serde_json::json!({"amount": 35000, "currency": "usd"})
        );
        assert_eq!(read["months"][2]["sent"], 4, "billing's notice too");
        assert_eq!(read["months"][2]["complaints"], 1);
        assert_eq!(read["months"][2]["complaint_rate"], 0.25);
        let quiet = ReportModel::from_items(&[fixture::mail_event(
            "1",
            "complaint",
            "cart",
            "recovery",
            fixture::NOV,
        )]);
        let quiet: Value = serde_json::from_str(&render_format(&quiet, Format::Json)).unwrap();
        assert_eq!(
            (
                &quiet["months"][0]["sent"],
                &quiet["months"][0]["bounce_rate"]
            ),
            (&serde_json::json!(0), &Value::Null),
            "nothing sent: no rate"
        );
        assert_eq!(read["lift"][0]["flow"], "cart");
        assert_eq!(read["lift"][0]["method"], "newcombe_hybrid_score_95");
        assert_eq!(read["lift"][0]["held_out"]["recipients"], 36);
        assert_eq!(read["lift"][1]["too_small"], true);
        assert_eq!(read["recent_failed_payments"][1]["state"], "paid_unmailed");
        assert_eq!(read["recent_failed_payments"][1]["held_out"], true);
        assert!(!json.contains("cus_"), "no customer in the report");
        // The model reads back from its JSON (for tools that want the types).
        let back: ReportModel = serde_json::from_str(&json).unwrap();
        assert_eq!(back.recent_failed_payments, model.recent_failed_payments);
        assert_eq!(back.funnels, model.funnels);
    }

    fn args(line: &str) -> Result<ReportArgs, String> {
        ReportArgs::parse(
            &line
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn the_arguments_are_flags_with_values_in_any_order() {
        assert_eq!(args(""), Ok(ReportArgs::default()));
        assert_eq!(
            args("--html out/report.html --format csv --table Inbox --since 2026-09"),
            Ok(ReportArgs {
                table: Some("Inbox".into()),
                since: Some("2026-09".into()),
                format: Format::Csv,
                html: Some("out/report.html".into()),
            })
        );
        assert_eq!(args("--format json").map(|a| a.format), Ok(Format::Json));
    }

    #[test]
    fn a_wrong_argument_is_named_with_the_usage() {
        for (line, says) in [
            ("--format xml", "unknown format \"xml\": text, csv or json"),
            ("--format", "--format needs a value"),
            ("--table --format json", "--table needs a value"),
            ("--html", "--html needs a value"),
            ("--format csv --format json", "--format given twice"),
            ("--tabel Inbox", "unknown argument \"--tabel\""),
            ("Inbox", "unknown argument \"Inbox\""),
        ] {
            let error = args(line).unwrap_err();
            assert!(error.starts_with(says), "{line}: {error}");
            assert!(error.ends_with(USAGE), "{line}: {error}");
        }
    }
}
