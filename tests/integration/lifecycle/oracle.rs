//! What the rules call for, worked out apart from the code under test: from the world
//! (every object as it was at each moment), the time each consumer finished each event,
//! and the unsubscribes. It reads Stripe's JSON itself and keeps its own tally of mails;
//! it shares no decision code with the functions.
//!
//! Events finished at the same moment by two shards may be decided in either order; where
//! that changes what is due (two carts of one recipient, a purchase and its cart), the
//! oracle allows either outcome, and no more.

use std::collections::BTreeMap;

use serde_json::Value;

use super::chaos::Accepted;
use super::world::{DAY, HOUR, Story, TIME_ZONES, World};

/// A mail's identity: the customer and what it is about (`recovery cs_…`,
/// `payment_failed`, `payment_reminder`, …).
pub type MailId = (usize, String);

/// `lo ..= hi` mails in all among `ids`.
#[derive(Debug, Clone)]
pub struct Due {
    pub ids: Vec<MailId>,
    pub lo: usize,
    pub hi: usize,
    pub why: String,
}

/// When each consumer finished each event (simulated time).
pub type Finished = BTreeMap<(&'static str, String), i64>;
/// When each consumer first tried each event: a mail may be decided at any try from
/// this one to the one that finished it (a try that sent and then failed to record,
/// finished by a retry or a replay days later).
pub type Tried = Finished;

/// The replay's `HOLDOUT_PERCENT`: large, so that every seed has held-out customers.
pub const HOLDOUT_PERCENT: &str = "20";

/// Whether the README's rule holds `email` out, worked out here from its description:
/// the recipient key is HMAC-SHA256 of the trimmed, lowercased address under the pepper,
/// in hex; its bucket the first 64 bits (big-endian) of SHA-256 of `holdout-v1:` and the
/// key, modulo 10,000; held out below the setting in hundredths of a percent.
pub fn held_out(email: &str) -> bool {
    use hmac::{KeyInit, Mac};
    use sha2::Digest;
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(
        integration_tests::RECIPIENT_KEY_PEPPER.as_bytes(),
    )
    .unwrap();
    mac.update(email.trim().to_lowercase().as_bytes());
    let key = hex::encode(mac.finalize().into_bytes());
    let digest = sha2::Sha256::digest(format!("holdout-v1:{key}").as_bytes());
    let bucket = u64::from_be_bytes(digest[..8].try_into().unwrap()) % 10_000;
    let basis_points: u64 = HOLDOUT_PERCENT.parse::<u64>().unwrap() * 100;
    bucket < basis_points
}

pub const MAILER: &str = "recovery-mailer";
pub const BILLING: &str = "billing-recovery";

/// The kind of a mail SES accepted, from its English subject.
pub fn kind_of(subject: &str) -> Option<&'static str> {
    [
        ("You left something", "recovery"),
        ("Your cart at", "recovery"),
        ("Last reminder", "recovery"),
        ("Final notice", "final_notice"),
        ("Please confirm your card", "setup_action_required"),
        ("Your card for your", "setup_payment_method_required"),
        ("Please confirm", "payment_action_required"),
        ("Reminder:", "payment_reminder"),
        ("Your payment", "payment_failed"),
        ("Your trial", "trial_ending"),
        ("Your card", "card_expiring"),
    ]
    .into_iter()
    .find(|(prefix, _)| subject.starts_with(prefix))
    .map(|(_, kind)| kind)
}

/// The identity of an accepted mail, if it is one of this world's.
pub fn identify(world: &World, mail: &Accepted) -> Option<MailId> {
    let customer = world.customers.iter().position(|c| c.email == mail.to)?;
    let kind = kind_of(&mail.subject)?;
    if kind == "recovery" {
        let url = "https://buy.stripe.com/r/test_";
        let at = mail.text.find(url)? + url.len();
        let session: String = mail.text[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        return Some((customer, cart_step(&session, step_of(&mail.subject))));
    }
    Some((customer, kind.to_owned()))
}

/// The step of a cart's mail, from its English subject: the first mail, the reminder,
/// the last call.
fn step_of(subject: &str) -> u8 {
    if subject.starts_with("Your cart at") {
        2
    } else if subject.starts_with("Last reminder") {
        3
    } else {
        1
    }
}

/// What a cart's step is called in a `MailId`: `recovery cs_…` for the first mail,
/// `recovery cs_… step 2` for the later ones.
pub fn cart_step(cart: &str, step: u8) -> String {
    match step {
        1 => format!("recovery {cart}"),
        n => format!("recovery {cart} step {n}"),
    }
}

/// The later steps of the default `RECOVERY_STEPS` (`0h,24h,72h`): step and delay after
/// the session's expiry.
pub const LATER_STEPS: [(u8, i64); 2] = [(2, DAY), (3, 3 * DAY)];

fn event_id(world: &World, kind: &str, pick: impl Fn(&Value) -> bool) -> Vec<(String, i64)> {
    world
        .events
        .iter()
        .filter(|e| e.kind == kind && pick(&e.object))
        .map(|e| (e.id.clone(), e.created))
        .collect()
}

fn str_of<'a>(object: &'a Value, field: &str) -> Option<&'a str> {
    object.get(field).and_then(Value::as_str)
}

/// Everything due, per the rules, given when each event was finished.
pub fn due(
    world: &World,
    finished: &Finished,
    tried: &Tried,
    sent: &BTreeMap<MailId, Vec<i64>>,
) -> Vec<Due> {
    let mut due = Vec::new();
    let when =
        |consumer: &'static str, event: &str| finished.get(&(consumer, event.to_owned())).copied();
    for (index, customer) in world.customers.iter().enumerate() {
        match &customer.story {
            Story::Carts {
                carts,
                purchases,
                unsubscribed_at,
            } => {
                let expired_at = |cart: &str| {
                    let events = event_id(world, "checkout.session.expired", |o| {
                        str_of(o, "id") == Some(cart)
                    });
                    when(MAILER, &events[0].0)
                };
                let completed_at = |purchase: &str| {
                    let events = event_id(world, "checkout.session.completed", |o| {
                        str_of(o, "id") == Some(purchase)
                    });
                    when(MAILER, &events[0].0)
                };
                let id = |cart: &str| (index, format!("recovery {cart}"));
                if held_out(&customer.email) {
                    for cart in carts {
                        for step in 1..=3 {
                            due.push(Due {
                                ids: vec![(index, cart_step(&cart.id, step))],
                                lo: 0,
                                hi: 0,
                                why: "held out".into(),
                            });
                        }
                    }
                    continue;
                }
                if carts.len() == 2 {
                    // Two carts within the cooldown: the first decided is mailed, the
                    // second only if it was decided a cooldown later.
                    let mut times: Vec<(i64, &str)> = carts
                        .iter()
                        .map(|c| {
                            (
                                expired_at(&c.id).expect("every cart's event finished"),
                                c.id.as_str(),
                            )
                        })
                        .collect();
                    times.sort();
                    let [(ta, a), (tb, b)] = [times[0], times[1]];
                    let first_try_of = |cart: &str| {
                        let events = event_id(world, "checkout.session.expired", |o| {
                            str_of(o, "id") == Some(cart)
                        });
                        let done = expired_at(cart).expect("every cart's event finished");
                        tried
                            .get(&(MAILER, events[0].0.clone()))
                            .copied()
                            .unwrap_or(done)
                            .min(done)
                    };
                    let gap = tb - ta;
                    let cooldown = 24 * HOUR;
                    if gap < cooldown - 60 {
                        // Within the cooldown: one of them. Not always the first to
                        // finish: the other's send may have started first and its record
                        // finished later, after a fault.
                        due.push(Due {
                            ids: vec![id(a), id(b)],
                            lo: 1,
                            hi: 1,
                            why: format!("two carts decided {gap} s apart: one of them"),
                        });
                    } else if first_try_of(b) < ta {
                        // The second was tried before the first finished (faults retried
                        // the first): either may have taken the recipient first, and the
                        // other goes only a cooldown later, if at all.
                        due.push(Due {
                            ids: vec![id(a), id(b)],
                            lo: 1,
                            hi: 2,
                            why: format!(
                                "two carts a cooldown apart whose tries overlapped ({gap} s)"
                            ),
                        });
                    } else {
                        due.push(Due {
                            ids: vec![id(a)],
                            lo: 1,
                            hi: 1,
                            why: "the first cart decided".into(),
                        });
                        // Decided a cooldown later, it is mailed unless the first cart's
                        // own reminder went within the cooldown before it (the check
                        // below holds every two carts' mails a cooldown apart).
                        due.push(Due {
                            ids: vec![id(b)],
                            lo: 0,
                            hi: 1,
                            why: format!("the second cart, decided {gap} s after the first"),
                        });
                    }
                    // Their later steps race each other's cooldown: each at most once.
                    for cart in carts {
                        for (step, _) in LATER_STEPS {
                            due.push(Due {
                                ids: vec![(index, cart_step(&cart.id, step))],
                                lo: 0,
                                hi: usize::from(cart.consent),
                                why: format!("step {step} of one of two carts: at most once"),
                            });
                        }
                    }
                    continue;
                }
                let cart = &carts[0];
                let decided = expired_at(&cart.id).expect("every cart's event finished");
                // Decided at one of its tries, from the first to the one that finished.
                let first_try = {
                    let events = event_id(world, "checkout.session.expired", |o| {
                        str_of(o, "id") == Some(cart.id.as_str())
                    });
                    tried
                        .get(&(MAILER, events[0].0.clone()))
                        .copied()
                        .unwrap_or(decided)
                        .min(decided)
                };
                let (lo, hi, why) = if !cart.consent {
                    (0, 0, "no consent".to_owned())
                } else if unsubscribed_at.is_some_and(|u| u <= first_try) {
                    (0, 0, "unsubscribed before".to_owned())
                } else if unsubscribed_at.is_some_and(|u| u <= decided) {
                    (
                        0,
                        1,
                        "unsubscribed while the cart's event was tried again".to_owned(),
                    )
                } else {
                    // A purchase after the cart's creation, known when the cart is decided,
                    // holds the mail back; known while it may be decided, either.
                    let known: Vec<i64> = purchases
                        .iter()
                        .filter(|p| p.completed_at >= cart.created)
                        .map(|p| completed_at(&p.id).expect("every purchase finished"))
                        .collect();
                    if known.iter().any(|&t| t < first_try) {
                        (0, 0, "bought since, known before".to_owned())
                    } else if known.iter().any(|&t| t <= decided) {
                        (
                            0,
                            1,
                            "bought since, known while the cart was decided".to_owned(),
                        )
                    } else {
                        (1, 1, "abandoned, opted in".to_owned())
                    }
                };
                // The later steps, each judged at its own time (the sweep's, or later
                // when faults delay it): a purchase or an unsubscribe known before that
                // time stops it; one that may come after leaves it uncertain; none at
                // all, after a first mail that surely went, makes it due.
                let bought: Vec<i64> = purchases
                    .iter()
                    .filter(|p| p.completed_at >= cart.created)
                    .map(|p| completed_at(&p.id).expect("every purchase finished"))
                    .collect();
                for (step, delay) in LATER_STEPS {
                    let at = cart.expires_at + delay;
                    let stopped = hi == 0
                        || unsubscribed_at.is_some_and(|u| u <= at)
                        || bought.iter().any(|&t| t < at);
                    let (lo, hi, why) = if stopped {
                        (0, 0, "the sequence ended before this step")
                    } else if lo == 1 && unsubscribed_at.is_none() && bought.is_empty() {
                        (1, 1, "abandoned, opted in, nothing since")
                    } else {
                        (
                            0,
                            1,
                            "a purchase, an unsubscribe or the first mail uncertain",
                        )
                    };
                    due.push(Due {
                        ids: vec![(index, cart_step(&cart.id, step))],
                        lo,
                        hi,
                        why: format!("step {step}: {why}"),
                    });
                }
                due.push(Due {
                    ids: vec![id(&cart.id)],
                    lo,
                    hi,
                    why,
                });
            }
            Story::Invoice {
                invoice,
                subscription,
                yearly,
                ..
            } => {
                let mut decided: Vec<(i64, i64, &'static str, String)> = Vec::new();
                for kind in ["invoice.payment_failed", "invoice.payment_action_required"] {
                    for (event, created) in
                        event_id(world, kind, |o| str_of(o, "id") == Some(invoice))
                    {
                        let at = when(BILLING, &event).expect("every invoice event finished");
                        decided.push((at, created, kind, event));
                    }
                }
                decided.sort();
                let (mut first, mut reminders, mut last, mut final_notice, mut action) =
                    (false, 0usize, 0i64, false, false);
                let mut reminders_uncertain = false;
                for (at, _, kind, _) in &decided {
                    let at = *at;
                    let inv = world.at(invoice, at).expect("the invoice exists");
                    let sub = world.at(subscription, at).expect("its subscription exists");
                    let open = str_of(inv, "status") == Some("open")
                        && inv["amount_remaining"].as_i64().unwrap_or(0) > 0;
                    let sub_status = str_of(sub, "status").unwrap_or("");
                    if !open
                        || matches!(sub_status, "canceled" | "incomplete_expired" | "incomplete")
                    {
                        continue;
                    }
                    if *kind == "invoice.payment_action_required" {
                        action = true;
                        continue;
                    }
                    if inv["next_payment_attempt"].is_null() {
                        final_notice = true;
                    } else if !first {
                        first = true;
                        last = at;
                    } else if !*yearly && reminders < 2 {
                        let gap = at - last;
                        if (gap - 3 * DAY).abs() <= 600 {
                            reminders_uncertain = true;
                        }
                        if gap >= 3 * DAY {
                            reminders += 1;
                            last = at;
                        }
                    }
                }
                // The holdout keeps every mail seeking payment from a held-out customer,
                // but in the annual segment, which says `holdout = false`.
                if !*yearly && held_out(&customer.email) {
                    for what in [
                        "payment_failed",
                        "final_notice",
                        "payment_action_required",
                        "payment_reminder",
                    ] {
                        due.push(Due {
                            ids: vec![(index, what.to_owned())],
                            lo: 0,
                            hi: 0,
                            why: "held out".into(),
                        });
                    }
                    continue;
                }
                let exact = |what: &str, n: bool, why: &str| Due {
                    ids: vec![(index, what.to_owned())],
                    lo: usize::from(n),
                    hi: usize::from(n),
                    why: why.to_owned(),
                };
                due.push(exact("payment_failed", first, "the first failure's mail"));
                due.push(exact("final_notice", final_notice, "the final notice"));
                due.push(exact(
                    "payment_action_required",
                    action,
                    "the confirmation request",
                ));
                // A yearly renewal's reminders are the scheduler's: days 3 and 7 after
                // the first failure's mail (as SES took it), each decided when it fires
                // (late under faults: up to a dead-letter replay days on) on the
                // invoice and subscription as Stripe has them then.
                if *yearly {
                    let live = |t: i64| {
                        let inv = world.at(invoice, t).expect("the invoice exists");
                        let sub = world.at(subscription, t).expect("its subscription exists");
                        str_of(inv, "status") == Some("open")
                            && inv["amount_remaining"].as_i64().unwrap_or(0) > 0
                            && !matches!(
                                str_of(sub, "status").unwrap_or(""),
                                "canceled" | "incomplete_expired" | "incomplete"
                            )
                    };
                    // Stripe's last attempt: the final notice, which ends the sequence.
                    let final_attempt = world
                        .events
                        .iter()
                        .filter(|e| {
                            e.kind == "invoice.payment_failed"
                                && str_of(&e.object, "id") == Some(invoice)
                                && e.object["next_payment_attempt"].is_null()
                        })
                        .map(|e| e.created)
                        .min();
                    let first_mail = sent
                        .get(&(index, "payment_failed".to_owned()))
                        .and_then(|times| times.iter().min().copied());
                    let (mut lo, mut hi) = (0, 0);
                    for step_day in [3 * DAY, 7 * DAY] {
                        let Some(first) = first_mail else { break };
                        let at = first + step_day;
                        // Paid, voided or cancelled never comes undone.
                        hi += usize::from(live(at));
                        let settled = at + 3 * DAY;
                        lo +=
                            usize::from(live(settled) && final_attempt.is_none_or(|f| f > settled));
                    }
                    due.push(Due {
                        ids: vec![(index, "payment_reminder".into())],
                        lo,
                        hi,
                        why: "a yearly renewal's reminders on our clock, days 3 and 7".into(),
                    });
                    continue;
                }
                due.push(if reminders_uncertain {
                    Due {
                        ids: vec![(index, "payment_reminder".into())],
                        lo: 0,
                        hi: 2,
                        why: "reminders, one decided at the 3-day line".into(),
                    }
                } else {
                    Due {
                        ids: vec![(index, "payment_reminder".into())],
                        lo: reminders,
                        hi: reminders,
                        why: "reminders: at most two, three days apart".into(),
                    }
                });
            }
            Story::Trial {
                subscription,
                has_card,
                ..
            } => {
                let events = event_id(world, "customer.subscription.trial_will_end", |o| {
                    str_of(o, "id") == Some(subscription)
                });
                let at = when(BILLING, &events[0].0).expect("the trial event finished");
                let running = |t: i64| {
                    let sub = world.at(subscription, t).expect("the subscription exists");
                    str_of(sub, "status") == Some("trialing")
                        && sub["trial_end"].as_i64().is_some_and(|end| end > t)
                };
                // A mail held through the customer's night is decided again when the
                // scheduler releases it (at one of that job's tries, up to the one that
                // finished it): a trial may end meanwhile.
                let held = format!(
                    "evt_billingdeferred_{}",
                    events[0].0.trim_start_matches("evt_")
                );
                let (lo, hi) = match when(BILLING, &held) {
                    Some(done) => {
                        let first = tried.get(&(BILLING, held.clone())).copied().unwrap_or(done);
                        (running(done.max(at)), running(first.min(done).max(at)))
                    }
                    None => (running(at), running(at)),
                };
                let n = |running: bool| usize::from(running && !has_card);
                due.push(Due {
                    ids: vec![(index, "trial_ending".into())],
                    lo: n(lo),
                    hi: n(hi),
                    why: "a trial ending with nothing on file, while it runs (when a held mail is released)".into(),
                });
            }
            Story::Card { expiring, .. } => {
                let n = usize::from(*expiring);
                due.push(Due {
                    ids: vec![(index, "card_expiring".into())],
                    lo: n,
                    hi: n,
                    why: "the default card expires before the charge".into(),
                });
            }
            Story::Setup {
                subscription,
                setup_intent,
            } => {
                // Each event that names the SetupIntent is decided at one of its tries,
                // on the subscription and SetupIntent as they are then: a status that
                // needs the customer at the try that finished is mailed; one it needed
                // at any earlier try may have been.
                for kind in SETUP_KINDS {
                    let (mut lo, mut hi) = (0, 0);
                    for (event, _) in setup_events(world, subscription, setup_intent) {
                        let Some(done) = when(BILLING, &event) else {
                            continue;
                        };
                        let first = tried
                            .get(&(BILLING, event.clone()))
                            .copied()
                            .unwrap_or(done)
                            .min(done);
                        let waits = |t| setup_waits(world, subscription, setup_intent, t);
                        if waits(done) == Some(kind) {
                            lo = 1;
                        }
                        if changes(world, &[subscription, setup_intent], first, done)
                            .any(|t| waits(t) == Some(kind))
                        {
                            hi = 1;
                        }
                    }
                    due.push(Due {
                        ids: vec![(index, kind.to_owned())],
                        lo,
                        hi,
                        why: format!("{kind}: once, if an event was decided while it waited"),
                    });
                }
            }
            // Kept in the table, not mailed (`check_churn`).
            Story::Churn { .. } => {}
        }
    }
    due
}

/// The SetupIntent mails, named as the status they are about.
pub const SETUP_KINDS: [&str; 2] = ["setup_action_required", "setup_payment_method_required"];

/// The events billing recovery decides about this SetupIntent: the subscription's that
/// name it pending, and the SetupIntent's own that name the subscription.
fn setup_events(world: &World, subscription: &str, setup_intent: &str) -> Vec<(String, i64)> {
    let mut events = Vec::new();
    for kind in [
        "customer.subscription.created",
        "customer.subscription.updated",
    ] {
        events.extend(event_id(world, kind, |o| {
            str_of(o, "id") == Some(subscription) && !o["pending_setup_intent"].is_null()
        }));
    }
    for kind in ["setup_intent.requires_action", "setup_intent.setup_failed"] {
        events.extend(event_id(world, kind, |o| {
            str_of(o, "id") == Some(setup_intent)
                && o["metadata"]["subscription"].as_str() == Some(subscription)
        }));
    }
    events
}

/// The mail the subscription's pending SetupIntent calls for at `at`: authentication
/// (`requires_action`), or a new card after one was refused; none once it succeeded or
/// was cancelled, or the subscription waits on it no more.
fn setup_waits(
    world: &World,
    subscription: &str,
    setup_intent: &str,
    at: i64,
) -> Option<&'static str> {
    let sub = world.at(subscription, at)?;
    let intent = world.at(setup_intent, at)?;
    if str_of(sub, "pending_setup_intent") != Some(setup_intent)
        || matches!(
            str_of(sub, "status"),
            Some("canceled" | "incomplete_expired")
        )
    {
        return None;
    }
    match str_of(intent, "status")? {
        "requires_action" => Some(SETUP_KINDS[0]),
        "requires_payment_method" if !intent["last_setup_error"].is_null() => Some(SETUP_KINDS[1]),
        _ => None,
    }
}

/// `from`, and each moment in `(from, to]` at which one of `ids` changed: every state a
/// decision between them may have seen.
fn changes<'a>(
    world: &'a World,
    ids: &'a [&'a String],
    from: i64,
    to: i64,
) -> impl Iterator<Item = i64> + 'a {
    let within = ids
        .iter()
        .filter_map(|id| world.versions.get(id.as_str()))
        .flatten()
        .map(|(at, _)| *at)
        .filter(move |at| *at > from && *at <= to);
    std::iter::once(from).chain(within)
}

/// Whether `at` falls in the replay's quiet hours (20:00 to 08:00) in `zone`.
pub fn in_quiet_hours(zone: &str, at: i64) -> bool {
    let offset = TIME_ZONES
        .iter()
        .find(|(name, _)| *name == zone)
        .map(|(_, offset)| *offset)
        .expect("a zone of TIME_ZONES");
    let local = (at + offset).rem_euclid(DAY);
    !(8 * HOUR..20 * HOUR).contains(&local)
}

/// Every rule a run must keep; the violations, in words.
pub fn check(
    world: &World,
    finished: &Finished,
    tried: &Tried,
    accepted: &[Accepted],
) -> Vec<String> {
    let mut violations = Vec::new();
    let mut sent: BTreeMap<MailId, Vec<i64>> = BTreeMap::new();
    for mail in accepted {
        match identify(world, mail) {
            Some(id) => sent.entry(id).or_default().push(mail.at),
            None if mail.to.contains(&world.tag) => {
                violations.push(format!("a mail nobody can place: {:?}", mail.subject));
            }
            None => {}
        }
    }
    // Never twice: every mail but reminders is once per subject.
    for ((customer, what), times) in &sent {
        let most = if what == "payment_reminder" { 2 } else { 1 };
        if times.len() > most {
            violations.push(format!(
                "customer {customer}: {what} sent {} times (at most {most})",
                times.len()
            ));
        }
    }
    let due = due(world, finished, tried, &sent);
    for rule in &due {
        let n: usize = rule
            .ids
            .iter()
            .map(|id| sent.get(id).map_or(0, Vec::len))
            .sum();
        if n < rule.lo || n > rule.hi {
            violations.push(format!(
                "{:?}: {n} sent, {}..={} due ({})",
                rule.ids, rule.lo, rule.hi, rule.why
            ));
        }
    }
    for id in sent.keys() {
        if !due.iter().any(|rule| rule.ids.contains(id)) {
            violations.push(format!("{id:?}: sent, and no rule calls for it"));
        }
    }
    // Quiet hours: no mail reaches a customer who named a time zone in their night. A
    // release that comes in a later night is held again; only the last release a mail
    // may have (`MAX_HOLDS` holds on) sends whatever the hour, so a night mail must fall
    // within the tries of such a release of this customer's event or step.
    let last_release = format!(
        "evt_{}",
        "billingdeferred_".repeat(usize::from(billing_recovery::MAX_HOLDS))
    );
    let released_last = |index: usize, at: i64| {
        let customer = format!("cus_{}c{index}", world.tag);
        let customers = |object_id: &str| {
            world.events.iter().any(|e| {
                e.object["customer"].as_str() == Some(customer.as_str())
                    && (e.id == object_id || e.object["id"].as_str() == Some(object_id))
            })
        };
        tried.iter().any(|((consumer, id), &first)| {
            let Some(held) = id.strip_prefix(last_release.as_str()) else {
                return false;
            };
            let whose = match held.strip_prefix("billingstep_") {
                // `in_…_<step>`: the invoice the step is about.
                Some(step) => step.rsplit_once('_').map(|(invoice, _)| invoice.to_owned()),
                None => Some(format!("evt_{held}")),
            };
            let done = finished.get(&(*consumer, id.clone()));
            *consumer == BILLING
                && whose.is_some_and(|object| customers(&object))
                && first <= at
                && done.is_some_and(|&done| at <= done)
        })
    };
    for ((index, what), times) in &sent {
        let Some(zone) = world.customers[*index].time_zone else {
            continue;
        };
        for at in times {
            if in_quiet_hours(zone, *at) && !released_last(*index, *at) {
                violations.push(format!(
                    "customer {index}: {what} at {at}, in the quiet hours of {zone}"
                ));
            }
        }
    }
    // Per story: nothing after a payment, an unsubscribe or a cancellation; reminders
    // three days apart; a SetupIntent's mail only while it waits on the customer.
    for (index, customer) in world.customers.iter().enumerate() {
        let mails: Vec<(&String, i64)> = sent
            .iter()
            .filter(|((c, _), _)| *c == index)
            .flat_map(|((_, what), times)| times.iter().map(move |t| (what, *t)))
            .collect();
        match &customer.story {
            Story::Invoice {
                paid_at, deleted, ..
            } => {
                let end = paid_at.or(deleted.as_ref().map(|(at, _)| *at));
                for (what, at) in &mails {
                    if end.is_some_and(|end| *at >= end) {
                        violations.push(format!(
                            "customer {index}: {what} at {at}, after the sequence ended at {end:?}"
                        ));
                    }
                }
                // The final notice is the last word: no reminder after it.
                let final_at = mails
                    .iter()
                    .filter(|(w, _)| *w == "final_notice")
                    .map(|(_, at)| *at)
                    .min();
                for (what, at) in &mails {
                    if *what == "payment_reminder" && final_at.is_some_and(|f| *at > f) {
                        violations.push(format!(
                            "customer {index}: a reminder at {at}, after the final notice at {final_at:?}"
                        ));
                    }
                }
                let mut failures: Vec<i64> = mails
                    .iter()
                    .filter(|(w, _)| *w == "payment_failed" || *w == "payment_reminder")
                    .map(|(_, at)| *at)
                    .collect();
                failures.sort();
                for pair in failures.windows(2) {
                    if pair[1] - pair[0] < 3 * DAY - 600 {
                        violations.push(format!(
                            "customer {index}: failure mails {} s apart",
                            pair[1] - pair[0]
                        ));
                    }
                }
            }
            Story::Carts {
                carts,
                unsubscribed_at,
                ..
            } => {
                // The cooldown is across carts: two carts' mails a cooldown apart.
                let cart_of = |what: &str| {
                    what.strip_prefix("recovery ")
                        .and_then(|w| w.split(' ').next())
                        .map(str::to_owned)
                };
                let mut by_time: Vec<(i64, Option<String>)> = mails
                    .iter()
                    .map(|(what, at)| (*at, cart_of(what)))
                    .collect();
                by_time.sort();
                for pair in by_time.windows(2) {
                    let ((a, cart_a), (b, cart_b)) = (&pair[0], &pair[1]);
                    if cart_a != cart_b && b - a < 24 * HOUR - 60 {
                        violations.push(format!(
                            "customer {index}: {cart_a:?} and {cart_b:?} mailed {} s apart, within the cooldown",
                            b - a
                        ));
                    }
                }
                for (what, at) in &mails {
                    if unsubscribed_at.is_some_and(|u| *at >= u) {
                        violations.push(format!("customer {index}: {what} after unsubscribing"));
                    }
                    let cart = what
                        .strip_prefix("recovery ")
                        .and_then(|w| w.split(' ').next())
                        .unwrap_or_default();
                    if carts.iter().any(|c| c.id == cart && !c.consent) {
                        violations.push(format!("customer {index}: {what} without consent"));
                    }
                }
            }
            Story::Setup {
                subscription,
                setup_intent,
            } => {
                for (what, at) in &mails {
                    let waits = setup_waits(world, subscription, setup_intent, *at);
                    if waits != Some(what.as_str()) {
                        violations.push(format!(
                            "customer {index}: {what} at {at}, when the SetupIntent called for {waits:?}"
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    violations
}

/// Whether the customer's invoice mails went out (for attribution): any of them.
pub fn billing_mailed(world: &World, accepted: &[Accepted], customer: usize) -> bool {
    accepted.iter().any(|mail| {
        identify(world, mail)
            .is_some_and(|(c, what)| c == customer && !what.starts_with("recovery"))
    })
}

/// Whether any step of `cart` was mailed.
pub fn cart_mailed(world: &World, accepted: &[Accepted], customer: usize, cart: &str) -> bool {
    accepted.iter().any(|mail| {
        (1..=3).any(|step| identify(world, mail) == Some((customer, cart_step(cart, step))))
    })
}
