//! The report as tables for a terminal (`--format text`, the default).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use stripe_recovery::mail::format_amount_code;

use super::tally::{Churn, Report};

/// The carts' sequences by step, as a table for a terminal.
pub fn render_steps(steps: &BTreeMap<u8, (u64, u64)>) -> String {
    let mut out = String::new();
    if steps.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<10} {:>6} {:>11}",
        "cart step", "mails", "conversions"
    );
    for (step, (mails, conversions)) in steps {
        let _ = writeln!(out, "{step:<10} {mails:>6} {conversions:>11}");
    }
    out.push_str("(a conversion is credited to the last step mailed before the purchase)\n");
    out
}

fn money(amount: i64, currency: &str) -> String {
    if currency == "-" {
        "-".to_owned()
    } else {
        format_amount_code(amount, currency)
    }
}

/// The churn tables for a terminal (nothing when nothing was recorded).
pub fn render_churn(churn: &Churn) -> String {
    let mut out = String::new();
    if churn.cancellations.is_empty() && churn.retained.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<8} {:<23} {:<17} {:>13} {:>9}  monthly amount lost",
        "month", "churn reason", "feedback", "cancellations", "scheduled"
    );
    for (key, row) in &churn.cancellations {
        let _ = writeln!(
            out,
            "{:<8} {:<23} {:<17} {:>13} {:>9}  {}",
            key.month,
            key.reason,
            key.feedback,
            row.cancellations,
            row.scheduled,
            money(row.monthly_amount, &key.currency)
        );
    }
    if !churn.retained.is_empty() {
        let _ = writeln!(
            out,
            "{:<8} {:>23}  monthly amount kept",
            "month", "retention coupons taken"
        );
        for ((month, currency), (count, amount)) in &churn.retained {
            let _ = writeln!(out, "{month:<8} {count:>23}  {}", money(*amount, currency));
        }
    }
    out.push_str(
        "(one per subscription, by the month it cancelled; scheduled: not ended yet; amounts: list prices a month)\n",
    );
    out
}

/// The report as a table for a terminal.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<8} {:<8} {:>7} {:>6} {:>10} {:>7}  recovered",
        "flow", "month", "events", "mails", "recoveries", "rate"
    );
    if report.is_empty() {
        out.push_str("(nothing recorded yet)\n");
    }
    for ((flow, month), row) in report {
        let rate = row
            .rate()
            .map_or_else(|| "-".to_owned(), |rate| format!("{rate:.1} %"));
        let recovered = if row.recovered.is_empty() {
            "-".to_owned()
        } else {
            row.recovered
                .iter()
                .map(|(currency, amount)| format_amount_code(*amount, currency))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            out,
            "{:<8} {:<8} {:>7} {:>6} {:>10} {:>7}  {recovered}",
            flow.name(),
            month,
            row.events,
            row.mails,
            row.recoveries,
            rate
        );
    }
    out.push_str("(events: from the inbox, which keeps 30 days; rate: recoveries per mail)\n");
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{churn_items, month_items};
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
    fn an_empty_table_says_so() {
        assert!(render(&tally(&[])).contains("nothing recorded yet"));
    }
}
