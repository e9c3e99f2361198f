//! The simulated Stripe account: customers, each with one story (a cart, an invoice's
//! dunning, a trial, a card), every version of every object in time, and the events
//! Stripe sends as they change. Built from Stripe's official fixtures and a seed.

use std::collections::BTreeMap;
use std::path::Path;

use integration_tests::{fixture, stripe_event};
use serde_json::{Value, json};

pub const HOUR: i64 = 3600;
pub const DAY: i64 = 24 * HOUR;

/// One event, as Stripe creates it (`data.object` as the object was then).
/// The issuers' answers the world's failed invoices carry.
pub const DECLINE_CODES: [&str; 3] = ["insufficient_funds", "expired_card", "do_not_honor"];

#[derive(Debug, Clone)]
pub struct SimEvent {
    pub id: String,
    pub kind: &'static str,
    pub created: i64,
    pub object: Value,
    /// The idempotency key of the API request that caused it (`request`), if any.
    pub idempotency_key: Option<String>,
}

impl SimEvent {
    /// The event as Stripe delivers it.
    pub fn to_json(&self) -> Value {
        let mut event = stripe_event(&self.id, self.kind, self.object.clone(), self.created);
        event["request"]["idempotency_key"] = json!(self.idempotency_key);
        event
    }
}

#[derive(Debug, Clone)]
pub struct Cart {
    pub id: String,
    pub created: i64,
    pub expires_at: i64,
    pub consent: bool,
    pub amount: i64,
}

/// A checkout completed (a purchase), possibly from a recovery link.
#[derive(Debug, Clone)]
pub struct Purchase {
    pub id: String,
    pub created: i64,
    pub completed_at: i64,
    pub recovered_from: Option<String>,
    pub amount: i64,
}

#[derive(Debug, Clone)]
pub enum Story {
    /// Abandoned carts (one, or two within the cooldown), purchases, an unsubscribe.
    Carts {
        carts: Vec<Cart>,
        purchases: Vec<Purchase>,
        unsubscribed_at: Option<i64>,
    },
    /// A renewal invoice failing on Stripe's schedule of attempts.
    Invoice {
        invoice: String,
        subscription: String,
        amount: i64,
        /// A yearly subscription's renewal: the lifecycle's policy sends its reminders
        /// on our own clock (`sequence_days`), not on Stripe's retries.
        yearly: bool,
        paid_at: Option<i64>,
        /// Cancelled after the last attempt, with a pending SetupIntent.
        deleted: Option<(i64, String)>,
    },
    /// A trial ending, with a card on file or not.
    Trial {
        subscription: String,
        has_card: bool,
    },
    /// An upcoming renewal, the default card expiring before it or not.
    Card { expiring: bool },
    /// A subscription waiting on a SetupIntent the customer must finish (Stripe's
    /// subscriptions guide): authentication asked for, a card refused, then finished,
    /// failed again or cancelled, announced by the subscription's events or (when the
    /// merchant names the subscription in its metadata) the SetupIntent's.
    Setup {
        subscription: String,
        setup_intent: String,
    },
    /// A cancellation asked for in the portal with a reason, feedback and a comment;
    /// then ended, withdrawn (for a retention coupon or not), or still scheduled.
    Churn {
        subscription: String,
        feedback: &'static str,
        comment: String,
        end: ChurnEnd,
    },
}

/// How a requested cancellation ends within the replay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChurnEnd {
    Canceled,
    Withdrawn { coupon: bool },
    Scheduled,
}

/// The time zones customers name (`metadata.time_zone`), none with summer time, so the
/// oracle knows their offsets without a time zone database: Tokyo, Bogotá, Kolkata, UTC.
pub const TIME_ZONES: [(&str, i64); 4] = [
    ("Asia/Tokyo", 9 * HOUR),
    ("America/Bogota", -5 * HOUR),
    ("Asia/Kolkata", 5 * HOUR + 1800),
    ("UTC", 0),
];

#[derive(Debug, Clone)]
pub struct Customer {
    pub email: String,
    pub story: Story,
    /// Their `metadata.time_zone` (one of `TIME_ZONES`), if the merchant set one.
    pub time_zone: Option<&'static str>,
}

pub struct World {
    /// What makes this world's ids and addresses its own.
    pub tag: String,
    pub customers: Vec<Customer>,
    /// Every version of every object, by id, in time order.
    pub versions: BTreeMap<String, Vec<(i64, Value)>>,
    pub events: Vec<SimEvent>,
    /// Deliveries fixed by the traps (event id → when), instead of Stripe's random ones.
    pub forced: BTreeMap<String, i64>,
    /// Reads that fail until the dead-letter replay (`<operation> <key>`).
    pub doomed: Vec<String>,
}

impl World {
    /// The object `id` as Stripe has it at `at`.
    pub fn at(&self, id: &str, at: i64) -> Option<&Value> {
        self.versions
            .get(id)?
            .iter()
            .rev()
            .find(|(since, _)| *since <= at)
            .map(|(_, object)| object)
    }

    /// The world as a history `local simulate` reads (`local/src/simulate.rs`): every
    /// object version as `{"object_version": …, "at": …}` and every event as Stripe sends
    /// it, one a line, in time order (at the same second, versions first, so an event
    /// finds the object as it made it).
    pub fn write_history(&self, path: &Path) -> std::io::Result<()> {
        let mut lines: Vec<(i64, u8, String)> = Vec::new();
        for versions in self.versions.values() {
            for (at, object) in versions {
                let line = json!({"object_version": object, "at": at});
                lines.push((*at, 0, line.to_string()));
            }
        }
        for event in &self.events {
            lines.push((event.created, 1, event.to_json().to_string()));
        }
        // Stable: an object's versions at one second keep their order (the last stands).
        lines.sort_by_key(|(at, order, _)| (*at, *order));
        let mut text = String::new();
        for (_, _, line) in lines {
            text.push_str(&line);
            text.push('\n');
        }
        std::fs::write(path, text)
    }

    fn version(&mut self, at: i64, object: Value) {
        let id = object["id"].as_str().expect("objects have ids").to_owned();
        let versions = self.versions.entry(id).or_default();
        versions.push((at, object));
        versions.sort_by_key(|(since, _)| *since);
    }

    fn event(&mut self, kind: &'static str, created: i64, object: Value) {
        self.event_of_request(kind, created, object, None);
    }

    /// An event caused by an API request made with `idempotency_key`.
    fn event_of_request(
        &mut self,
        kind: &'static str,
        created: i64,
        object: Value,
        idempotency_key: Option<String>,
    ) {
        let id = format!("evt_{}", self.next_event_id());
        self.events.push(SimEvent {
            id,
            kind,
            created,
            object,
            idempotency_key,
        });
    }

    fn next_event_id(&self) -> String {
        format!("{}x{}", self.tag, self.events.len())
    }
}

/// Builds a world of `customers` for `seed`, starting at `t0`; `tag` makes its ids and
/// addresses its own.
pub fn build(seed: u64, t0: i64, customers: usize, tag: &str) -> World {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut world = World {
        tag: tag.to_owned(),
        customers: Vec::new(),
        versions: BTreeMap::new(),
        events: Vec::new(),
        forced: BTreeMap::new(),
        doomed: Vec::new(),
    };
    for i in 0..customers {
        let id = format!("cus_{tag}c{i}");
        let email = format!("lifecycle-{tag}-{i}@example.com");
        let start = t0 + rng.i64(HOUR..10 * DAY);
        // Trials and cards in a time zone, or none: the replay's policy holds their
        // mails through the night.
        let zone = |rng: &mut fastrand::Rng| {
            let n = rng.usize(0..=TIME_ZONES.len());
            TIME_ZONES.get(n).map(|(zone, _)| *zone)
        };
        let mut time_zone = None;
        let story = match i % 10 {
            0 | 4 => carts(&mut world, &mut rng, &id, &email, start, i),
            1 | 5 => invoice(&mut world, &mut rng, &id, &email, start, i),
            2 => invoice(&mut world, &mut rng, &id, &email, start, i),
            3 => carts(&mut world, &mut rng, &id, &email, start, i),
            6 => {
                time_zone = zone(&mut rng);
                trial(&mut world, &mut rng, &id, &email, time_zone, start, i)
            }
            7 => {
                time_zone = zone(&mut rng);
                card(&mut world, &mut rng, &id, &email, time_zone, start, i)
            }
            8 => setup(&mut world, &mut rng, &id, &email, start, i),
            _ => churn(&mut world, &mut rng, &id, &email, start, i),
        };
        world.customers.push(Customer {
            email,
            story,
            time_zone,
        });
    }
    traps(&mut world, t0 + 2 * DAY + 1234, tag);
    world
}

/// Two traps for a dead-letter replay that runs again what had succeeded beside a failed
/// record: each sets a record the clock held back (a cooldown, a reminder's spacing) next
/// to one that fails until the replay, a day or more later, when the clock would let it
/// through.
fn traps(world: &mut World, at: i64, tag: &str) {
    let first = world.customers.len();
    let email = |i: usize| format!("lifecycle-{tag}-{i}@example.com");
    let forced = |world: &mut World, delay: i64| {
        let event = world.events.last().unwrap();
        world.forced.insert(event.id.clone(), event.created + delay);
    };
    // A: two carts expiring 20 s apart (one mail: the cooldown); B: a cart 10 s after,
    // whose first read fails until the replay, so its batch's window holds A's two.
    let a = email(first);
    let carts: Vec<Cart> = [at, at + 20]
        .iter()
        .enumerate()
        .map(|(n, expires_at)| Cart {
            id: format!("cs_test_{tag}c{first}n{n}"),
            created: expires_at - 23 * HOUR,
            expires_at: *expires_at,
            consent: true,
            amount: 4_200,
        })
        .collect();
    for cart in &carts {
        world.event(
            "checkout.session.expired",
            cart.expires_at,
            session_object(cart, &a),
        );
        forced(world, 5);
    }
    world.customers.push(Customer {
        email: a,
        story: Story::Carts {
            carts,
            purchases: vec![],
            unsubscribed_at: None,
        },
        time_zone: None,
    });
    let b = email(first + 1);
    let cart = Cart {
        id: format!("cs_test_{tag}c{}n0", first + 1),
        created: at + 30 - 23 * HOUR,
        expires_at: at + 30,
        consent: true,
        amount: 4_200,
    };
    world.doomed.push(format!("session_mail {}", cart.id));
    world.event(
        "checkout.session.expired",
        cart.expires_at,
        session_object(&cart, &b),
    );
    forced(world, 5);
    world.customers.push(Customer {
        email: b,
        story: Story::Carts {
            carts: vec![cart],
            purchases: vec![],
            unsubscribed_at: None,
        },
        time_zone: None,
    });
    // C: an invoice failing at once (mailed) and again 2.5 days later (too soon for a
    // reminder); D: another invoice failing 10 s after C's second, whose record cannot
    // be read until the replay, so its batch's window holds C's second failure.
    let second = 2 * DAY + 12 * HOUR;
    for (i, start, schedule) in [
        (first + 2, at, &[0, second][..]),
        (first + 3, at + second + 10, &[0][..]),
    ] {
        let customer = format!("cus_{tag}c{i}");
        let email = email(i);
        let story = dunning(
            world,
            Dunning {
                customer: &customer,
                email: &email,
                i,
                start,
                amount: 9_900,
                schedule,
                retries_left: true,
                incomplete: false,
                action_required: false,
                yearly: false,
                paid_at: Some(at + 6 * DAY),
                deleted_at: None,
            },
        );
        // The failures' deliveries five seconds after each; the payment's as Stripe's.
        let failures: Vec<(String, i64)> = world
            .events
            .iter()
            .filter(|e| {
                e.kind == "invoice.payment_failed" && e.object["id"] == format!("in_{tag}c{i}")
            })
            .map(|e| (e.id.clone(), e.created + 5))
            .collect();
        world.forced.extend(failures);
        world.customers.push(Customer {
            email,
            story,
            time_zone: None,
        });
    }
    world
        .doomed
        .push(format!("dunning_record in_{tag}c{}", first + 3));
}

fn customer_object(
    id: &str,
    email: &str,
    default_pm: Option<&str>,
    time_zone: Option<&str>,
) -> Value {
    let mut customer = fixture("customer");
    customer["id"] = json!(id);
    customer["email"] = json!(email);
    customer["preferred_locales"] = json!(["en"]);
    customer["invoice_settings"]["default_payment_method"] = json!(default_pm);
    customer["default_source"] = Value::Null;
    if let Some(zone) = time_zone {
        customer["metadata"] = json!({ "time_zone": zone });
    }
    customer
}

/// A live subscription of `customer`, from the fixture: no cancellation asked for.
fn subscription_object(id: &str, customer: &str) -> Value {
    let mut sub = fixture("subscription");
    sub["id"] = json!(id);
    sub["customer"] = json!(customer);
    sub["status"] = json!("active");
    sub["cancel_at_period_end"] = json!(false);
    sub["cancel_at"] = Value::Null;
    sub["canceled_at"] = Value::Null;
    sub["ended_at"] = Value::Null;
    sub["trial_end"] = Value::Null;
    sub
}

fn session_object(cart: &Cart, email: &str) -> Value {
    let mut session = fixture("checkout.session");
    session["id"] = json!(cart.id);
    session["status"] = json!("expired");
    session["created"] = json!(cart.created);
    session["expires_at"] = json!(cart.expires_at);
    session["amount_total"] = json!(cart.amount);
    session["currency"] = json!("usd");
    session["locale"] = json!("en");
    session["consent"] = if cart.consent {
        json!({"promotions": "opt_in", "terms_of_service": null})
    } else {
        Value::Null
    };
    session["customer_details"]["email"] = json!(email);
    session["after_expiration"]["recovery"] = json!({
        "enabled": true,
        "allow_promotion_codes": false,
        "expires_at": cart.expires_at + 30 * DAY,
        "url": format!("https://buy.stripe.com/r/test_{}", cart.id),
    });
    session
}

fn purchase_object(purchase: &Purchase, email: &str) -> Value {
    let mut session = fixture("checkout.session");
    session["id"] = json!(purchase.id);
    session["status"] = json!("complete");
    session["created"] = json!(purchase.created);
    session["amount_total"] = json!(purchase.amount);
    session["currency"] = json!("usd");
    session["customer_details"]["email"] = json!(email);
    session["recovered_from"] = json!(purchase.recovered_from);
    session
}

fn carts(
    world: &mut World,
    rng: &mut fastrand::Rng,
    customer: &str,
    email: &str,
    start: i64,
    i: usize,
) -> Story {
    let _ = customer;
    let cart = |n: usize, created: i64, consent: bool, rng: &mut fastrand::Rng| Cart {
        id: format!("cs_test_{}c{i}n{n}", world_tag(email)),
        created,
        expires_at: created + 23 * HOUR,
        consent,
        amount: rng.i64(1_000..20_000),
    };
    let mut carts = vec![];
    let mut purchases = vec![];
    let mut unsubscribed_at = None;
    match rng.u8(0..8) {
        // Abandoned, mailed.
        0 => carts.push(cart(0, start, true, rng)),
        // Abandoned, mailed, then bought from the recovery link.
        1 => {
            let c = cart(0, start, true, rng);
            let completed_at = c.expires_at + rng.i64(2 * HOUR..5 * DAY);
            purchases.push(Purchase {
                id: format!("cs_test_{}c{i}p0", world_tag(email)),
                created: completed_at - 10 * 60,
                completed_at,
                recovered_from: Some(c.id.clone()),
                amount: c.amount,
            });
            carts.push(c);
        }
        // No consent (Checkout outside the US): never mailed.
        2 => carts.push(cart(0, start, false, rng)),
        // Bought in another tab soon after: not mailed about the abandoned one.
        3 => {
            carts.push(cart(0, start, true, rng));
            purchases.push(Purchase {
                id: format!("cs_test_{}c{i}p0", world_tag(email)),
                created: start + 10 * 60,
                completed_at: start + 30 * 60,
                recovered_from: None,
                amount: 2_500,
            });
        }
        // Unsubscribed (from an earlier mail) before the cart expired.
        4 => {
            carts.push(cart(0, start, true, rng));
            unsubscribed_at = Some(start + HOUR);
        }
        // Mailed, then bought elsewhere (not from the link) while the reminders wait.
        5 => {
            let c = cart(0, start, true, rng);
            let completed_at = c.expires_at + rng.i64(2 * HOUR..4 * DAY);
            purchases.push(Purchase {
                id: format!("cs_test_{}c{i}p0", world_tag(email)),
                created: completed_at - 10 * 60,
                completed_at,
                recovered_from: None,
                amount: 3_100,
            });
            carts.push(c);
        }
        // Mailed, then unsubscribed from that mail while the reminders wait.
        6 => {
            let c = cart(0, start, true, rng);
            unsubscribed_at = Some(c.expires_at + rng.i64(HOUR..4 * DAY));
            carts.push(c);
        }
        // Two carts expiring within the cooldown (tabs opened together, or hours
        // apart): one mail.
        _ => {
            carts.push(cart(0, start, true, rng));
            let apart = if rng.bool() {
                rng.i64(0..90)
            } else {
                rng.i64(HOUR..6 * HOUR)
            };
            carts.push(cart(1, start + apart, true, rng));
        }
    }
    for c in &carts {
        world.event(
            "checkout.session.expired",
            c.expires_at,
            session_object(c, email),
        );
    }
    for p in &purchases {
        world.event(
            "checkout.session.completed",
            p.completed_at,
            purchase_object(p, email),
        );
    }
    Story::Carts {
        carts,
        purchases,
        unsubscribed_at,
    }
}

/// The tag of a world, recovered from an address it made (`lifecycle-<tag>-<i>@…`).
fn world_tag(email: &str) -> &str {
    email
        .strip_prefix("lifecycle-")
        .and_then(|rest| rest.split('-').next())
        .unwrap_or("x")
}

fn invoice(
    world: &mut World,
    rng: &mut fastrand::Rng,
    customer: &str,
    email: &str,
    start: i64,
    i: usize,
) -> Story {
    let amount = rng.i64(1_000..60_000);
    // Stripe's Smart Retries: up to eight attempts within three weeks; whole hours off
    // the days, so no two of our mails fall within minutes of the 3-day spacing.
    let schedules: [&[i64]; 3] = [
        &[
            0,
            3 * DAY + 5 * HOUR,
            5 * DAY + 9 * HOUR,
            8 * DAY + 2 * HOUR,
        ],
        &[
            0,
            DAY + 2 * HOUR,
            2 * DAY + 7 * HOUR,
            4 * DAY + 3 * HOUR,
            6 * DAY + 11 * HOUR,
            9 * DAY + 5 * HOUR,
            13 * DAY + 8 * HOUR,
            20 * DAY + HOUR,
        ],
        &[0, 2 * DAY + 3 * HOUR, 4 * DAY + 20 * HOUR],
    ];
    let schedule = schedules[rng.usize(0..schedules.len())];
    let kind = rng.u8(0..10);
    let incomplete = kind == 0;
    let action_required = kind == 1;
    // Attempts until paid, or all of them.
    let paid_after = match kind {
        0 => None,
        1..=4 => Some(rng.usize(1..=schedule.len().min(3))),
        5 | 6 => Some(rng.usize(1..=schedule.len())),
        _ => None,
    };
    let attempts = if incomplete {
        1
    } else {
        paid_after.unwrap_or(schedule.len())
    };
    let last = start + schedule[attempts - 1];
    let paid_at = paid_after.map(|n| {
        let until = schedule.get(n).map_or(last + 3 * DAY, |next| start + next);
        last + rng.i64(HOUR..(until - last - HOUR).max(2 * HOUR))
    });
    let yearly = i % 3 == 1;
    // A yearly renewal is worth waiting for: cancelled days after the last attempt, so
    // its scheduled reminders meet an invoice still open after the final notice.
    let deleted_at = (paid_at.is_none() && !incomplete).then(|| {
        let after = if yearly {
            3 * DAY..5 * DAY
        } else {
            6 * HOUR..2 * DAY
        };
        last + rng.i64(after)
    });
    dunning(
        world,
        Dunning {
            customer,
            email,
            i,
            start,
            amount,
            schedule: &schedule[..attempts],
            retries_left: !incomplete && attempts < schedule.len(),
            incomplete,
            action_required,
            // A third of the renewals are yearly (by index: the seeds' draws stay as
            // they were), which the replay's policy gives reminders on our clock.
            yearly,
            paid_at,
            deleted_at,
        },
    )
}

/// One invoice's dunning, as Stripe would run it.
pub struct Dunning<'a> {
    pub customer: &'a str,
    pub email: &'a str,
    pub i: usize,
    pub start: i64,
    pub amount: i64,
    /// The attempts made, as offsets from `start`.
    pub schedule: &'a [i64],
    /// Whether Stripe would try again after the last of them.
    pub retries_left: bool,
    pub incomplete: bool,
    pub action_required: bool,
    /// The subscription renews yearly (else monthly, as the fixture).
    pub yearly: bool,
    pub paid_at: Option<i64>,
    /// Cancelled then, with a pending SetupIntent.
    pub deleted_at: Option<i64>,
}

pub fn dunning(world: &mut World, plan: Dunning<'_>) -> Story {
    let Dunning {
        customer,
        email,
        i,
        start,
        amount,
        schedule,
        retries_left,
        incomplete,
        action_required,
        yearly,
        paid_at,
        deleted_at,
    } = plan;
    let tag = world_tag(email).to_owned();
    let invoice = format!("in_{tag}c{i}");
    let subscription = format!("sub_{tag}c{i}");
    let deleted = deleted_at.map(|at| (at, format!("seti_{tag}c{i}")));
    let mut sub = subscription_object(&subscription, customer);
    sub["status"] = json!(if incomplete { "incomplete" } else { "active" });
    sub["latest_invoice"] = json!(invoice);
    if yearly {
        for item in sub["items"]["data"].as_array_mut().into_iter().flatten() {
            item["price"]["recurring"]["interval"] = json!("year");
            item["plan"]["interval"] = json!("year");
        }
    }
    world.version(start - DAY, sub.clone());
    world.version(start - DAY, customer_object(customer, email, None, None));

    let mut inv = fixture("invoice");
    inv["id"] = json!(invoice);
    inv["customer"] = json!(customer);
    inv["parent"]["subscription_details"]["subscription"] = json!(subscription);
    inv["status"] = json!("open");
    inv["amount_due"] = json!(amount);
    inv["amount_remaining"] = json!(amount);
    inv["amount_paid"] = json!(0);
    inv["currency"] = json!("usd");
    inv["collection_method"] = json!("charge_automatically");
    // A renewal, or the first invoice of a subscription still signing up.
    inv["billing_reason"] = json!(if incomplete {
        "subscription_create"
    } else {
        "subscription_cycle"
    });
    inv["hosted_invoice_url"] = json!(format!("https://invoice.stripe.com/i/acct_1/{invoice}"));
    inv["attempted"] = json!(false);
    inv["attempt_count"] = json!(0);
    inv["next_payment_attempt"] = json!(start);
    world.version(start - HOUR, inv.clone());
    for (n, offset) in schedule.iter().enumerate() {
        let at = start + offset;
        let next = match schedule.get(n + 1) {
            Some(next) => Some(start + next),
            // After the last attempt made: Stripe's next one, if it would try again.
            None => retries_left.then_some(at + 2 * DAY),
        };
        inv["attempted"] = json!(true);
        inv["attempt_count"] = json!(n + 1);
        // Why the card was declined, as Stripe keeps it on the invoice: one issuer's
        // answer per invoice (fixed by its amount, so the report's split is countable).
        inv["last_finalization_error"] = json!({
            "type": "card_error",
            "code": "card_declined",
            "decline_code": DECLINE_CODES[amount.unsigned_abs() as usize % DECLINE_CODES.len()],
        });
        inv["next_payment_attempt"] = json!(next);
        world.version(at, inv.clone());
        if n == 0 && !incomplete {
            sub["status"] = json!("past_due");
            world.version(at, sub.clone());
        }
        world.event("invoice.payment_failed", at, inv.clone());
        if action_required {
            world.event("invoice.payment_action_required", at, inv.clone());
        }
    }
    if let Some(paid_at) = paid_at {
        // Between the last failure and the payment, what Stripe tells of the customer:
        // they open the portal through our link (a click, if we had mailed), or the
        // merchant's own site (no click of ours), or the card updater renews their card;
        // by the invoice's index, so the seeds' draws stay as they were.
        let last = start + schedule.last().copied().unwrap_or_default();
        let signal_at = paid_at - (paid_at - last) / 2;
        let mut session = fixture("billing_portal.session");
        session["customer"] = json!(customer);
        match i % 4 {
            0 => world.event_of_request(
                "billing_portal.session.created",
                signal_at,
                session,
                Some(format!(
                    "{}-{tag}c{i}",
                    stripe_recovery::portal::SESSION_IDEMPOTENCY_PREFIX
                )),
            ),
            1 => {
                let mut card = fixture("payment_method");
                card["id"] = json!(format!("pm_{tag}c{i}"));
                card["customer"] = json!(customer);
                world.event("payment_method.automatically_updated", signal_at, card);
            }
            2 => world.event_of_request(
                "billing_portal.session.created",
                signal_at,
                session,
                Some(format!("merchant-site-{tag}c{i}")),
            ),
            _ => {}
        }
        inv["status"] = json!("paid");
        inv["amount_paid"] = json!(amount);
        inv["amount_remaining"] = json!(0);
        inv["next_payment_attempt"] = Value::Null;
        world.version(paid_at, inv.clone());
        world.event("invoice.paid", paid_at, inv.clone());
        sub["status"] = json!("active");
        world.version(paid_at, sub.clone());
    }
    if let Some((deleted_at, seti)) = &deleted {
        // Cancelled by Stripe's dunning settings after the last attempt.
        sub["status"] = json!("canceled");
        sub["canceled_at"] = json!(deleted_at);
        sub["ended_at"] = json!(deleted_at);
        sub["cancellation_details"] = json!({
            "reason": "payment_failed",
            "feedback": null,
            "comment": null,
        });
        sub["pending_setup_intent"] = json!(seti);
        world.version(*deleted_at, sub.clone());
        world.event("customer.subscription.deleted", *deleted_at, sub.clone());
    }
    Story::Invoice {
        invoice,
        subscription,
        amount,
        yearly,
        paid_at,
        deleted,
    }
}

fn trial(
    world: &mut World,
    rng: &mut fastrand::Rng,
    customer: &str,
    email: &str,
    time_zone: Option<&str>,
    start: i64,
    i: usize,
) -> Story {
    let tag = world_tag(email).to_owned();
    let subscription = format!("sub_{tag}c{i}");
    let has_card = rng.u8(0..4) == 0;
    let payment_method = format!("pm_{tag}c{i}");
    let trial_end = start + 3 * DAY;
    let mut sub = subscription_object(&subscription, customer);
    sub["status"] = json!("trialing");
    sub["trial_end"] = json!(trial_end);
    sub["default_payment_method"] = json!(has_card.then_some(&payment_method));
    world.version(start - DAY, sub.clone());
    world.version(
        start - DAY,
        customer_object(customer, email, None, time_zone),
    );
    world.event("customer.subscription.trial_will_end", start, sub.clone());
    sub["status"] = json!(if has_card { "active" } else { "past_due" });
    world.version(trial_end, sub);
    Story::Trial {
        subscription,
        has_card,
    }
}

fn card(
    world: &mut World,
    rng: &mut fastrand::Rng,
    customer: &str,
    email: &str,
    time_zone: Option<&str>,
    start: i64,
    i: usize,
) -> Story {
    let tag = world_tag(email).to_owned();
    let subscription = format!("sub_{tag}c{i}");
    let payment_method = format!("pm_{tag}c{i}");
    let charge_at = start + 7 * DAY;
    let expiring = rng.u8(0..4) != 0;
    // Valid through the last day of its expiry month: expiring = the month before the
    // charge's; otherwise years ahead.
    let (year, month, _) = stripe_recovery::time::civil_date(charge_at);
    let (exp_year, exp_month) = if expiring {
        if month == 1 {
            (year - 1, 12)
        } else {
            (year, month - 1)
        }
    } else {
        (year + 3, month)
    };
    let mut pm = fixture("payment_method");
    pm["id"] = json!(payment_method);
    pm["customer"] = json!(customer);
    pm["card"]["exp_month"] = json!(exp_month);
    pm["card"]["exp_year"] = json!(exp_year);
    world.version(start - DAY, pm);
    let mut sub = subscription_object(&subscription, customer);
    sub["default_payment_method"] = json!(payment_method);
    world.version(start - DAY, sub);
    world.version(
        start - DAY,
        customer_object(customer, email, Some(&payment_method), time_zone),
    );
    let mut upcoming = fixture("invoice");
    upcoming
        .as_object_mut()
        .unwrap()
        .insert("id".into(), Value::Null);
    upcoming["customer"] = json!(customer);
    upcoming["parent"]["subscription_details"]["subscription"] = json!(subscription);
    upcoming["status"] = json!("draft");
    upcoming["amount_due"] = json!(rng.i64(1_000..30_000));
    upcoming["currency"] = json!("usd");
    upcoming["collection_method"] = json!("charge_automatically");
    upcoming["next_payment_attempt"] = json!(charge_at);
    upcoming["period_end"] = json!(charge_at);
    world.event("invoice.upcoming", start, upcoming);
    Story::Card { expiring }
}

/// A subscription waiting on a SetupIntent: the statuses it goes through, each a version
/// of the SetupIntent (and of the subscription when it stops waiting), each announced
/// by an event.
fn setup(
    world: &mut World,
    rng: &mut fastrand::Rng,
    customer: &str,
    email: &str,
    start: i64,
    i: usize,
) -> Story {
    let tag = world_tag(email).to_owned();
    let subscription = format!("sub_{tag}c{i}");
    let setup_intent = format!("seti_{tag}c{i}");
    world.version(start - DAY, customer_object(customer, email, None, None));
    let mut sub = subscription_object(&subscription, customer);
    sub["pending_setup_intent"] = json!(setup_intent);
    world.version(start - DAY, sub.clone());
    let mut intent = fixture("setup_intent");
    intent["id"] = json!(setup_intent);
    intent["customer"] = json!(customer);
    intent["client_secret"] = json!(format!("{setup_intent}_secret_lifecycle"));
    intent["next_action"] = Value::Null;
    intent["last_setup_error"] = Value::Null;
    // Half the merchants name the subscription in the SetupIntent's metadata, which lets
    // its own events be placed; the others' are not ours to decide.
    if rng.bool() {
        intent["metadata"] = json!({ "subscription": subscription });
    }
    let refused = json!({"type": "card_error", "code": "card_declined"});
    let later = start + rng.i64(2 * HOUR..2 * DAY);
    let last = later + rng.i64(HOUR..2 * DAY);
    // The SetupIntent as `status` (with a refused card or not) from `at`, announced by
    // `event`: the subscription's (its payload as it is then) or the SetupIntent's.
    let mut step = |world: &mut World, at: i64, status: &str, failed: bool, event: &'static str| {
        intent["status"] = json!(status);
        intent["last_setup_error"] = if failed { refused.clone() } else { Value::Null };
        world.version(at, intent.clone());
        if matches!(status, "succeeded") {
            sub["pending_setup_intent"] = Value::Null;
            world.version(at, sub.clone());
        }
        let object = if event.starts_with("setup_intent.") {
            intent.clone()
        } else {
            sub.clone()
        };
        world.event(event, at, object);
    };
    const CREATED: &str = "customer.subscription.created";
    const UPDATED: &str = "customer.subscription.updated";
    // Each status from its moment on (with a refused card or not), and the event that
    // announces it.
    let steps: &[(i64, &str, bool, &'static str)] = match rng.u8(0..5) {
        // Authentication asked for when the subscription started; done hours later.
        0 => &[
            (start, "requires_action", false, CREATED),
            (later, "succeeded", false, UPDATED),
        ],
        // Authentication asked for, then failed (the card refused), then a new card.
        1 => &[
            (start, "requires_action", false, UPDATED),
            (
                later,
                "requires_payment_method",
                true,
                "setup_intent.setup_failed",
            ),
            (last, "succeeded", false, UPDATED),
        ],
        // Waiting for its first card (nothing to ask yet), then authentication asked.
        2 => &[
            (start, "requires_payment_method", false, CREATED),
            (
                later,
                "requires_action",
                false,
                "setup_intent.requires_action",
            ),
        ],
        // Authentication asked for, and the SetupIntent cancelled by the merchant.
        3 => &[
            (start, "requires_action", false, CREATED),
            (later, "canceled", false, UPDATED),
        ],
        // A refused card at once, never fixed.
        _ => &[
            (start, "requires_payment_method", true, CREATED),
            (
                later,
                "requires_payment_method",
                true,
                "setup_intent.setup_failed",
            ),
        ],
    };
    for &(at, status, failed, event) in steps {
        step(world, at, status, failed, event);
    }
    Story::Setup {
        subscription,
        setup_intent,
    }
}

/// A cancellation asked for in the portal (at the period's end, with a reason, feedback
/// and a comment in the customer's words), then ended, withdrawn or left scheduled.
fn churn(
    world: &mut World,
    rng: &mut fastrand::Rng,
    customer: &str,
    email: &str,
    start: i64,
    i: usize,
) -> Story {
    let tag = world_tag(email).to_owned();
    let subscription = format!("sub_{tag}c{i}");
    world.version(start - DAY, customer_object(customer, email, None, None));
    let mut sub = subscription_object(&subscription, customer);
    sub["start_date"] = json!(start - rng.i64(30..400) * DAY);
    world.version(start - DAY, sub.clone());
    let feedback = [
        "too_expensive",
        "missing_features",
        "switched_service",
        "unused",
    ][rng.usize(0..4)];
    let comment = format!("lifecycle comment {tag}c{i}: please do not keep my words");
    let period_end = start + rng.i64(DAY..4 * DAY);
    sub["cancel_at_period_end"] = json!(true);
    sub["cancel_at"] = json!(period_end);
    sub["canceled_at"] = json!(start);
    sub["cancellation_details"] = json!({
        "reason": "cancellation_requested",
        "feedback": feedback,
        "comment": comment,
    });
    world.version(start, sub.clone());
    world.event("customer.subscription.updated", start, sub.clone());
    let end = match rng.u8(0..3) {
        0 => ChurnEnd::Canceled,
        1 => ChurnEnd::Withdrawn { coupon: rng.bool() },
        _ => ChurnEnd::Scheduled,
    };
    match end {
        ChurnEnd::Canceled => {
            sub["status"] = json!("canceled");
            sub["ended_at"] = json!(period_end);
            world.version(period_end, sub.clone());
            world.event("customer.subscription.deleted", period_end, sub);
        }
        ChurnEnd::Withdrawn { coupon } => {
            // Withdrawn in the portal's cancel flow, for a retention coupon or not.
            let at = start + rng.i64(HOUR..(period_end - start));
            sub["cancel_at_period_end"] = json!(false);
            sub["cancel_at"] = Value::Null;
            sub["canceled_at"] = Value::Null;
            sub["cancellation_details"] = json!({
                "reason": null,
                "feedback": null,
                "comment": null,
            });
            if coupon {
                sub["discounts"] = json!([format!("di_{tag}c{i}")]);
            }
            world.version(at, sub.clone());
            world.event("customer.subscription.updated", at, sub);
        }
        ChurnEnd::Scheduled => {}
    }
    Story::Churn {
        subscription,
        feedback,
        comment,
        end,
    }
}
