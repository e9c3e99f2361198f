//! The report as one value, `ReportModel`: every number each format shows (text, CSV,
//! JSON, the HTML page) comes from it, so the formats cannot disagree.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use stripe_recovery::lift::{Group, lift};

use super::invoices::{InvoiceMonth, invoice_months};
use super::tally::{
    CartSessions, Churn, FailedPayment, Flow, Groups, Report, cart_sessions, cart_steps, churn,
    holdout_groups, recent_failed_payments, tally,
};

/// The JSON's `format_version`: raised when a field changes meaning or goes away (a new
/// field does not raise it). 2: `invoices[].after_mail` no longer counts the payments
/// after a click or the card updater (`after_click`, `card_updated`).
pub const FORMAT_VERSION: u32 = 2;

/// The bounce rate at which SES reviews an account (`months[].bounce_rate`); it may
/// pause its sending at 10 %. SES measures over its own recent sending, not per month.
pub const SES_BOUNCE_REVIEW: f64 = 0.05;

/// The complaint rate at which SES reviews an account (`months[].complaint_rate`); it
/// may pause its sending at 0.5 %.
pub const SES_COMPLAINT_REVIEW: f64 = 0.001;

/// SES's review levels in words, for the notes beside the rates.
pub const SES_REVIEW_NOTE: &str = "SES reviews an account at a 5 % bounce rate or a 0.1 % \
     complaint rate, measured over its own recent sending, not per month";

/// `lift[].method`: Newcombe's hybrid score interval for a difference of two independent
/// proportions (Newcombe 1998, method 10), at 95 %.
pub const LIFT_METHOD: &str = "newcombe_hybrid_score_95";

/// Everything the report shows, serialised as is by `--format json`.
///
/// Amounts are integers in the currency's minor units (cents; yen for `jpy`), always
/// beside their lowercase ISO currency. Rates are fractions (0..1) and the lift's
/// difference and bounds differences of fractions (−1..1); the text and the page show
/// them as percent and percentage points. Times are unix seconds, months `YYYY-MM`
/// (UTC). `-` stands for a reason, feedback, currency or decline code not recorded.
///
/// - `format_version`: `FORMAT_VERSION`.
/// - `months[]`: per `flow` (`cart`, `billing`) and `month`: `events` (from the inbox,
///   which keeps 30 days), `mails` (sent that month), `recoveries` (that month; a held-out
///   recipient's purchase or payment is none), `rate` (recoveries per mail, `null`
///   without mails), `recovered[]` (`{amount, currency}`, one per currency); the
///   mails' deliverability: `sent` (every mail sent that month, billing's notices too,
///   which seek no payment and are no `mails`), SES's events of the flow's mails that
///   month (`mailevent#…`, by when SES reported them; mail without our tags is not
///   counted): `hard_bounces` (permanent), `soft_bounces` (transient: in no rate),
///   `complaints`, `rejects`, `bounce_rate` (hard bounces / sent, SES's definition) and
///   `complaint_rate` (complaints / sent), both `null` when nothing was sent.
/// - `invoices[]`: billing per failed invoice (`invoices::InvoiceMonth`), per `month`
///   of the subscription invoices' first attempt: `attempted`, `failed`, `failure_rate`
///   (failed / attempted), `recovered` (failed, paid since), `recovery_rate` (recovered /
///   failed), the recovered by how, each in the first that holds (`held_out`,
///   `after_click`: after a mail and a click on its portal link, `card_updated`: after
///   Stripe's card updater, `after_mail`: after a mail without a click, `before_mail`:
///   by a retry before any mail), `recovered_amounts[]`, `median_days_to_recovery` (paid − first
///   failure), `after_kind` (recovered after a mail, per kind of the last mail) and
///   `decline_codes` (per code, `{failed, recovered}`).
/// - `funnels[]`: per flow, all months together: `events`, for carts
///   `sessions_expired` (recorded by the recovery mailer at the first step, so also in
///   a report from the index) and `with_consent` (of those, the customer had consented
///   then), `mailed` (carts or invoices with at least one recovery mail), for carts
///   `clicked` (of the mailed, those whose recovery link was opened: a session Stripe
///   made from it) and `recovered` (of those mailed).
/// - `cart_steps[]`: per `step` of the carts' sequences, `mails`, `conversions`
///   (credited to the last step mailed before the purchase) and `rate` (conversions /
///   mails).
/// - `lift[]`: per flow, `mailed` and `held_out` (`{recipients, recovered, rate}`),
///   `difference` (mailed rate − held-out rate), `low` and `high` (its 95 % interval;
///   the three `null` while either group is empty), `too_small` (either group under
///   `lift::MIN_GROUP` recipients, under `lift::MIN_RECOVERIES` recoveries in both, or
///   no interval: the interval says nothing yet), `method` (`LIFT_METHOD`).
/// - `recent_failed_payments[]`: the newest `RECENT_FAILED_PAYMENTS` failed payments:
///   `invoice` (`in_…`), `at` (when it failed, else its first mail, else when held out),
///   `amount` and `currency` (`null` when not recorded), `decline_code`, `state` (`open`,
///   `recovered`, `paid_unmailed`, `lost`), `held_out`. Never a customer or an address.
/// - `churn[]`: per `month`, `reason`, `feedback` and `currency`: `cancellations`,
///   `scheduled` (not ended yet), `monthly_amount` (what they billed a month).
/// - `retention[]`: per `month` and `currency`: retention `coupons` taken and the
///   `monthly_amount` of the subscriptions they kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportModel {
    pub format_version: u32,
    pub months: Vec<MonthRow>,
    pub invoices: Vec<InvoiceMonth>,
    pub funnels: Vec<Funnel>,
    pub cart_steps: Vec<CartStep>,
    pub lift: Vec<FlowLift>,
    pub recent_failed_payments: Vec<FailedPayment>,
    pub churn: Vec<ChurnEntry>,
    pub retention: Vec<RetentionEntry>,
}

/// An amount in minor units of a lowercase currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount: i64,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonthRow {
    pub flow: Flow,
    pub month: String,
    pub events: u64,
    pub mails: u64,
    pub recoveries: u64,
    pub rate: Option<f64>,
    pub recovered: Vec<Money>,
    pub sent: u64,
    pub hard_bounces: u64,
    pub soft_bounces: u64,
    pub complaints: u64,
    pub rejects: u64,
    /// `hard_bounces / sent`.
    pub bounce_rate: Option<f64>,
    /// `complaints / sent`.
    pub complaint_rate: Option<f64>,
}

impl MonthRow {
    /// The month's bounce or complaint rate is at or over SES's review level.
    pub fn over_review(&self) -> bool {
        self.bounce_rate
            .is_some_and(|rate| rate >= SES_BOUNCE_REVIEW)
            || self
                .complaint_rate
                .is_some_and(|rate| rate >= SES_COMPLAINT_REVIEW)
    }

    /// SES heard of the month's mails or some were sent: a deliverability line to show.
    pub fn has_deliverability(&self) -> bool {
        self.sent > 0 || self.hard_bounces + self.soft_bounces + self.complaints + self.rejects > 0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funnel {
    pub flow: Flow,
    pub events: u64,
    /// Carts only: sessions recorded as expired, and of those with consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions_expired: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_consent: Option<u64>,
    pub mailed: u64,
    /// Carts only: of the mailed, those whose recovery link was opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicked: Option<u64>,
    pub recovered: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartStep {
    pub step: u8,
    pub mails: u64,
    pub conversions: u64,
    /// `conversions / mails`.
    pub rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupCounts {
    pub recipients: u64,
    pub recovered: u64,
    pub rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowLift {
    pub flow: Flow,
    pub mailed: GroupCounts,
    pub held_out: GroupCounts,
    pub difference: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub too_small: bool,
    pub method: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChurnEntry {
    pub month: String,
    pub reason: String,
    pub feedback: String,
    pub cancellations: u64,
    pub scheduled: u64,
    pub monthly_amount: i64,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionEntry {
    pub month: String,
    pub coupons: u64,
    pub monthly_amount: i64,
    pub currency: String,
}

impl ReportModel {
    /// The report of the stored items (as JSON objects, whatever the store).
    pub fn from_items(items: &[Value]) -> Self {
        let months = months_of(&tally(items));
        let groups = holdout_groups(items);
        let (churn, retention) = churn_of(&churn(items));
        Self {
            format_version: FORMAT_VERSION,
            invoices: invoice_months(items),
            funnels: funnels_of(&months, &groups, cart_sessions(items)),
            months,
            cart_steps: cart_steps_of(&cart_steps(items)),
            lift: groups
                .iter()
                .map(|(flow, groups)| lift_of(*flow, *groups))
                .collect(),
            recent_failed_payments: recent_failed_payments(items),
            churn,
            retention,
        }
    }

    /// Some recipient was held out: the lift has something to compare with.
    pub fn has_holdouts(&self) -> bool {
        self.lift.iter().any(|lift| lift.held_out.recipients > 0)
    }
}

/// What a lift's interval says, or why it says nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    NobodyHeldOut,
    NobodyMailed,
    /// `FlowLift::too_small`: the interval is too wide to read.
    TooSmall,
    /// The whole interval is above zero.
    MailsHelp,
    /// The whole interval is below zero.
    MailsHurt,
    /// The interval holds zero.
    NoDifferenceShown,
}

impl Verdict {
    pub fn text(self) -> &'static str {
        match self {
            Self::NobodyHeldOut => "no one held out",
            Self::NobodyMailed => "no one mailed",
            Self::TooSmall => "too small to say",
            Self::MailsHelp => "the mails help",
            Self::MailsHurt => "the mails hurt",
            Self::NoDifferenceShown => "no difference shown",
        }
    }
}

impl FlowLift {
    pub fn verdict(&self) -> Verdict {
        if self.held_out.recipients == 0 {
            Verdict::NobodyHeldOut
        } else if self.mailed.recipients == 0 {
            Verdict::NobodyMailed
        } else if self.too_small {
            Verdict::TooSmall
        } else if self.low.is_some_and(|low| low > 0.0) {
            Verdict::MailsHelp
        } else if self.high.is_some_and(|high| high < 0.0) {
            Verdict::MailsHurt
        } else {
            Verdict::NoDifferenceShown
        }
    }
}

fn fraction(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

pub fn months_of(report: &Report) -> Vec<MonthRow> {
    report
        .iter()
        .map(|((flow, month), row)| MonthRow {
            flow: *flow,
            month: month.clone(),
            events: row.events,
            mails: row.mails,
            recoveries: row.recoveries,
            rate: fraction(row.recoveries, row.mails),
            sent: row.sent,
            hard_bounces: row.mail_events.hard_bounces,
            soft_bounces: row.mail_events.soft_bounces,
            complaints: row.mail_events.complaints,
            rejects: row.mail_events.rejects,
            bounce_rate: fraction(row.mail_events.hard_bounces, row.sent),
            complaint_rate: fraction(row.mail_events.complaints, row.sent),
            recovered: row
                .recovered
                .iter()
                .map(|(currency, amount)| Money {
                    amount: *amount,
                    currency: currency.clone(),
                })
                .collect(),
        })
        .collect()
}

/// Per flow: its events over every month, and the recipients mailed and recovered.
fn funnels_of(
    months: &[MonthRow],
    groups: &BTreeMap<Flow, Groups>,
    sessions: CartSessions,
) -> Vec<Funnel> {
    Flow::ALL
        .into_iter()
        .map(|flow| {
            let mailed = groups.get(&flow).map(|groups| groups.mailed);
            let cart = flow == Flow::Cart;
            Funnel {
                flow,
                events: months
                    .iter()
                    .filter(|row| row.flow == flow)
                    .map(|row| row.events)
                    .sum(),
                sessions_expired: cart.then_some(sessions.expired),
                with_consent: cart.then_some(sessions.consented),
                clicked: cart.then_some(sessions.clicked),
                mailed: mailed.map_or(0, |group| group.recipients),
                recovered: mailed.map_or(0, |group| group.recovered),
            }
        })
        .collect()
}

pub fn cart_steps_of(steps: &BTreeMap<u8, (u64, u64)>) -> Vec<CartStep> {
    steps
        .iter()
        .map(|(step, (mails, conversions))| CartStep {
            step: *step,
            mails: *mails,
            conversions: *conversions,
            rate: (*mails > 0).then(|| *conversions as f64 / *mails as f64),
        })
        .collect()
}

fn counts_of(group: Group) -> GroupCounts {
    GroupCounts {
        recipients: group.recipients,
        recovered: group.recovered,
        rate: group.rate(),
    }
}

/// The mails' lift in `flow`: `lift::lift`, and no interval while a group is empty.
pub fn lift_of(flow: Flow, groups: Groups) -> FlowLift {
    let lift = lift(groups.mailed, groups.held_out);
    FlowLift {
        flow,
        mailed: counts_of(groups.mailed),
        held_out: counts_of(groups.held_out),
        difference: lift.map(|lift| lift.difference),
        low: lift.map(|lift| lift.low),
        high: lift.map(|lift| lift.high),
        too_small: lift.is_none_or(|lift| lift.too_small),
        method: LIFT_METHOD.to_owned(),
    }
}

pub fn churn_of(churn: &Churn) -> (Vec<ChurnEntry>, Vec<RetentionEntry>) {
    let cancellations = churn
        .cancellations
        .iter()
        .map(|(key, row)| ChurnEntry {
            month: key.month.clone(),
            reason: key.reason.clone(),
            feedback: key.feedback.clone(),
            cancellations: row.cancellations,
            scheduled: row.scheduled,
            monthly_amount: row.monthly_amount,
            currency: key.currency.clone(),
        })
        .collect();
    let retention = churn
        .retained
        .iter()
        .map(|((month, currency), (coupons, amount))| RetentionEntry {
            month: month.clone(),
            coupons: *coupons,
            monthly_amount: *amount,
            currency: currency.clone(),
        })
        .collect();
    (cancellations, retention)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{DEC, NOV, store};
    use super::super::tally::PaymentState;
    use super::*;

    fn usd(amount: i64) -> Vec<Money> {
        vec![Money {
            amount,
            currency: "usd".into(),
        }]
    }

    #[test]
    fn the_model_holds_every_section_of_the_store() {
        let model = ReportModel::from_items(&store());
        assert_eq!(model.format_version, FORMAT_VERSION);
        // (events, mails, recoveries), recovered, (sent, [hard bounces, soft bounces,
        // complaints, rejects]).
        let month = |flow,
                     month: &str,
                     counts: (u64, u64, u64),
                     recovered: Vec<Money>,
                     (sent, ses): (u64, [u64; 4])| {
            let (events, mails, recoveries) = counts;
            let [hard_bounces, soft_bounces, complaints, rejects] = ses;
            MonthRow {
                flow,
                month: month.into(),
                events,
                mails,
                recoveries,
                rate: fraction(recoveries, mails),
                recovered,
                sent,
                hard_bounces,
                soft_bounces,
                complaints,
                rejects,
                bounce_rate: fraction(hard_bounces, sent),
                complaint_rate: fraction(complaints, sent),
            }
        };
        let eur = vec![Money {
            amount: 1000,
            currency: "eur".into(),
        }];
        assert_eq!(
            model.months,
            [
                // The 40 carts mailed in November, 14 bought back; held-out purchases
                // are none of the recoveries.
                // One of them bounced for good.
                month(
                    Flow::Cart,
                    "2026-11",
                    (1, 41, 14),
                    usd(14 * 2500),
                    (41, [1, 0, 0, 0])
                ),
                month(Flow::Cart, "2026-12", (1, 3, 2), usd(5200), (3, [0; 4])),
                // Sent: the payment's confirmation too, which drew a complaint.
                month(Flow::Billing, "2026-11", (1, 3, 1), eur, (4, [0, 1, 1, 0])),
                month(Flow::Billing, "2026-12", (1, 1, 0), vec![], (1, [0; 4])),
            ]
        );
        assert_eq!(model.months[3].rate, Some(0.0));
        assert_eq!(model.months[0].bounce_rate, Some(1.0 / 41.0));
        assert_eq!(model.months[2].complaint_rate, Some(0.25));
        assert_eq!(
            model.months[2].bounce_rate,
            Some(0.0),
            "a soft bounce is none"
        );
        let over: Vec<bool> = model.months.iter().map(MonthRow::over_review).collect();
        assert_eq!(
            over,
            [false, false, true, false],
            "2.4 % bounces; 25 % complaints"
        );
        assert_eq!(
            model.funnels,
            [
                Funnel {
                    flow: Flow::Cart,
                    events: 2,
                    sessions_expired: Some(80),
                    with_consent: Some(75),
                    mailed: 43,
                    clicked: Some(19),
                    recovered: 16
                },
                Funnel {
                    flow: Flow::Billing,
                    events: 2,
                    sessions_expired: None,
                    with_consent: None,
                    mailed: 3,
                    clicked: None,
                    recovered: 1
                },
            ]
        );
        assert_eq!(
            model.cart_steps,
            [
                CartStep {
                    step: 1,
                    mails: 43,
                    conversions: 15,
                    rate: Some(15.0 / 43.0)
                },
                CartStep {
                    step: 2,
                    mails: 1,
                    conversions: 1,
                    rate: Some(1.0)
                },
            ]
        );

        let [cart, billing] = &model.lift[..] else {
            panic!("{:?}", model.lift)
        };
        let expected = lift(
            Group {
                recipients: 43,
                recovered: 16,
            },
            Group {
                recipients: 36,
                recovered: 4,
            },
        )
        .unwrap();
        assert_eq!(
            *cart,
            FlowLift {
                flow: Flow::Cart,
                mailed: GroupCounts {
                    recipients: 43,
                    recovered: 16,
                    rate: Some(16.0 / 43.0)
                },
                held_out: GroupCounts {
                    recipients: 36,
                    recovered: 4,
                    rate: Some(4.0 / 36.0)
                },
                difference: Some(expected.difference),
                low: Some(expected.low),
                high: Some(expected.high),
                too_small: false,
                method: LIFT_METHOD.into(),
            }
        );
        assert!(cart.low.unwrap() > 0.0, "the mails help: {cart:?}");
        assert_eq!(
            (billing.mailed.recipients, billing.mailed.recovered),
            (3, 1)
        );
        assert_eq!(
            (billing.held_out.recipients, billing.held_out.recovered),
            (1, 1)
        );
        assert!(
            billing.too_small && billing.difference.is_some(),
            "{billing:?}"
        );
        assert!(model.has_holdouts());

        let listed: Vec<(&str, i64, PaymentState, bool)> = model
            .recent_failed_payments
            .iter()
            .map(|p| (p.invoice.as_str(), p.at, p.state, p.held_out))
            .collect();
        assert_eq!(
            listed,
            [
                ("in_open", DEC + 120, PaymentState::Open, false),
                ("in_held", DEC + 30, PaymentState::PaidUnmailed, true),
                ("in_1", NOV, PaymentState::Recovered, false),
                ("in_2", NOV, PaymentState::Lost, false),
            ]
        );
        assert_eq!(model.churn.len(), 3);
        assert_eq!(
            model.retention,
            [RetentionEntry {
                month: "2026-11".into(),
                coupons: 1,
                monthly_amount: 1000,
                currency: "usd".into()
            }]
        );
    }

    #[test]
    fn an_empty_group_gives_no_interval_and_says_too_small() {
        let mailed_only = Groups {
            mailed: Group {
                recipients: 100,
                recovered: 40,
            },
            ..Groups::default()
        };
        let lift = lift_of(Flow::Billing, mailed_only);
        assert_eq!((lift.difference, lift.low, lift.high), (None, None, None));
        assert!(lift.too_small);
        assert_eq!(lift.held_out.rate, None);
        let model = ReportModel::from_items(&[]);
        assert!(!model.has_holdouts());
        assert_eq!(model.lift.len(), 2, "both flows, even empty");
    }
}
