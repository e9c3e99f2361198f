//! The report as tables for a terminal (`--format text`, the default).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use stripe_recovery::lift::{MIN_GROUP, MIN_RECOVERIES};
use stripe_recovery::mail::format_amount_code;

use super::invoices::InvoiceMonth;
use super::model::{
    CartStep, ChurnEntry, FlowLift, MonthRow, ReportModel, RetentionEntry, SES_REVIEW_NOTE,
    cart_steps_of, churn_of, months_of,
};
use super::tally::{Churn, Flow, Report};

/// Every table of the report: per flow and month (and the mails' deliverability), per
/// cart step, the lift (once some
/// recipient was held out: the holdout is off by default) and the churn.
pub fn render_text(model: &ReportModel) -> String {
    let mut out = render_months(&model.months);
    out.push_str(&render_deliverability(&model.months));
    out.push_str(&render_invoices(&model.invoices));
    out.push_str(&render_cart_funnel(model));
    out.push_str(&render_cart_steps(&model.cart_steps));
    if model.has_holdouts() {
        out.push_str(&render_lift(&model.lift));
    }
    out.push_str(&render_churn_entries(&model.churn, &model.retention));
    out
}

/// A rate (0..1) in percent, `-` when there is none.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "-".to_owned(), |rate| format!("{:.1} %", 100.0 * rate))
}

/// A small rate (0..1) in percent to a hundredth (a complaint rate's 0.1 % level is
/// read in hundredths), `-` when there is none.
pub fn fine_percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "-".to_owned(), |rate| format!("{:.2} %", 100.0 * rate))
}

/// A difference of rates in percentage points, signed (`+18.6`, `-0.4`, `+0.0`).
pub fn points(difference: f64) -> String {
    let tenths = (difference * 1000.0).round();
    // -0.0 would print "-0.0".
    let tenths = if tenths == 0.0 { 0.0 } else { tenths };
    format!("{:+.1}", tenths / 10.0)
}

/// An amount with its currency, `-` when the currency is unknown.
pub fn money(amount: i64, currency: &str) -> String {
    if currency == "-" {
        "-".to_owned()
    } else {
        format_amount_code(amount, currency)
    }
}

/// The carts' sequences by step, as a table for a terminal.
pub fn render_steps(steps: &BTreeMap<u8, (u64, u64)>) -> String {
    render_cart_steps(&cart_steps_of(steps))
}

/// The carts' funnel on one line, once a session was recorded as expired.
fn render_cart_funnel(model: &ReportModel) -> String {
    let cart = model.funnels.iter().find(|f| f.flow == Flow::Cart);
    let Some((funnel, expired)) = cart.and_then(|f| Some((f, f.sessions_expired?))) else {
        return String::new();
    };
    if expired == 0 {
        return String::new();
    }
    format!(
        "cart funnel: {expired} sessions expired, {} with consent, {} mailed, {} opened the link, \
         {} recovered\n",
        funnel.with_consent.unwrap_or_default(),
        funnel.mailed,
        funnel.clicked.unwrap_or_default(),
        funnel.recovered
    )
}

fn render_cart_steps(steps: &[CartStep]) -> String {
    let mut out = String::new();
    if steps.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<10} {:>6} {:>11} {:>6}",
        "cart step", "mails", "conversions", "rate"
    );
    for step in steps {
        let _ = writeln!(
            out,
            "{:<10} {:>6} {:>11} {:>6}",
            step.step,
            step.mails,
            step.conversions,
            percent(step.rate)
        );
    }
    out.push_str("(a conversion is credited to the last step mailed before the purchase)\n");
    out
}

/// The churn tables for a terminal (nothing when nothing was recorded).
pub fn render_churn(churn: &Churn) -> String {
    let (cancellations, retention) = churn_of(churn);
    render_churn_entries(&cancellations, &retention)
}

fn render_churn_entries(cancellations: &[ChurnEntry], retention: &[RetentionEntry]) -> String {
    let mut out = String::new();
    if cancellations.is_empty() && retention.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<8} {:<23} {:<17} {:>13} {:>9}  monthly amount lost",
        "month", "churn reason", "feedback", "cancellations", "scheduled"
    );
    for entry in cancellations {
        let _ = writeln!(
            out,
            "{:<8} {:<23} {:<17} {:>13} {:>9}  {}",
            entry.month,
            entry.reason,
            entry.feedback,
            entry.cancellations,
            entry.scheduled,
            money(entry.monthly_amount, &entry.currency)
        );
    }
    if !retention.is_empty() {
        let _ = writeln!(
            out,
            "{:<8} {:>23}  monthly amount kept",
            "month", "retention coupons taken"
        );
        for entry in retention {
            let _ = writeln!(
                out,
                "{:<8} {:>23}  {}",
                entry.month,
                entry.coupons,
                money(entry.monthly_amount, &entry.currency)
            );
        }
    }
    out.push_str(
        "(one per subscription, by the month it cancelled; scheduled: not ended yet; amounts: list prices a month)\n",
    );
    out
}

/// The report as a table for a terminal.
pub fn render(report: &Report) -> String {
    render_months(&months_of(report))
}

fn render_months(months: &[MonthRow]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<8} {:<8} {:>7} {:>6} {:>10} {:>7}  recovered",
        "flow", "month", "events", "mails", "recoveries", "rate"
    );
    if months.is_empty() {
        out.push_str("(nothing recorded yet)\n");
    }
    for row in months {
        let recovered = if row.recovered.is_empty() {
            "-".to_owned()
        } else {
            row.recovered
                .iter()
                .map(|money| format_amount_code(money.amount, &money.currency))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "{:<8} {:<8} {:>7} {:>6} {:>10} {:>7}  {recovered}",
            row.flow.name(),
            row.month,
            row.events,
            row.mails,
            row.recoveries,
            percent(row.rate)
        );
    }
    out.push_str("(events: from the inbox, which keeps 30 days; rate: recoveries per mail)\n");
    out
}

/// Per flow and month, the mails sent and what SES said of them (nothing when no mail
/// was sent and SES said nothing).
fn render_deliverability(months: &[MonthRow]) -> String {
    let mut out = String::new();
    let rows: Vec<&MonthRow> = months.iter().filter(|m| m.has_deliverability()).collect();
    if rows.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<14} {:<8} {:>6} {:>11} {:>14} {:>12} {:>10} {:>12} {:>7}",
        "deliverability",
        "month",
        "sent",
        "bounce rate",
        "complaint rate",
        "hard bounces",
        "complaints",
        "soft bounces",
        "rejects"
    );
    for row in rows {
        let line = format!(
            "{:<14} {:<8} {:>6} {:>11} {:>14} {:>12} {:>10} {:>12} {:>7}",
            row.flow.name(),
            row.month,
            row.sent,
            fine_percent(row.bounce_rate),
            fine_percent(row.complaint_rate),
            row.hard_bounces,
            row.complaints,
            row.soft_bounces,
            row.rejects
        );
        let mark = if row.over_review() {
            "  at SES's review level"
        } else {
            ""
        };
        let _ = writeln!(out, "{line}{mark}");
    }
    let _ = writeln!(
        out,
        "(sent: every mail, billing's notices too; SES's events by the month it reported them; \
         bounce rate: hard bounces / sent; complaint rate: complaints / sent; soft bounces and \
         rejects are in no rate; mail without our tags (untagged) is not counted; \
         {SES_REVIEW_NOTE})"
    );
    out
}

/// Billing per failed invoice, per month of the invoices' first attempt (nothing when
/// no attempt is recorded).
fn render_invoices(months: &[InvoiceMonth]) -> String {
    let mut out = String::new();
    if months.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<8} {:>9} {:>6} {:>8} {:>9} {:>8} {:>8} {:>11} {:>12} {:>10} {:>11} {:>11}  recovered",
        "invoices",
        "attempted",
        "failed",
        "failure",
        "recovered",
        "recovery",
        "held out",
        "after click",
        "card updated",
        "after mail",
        "before mail",
        "median days"
    );
    for row in months {
        let recovered = if row.recovered_amounts.is_empty() {
            "-".to_owned()
        } else {
            row.recovered_amounts
                .iter()
                .map(|money| format_amount_code(money.amount, &money.currency))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let days = row
            .median_days_to_recovery
            .map_or_else(|| "-".to_owned(), |days| format!("{days:.1}"));
        let _ = writeln!(
            out,
            "{:<8} {:>9} {:>6} {:>8} {:>9} {:>8} {:>8} {:>11} {:>12} {:>10} {:>11} {:>11}  {recovered}",
            row.month,
            row.attempted,
            row.failed,
            percent(row.failure_rate),
            row.recovered,
            percent(row.recovery_rate),
            row.held_out,
            row.after_click,
            row.card_updated,
            row.after_mail,
            row.before_mail,
            days
        );
        for (code, counts) in &row.decline_codes {
            let _ = writeln!(
                out,
                "  declined {code}: {} failed, {} recovered",
                counts.failed, counts.recovered
            );
        }
    }
    out.push_str(
        "(subscription invoices by the month of their first attempt; failure: failed / attempted; \
         recovery: paid since / failed; \
         the recovered by how, each in the first that holds: held out, after a mail and a click on its \
         portal link, after Stripe's card updater, after a mail, before any mail)\n",
    );
    out
}

/// The mails' lift per flow: each group's recipients, recoveries and rate, the
/// difference and its 95 % interval in percentage points.
fn render_lift(lifts: &[FlowLift]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<8} {:>7} {:>9} {:>7}  {:>8} {:>9} {:>7}  {:>10}  {:<17}  verdict",
        "lift",
        "mailed",
        "recovered",
        "rate",
        "held out",
        "recovered",
        "rate",
        "difference",
        "95 % interval"
    );
    for lift in lifts {
        let (difference, interval) = match (lift.difference, lift.low, lift.high) {
            (Some(difference), Some(low), Some(high)) => (
                format!("{} pts", points(difference)),
                format!("{} to {}", points(low), points(high)),
            ),
            _ => ("-".to_owned(), "-".to_owned()),
        };
        let _ = writeln!(
            out,
            "{:<8} {:>7} {:>9} {:>7}  {:>8} {:>9} {:>7}  {:>10}  {:<17}  {}",
            lift.flow.name(),
            lift.mailed.recipients,
            lift.mailed.recovered,
            percent(lift.mailed.rate),
            lift.held_out.recipients,
            lift.held_out.recovered,
            percent(lift.held_out.rate),
            difference,
            interval,
            lift.verdict().text()
        );
    }
    let _ = writeln!(
        out,
        "(lift: the mailed group's recovery rate minus the held-out group's, in percentage points; \
         95 % interval: Newcombe's hybrid score interval (1998, method 10); \
         too small to say: under {MIN_GROUP} recipients in a group or {MIN_RECOVERIES} recoveries in both)"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{churn_items, month_items, store};
    use super::super::tally::{cart_steps, churn, tally};
    use super::*;

    #[test]
    fn the_month_table_has_a_line_per_flow_and_month() {
        let items = month_items();
        let table = render(&tally(&items));
        assert!(
            table.contains("cart     2026-12        1      3          2  66.7 %  USD 52.00"),
            "{table}"
        );
        assert!(
            table.contains("billing  2026-11        1      3          1  33.3 %  EUR 10.00"),
            "{table}"
        );
        assert!(
            table.contains("billing  2026-12        1      0          0       -  -"),
            "{table}"
        );
        assert!(render_steps(&cart_steps(&items)).contains("2               1           1"));
    }

    #[test]
    fn deliverability_has_a_line_per_flow_and_month_sent_with_ses_review_levels() {
        let text = render_text(&ReportModel::from_items(&store()));
        let table: Vec<&str> = text
            .lines()
            .skip_while(|line| !line.starts_with("deliverability"))
            .take(6)
            .collect();
        assert_eq!(
            table[..5],
            [
                "deliverability month      sent bounce rate complaint rate hard bounces complaints soft bounces rejects",
                "cart           2026-11      41      2.44 %         0.00 %            1          0            0       0",
                "cart           2026-12       3      0.00 %         0.00 %            0          0            0       0",
                "billing        2026-11       4      0.00 %        25.00 %            0          1            1       0  at SES's review level",
                "billing        2026-12       1      0.00 %         0.00 %            0          0            0       0",
            ],
            "{text}"
        );
        assert!(
            table[5].contains("bounce rate: hard bounces / sent"),
            "{text}"
        );
        assert!(table[5].contains("(untagged) is not counted"), "{text}");
        assert!(table[5].contains(SES_REVIEW_NOTE), "{text}");
        // The note's levels are the ones flagged.
        use super::super::model::{SES_BOUNCE_REVIEW, SES_COMPLAINT_REVIEW};
        assert_eq!(
            (
                percent(Some(SES_BOUNCE_REVIEW)),
                percent(Some(SES_COMPLAINT_REVIEW))
            ),
            ("5.0 %".to_owned(), "0.1 %".to_owned())
        );
        assert!(SES_REVIEW_NOTE.contains("5 % bounce rate or a 0.1 % complaint rate"));
        // Nothing sent, nothing heard: no table.
        assert!(!render_text(&ReportModel::from_items(&[])).contains("deliverability"));
        assert_eq!(fine_percent(Some(0.0005)), "0.05 %");
    }

    #[test]
    fn the_churn_tables_have_a_line_per_reason_and_per_month_of_coupons() {
        let table = render_churn(&churn(&churn_items()));
        assert!(
            table.contains("2026-11  cancellation_requested  too_expensive                 2         1  USD 50.00"),
            "{table}"
        );
        assert!(
            table.contains("2026-11                        1  USD 10.00"),
            "{table}"
        );
        assert_eq!(render_churn(&Churn::default()), "");
    }

    #[test]
    fn the_lift_table_shows_each_group_the_difference_and_its_interval() {
        let model = ReportModel::from_items(&store());
        let text = render_text(&model);
        assert!(text.starts_with(&render(&tally(&store()))), "{text}");
        let cart = &model.lift[0];
        let line = text
            .lines()
            .find(|line| line.starts_with("cart  ") && line.contains("pts"))
            .unwrap_or_else(|| panic!("no cart lift in {text}"));
        assert!(
            line.contains("     43        16  37.2 %        36         4  11.1 %"),
            "{line}"
        );
        let difference = format!("{} pts", points(cart.difference.unwrap()));
        assert_eq!(difference, "+26.1 pts");
        assert!(line.contains(&difference), "{line}");
        assert!(
            line.contains(&format!(
                "{} to {}",
                points(cart.low.unwrap()),
                points(cart.high.unwrap())
            )),
            "{line}"
        );
        assert!(line.ends_with("the mails help"), "{line}");
        let billing = text
            .lines()
            .find(|line| line.starts_with("billing ") && line.contains("pts"));
        assert!(billing.unwrap().ends_with("too small to say"), "{text}");
        assert!(text.contains("Newcombe's hybrid score interval (1998, method 10)"));
        // No one held out (the holdout is off by default): no lift table.
        let text = render_text(&ReportModel::from_items(&month_items()[..8]));
        assert!(!text.contains("held out"), "{text}");
    }

    #[test]
    fn points_are_signed_tenths_and_never_minus_zero() {
        assert_eq!(points(0.186), "+18.6");
        assert_eq!(points(-0.0004), "+0.0");
        assert_eq!(points(-0.25), "-25.0");
        assert_eq!(percent(Some(1.0 / 3.0)), "33.3 %");
        assert_eq!(percent(None), "-");
    }

    #[test]
    fn an_empty_table_says_so() {
        assert!(render(&tally(&[])).contains("nothing recorded yet"));
    }
}
