//! The customer portal's configuration: the merchant's settings (the template's
//! parameters, handed to the custom resource as properties; or environment variables,
//! for the local runner), validated, and the form of Stripe's
//! `POST /v1/billing_portal/configurations` (and `…/{id}`). Pure.
//!
//! Every setting has one default, the same on both paths, chosen to make a working
//! portal: payment methods, invoice history, cancellation at the period's end asking
//! for a reason; plan changes only when products are named. A list setting is off when
//! it says `none` (an empty value means "the default", as everywhere in our config).

use serde::Serialize;
use stripe_recovery::config::{ConfigError, absolute_url};
use stripe_recovery::stripe::ids::{PriceId, ProductId};

/// One setting: its environment variable (local runner), its property on the custom
/// resource (the template), and its default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub env: &'static str,
    pub property: &'static str,
    pub default: &'static str,
}

const fn setting(env: &'static str, property: &'static str, default: &'static str) -> Setting {
    Setting {
        env,
        property,
        default,
    }
}

pub const RETURN_URL: Setting = setting("PORTAL_RETURN_URL", "DefaultReturnUrl", "");
pub const HEADLINE: Setting = setting("PORTAL_HEADLINE", "Headline", "");
pub const PRIVACY_POLICY_URL: Setting =
    setting("PORTAL_PRIVACY_POLICY_URL", "PrivacyPolicyUrl", "");
pub const TERMS_OF_SERVICE_URL: Setting =
    setting("PORTAL_TERMS_OF_SERVICE_URL", "TermsOfServiceUrl", "");
pub const PAYMENT_METHOD_UPDATE: Setting = setting(
    "PORTAL_PAYMENT_METHOD_UPDATE",
    "PaymentMethodUpdate",
    "true",
);
pub const INVOICE_HISTORY: Setting = setting("PORTAL_INVOICE_HISTORY", "InvoiceHistory", "true");
pub const CUSTOMER_UPDATE: Setting = setting("PORTAL_CUSTOMER_UPDATE", "CustomerUpdate", "none");
pub const CANCEL_MODE: Setting = setting("PORTAL_CANCEL_MODE", "CancelMode", "at_period_end");
pub const CANCEL_PRORATION: Setting = setting("PORTAL_CANCEL_PRORATION", "CancelProration", "none");
pub const CANCELLATION_REASONS: Setting = setting(
    "PORTAL_CANCELLATION_REASONS",
    "CancellationReasons",
    "too_expensive,missing_features,switched_service,unused,customer_service,too_complex,low_quality,other",
);
pub const UPDATE_PRODUCTS: Setting = setting("PORTAL_UPDATE_PRODUCTS", "UpdateProducts", "none");
pub const UPDATE_ALLOWED: Setting = setting("PORTAL_UPDATE_ALLOWED", "UpdateAllowed", "price");
pub const UPDATE_PRORATION: Setting = setting(
    "PORTAL_UPDATE_PRORATION",
    "UpdateProration",
    "create_prorations",
);

/// Every setting, in the order of the configuration reference's table.
pub const SETTINGS: [Setting; 13] = [
    RETURN_URL,
    HEADLINE,
    PRIVACY_POLICY_URL,
    TERMS_OF_SERVICE_URL,
    PAYMENT_METHOD_UPDATE,
    INVOICE_HISTORY,
    CUSTOMER_UPDATE,
    CANCEL_MODE,
    CANCEL_PRORATION,
    CANCELLATION_REASONS,
    UPDATE_PRODUCTS,
    UPDATE_ALLOWED,
    UPDATE_PRORATION,
];

/// Which name of a setting its errors use: the one the merchant wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    Env,
    Property,
}

impl Naming {
    pub fn name(self, setting: &Setting) -> &'static str {
        match self {
            Naming::Env => setting.env,
            Naming::Property => setting.property,
        }
    }
}

/// Stripe's fixed lists of values: the enum, its wire names, and a parser whose error
/// lists them.
macro_rules! choice {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            fn parse(value: &str) -> Result<Self, String> {
                Self::ALL.iter().copied().find(|c| c.as_str() == value).ok_or_else(|| {
                    let names: Vec<&str> = Self::ALL.iter().map(|c| c.as_str()).collect();
                    format!("{value:?} is not one of {}", names.join(", "))
                })
            }
        }
    };
}

choice!(
    /// `features[subscription_cancel][cancellation_reason][options][]`
    CancellationReason {
        TooExpensive => "too_expensive",
        MissingFeatures => "missing_features",
        SwitchedService => "switched_service",
        Unused => "unused",
        CustomerService => "customer_service",
        TooComplex => "too_complex",
        LowQuality => "low_quality",
        Other => "other",
    }
);

choice!(
    /// `features[customer_update][allowed_updates][]`
    CustomerField {
        Address => "address",
        Email => "email",
        Name => "name",
        Phone => "phone",
        Shipping => "shipping",
        TaxId => "tax_id",
    }
);

choice!(
    /// `features[subscription_cancel][mode]`
    CancelMode {
        AtPeriodEnd => "at_period_end",
        Immediately => "immediately",
    }
);

choice!(
    /// `proration_behavior` of cancellations and of plan changes.
    Proration {
        None => "none",
        CreateProrations => "create_prorations",
        AlwaysInvoice => "always_invoice",
    }
);

choice!(
    /// `features[subscription_update][default_allowed_updates][]`
    AllowedUpdate {
        Price => "price",
        Quantity => "quantity",
        PromotionCode => "promotion_code",
    }
);

/// What the portal offers, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalSettings {
    pub default_return_url: String,
    /// At most 60 characters (Stripe's limit).
    pub headline: Option<String>,
    pub privacy_policy_url: Option<String>,
    pub terms_of_service_url: Option<String>,
    pub payment_method_update: bool,
    pub invoice_history: bool,
    /// The fields customers may change; empty: none (the feature off).
    pub customer_update: Vec<CustomerField>,
    /// `None`: customers cannot cancel in the portal.
    pub cancel: Option<Cancellation>,
    /// `None`: customers cannot change plans in the portal.
    pub update: Option<PlanChanges>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancellation {
    pub mode: CancelMode,
    /// `none`, or `create_prorations` with `immediately` (Stripe's rule).
    pub proration: Proration,
    /// The reasons offered; empty: none asked.
    pub reasons: Vec<CancellationReason>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanChanges {
    /// Each product with the prices a customer may switch between.
    pub products: Vec<(ProductId, Vec<PriceId>)>,
    pub allowed: Vec<AllowedUpdate>,
    pub proration: Proration,
}

/// Stripe's `headline` limit.
pub const HEADLINE_MAX_CHARS: usize = 60;

impl PortalSettings {
    /// The settings `lookup` gives (by the name `naming` picks; unset or empty: the
    /// default), or the first that is wrong, named as the merchant wrote it.
    pub fn read(
        lookup: impl Fn(&'static str) -> Option<String>,
        naming: Naming,
    ) -> Result<Self, ConfigError> {
        let reader = Reader { lookup, naming };
        let default_return_url = match reader.raw(&RETURN_URL) {
            Some(url) => absolute_url(naming.name(&RETURN_URL), &url)?,
            None => return Err(ConfigError::Missing(naming.name(&RETURN_URL))),
        };
        let headline = reader.raw(&HEADLINE);
        if let Some(headline) = &headline
            && headline.chars().count() > HEADLINE_MAX_CHARS
        {
            return Err(reader.invalid(
                &HEADLINE,
                format!("at most {HEADLINE_MAX_CHARS} characters (Stripe's limit)"),
            ));
        }
        let url = |setting: &Setting| {
            reader
                .raw(setting)
                .map(|url| absolute_url(naming.name(setting), &url))
                .transpose()
        };
        let cancel = match reader.value(&CANCEL_MODE).as_str() {
            "off" => None,
            mode => {
                let mode = CancelMode::parse(mode)
                    .map_err(|e| reader.invalid(&CANCEL_MODE, format!("{e}, or off")))?;
                let proration = reader.choice(&CANCEL_PRORATION, Proration::parse)?;
                match (proration, mode) {
                    (Proration::AlwaysInvoice, _) => {
                        return Err(reader.invalid(
                            &CANCEL_PRORATION,
                            "Stripe refuses always_invoice for cancellations: none or create_prorations".into(),
                        ));
                    }
                    (Proration::CreateProrations, CancelMode::AtPeriodEnd) => {
                        return Err(reader.invalid(
                            &CANCEL_PRORATION,
                            format!(
                                "create_prorations needs {} immediately (a cancellation at \
                                 the period's end prorates nothing)",
                                naming.name(&CANCEL_MODE)
                            ),
                        ));
                    }
                    _ => {}
                }
                Some(Cancellation {
                    mode,
                    proration,
                    reasons: reader.list(&CANCELLATION_REASONS, CancellationReason::parse)?,
                })
            }
        };
        let products = reader.products()?;
        let update = if products.is_empty() {
            None
        } else {
            let allowed = reader.list(&UPDATE_ALLOWED, AllowedUpdate::parse)?;
            if allowed.is_empty() {
                return Err(reader.invalid(
                    &UPDATE_ALLOWED,
                    "plan changes need at least one of price, quantity, promotion_code".into(),
                ));
            }
            Some(PlanChanges {
                products,
                allowed,
                proration: reader.choice(&UPDATE_PRORATION, Proration::parse)?,
            })
        };
        Ok(Self {
            default_return_url,
            headline,
            privacy_policy_url: url(&PRIVACY_POLICY_URL)?,
            terms_of_service_url: url(&TERMS_OF_SERVICE_URL)?,
            payment_method_update: reader.flag(&PAYMENT_METHOD_UPDATE)?,
            invoice_history: reader.flag(&INVOICE_HISTORY)?,
            customer_update: reader.list(&CUSTOMER_UPDATE, CustomerField::parse)?,
            cancel,
            update,
        })
    }

    /// The form of `POST /v1/billing_portal/configurations`, and of an update of the
    /// configuration to these settings: every feature is stated, so an update switches
    /// off what the settings no longer ask for.
    pub fn to_form(&self) -> String {
        serde_qs::to_string(&ConfigurationForm::new(self))
            .expect("the configuration form is nested structs of strings and booleans")
    }
}

/// Reads one setting after another through `lookup`.
struct Reader<L> {
    lookup: L,
    naming: Naming,
}

impl<L: Fn(&'static str) -> Option<String>> Reader<L> {
    /// The value given, trimmed; `None` when unset or empty.
    fn raw(&self, setting: &Setting) -> Option<String> {
        (self.lookup)(self.naming.name(setting))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    fn value(&self, setting: &Setting) -> String {
        self.raw(setting)
            .unwrap_or_else(|| setting.default.to_owned())
    }

    fn invalid(&self, setting: &Setting, reason: String) -> ConfigError {
        ConfigError::Invalid {
            var: self.naming.name(setting),
            reason,
        }
    }

    fn flag(&self, setting: &Setting) -> Result<bool, ConfigError> {
        match self.value(setting).as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            other => Err(self.invalid(setting, format!("{other:?} is not true or false"))),
        }
    }

    fn choice<T>(
        &self,
        setting: &Setting,
        parse: fn(&str) -> Result<T, String>,
    ) -> Result<T, ConfigError> {
        parse(&self.value(setting)).map_err(|e| self.invalid(setting, e))
    }

    /// A comma-separated list of distinct values, or `none`.
    fn list<T: PartialEq>(
        &self,
        setting: &Setting,
        parse: fn(&str) -> Result<T, String>,
    ) -> Result<Vec<T>, ConfigError> {
        let value = self.value(setting);
        if value == "none" {
            return Ok(Vec::new());
        }
        let mut items = Vec::new();
        for item in value.split(',').map(str::trim) {
            let parsed = parse(item).map_err(|e| self.invalid(setting, format!("{e}, or none")))?;
            if items.contains(&parsed) {
                return Err(self.invalid(setting, format!("{item:?} is listed twice")));
            }
            items.push(parsed);
        }
        Ok(items)
    }

    /// `prod_a:price_1,price_2;prod_b:price_3`, or `none`.
    fn products(&self) -> Result<Vec<(ProductId, Vec<PriceId>)>, ConfigError> {
        let setting = &UPDATE_PRODUCTS;
        let value = self.value(setting);
        if value == "none" {
            return Ok(Vec::new());
        }
        let mut products: Vec<(ProductId, Vec<PriceId>)> = Vec::new();
        for entry in value.split(';').map(str::trim).filter(|e| !e.is_empty()) {
            let Some((product, prices)) = entry.split_once(':') else {
                let reason = if entry.starts_with(PriceId::PREFIX) {
                    format!("{entry:?} is a price without its product: write prod_…:{entry}")
                } else {
                    format!("{entry:?} names no prices: write {entry}:price_…,price_…")
                };
                return Err(self.invalid(setting, reason));
            };
            let product = ProductId::parse(product.trim())
                .map_err(|e| self.invalid(setting, e.to_string()))?;
            if products.iter().any(|(known, _)| *known == product) {
                return Err(self.invalid(setting, format!("{product} is listed twice")));
            }
            let mut ids = Vec::new();
            for price in prices.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let price =
                    PriceId::parse(price).map_err(|e| self.invalid(setting, e.to_string()))?;
                if ids.contains(&price) {
                    return Err(self.invalid(setting, format!("{price} is listed twice")));
                }
                ids.push(price);
            }
            if ids.is_empty() {
                return Err(self.invalid(setting, format!("{product} lists no price")));
            }
            products.push((product, ids));
        }
        Ok(products)
    }
}

/// Stripe's form, as `serde_qs` writes it (`features[subscription_cancel][mode]=…`).
#[derive(Debug, Serialize)]
struct ConfigurationForm<'a> {
    business_profile: BusinessProfile<'a>,
    default_return_url: &'a str,
    features: Features<'a>,
}

#[derive(Debug, Serialize)]
struct BusinessProfile<'a> {
    /// `""` removes an earlier headline.
    headline: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    privacy_policy_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    terms_of_service_url: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct Enabled {
    enabled: bool,
}

#[derive(Debug, Serialize)]
struct Features<'a> {
    payment_method_update: Enabled,
    invoice_history: Enabled,
    customer_update: CustomerUpdate<'a>,
    subscription_cancel: SubscriptionCancel<'a>,
    subscription_update: SubscriptionUpdate<'a>,
}

#[derive(Debug, Serialize)]
struct CustomerUpdate<'a> {
    enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    allowed_updates: Option<&'a [CustomerField]>,
}

#[derive(Debug, Serialize)]
struct SubscriptionCancel<'a> {
    enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<CancelMode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    proration_behavior: Option<Proration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cancellation_reason: Option<CancellationReasonForm<'a>>,
}

#[derive(Debug, Serialize)]
struct CancellationReasonForm<'a> {
    enabled: bool,
    options: ListOrCleared<'a, CancellationReason>,
}

/// A list, or `""`: Stripe's way to clear one (a form cannot send an empty list).
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum ListOrCleared<'a, T> {
    List(&'a [T]),
    Cleared(&'static str),
}

#[derive(Debug, Serialize)]
struct SubscriptionUpdate<'a> {
    enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    products: Option<Vec<ProductForm<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default_allowed_updates: Option<&'a [AllowedUpdate]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    proration_behavior: Option<Proration>,
}

#[derive(Debug, Serialize)]
struct ProductForm<'a> {
    product: &'a ProductId,
    prices: &'a [PriceId],
}

impl<'a> ConfigurationForm<'a> {
    fn new(settings: &'a PortalSettings) -> Self {
        let customer_update = &settings.customer_update;
        Self {
            business_profile: BusinessProfile {
                headline: settings.headline.as_deref().unwrap_or(""),
                privacy_policy_url: settings.privacy_policy_url.as_deref(),
                terms_of_service_url: settings.terms_of_service_url.as_deref(),
            },
            default_return_url: &settings.default_return_url,
            features: Features {
                payment_method_update: Enabled {
                    enabled: settings.payment_method_update,
                },
                invoice_history: Enabled {
                    enabled: settings.invoice_history,
                },
                customer_update: CustomerUpdate {
                    enabled: !customer_update.is_empty(),
                    allowed_updates: (!customer_update.is_empty())
                        .then_some(customer_update.as_slice()),
                },
                subscription_cancel: match &settings.cancel {
                    None => SubscriptionCancel {
                        enabled: false,
                        mode: None,
                        proration_behavior: None,
                        cancellation_reason: None,
                    },
                    Some(cancel) => SubscriptionCancel {
                        enabled: true,
                        mode: Some(cancel.mode),
                        proration_behavior: Some(cancel.proration),
                        cancellation_reason: Some(CancellationReasonForm {
                            enabled: !cancel.reasons.is_empty(),
                            options: if cancel.reasons.is_empty() {
                                ListOrCleared::Cleared("")
                            } else {
                                ListOrCleared::List(&cancel.reasons)
                            },
                        }),
                    },
                },
                subscription_update: match &settings.update {
                    None => SubscriptionUpdate {
                        enabled: false,
                        products: None,
                        default_allowed_updates: None,
                        proration_behavior: None,
                    },
                    Some(update) => SubscriptionUpdate {
                        enabled: true,
                        products: Some(
                            update
                                .products
                                .iter()
                                .map(|(product, prices)| ProductForm { product, prices })
                                .collect(),
                        ),
                        default_allowed_updates: Some(&update.allowed),
                        proration_behavior: Some(update.proration),
                    },
                },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn read(pairs: &[(&str, &str)], naming: Naming) -> Result<PortalSettings, ConfigError> {
        let values: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        PortalSettings::read(|name| values.get(name).cloned(), naming)
    }

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut given = vec![("PORTAL_RETURN_URL", "https://shop.example/account")];
        given.extend_from_slice(pairs);
        let form = read(&given, Naming::Env).unwrap().to_form();
        decode(&form)
    }

    fn decode(form: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(form.as_bytes())
            .into_owned()
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    /// The form of the defaults: a working portal.
    const DEFAULT_FORM: &[(&str, &str)] = &[
        ("business_profile[headline]", ""),
        ("default_return_url", "https://shop.example/account"),
        ("features[payment_method_update][enabled]", "true"),
        ("features[invoice_history][enabled]", "true"),
        ("features[customer_update][enabled]", "false"),
        ("features[subscription_cancel][enabled]", "true"),
        ("features[subscription_cancel][mode]", "at_period_end"),
        ("features[subscription_cancel][proration_behavior]", "none"),
        (
            "features[subscription_cancel][cancellation_reason][enabled]",
            "true",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][0]",
            "too_expensive",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][1]",
            "missing_features",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][2]",
            "switched_service",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][3]",
            "unused",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][4]",
            "customer_service",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][5]",
            "too_complex",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][6]",
            "low_quality",
        ),
        (
            "features[subscription_cancel][cancellation_reason][options][7]",
            "other",
        ),
        ("features[subscription_update][enabled]", "false"),
    ];

    #[test]
    fn the_defaults_make_a_working_portal() {
        assert_eq!(form(&[]), pairs(DEFAULT_FORM));
    }

    #[test]
    fn settings_map_to_stripes_form() {
        // (settings given, what changes in the form, in order: (key, Some(value)) set
        // or added, (prefix, None) every key that starts with it gone)
        type Change = (&'static str, Option<&'static str>);
        type Given = &'static [(&'static str, &'static str)];
        let cases: &[(Given, &[Change])] = &[
            (
                &[
                    ("PORTAL_HEADLINE", "Manage your plan"),
                    ("PORTAL_PRIVACY_POLICY_URL", "https://shop.example/privacy"),
                    ("PORTAL_TERMS_OF_SERVICE_URL", "https://shop.example/terms"),
                ],
                &[
                    ("business_profile[headline]", Some("Manage your plan")),
                    (
                        "business_profile[privacy_policy_url]",
                        Some("https://shop.example/privacy"),
                    ),
                    (
                        "business_profile[terms_of_service_url]",
                        Some("https://shop.example/terms"),
                    ),
                ],
            ),
            (
                &[
                    ("PORTAL_PAYMENT_METHOD_UPDATE", "false"),
                    ("PORTAL_INVOICE_HISTORY", "false"),
                ],
                &[
                    ("features[payment_method_update][enabled]", Some("false")),
                    ("features[invoice_history][enabled]", Some("false")),
                ],
            ),
            (
                &[("PORTAL_CUSTOMER_UPDATE", "email, address,tax_id")],
                &[
                    ("features[customer_update][enabled]", Some("true")),
                    (
                        "features[customer_update][allowed_updates][0]",
                        Some("email"),
                    ),
                    (
                        "features[customer_update][allowed_updates][1]",
                        Some("address"),
                    ),
                    (
                        "features[customer_update][allowed_updates][2]",
                        Some("tax_id"),
                    ),
                ],
            ),
            (
                &[
                    ("PORTAL_CANCEL_MODE", "immediately"),
                    ("PORTAL_CANCEL_PRORATION", "create_prorations"),
                    ("PORTAL_CANCELLATION_REASONS", "too_expensive,other"),
                ],
                &[
                    ("features[subscription_cancel][mode]", Some("immediately")),
                    (
                        "features[subscription_cancel][proration_behavior]",
                        Some("create_prorations"),
                    ),
                    (
                        "features[subscription_cancel][cancellation_reason][options]",
                        None,
                    ),
                    (
                        "features[subscription_cancel][cancellation_reason][options][0]",
                        Some("too_expensive"),
                    ),
                    (
                        "features[subscription_cancel][cancellation_reason][options][1]",
                        Some("other"),
                    ),
                ],
            ),
            (
                &[("PORTAL_CANCELLATION_REASONS", "none")],
                &[
                    (
                        "features[subscription_cancel][cancellation_reason][enabled]",
                        Some("false"),
                    ),
                    (
                        "features[subscription_cancel][cancellation_reason][options]",
                        None,
                    ),
                    (
                        "features[subscription_cancel][cancellation_reason][options]",
                        Some(""),
                    ),
                ],
            ),
            (
                &[("PORTAL_CANCEL_MODE", "off")],
                &[
                    ("features[subscription_cancel][enabled]", Some("false")),
                    ("features[subscription_cancel][mode]", None),
                    ("features[subscription_cancel][proration_behavior]", None),
                    ("features[subscription_cancel][cancellation_reason]", None),
                ],
            ),
            (
                &[
                    (
                        "PORTAL_UPDATE_PRODUCTS",
                        "prod_basic:price_m,price_y; prod_pro:price_pro",
                    ),
                    ("PORTAL_UPDATE_ALLOWED", "price,quantity"),
                    ("PORTAL_UPDATE_PRORATION", "always_invoice"),
                ],
                &[
                    ("features[subscription_update][enabled]", Some("true")),
                    (
                        "features[subscription_update][products][0][product]",
                        Some("prod_basic"),
                    ),
                    (
                        "features[subscription_update][products][0][prices][0]",
                        Some("price_m"),
                    ),
                    (
                        "features[subscription_update][products][0][prices][1]",
                        Some("price_y"),
                    ),
                    (
                        "features[subscription_update][products][1][product]",
                        Some("prod_pro"),
                    ),
                    (
                        "features[subscription_update][products][1][prices][0]",
                        Some("price_pro"),
                    ),
                    (
                        "features[subscription_update][default_allowed_updates][0]",
                        Some("price"),
                    ),
                    (
                        "features[subscription_update][default_allowed_updates][1]",
                        Some("quantity"),
                    ),
                    (
                        "features[subscription_update][proration_behavior]",
                        Some("always_invoice"),
                    ),
                ],
            ),
        ];
        for (given, changes) in cases {
            let mut expected: BTreeMap<String, String> = pairs(DEFAULT_FORM).into_iter().collect();
            for (key, value) in *changes {
                match value {
                    Some(value) => expected.insert((*key).to_owned(), (*value).to_owned()),
                    None => {
                        expected.retain(|k, _| !k.starts_with(key));
                        None
                    }
                };
            }
            let got: BTreeMap<String, String> = form(given).into_iter().collect();
            assert_eq!(got, expected, "{given:?}");
        }
    }

    #[test]
    fn bad_settings_are_refused_with_their_name_and_why() {
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[("PORTAL_RETURN_URL", "")], "PORTAL_RETURN_URL is not set"),
            (
                &[("PORTAL_RETURN_URL", "/account")],
                "PORTAL_RETURN_URL is invalid: must be an absolute http(s) URL",
            ),
            (
                &[("PORTAL_PRIVACY_POLICY_URL", "privacy.html")],
                "PORTAL_PRIVACY_POLICY_URL is invalid: must be an absolute http(s) URL",
            ),
            (
                &[("PORTAL_TERMS_OF_SERVICE_URL", "ftp://shop.example/terms")],
                "PORTAL_TERMS_OF_SERVICE_URL is invalid",
            ),
            (
                &[("PORTAL_HEADLINE", &"x".repeat(61))],
                "PORTAL_HEADLINE is invalid: at most 60 characters",
            ),
            (
                &[("PORTAL_INVOICE_HISTORY", "yes")],
                "PORTAL_INVOICE_HISTORY is invalid: \"yes\" is not true or false",
            ),
            (
                &[("PORTAL_CUSTOMER_UPDATE", "email,password")],
                "PORTAL_CUSTOMER_UPDATE is invalid: \"password\" is not one of address, email, name, phone, shipping, tax_id, or none",
            ),
            (
                &[("PORTAL_CANCEL_MODE", "later")],
                "PORTAL_CANCEL_MODE is invalid: \"later\" is not one of at_period_end, immediately, or off",
            ),
            (
                &[("PORTAL_CANCEL_PRORATION", "create_prorations")],
                "PORTAL_CANCEL_PRORATION is invalid: create_prorations needs PORTAL_CANCEL_MODE immediately",
            ),
            (
                &[
                    ("PORTAL_CANCEL_MODE", "immediately"),
                    ("PORTAL_CANCEL_PRORATION", "always_invoice"),
                ],
                "PORTAL_CANCEL_PRORATION is invalid: Stripe refuses always_invoice",
            ),
            (
                &[("PORTAL_CANCELLATION_REASONS", "too_expensive,bored")],
                "PORTAL_CANCELLATION_REASONS is invalid: \"bored\" is not one of too_expensive, missing_features, switched_service, unused, customer_service, too_complex, low_quality, other, or none",
            ),
            (
                &[("PORTAL_CANCELLATION_REASONS", "unused,unused")],
                "PORTAL_CANCELLATION_REASONS is invalid: \"unused\" is listed twice",
            ),
            (
                &[("PORTAL_UPDATE_PRODUCTS", "price_m")],
                "PORTAL_UPDATE_PRODUCTS is invalid: \"price_m\" is a price without its product: write prod_…:price_m",
            ),
            (
                &[("PORTAL_UPDATE_PRODUCTS", "prod_a")],
                "PORTAL_UPDATE_PRODUCTS is invalid: \"prod_a\" names no prices",
            ),
            (
                &[("PORTAL_UPDATE_PRODUCTS", "prod_a:")],
                "PORTAL_UPDATE_PRODUCTS is invalid: prod_a lists no price",
            ),
            (
                &[("PORTAL_UPDATE_PRODUCTS", "prod_a:plan_1")],
                "PORTAL_UPDATE_PRODUCTS is invalid: \"plan_1\" is not a Stripe price id",
            ),
            (
                &[("PORTAL_UPDATE_PRODUCTS", "price_1:price_2")],
                "PORTAL_UPDATE_PRODUCTS is invalid: \"price_1\" is not a Stripe product id",
            ),
            (
                &[("PORTAL_UPDATE_PRODUCTS", "prod_a:price_1;prod_a:price_2")],
                "PORTAL_UPDATE_PRODUCTS is invalid: prod_a is listed twice",
            ),
            (
                &[
                    ("PORTAL_UPDATE_PRODUCTS", "prod_a:price_1"),
                    ("PORTAL_UPDATE_ALLOWED", "none"),
                ],
                "PORTAL_UPDATE_ALLOWED is invalid: plan changes need at least one",
            ),
            (
                &[
                    ("PORTAL_UPDATE_PRODUCTS", "prod_a:price_1"),
                    ("PORTAL_UPDATE_PRORATION", "sometimes"),
                ],
                "PORTAL_UPDATE_PRORATION is invalid: \"sometimes\" is not one of none, create_prorations, always_invoice",
            ),
        ];
        for (given, expected) in cases {
            let mut pairs = vec![("PORTAL_RETURN_URL", "https://shop.example/account")];
            pairs.retain(|(k, _)| !given.iter().any(|(g, _)| g == k));
            pairs.extend_from_slice(given);
            let err = read(&pairs, Naming::Env).unwrap_err().to_string();
            assert!(err.contains(expected), "{given:?}: {err}");
        }
    }

    #[test]
    fn errors_name_the_property_on_the_custom_resource() {
        let err = read(
            &[
                ("DefaultReturnUrl", "https://shop.example/account"),
                ("CancellationReasons", "meh"),
            ],
            Naming::Property,
        )
        .unwrap_err();
        assert_eq!(err.var(), "CancellationReasons");
        // The environment's names mean nothing there.
        let err = read(
            &[("PORTAL_RETURN_URL", "https://shop.example/account")],
            Naming::Property,
        )
        .unwrap_err();
        assert_eq!(err, ConfigError::Missing("DefaultReturnUrl"));
    }

    #[test]
    fn every_setting_has_two_distinct_names() {
        for (i, a) in SETTINGS.iter().enumerate() {
            assert!(a.env.starts_with("PORTAL_"), "{a:?}");
            for b in &SETTINGS[i + 1..] {
                assert!(a.env != b.env && a.property != b.property, "{a:?} {b:?}");
            }
        }
    }
}
