//! `--html FILE`: the report as one self-contained page a merchant can open, keep or
//! send: inline CSS, SVG charts drawn here, no script, nothing fetched (its
//! Content-Security-Policy forbids it too), readable on a phone. The page is
//! `local/templates/report.html`, rendered by minijinja with HTML autoescape: every
//! string from the store reaches the page escaped.
//!
//! This module only turns the model into what the template draws: display strings and
//! chart geometry (pure); the template lays them out.

use std::collections::BTreeMap;

use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;
use stripe_recovery::lift::{MIN_GROUP, MIN_RECOVERIES};
use stripe_recovery::mail::format_amount_code;
use stripe_recovery::time::{civil_date, rfc3339};

use super::invoices::InvoiceMonth;
use super::model::{
    ChurnEntry, FlowLift, Funnel, GroupCounts, Money, MonthRow, ReportModel, RetentionEntry,
    SES_BOUNCE_REVIEW, SES_COMPLAINT_REVIEW, SES_REVIEW_NOTE, Verdict, lift_of,
};
use super::tally::{FailedPayment, Flow, PaymentState};
use super::text::{fine_percent, money, percent, points};

const TEMPLATE_NAME: &str = "report.html";
const TEMPLATE: &str = include_str!("../../templates/report.html");

/// The charts' coordinate system: 360 wide, about a phone's CSS width, so their text is
/// near its nominal size there; wider screens scale them up to the CSS `max-width`.
const VIEW_WIDTH: f64 = 360.0;
/// The longest bar, leaving room on its right for the value.
const BAR_MAX: f64 = 220.0;
/// One bar's row: its label above, the bar below.
const ROW_HEIGHT: f64 = 36.0;

/// Renders the page; `generated_at` (unix seconds) is printed in its header.
pub fn render_html(model: &ReportModel, generated_at: i64) -> Result<String, String> {
    let mut env = Environment::new();
    // A misspelled field is an error, not an empty cell.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.add_template(TEMPLATE_NAME, TEMPLATE)
        .map_err(|e| format!("report template: {e}"))?;
    let page = page(model, generated_at);
    env.get_template(TEMPLATE_NAME)
        .and_then(|template| template.render(&page))
        .map_err(|e| format!("report template: {e}"))
}

#[derive(Debug, Serialize)]
struct Page {
    generated: String,
    lift_method: String,
    flows: Vec<FlowView>,
    cart_steps: Vec<CartStepView>,
    /// Billing per failed invoice: a line per month, and the split by how the failed
    /// invoices were recovered and by decline code, every month together.
    invoices: Vec<InvoiceView>,
    invoice_charts: Vec<BarChart>,
    payments: Vec<PaymentView>,
    churn: Vec<ChurnView>,
    retention: Vec<RetentionView>,
    /// SES's review levels, for the deliverability tables' note.
    ses_review: String,
}

#[derive(Debug, Serialize)]
struct FlowView {
    id: &'static str,
    title: &'static str,
    /// What the flow's funnel counts once: `a cart`, `an invoice`.
    unit: &'static str,
    funnel: BarChart,
    rates: BarChart,
    /// One chart per currency: amounts in different currencies share no axis.
    amounts: Vec<BarChart>,
    lift: LiftView,
    months: Vec<MonthView>,
    /// The months the flow sent mail or SES reported on it.
    deliverability: Vec<DeliverabilityView>,
}

/// Horizontal bars, one per row, each with its label and value written out.
#[derive(Debug, Serialize)]
struct BarChart {
    /// Its heading on the page, within its flow's section.
    heading: String,
    /// What a screen reader says: the title and every bar's label and value.
    description: String,
    height: String,
    bars: Vec<Bar>,
}

#[derive(Debug, Serialize)]
struct Bar {
    label: String,
    value: String,
    label_y: String,
    bar_y: String,
    width: String,
    value_x: String,
    value_y: String,
}

#[derive(Debug, Serialize)]
struct GroupView {
    recipients: u64,
    recovered: u64,
    rate: String,
}

#[derive(Debug, Serialize)]
struct LiftView {
    mailed: GroupView,
    held_out: GroupView,
    difference: String,
    interval: String,
    verdict: &'static str,
    too_small: bool,
    nobody_held_out: bool,
    chart: Option<IntervalChart>,
}

/// The difference as a point on an axis of percentage points, its interval a bar
/// around it, zero marked.
#[derive(Debug, Serialize)]
struct IntervalChart {
    description: String,
    low_x: String,
    high_x: String,
    point_x: String,
    zero_x: String,
    ticks: Vec<Tick>,
    /// `help`, `hurt`, `unclear` or `small`: the interval's colour.
    tone: &'static str,
}

#[derive(Debug, Serialize)]
struct Tick {
    x: String,
    text: String,
}

#[derive(Debug, Serialize)]
struct MonthView {
    month: String,
    events: u64,
    mails: u64,
    recoveries: u64,
    rate: String,
    recovered: String,
}

#[derive(Debug, Serialize)]
struct DeliverabilityView {
    month: String,
    sent: u64,
    hard_bounces: u64,
    soft_bounces: u64,
    complaints: u64,
    rejects: u64,
    bounce_rate: String,
    complaint_rate: String,
    /// At or over SES's review level: flagged.
    bounces_high: bool,
    complaints_high: bool,
}

#[derive(Debug, Serialize)]
struct CartStepView {
    step: u8,
    mails: u64,
    conversions: u64,
    rate: String,
}

#[derive(Debug, Serialize)]
struct InvoiceView {
    month: String,
    attempted: u64,
    failed: u64,
    failure_rate: String,
    recovered: u64,
    recovery_rate: String,
    held_out: u64,
    after_click: u64,
    card_updated: u64,
    after_mail: u64,
    before_mail: u64,
    median_days: String,
    amounts: String,
}

#[derive(Debug, Serialize)]
struct PaymentView {
    invoice: String,
    date: String,
    amount: String,
    decline_code: String,
    state: &'static str,
    held_out: bool,
}

#[derive(Debug, Serialize)]
struct ChurnView {
    month: String,
    reason: String,
    feedback: String,
    cancellations: u64,
    scheduled: u64,
    monthly_amount: String,
}

#[derive(Debug, Serialize)]
struct RetentionView {
    month: String,
    coupons: u64,
    monthly_amount: String,
}

/// A coordinate, to a tenth: enough for a screen, short in the page.
fn coordinate(value: f64) -> String {
    format!("{value:.1}")
}

fn page(model: &ReportModel, generated_at: i64) -> Page {
    Page {
        generated: rfc3339(generated_at).replace('T', " ").replace('Z', " UTC"),
        lift_method: format!(
            "Newcombe's hybrid score interval (1998, method 10), 95 %; too small to say with \
             under {MIN_GROUP} recipients in either group or under {MIN_RECOVERIES} \
             recoveries in both"
        ),
        flows: Flow::ALL
            .into_iter()
            .map(|flow| flow_view(model, flow))
            .collect(),
        cart_steps: model
            .cart_steps
            .iter()
            .map(|step| CartStepView {
                step: step.step,
                mails: step.mails,
                conversions: step.conversions,
                rate: percent(step.rate),
            })
            .collect(),
        invoices: model.invoices.iter().map(invoice_view).collect(),
        invoice_charts: invoice_charts(&model.invoices),
        payments: model
            .recent_failed_payments
            .iter()
            .map(payment_view)
            .collect(),
        churn: model.churn.iter().map(churn_view).collect(),
        retention: model.retention.iter().map(retention_view).collect(),
        ses_review: SES_REVIEW_NOTE.to_owned(),
    }
}

fn flow_title(flow: Flow) -> &'static str {
    match flow {
        Flow::Cart => "Cart recovery",
        Flow::Billing => "Billing recovery",
    }
}

fn flow_view(model: &ReportModel, flow: Flow) -> FlowView {
    let months: Vec<&MonthRow> = model.months.iter().filter(|m| m.flow == flow).collect();
    let funnel = model.funnels.iter().find(|f| f.flow == flow);
    let lift = model.lift.iter().find(|l| l.flow == flow);
    let title = flow_title(flow);
    FlowView {
        id: flow.name(),
        title,
        unit: match flow {
            Flow::Cart => "a cart",
            Flow::Billing => "an invoice",
        },
        funnel: funnel_chart(flow, funnel),
        // A rate's bar is out of 100 %: scaled to the best month, 5 % would look whole.
        rates: bar_chart(
            "Recovery rate per month",
            &format!("{title}: recovery rate per month"),
            Scale::UpTo(1.0),
            months
                .iter()
                .map(|m| (m.month.clone(), m.rate.unwrap_or(0.0), percent(m.rate)))
                .collect(),
        ),
        amounts: amount_charts(title, &months),
        lift: lift.map_or_else(|| lift_view(&lift_of(flow, Default::default())), lift_view),
        months: months.iter().map(|m| month_view(m)).collect(),
        deliverability: months
            .iter()
            .filter(|m| m.has_deliverability())
            .map(|m| deliverability_view(m))
            .collect(),
    }
}

/// A chart's longest bar: a fixed value (a rate's 100 %), or its largest value.
#[derive(Debug, Clone, Copy)]
enum Scale {
    UpTo(f64),
    Largest,
}

/// Bars for `(label, value, value as shown)`; `title` names the chart for a screen
/// reader, which hears it out of its section.
fn bar_chart(
    heading: &str,
    title: &str,
    scale: Scale,
    rows: Vec<(String, f64, String)>,
) -> BarChart {
    let largest = match scale {
        Scale::UpTo(full) => full,
        Scale::Largest => rows.iter().map(|(_, value, _)| *value).fold(0.0, f64::max),
    };
    let description = if rows.is_empty() {
        format!("{title}: nothing recorded.")
    } else {
        let values: Vec<String> = rows
            .iter()
            .map(|(label, _, shown)| format!("{label} {shown}"))
            .collect();
        format!("{title}: {}.", values.join(", "))
    };
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(row, (label, value, shown))| {
            let top = row as f64 * ROW_HEIGHT;
            let width = if largest > 0.0 {
                BAR_MAX * value.max(0.0) / largest
            } else {
                0.0
            };
            Bar {
                label,
                value: shown,
                label_y: coordinate(top + 12.0),
                bar_y: coordinate(top + 17.0),
                // A zero still shows as a sliver, so the row reads as measured.
                width: coordinate(width.max(1.0)),
                value_x: coordinate(width.max(1.0) + 6.0),
                value_y: coordinate(top + 28.0),
            }
        })
        .collect::<Vec<_>>();
    BarChart {
        heading: heading.to_owned(),
        description,
        height: coordinate((bars.len().max(1) as f64) * ROW_HEIGHT + 4.0),
        bars,
    }
}

fn funnel_chart(flow: Flow, funnel: Option<&Funnel>) -> BarChart {
    let count = |pick: fn(&Funnel) -> u64| funnel.map_or(0, pick);
    let (title, steps) = match flow {
        Flow::Cart => (
            "Cart recovery funnel",
            vec![
                ("Sessions expired", count(cart_sessions_expired)),
                (
                    "With consent",
                    count(|f| f.with_consent.unwrap_or_default()),
                ),
                ("Carts mailed", count(|f| f.mailed)),
                ("Link opened", count(|f| f.clicked.unwrap_or_default())),
                ("Carts recovered", count(|f| f.recovered)),
            ],
        ),
        Flow::Billing => (
            "Billing recovery funnel",
            vec![
                ("Billing events", count(|f| f.events)),
                ("Invoices mailed", count(|f| f.mailed)),
                ("Invoices recovered", count(|f| f.recovered)),
            ],
        ),
    };
    let rows = steps
        .into_iter()
        .map(|(label, count)| (label.to_owned(), count as f64, count.to_string()))
        .collect();
    bar_chart("Funnel", title, Scale::Largest, rows)
}

/// The carts' first number: the sessions recorded as expired, or, for a table from
/// before they were, the inbox's expired-session events.
fn cart_sessions_expired(funnel: &Funnel) -> u64 {
    funnel
        .sessions_expired
        .filter(|n| *n > 0)
        .unwrap_or(funnel.events)
}

/// Per currency recovered in any month, its amounts per month (zero where none).
fn amount_charts(title: &str, months: &[&MonthRow]) -> Vec<BarChart> {
    let mut currencies: Vec<&str> = months
        .iter()
        .flat_map(|m| m.recovered.iter().map(|money| money.currency.as_str()))
        .collect();
    currencies.sort_unstable();
    currencies.dedup();
    currencies
        .into_iter()
        .map(|currency| {
            let rows = months
                .iter()
                .map(|m| {
                    let amount = m
                        .recovered
                        .iter()
                        .filter(|money| money.currency == currency)
                        .map(|money| money.amount)
                        .sum::<i64>();
                    (
                        m.month.clone(),
                        amount as f64,
                        format_amount_code(amount, currency),
                    )
                })
                .collect();
            let code = currency.to_ascii_uppercase();
            bar_chart(
                &format!("Amount recovered per month, {code}"),
                &format!("{title}: amount recovered per month, {code}"),
                Scale::Largest,
                rows,
            )
        })
        .collect()
}

fn group_view(group: &GroupCounts) -> GroupView {
    GroupView {
        recipients: group.recipients,
        recovered: group.recovered,
        rate: percent(group.rate),
    }
}

fn lift_view(lift: &FlowLift) -> LiftView {
    let interval = match (lift.difference, lift.low, lift.high) {
        (Some(difference), Some(low), Some(high)) => Some((difference, low, high)),
        _ => None,
    };
    let verdict = lift.verdict();
    LiftView {
        mailed: group_view(&lift.mailed),
        held_out: group_view(&lift.held_out),
        difference: interval.map_or_else(
            || "-".to_owned(),
            |(difference, _, _)| format!("{} pts", points(difference)),
        ),
        interval: interval.map_or_else(
            || "-".to_owned(),
            |(_, low, high)| format!("{} to {} pts", points(low), points(high)),
        ),
        verdict: verdict.text(),
        too_small: lift.too_small,
        nobody_held_out: lift.held_out.recipients == 0,
        chart: interval.map(|(difference, low, high)| {
            let tone = match verdict {
                Verdict::MailsHelp => "help",
                Verdict::MailsHurt => "hurt",
                Verdict::NoDifferenceShown => "unclear",
                Verdict::TooSmall | Verdict::NobodyHeldOut | Verdict::NobodyMailed => "small",
            };
            interval_chart(lift.flow, difference, low, high, tone)
        }),
    }
}

/// The smallest of a few round spans (in fractions) that holds `reach` either side of
/// zero, so the axis' ticks are round numbers of points.
fn axis_span(reach: f64) -> f64 {
    [0.05, 0.1, 0.2, 0.25, 0.5, 1.0]
        .into_iter()
        .find(|span| reach <= *span)
        .unwrap_or(1.0)
}

fn interval_chart(
    flow: Flow,
    difference: f64,
    low: f64,
    high: f64,
    tone: &'static str,
) -> IntervalChart {
    let span = axis_span(low.abs().max(high.abs()));
    // The axis runs from -span to +span across the view, 24 units in from each side.
    let x = |value: f64| 24.0 + (value + span) / (2.0 * span) * (VIEW_WIDTH - 48.0);
    let ticks = [-1.0, -0.5, 0.0, 0.5, 1.0]
        .into_iter()
        .map(|at| Tick {
            x: coordinate(x(at * span)),
            text: points(at * span),
        })
        .collect();
    IntervalChart {
        description: format!(
            "{} lift: {} percentage points, 95 % interval {} to {} points.",
            flow_title(flow),
            points(difference),
            points(low),
            points(high)
        ),
        low_x: coordinate(x(low)),
        high_x: coordinate(x(high)),
        point_x: coordinate(x(difference)),
        zero_x: coordinate(x(0.0)),
        ticks,
        tone,
    }
}

fn amounts(recovered: &[Money]) -> String {
    if recovered.is_empty() {
        return "-".to_owned();
    }
    recovered
        .iter()
        .map(|m| format_amount_code(m.amount, &m.currency))
        .collect::<Vec<_>>()
        .join(", ")
}

fn month_view(row: &MonthRow) -> MonthView {
    MonthView {
        month: row.month.clone(),
        events: row.events,
        mails: row.mails,
        recoveries: row.recoveries,
        rate: percent(row.rate),
        recovered: amounts(&row.recovered),
    }
}

fn deliverability_view(row: &MonthRow) -> DeliverabilityView {
    DeliverabilityView {
        month: row.month.clone(),
        sent: row.sent,
        hard_bounces: row.hard_bounces,
        soft_bounces: row.soft_bounces,
        complaints: row.complaints,
        rejects: row.rejects,
        bounce_rate: fine_percent(row.bounce_rate),
        complaint_rate: fine_percent(row.complaint_rate),
        bounces_high: row
            .bounce_rate
            .is_some_and(|rate| rate >= SES_BOUNCE_REVIEW),
        complaints_high: row
            .complaint_rate
            .is_some_and(|rate| rate >= SES_COMPLAINT_REVIEW),
    }
}

/// A day (`YYYY-MM-DD`, UTC).
fn date(unix: i64) -> String {
    let (year, month, day) = civil_date(unix);
    format!("{year:04}-{month:02}-{day:02}")
}

fn invoice_view(row: &InvoiceMonth) -> InvoiceView {
    InvoiceView {
        month: row.month.clone(),
        attempted: row.attempted,
        failed: row.failed,
        failure_rate: percent(row.failure_rate),
        recovered: row.recovered,
        recovery_rate: percent(row.recovery_rate),
        held_out: row.held_out,
        after_click: row.after_click,
        card_updated: row.card_updated,
        after_mail: row.after_mail,
        before_mail: row.before_mail,
        median_days: row
            .median_days_to_recovery
            .map_or_else(|| "-".to_owned(), |days| format!("{days:.1}")),
        amounts: amounts(&row.recovered_amounts),
    }
}

/// The failed invoices of every month, by how they ended and by decline code.
fn invoice_charts(months: &[InvoiceMonth]) -> Vec<BarChart> {
    if months.is_empty() {
        return Vec::new();
    }
    let sum = |pick: fn(&InvoiceMonth) -> u64| months.iter().map(pick).sum::<u64>();
    let failed = sum(|m| m.failed);
    let recovered = sum(|m| m.recovered);
    let ways = [
        ("Paid while held out", sum(|m| m.held_out)),
        ("Paid after a mail and a click", sum(|m| m.after_click)),
        ("Paid after the card updater", sum(|m| m.card_updated)),
        ("Paid after a mail, no click", sum(|m| m.after_mail)),
        ("Paid before any mail", sum(|m| m.before_mail)),
        ("Not paid (yet)", failed - recovered),
    ];
    let rows = ways
        .into_iter()
        .map(|(label, count)| (label.to_owned(), count as f64, count.to_string()))
        .collect();
    let by_way = bar_chart(
        "Failed invoices, by how they ended",
        "Failed invoices by how they ended",
        Scale::Largest,
        rows,
    );
    let mut codes: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for (code, counts) in months.iter().flat_map(|m| &m.decline_codes) {
        let entry = codes.entry(code).or_default();
        entry.0 += counts.failed;
        entry.1 += counts.recovered;
    }
    let rows = codes
        .into_iter()
        .map(|(code, (failed, recovered))| {
            let label = if code == "-" { "(no code)" } else { code };
            (
                label.to_owned(),
                failed as f64,
                // Short: the value is drawn after the bar, in a 360-wide chart.
                format!("{failed} ({recovered} paid)"),
            )
        })
        .collect();
    let by_code = bar_chart(
        "Failed invoices, by decline code",
        "Failed invoices by decline code (of them, paid since)",
        Scale::Largest,
        rows,
    );
    vec![by_way, by_code]
}

fn payment_view(payment: &FailedPayment) -> PaymentView {
    PaymentView {
        invoice: payment.invoice.clone(),
        date: date(payment.at),
        amount: match (payment.amount, &payment.currency) {
            (Some(amount), Some(currency)) => format_amount_code(amount, currency),
            _ => "-".to_owned(),
        },
        decline_code: payment.decline_code.clone(),
        state: match payment.state {
            PaymentState::Open => "open",
            PaymentState::Recovered => "recovered",
            PaymentState::PaidUnmailed => "paid, unmailed",
            PaymentState::Lost => "lost",
        },
        held_out: payment.held_out,
    }
}

fn churn_view(entry: &ChurnEntry) -> ChurnView {
    ChurnView {
        month: entry.month.clone(),
        reason: entry.reason.clone(),
        feedback: entry.feedback.clone(),
        cancellations: entry.cancellations,
        scheduled: entry.scheduled,
        monthly_amount: money(entry.monthly_amount, &entry.currency),
    }
}

fn retention_view(entry: &RetentionEntry) -> RetentionView {
    RetentionView {
        month: entry.month.clone(),
        coupons: entry.coupons,
        monthly_amount: money(entry.monthly_amount, &entry.currency),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::fixture::{DEC, store};
    use super::*;

    fn html_of(items: &[serde_json::Value]) -> (ReportModel, String) {
        let model = ReportModel::from_items(items);
        let html = render_html(&model, DEC).unwrap();
        (model, html)
    }

    /// `html` shows `value` as a cell, a chart's value or in a sentence: between tags,
    /// or after a space.
    fn shows(html: &str, value: &str) -> bool {
        [format!(">{value}<"), format!(" {value}")]
            .iter()
            .any(|shown| html.contains(shown.as_str()))
    }

    #[test]
    fn the_page_is_self_contained_and_accessible() {
        let (_, html) = html_of(&store());
        assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..200]);
        assert!(
            html.contains(
                r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#
            )
        );
        assert!(
            html.contains("default-src 'none'"),
            "a CSP forbids every fetch"
        );
        let lower = html.to_lowercase();
        for forbidden in [
            "<script", "http://", "https://", "src=", "href=", "url(", "@import", "<link",
        ] {
            assert!(!lower.contains(forbidden), "{forbidden} in the page");
        }
        // Every chart is an image with its numbers said: role, label and title.
        let charts = html.matches("<svg ").count();
        assert!(
            charts >= 6,
            "funnel, rates, amounts and lift per flow: {charts}"
        );
        assert_eq!(html.matches(r#"role="img" aria-label=""#).count(), charts);
        assert_eq!(
            html.matches("<title>").count(),
            charts + 1,
            "the page's and each chart's"
        );
        assert!(html.contains(r#"<svg viewBox="0 0 360 "#));
        for heading in [
            "<h1>Recovery report</h1>",
            ">Cart recovery</h2>",
            ">Billing recovery</h2>",
            ">Recent failed payments</h2>",
            ">Churn</h2>",
            "<h3>Funnel</h3>",
            "<h3>What the mails add: lift over the held-out group</h3>",
            "<h3>Deliverability</h3>",
        ] {
            assert!(html.contains(heading), "no {heading}");
        }
        assert_eq!(
            html.matches("<table>").count(),
            html.matches("<thead>").count(),
            "every table has its header row"
        );
        assert_eq!(
            html.matches("<table>").count(),
            html.matches(r#"<div class="table-wrap">"#).count()
        );
        assert!(html.contains("Newcombe&#x27;s hybrid score interval (1998, method 10)"));
        assert!(!html.contains("cus_"), "no customer on the page");
        assert!(html.contains("Made 2026-12-02 00:00:00 UTC"));
    }

    #[test]
    fn every_number_of_the_model_is_on_the_page() {
        let (model, html) = html_of(&store());
        let mut missing = vec![];
        let mut expect = |value: String| {
            if !shows(&html, &value) {
                missing.push(value);
            }
        };
        for row in &model.months {
            expect(row.month.clone());
            for count in [row.events, row.mails, row.recoveries] {
                expect(count.to_string());
            }
            expect(percent(row.rate));
            for money in &row.recovered {
                expect(format_amount_code(money.amount, &money.currency));
            }
            let ses = [
                row.hard_bounces,
                row.soft_bounces,
                row.complaints,
                row.rejects,
            ];
            for count in [row.sent].into_iter().chain(ses) {
                expect(count.to_string());
            }
            expect(fine_percent(row.bounce_rate));
            expect(fine_percent(row.complaint_rate));
        }
        for funnel in &model.funnels {
            let first = match funnel.flow {
                Flow::Cart => cart_sessions_expired(funnel),
                Flow::Billing => funnel.events,
            };
            let consented = funnel.with_consent.into_iter().chain(funnel.clicked);
            for count in [first, funnel.mailed, funnel.recovered]
                .into_iter()
                .chain(consented)
            {
                expect(count.to_string());
            }
        }
        for step in &model.cart_steps {
            for count in [u64::from(step.step), step.mails, step.conversions] {
                expect(count.to_string());
            }
        }
        for lift in &model.lift {
            for group in [&lift.mailed, &lift.held_out] {
                expect(group.recipients.to_string());
                expect(group.recovered.to_string());
                expect(percent(group.rate));
            }
            expect(format!("{} pts", points(lift.difference.unwrap())));
            expect(format!(
                "{} to {} pts",
                points(lift.low.unwrap()),
                points(lift.high.unwrap())
            ));
        }
        for payment in &model.recent_failed_payments {
            expect(payment.invoice.clone());
            expect(date(payment.at));
            if let (Some(amount), Some(currency)) = (payment.amount, &payment.currency) {
                expect(format_amount_code(amount, currency));
            }
            expect(payment.decline_code.clone());
        }
        for entry in &model.churn {
            expect(entry.reason.clone());
            expect(entry.feedback.clone());
            expect(entry.cancellations.to_string());
            expect(entry.scheduled.to_string());
            expect(money(entry.monthly_amount, &entry.currency));
        }
        for entry in &model.retention {
            expect(entry.coupons.to_string());
            expect(money(entry.monthly_amount, &entry.currency));
        }
        assert!(missing.is_empty(), "not on the page: {missing:?}");
        // The lift's verdicts and the small group's warning.
        assert!(html.contains("the mails help"));
        assert_eq!(
            html.matches("<strong>Too small to say.</strong>").count(),
            1,
            "billing's"
        );
        assert!(html.contains("paid, unmailed<span class=\"tag\">held out</span>"));
        // Billing's November: a complaint of 4 mails, over SES's 0.1 %; 1 bounce in 41
        // cart mails is under its 5 %.
        assert!(
            html.contains(">25.00 %<span class=\"tag high\">SES review level</span></td>"),
            "the complaint rate flagged"
        );
        assert!(
            html.contains(">2.44 %</td>"),
            "the bounce rate, not flagged"
        );
        assert_eq!(html.matches("review level</span>").count(), 1);
        assert!(
            html.contains("SES reviews an account at a 5 % bounce rate or a 0.1 % complaint rate")
        );
    }

    #[test]
    fn a_hostile_string_from_the_store_is_escaped() {
        let hostile = r#""><img src=x onerror=alert(1)><script>alert(2)</script>"#;
        let mut items = store();
        items.extend([
            json!({"pk": "recovery#cs_hostile", "sent_at": DEC, "converted_at": DEC,
                   "converted_amount_total": 100, "converted_currency": hostile}),
            json!({"pk": format!("dunning#in_{hostile}"), "failed_at": DEC + 999,
                   "decline_code": hostile, "amount": 1, "currency": hostile}),
            json!({"pk": "churn#sub_hostile", "state": "canceled", "reason": hostile,
                   "feedback": hostile, "comment_length": 0, "monthly_amount": 5,
                   "currency": hostile, "canceled_at": DEC, "month": "2026-12",
                   "discounts_at_cancel": [], "version": 1}),
        ]);
        let (model, html) = html_of(&items);
        assert_eq!(model.recent_failed_payments[0].decline_code, hostile);
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "a script got through");
        assert!(!lower.contains("<img"), "an element got through");
        assert_eq!(
            lower.matches("src=").count(),
            lower.matches("&lt;img src=").count(),
            "an attribute got through"
        );
        assert!(
            html.contains("&lt;script&gt;alert(2)&lt;"),
            "shown, escaped"
        );
        assert!(
            html.contains("&lt;IMG SRC=X ONERROR=ALERT(1)&gt;"),
            "the currency, escaped"
        );
        // In an attribute (a chart's label) too: its quote cannot close the attribute.
        assert!(
            html.contains(
                r#"aria-label="Cart recovery: amount recovered per month, &quot;&gt;&lt;IMG"#
            ),
            "the chart's label, escaped"
        );
    }

    #[test]
    fn an_empty_store_still_makes_a_page() {
        let (_, html) = html_of(&[]);
        assert!(html.contains("Nothing recorded yet."));
        assert!(html.contains("No failed payment recorded."));
        assert!(html.contains("No cancellation recorded."));
        assert_eq!(html.matches("No mail sent yet.").count(), 2, "per flow");
        assert!(html.contains("No recipient was held out of the mails"));
        assert!(
            !html.contains("Too small to say."),
            "nothing to compare is not too small"
        );
    }

    #[test]
    fn a_rate_is_drawn_out_of_100_percent_and_a_count_out_of_the_largest() {
        let row = |label: &str, value: f64| (label.to_owned(), value, value.to_string());
        let rates = bar_chart("h", "Rates", Scale::UpTo(1.0), vec![row("2026-11", 0.35)]);
        assert_eq!(rates.bars[0].width, "77.0", "35 % of the longest bar");
        let counts = bar_chart(
            "h",
            "Counts",
            Scale::Largest,
            vec![row("a", 10.0), row("b", 5.0), row("c", 0.0)],
        );
        let widths: Vec<&str> = counts.bars.iter().map(|b| b.width.as_str()).collect();
        assert_eq!(widths, ["220.0", "110.0", "1.0"], "a zero is a sliver");
        assert_eq!(counts.description, "Counts: a 10, b 5, c 0.");
        assert_eq!(counts.height, "112.0");
        let empty = bar_chart("h", "Nothing", Scale::Largest, vec![]);
        assert_eq!(empty.description, "Nothing: nothing recorded.");
    }

    #[test]
    fn the_interval_axis_is_round_and_holds_the_interval() {
        assert_eq!(axis_span(0.03), 0.05);
        assert_eq!(axis_span(0.21), 0.25);
        assert_eq!(axis_span(0.9), 1.0);
        let chart = interval_chart(Flow::Cart, 0.1, -0.05, 0.3, "unclear");
        let x = |s: &str| s.parse::<f64>().unwrap();
        assert!(x(&chart.low_x) < x(&chart.zero_x) && x(&chart.zero_x) < x(&chart.point_x));
        assert!(x(&chart.point_x) < x(&chart.high_x) && x(&chart.high_x) <= VIEW_WIDTH - 24.0);
        assert_eq!(chart.zero_x, "180.0");
        assert_eq!(chart.ticks[0].text, "-50.0");
        assert_eq!(
            chart.description,
            "Cart recovery lift: +10.0 percentage points, 95 % interval -5.0 to +30.0 points."
        );
    }
}
