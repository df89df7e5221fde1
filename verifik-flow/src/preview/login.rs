//! A Smart Access (login) flow: its sign-in page with the factors `loginSettings` turns on,
//! who may sign in, and the redirect.

use maud::{Markup, html};

use super::page::{
    Marks, Mode, StepView, button, code_boxes, face, face_facts, journey_and_gaps, value,
};
use super::{Preview, Text};
use crate::{
    EmailGateway, LivenessMinScore, LoginFlow, LoginSettings, LoginStep, PhoneGateway,
    SecuritySource, SecurityStrategy,
};

/// The journey and what it does not check, headings at `level`.
pub(crate) fn journey(preview: &Preview, flow: &LoginFlow, level: u8, marks: &Marks) -> Markup {
    let settings = &flow.login_settings;
    let step_level = level + 1;
    let whitelist = flow
        .security
        .as_ref()
        .is_some_and(|s| s.strategy_or_default() == SecurityStrategy::Whitelist);
    let redirect = flow.redirect_url.as_deref().or_else(|| {
        flow.integrations
            .as_ref()
            .and_then(|i| i.redirect_url.as_deref())
    });
    let views = vec![
        sign_in(preview, settings, step_level),
        who(preview, flow, whitelist, step_level),
        super::onboarding::end(preview, redirect, step_level),
    ];
    let mut gaps = Vec::new();
    if !settings.face_liveness_or_default() {
        gaps.push(Text::GapLoginNoFace);
    }
    if !whitelist {
        gaps.push(Text::GapLoginAnyone);
    }
    journey_and_gaps(preview, &views, &gaps, Text::NoGapsLogin, level, marks)
}

/// The factors turned on: those `steps` lists first, in its order, then the others.
fn factors(settings: &LoginSettings) -> Vec<LoginStep> {
    let on = |step: LoginStep| match step {
        LoginStep::Email => {
            settings.email_or_default() && settings.email_gateway_or_default() != EmailGateway::None
        }
        LoginStep::Phone => {
            settings.phone_or_default() && settings.phone_gateway_or_default() != PhoneGateway::None
        }
        LoginStep::Liveness => settings.face_liveness_or_default(),
    };
    let mut factors: Vec<LoginStep> = settings
        .steps_or_default()
        .into_iter()
        .filter(|s| on(*s))
        .collect();
    for step in [LoginStep::Email, LoginStep::Phone, LoginStep::Liveness] {
        if on(step) && !factors.contains(&step) {
            factors.push(step);
        }
    }
    factors
}

/// The sign-in page.
fn sign_in<'a>(preview: &'a Preview, settings: &LoginSettings, level: u8) -> StepView<'a> {
    let t = |text| preview.text(text);
    let factors = factors(settings);
    let screen = html! {
        p.screen-title { (t(Text::SignIn)) }
        @if factors.contains(&LoginStep::Email) || factors.contains(&LoginStep::Phone) {
            (code_boxes())
        }
        @if factors.contains(&LoginStep::Liveness) {
            (face(96))
        }
        (button(&t(Text::Continue)))
    };
    let score = settings.liveness_min_score_or_default().get();
    let mut facts = vec![html! {
        (t(Text::FactorsHeading))
        ol.factors {
            @for factor in &factors {
                li data-factor=(factor.as_str()) {
                    @match factor {
                        LoginStep::Email => (t(Text::FactorEmail)),
                        LoginStep::Phone => {
                            (t(Text::FactorPhone)) " "
                            (t(match settings.phone_gateway_or_default() {
                                PhoneGateway::Whatsapp => Text::ByWhatsapp,
                                PhoneGateway::Both => Text::BySmsOrWhatsapp,
                                _ => Text::BySms,
                            }))
                        }
                        LoginStep::Liveness => {
                            (t(Text::FactorFace))
                            ul {
                                @for fact in &face_facts(
                                    preview,
                                    score,
                                    (LivenessMinScore::MIN, LivenessMinScore::MAX),
                                    settings.search_min_score_or_default().get(),
                                    settings.search_mode_or_default(),
                                ) { li { (fact) } }
                            }
                        }
                    }
                }
            }
        }
    }];
    if settings.allow_passkeys_or_default() {
        facts.push(html! { (t(Text::Passkeys)) });
    }
    StepView {
        id: "sign-in",
        title: Text::StepSignIn,
        mode: Mode::Mandatory,
        note: None,
        shows_mode: true,
        screen: Some(screen),
        facts,
        level,
        preview,
    }
}

/// Who may sign in: the whitelist and its source, the people listed (counted, or shown when
/// asked), the countries allowed.
fn who<'a>(preview: &'a Preview, flow: &LoginFlow, whitelist: bool, level: u8) -> StepView<'a> {
    let t = |text| preview.text(text);
    let people = flow.white_list_or_default();
    let mut facts = Vec::new();
    if whitelist {
        let security = flow.security.clone().unwrap_or_default();
        facts.push(html! { (t(Text::WhoWhitelist)) });
        facts.push(match security.source_or_default() {
            Some(SecuritySource::Api) => html! {
                (t(Text::SourceApi))
                @if let Some(url) = &security.api_url { " " (value(url)) }
            },
            Some(SecuritySource::Csv) => html! { (t(Text::SourceCsv)) },
            Some(SecuritySource::SmartEnroll) => html! { (t(Text::SourceSmartEnroll)) },
            Some(SecuritySource::None) | None => html! { (t(Text::SourceNone)) },
        });
    } else {
        facts.push(html! { (t(Text::WhoAnyone)) });
    }
    if !people.is_empty() {
        facts.push(html! { (preview.words().preview_listed(people.len())) });
        if preview.show_personal_data {
            facts.push(html! {
                div.table-wrap {
                    table.people {
                        thead { tr {
                            th scope="col" { (t(Text::Name)) }
                            th scope="col" { (t(Text::Email)) }
                            th scope="col" { (t(Text::Phone)) }
                        } }
                        tbody {
                            @for person in &people {
                                tr {
                                    td { @if let Some(v) = &person.name { (value(v)) } }
                                    td { @if let Some(v) = &person.email { (value(v)) } }
                                    td {
                                        @if let Some(v) = &person.country_code { (value(v)) " " }
                                        @if let Some(v) = &person.phone { (value(v)) }
                                    }
                                }
                            }
                        }
                    }
                }
            });
        } else {
            facts.push(html! { (t(Text::PeopleHidden)) });
        }
    }
    let countries = flow.allowed_countries_or_default();
    if !countries.is_empty() {
        facts.push(html! {
            (t(Text::AllowedCountries))
            ul.countries { @for country in &countries { li { (value(country)) } } }
        });
    }
    StepView {
        id: "who",
        title: Text::WhoHeading,
        mode: Mode::Mandatory,
        note: None,
        shows_mode: false,
        screen: None,
        facts,
        level,
        preview,
    }
}
