//! `--format csv`: the model as one long table a spreadsheet can filter and pivot, one
//! number (or word) per line, each line saying where it belongs:
//!
//! `section,flow,month,key,metric,value,currency`
//!
//! - `section`: the model's list the record comes from (`months`, `funnels`,
//!   `cart_steps`, `lift`, `recent_failed_payments`, `churn`, `retention`).
//! - `flow`: `cart` or `billing` (empty for `churn` and `retention`).
//! - `month`: `YYYY-MM` (UTC) where the section has one (for a failed payment, its `at`'s).
//! - `key`: what else identifies the record: the step (`cart_steps`), the invoice
//!   (`recent_failed_payments`), `reason/feedback` (`churn`); else empty.
//! - `metric`: the model's field (`lift`'s groups flattened: `mailed_recipients`,
//!   `held_out_rate`, …; `months`' `recovered[]` as `recovered`, one line per currency;
//!   `months`' deliverability as `sent`, `hard_bounces`, …, `complaint_rate`).
//! - `value`: a number (counts; amounts in minor units; rates and the lift as fractions;
//!   `too_small` and `held_out` as 1 or 0), but a failed payment's `decline_code` and
//!   `state`, which are words. A value the model has as `null` has no line.
//! - `currency`: the lowercase currency of an amount, and of every line of a `churn` or
//!   `retention` record (they are per currency: its counts are that currency's); else
//!   empty.
//!
//! RFC 4180: comma-separated, CRLF line ends, a field holding a comma, a quote or a
//! line break quoted with its quotes doubled.

use super::model::ReportModel;
use super::tally::month;

pub const CSV_HEADER: [&str; 7] = [
    "section", "flow", "month", "key", "metric", "value", "currency",
];

/// One field, quoted when RFC 4180 asks for it.
fn field(value: &str) -> String {
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// The lines of one record: where it belongs, then one line per metric.
struct Record<'a> {
    out: &'a mut String,
    /// `section,flow,month,key`, quoted.
    place: String,
    /// The currency of every line of a record that is per currency.
    currency: Option<String>,
}

fn record<'a>(
    out: &'a mut String,
    section: &str,
    flow: &str,
    month: &str,
    key: &str,
) -> Record<'a> {
    let place = [section, flow, month, key].map(field).join(",");
    Record {
        out,
        place,
        currency: None,
    }
}

impl Record<'_> {
    /// Every line of this record in `currency`.
    fn per_currency(mut self, currency: &str) -> Self {
        self.currency = Some(currency.to_owned());
        self
    }

    fn line(&mut self, metric: &str, value: &str, currency: &str) {
        let currency = self.currency.as_deref().unwrap_or(currency);
        self.out.push_str(&self.place);
        for value in [metric, value, currency] {
            self.out.push(',');
            self.out.push_str(&field(value));
        }
        self.out.push_str("\r\n");
    }

    fn count(&mut self, metric: &str, value: u64) {
        self.line(metric, &value.to_string(), "");
    }

    fn amount(&mut self, metric: &str, amount: i64, currency: &str) {
        self.line(metric, &amount.to_string(), currency);
    }

    /// A fraction, printed as the shortest decimal that reads back as the same `f64`.
    fn fraction(&mut self, metric: &str, value: Option<f64>) {
        if let Some(value) = value {
            self.line(metric, &value.to_string(), "");
        }
    }

    fn flag(&mut self, metric: &str, value: bool) {
        self.count(metric, u64::from(value));
    }
}

pub fn render_csv(model: &ReportModel) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for row in &model.months {
        let mut lines = record(&mut out, "months", row.flow.name(), &row.month, "");
        lines.count("events", row.events);
        lines.count("mails", row.mails);
        lines.count("recoveries", row.recoveries);
        lines.fraction("rate", row.rate);
        for money in &row.recovered {
            lines.amount("recovered", money.amount, &money.currency);
        }
        lines.count("sent", row.sent);
        lines.count("hard_bounces", row.hard_bounces);
        lines.count("soft_bounces", row.soft_bounces);
        lines.count("complaints", row.complaints);
        lines.count("rejects", row.rejects);
        lines.fraction("bounce_rate", row.bounce_rate);
        lines.fraction("complaint_rate", row.complaint_rate);
    }
    for row in &model.invoices {
        let mut lines = record(&mut out, "invoices", "billing", &row.month, "");
        lines.count("attempted", row.attempted);
        lines.count("failed", row.failed);
        lines.fraction("failure_rate", row.failure_rate);
        lines.count("recovered", row.recovered);
        lines.fraction("recovery_rate", row.recovery_rate);
        lines.count("held_out", row.held_out);
        lines.count("after_click", row.after_click);
        lines.count("card_updated", row.card_updated);
        lines.count("after_mail", row.after_mail);
        lines.count("before_mail", row.before_mail);
        lines.fraction("median_days_to_recovery", row.median_days_to_recovery);
        for money in &row.recovered_amounts {
            lines.amount("recovered_amount", money.amount, &money.currency);
        }
        for (kind, count) in &row.after_kind {
            let mut lines = record(&mut out, "invoices_after_kind", "billing", &row.month, kind);
            lines.count("recovered", *count);
        }
        for (code, counts) in &row.decline_codes {
            let mut lines = record(
                &mut out,
                "invoices_decline_code",
                "billing",
                &row.month,
                code,
            );
            lines.count("failed", counts.failed);
            lines.count("recovered", counts.recovered);
        }
    }
    for funnel in &model.funnels {
        let mut lines = record(&mut out, "funnels", funnel.flow.name(), "", "");
        lines.count("events", funnel.events);
        if let Some(expired) = funnel.sessions_expired {
            lines.count("sessions_expired", expired);
        }
        if let Some(consented) = funnel.with_consent {
            lines.count("with_consent", consented);
        }
        lines.count("mailed", funnel.mailed);
        if let Some(clicked) = funnel.clicked {
            lines.count("clicked", clicked);
        }
        lines.count("recovered", funnel.recovered);
    }
    for step in &model.cart_steps {
        let key = step.step.to_string();
        let mut lines = record(&mut out, "cart_steps", "cart", "", &key);
        lines.count("mails", step.mails);
        lines.count("conversions", step.conversions);
        lines.fraction("rate", step.rate);
    }
    for lift in &model.lift {
        let mut lines = record(&mut out, "lift", lift.flow.name(), "", "");
        lines.count("mailed_recipients", lift.mailed.recipients);
        lines.count("mailed_recovered", lift.mailed.recovered);
        lines.fraction("mailed_rate", lift.mailed.rate);
        lines.count("held_out_recipients", lift.held_out.recipients);
        lines.count("held_out_recovered", lift.held_out.recovered);
        lines.fraction("held_out_rate", lift.held_out.rate);
        lines.fraction("difference", lift.difference);
        lines.fraction("low", lift.low);
        lines.fraction("high", lift.high);
        lines.flag("too_small", lift.too_small);
    }
    for payment in &model.recent_failed_payments {
        let failed_month = month(payment.at);
        let mut lines = record(
            &mut out,
            "recent_failed_payments",
            "billing",
            &failed_month,
            &payment.invoice,
        );
        lines.line("at", &payment.at.to_string(), "");
        if let (Some(amount), Some(currency)) = (payment.amount, &payment.currency) {
            lines.amount("amount", amount, currency);
        }
        lines.line("decline_code", &payment.decline_code, "");
        lines.line("state", payment.state.name(), "");
        lines.flag("held_out", payment.held_out);
    }
    for entry in &model.churn {
        let key = format!("{}/{}", entry.reason, entry.feedback);
        let mut lines =
            record(&mut out, "churn", "", &entry.month, &key).per_currency(&entry.currency);
        lines.count("cancellations", entry.cancellations);
        lines.count("scheduled", entry.scheduled);
        lines.amount("monthly_amount", entry.monthly_amount, &entry.currency);
    }
    for entry in &model.retention {
        let mut lines =
            record(&mut out, "retention", "", &entry.month, "").per_currency(&entry.currency);
        lines.count("coupons", entry.coupons);
        lines.amount("monthly_amount", entry.monthly_amount, &entry.currency);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::fixture::store;
    use super::super::model::ReportModel;
    use super::super::tally::month;
    use super::*;

    /// RFC 4180 read back, independently of the writer: records of fields.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let (mut records, mut record, mut field) = (vec![], vec![], String::new());
        let mut chars = csv.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => record.push(std::mem::take(&mut field)),
                (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CRLF"),
                (false, '\n') => panic!("a bare LF ends a line"),
                (false, c) => field.push(c),
            }
            if !quoted && c == '\r' {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
        }
        assert!(field.is_empty() && record.is_empty(), "the last line ends");
        records
    }

    type Place = (String, String, String, String, String, String);

    /// (section, flow, month, key, metric, currency) → value, every key once.
    fn table(csv: &str) -> BTreeMap<Place, String> {
        let mut records = parse(csv).into_iter();
        assert_eq!(records.next().unwrap(), CSV_HEADER);
        let mut table = BTreeMap::new();
        for record in records {
            let [section, flow, month, key, metric, value, currency]: [String; 7] =
                record.try_into().expect("seven fields");
            let place = (section, flow, month, key, metric, currency);
            assert!(
                table.insert(place.clone(), value).is_none(),
                "{place:?} twice"
            );
        }
        table
    }

    #[test]
    fn every_number_of_the_model_is_a_line_of_the_csv() {
        let model = ReportModel::from_items(&store());
        let mut table = table(&render_csv(&model));
        let mut take =
            |section: &str, flow: &str, month: &str, key: &str, metric: &str, currency: &str| {
                let place = (
                    section.to_owned(),
                    flow.to_owned(),
                    month.to_owned(),
                    key.to_owned(),
                    metric.to_owned(),
                    currency.to_owned(),
                );
                table
                    .remove(&place)
                    .unwrap_or_else(|| panic!("no line {place:?}"))
            };
        let number = |value: String| value.parse::<f64>().expect("a number");
        for row in &model.months {
            let flow = row.flow.name();
            assert_eq!(
                take("months", flow, &row.month, "", "events", ""),
                row.events.to_string()
            );
            assert_eq!(
                take("months", flow, &row.month, "", "mails", ""),
                row.mails.to_string()
            );
            assert_eq!(
                take("months", flow, &row.month, "", "recoveries", ""),
                row.recoveries.to_string()
            );
            assert_eq!(
                number(take("months", flow, &row.month, "", "rate", "")),
                row.rate.unwrap(),
                "a rate reads back as the same number"
            );
            for money in &row.recovered {
                assert_eq!(
                    take("months", flow, &row.month, "", "recovered", &money.currency),
                    money.amount.to_string()
                );
            }
            for (metric, value) in [
                ("sent", row.sent),
                ("hard_bounces", row.hard_bounces),
                ("soft_bounces", row.soft_bounces),
                ("complaints", row.complaints),
                ("rejects", row.rejects),
            ] {
                assert_eq!(
                    take("months", flow, &row.month, "", metric, ""),
                    value.to_string()
                );
            }
            for (metric, value) in [
                ("bounce_rate", row.bounce_rate),
                ("complaint_rate", row.complaint_rate),
            ] {
                assert_eq!(
                    number(take("months", flow, &row.month, "", metric, "")),
                    value.unwrap(),
                    "{metric}"
                );
            }
        }
        for row in &model.invoices {
            let m = row.month.as_str();
            for (metric, value) in [
                ("attempted", row.attempted),
                ("failed", row.failed),
                ("recovered", row.recovered),
                ("held_out", row.held_out),
                ("after_click", row.after_click),
                ("card_updated", row.card_updated),
                ("after_mail", row.after_mail),
                ("before_mail", row.before_mail),
            ] {
                assert_eq!(
                    take("invoices", "billing", m, "", metric, ""),
                    value.to_string()
                );
            }
            for (metric, value) in [
                ("failure_rate", row.failure_rate),
                ("recovery_rate", row.recovery_rate),
                ("median_days_to_recovery", row.median_days_to_recovery),
            ] {
                if let Some(value) = value {
                    assert_eq!(
                        number(take("invoices", "billing", m, "", metric, "")),
                        value
                    );
                }
            }
            for money in &row.recovered_amounts {
                assert_eq!(
                    take(
                        "invoices",
                        "billing",
                        m,
                        "",
                        "recovered_amount",
                        &money.currency
                    ),
                    money.amount.to_string()
                );
            }
            for (kind, count) in &row.after_kind {
                assert_eq!(
                    take("invoices_after_kind", "billing", m, kind, "recovered", ""),
                    count.to_string()
                );
            }
            for (code, counts) in &row.decline_codes {
                assert_eq!(
                    take("invoices_decline_code", "billing", m, code, "failed", ""),
                    counts.failed.to_string()
                );
                assert_eq!(
                    take("invoices_decline_code", "billing", m, code, "recovered", ""),
                    counts.recovered.to_string()
                );
            }
        }
        for funnel in &model.funnels {
            let flow = funnel.flow.name();
            for (metric, value) in [
                ("events", Some(funnel.events)),
                ("sessions_expired", funnel.sessions_expired),
                ("with_consent", funnel.with_consent),
                ("mailed", Some(funnel.mailed)),
                ("clicked", funnel.clicked),
                ("recovered", Some(funnel.recovered)),
            ] {
                if let Some(value) = value {
                    assert_eq!(take("funnels", flow, "", "", metric, ""), value.to_string());
                }
            }
        }
        for step in &model.cart_steps {
            let key = step.step.to_string();
            assert_eq!(
                take("cart_steps", "cart", "", &key, "mails", ""),
                step.mails.to_string()
            );
            assert_eq!(
                take("cart_steps", "cart", "", &key, "conversions", ""),
                step.conversions.to_string()
            );
            if let Some(rate) = step.rate {
                assert_eq!(
                    number(take("cart_steps", "cart", "", &key, "rate", "")),
                    rate
                );
            }
        }
        for lift in &model.lift {
            let flow = lift.flow.name();
            for (metric, value) in [
                ("mailed_recipients", lift.mailed.recipients),
                ("mailed_recovered", lift.mailed.recovered),
                ("held_out_recipients", lift.held_out.recipients),
                ("held_out_recovered", lift.held_out.recovered),
                ("too_small", u64::from(lift.too_small)),
            ] {
                assert_eq!(take("lift", flow, "", "", metric, ""), value.to_string());
            }
            for (metric, value) in [
                ("mailed_rate", lift.mailed.rate),
                ("held_out_rate", lift.held_out.rate),
                ("difference", lift.difference),
                ("low", lift.low),
                ("high", lift.high),
            ] {
                assert_eq!(
                    number(take("lift", flow, "", "", metric, "")),
                    value.unwrap()
                );
            }
        }
        for payment in &model.recent_failed_payments {
            let month = month(payment.at);
            let mut at = |metric, currency| {
                take(
                    "recent_failed_payments",
                    "billing",
                    &month,
                    &payment.invoice,
                    metric,
                    currency,
                )
            };
            assert_eq!(at("at", ""), payment.at.to_string());
            if let (Some(amount), Some(currency)) = (payment.amount, &payment.currency) {
                assert_eq!(at("amount", currency), amount.to_string());
            }
            assert_eq!(at("decline_code", ""), payment.decline_code);
            assert_eq!(at("state", ""), payment.state.name());
            assert_eq!(at("held_out", ""), u64::from(payment.held_out).to_string());
        }
        for entry in &model.churn {
            let key = format!("{}/{}", entry.reason, entry.feedback);
            assert_eq!(
                take(
                    "churn",
                    "",
                    &entry.month,
                    &key,
                    "cancellations",
                    &entry.currency
                ),
                entry.cancellations.to_string()
            );
            assert_eq!(
                take(
                    "churn",
                    "",
                    &entry.month,
                    &key,
                    "scheduled",
                    &entry.currency
                ),
                entry.scheduled.to_string()
            );
            assert_eq!(
                take(
                    "churn",
                    "",
                    &entry.month,
                    &key,
                    "monthly_amount",
                    &entry.currency
                ),
                entry.monthly_amount.to_string()
            );
        }
        for entry in &model.retention {
            assert_eq!(
                take(
                    "retention",
                    "",
                    &entry.month,
                    "",
                    "coupons",
                    &entry.currency
                ),
                entry.coupons.to_string()
            );
            assert_eq!(
                take(
                    "retention",
                    "",
                    &entry.month,
                    "",
                    "monthly_amount",
                    &entry.currency
                ),
                entry.monthly_amount.to_string()
            );
        }
        assert!(table.is_empty(), "lines the model does not have: {table:?}");
    }

    #[test]
    fn a_field_with_a_comma_a_quote_or_a_line_break_is_quoted() {
        assert_eq!(field("usd"), "usd");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\r\nlines"), "\"two\r\nlines\"");
        let mut model = ReportModel::from_items(&store());
        model.churn[0].reason = "=cmd(),\"x\"\r\nnext".into();
        let csv = render_csv(&model);
        let records = parse(&csv);
        assert!(
            records
                .iter()
                .any(|r| r[3] == "=cmd(),\"x\"\r\nnext/too_expensive"),
            "{csv}"
        );
        assert!(records.iter().all(|r| r.len() == CSV_HEADER.len()));
    }
}
