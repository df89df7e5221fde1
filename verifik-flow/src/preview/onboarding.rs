//! A Smart Enroll (onboarding) flow's journey, in the order Verifik's hosted page takes it:
//! the sign-up form, the e-mail and phone codes, the document, the liveness check, the end.
//! Every value left out is read as Verifik applies it (the `_or_default` accessors, the one
//! place the defaults are written).

use maud::{Markup, html};

use super::page::{
    Marks, Mode, StepView, button, check_box, code, code_boxes, face, face_facts, field,
    journey_and_gaps, value,
};
use super::{Preview, Text};
use crate::{
    DocumentCategory, Documents, EmailGateway, Liveness, MinScore, PhoneGateway, ProjectFlow,
    SignUpForm, Steps, VerificationMethod,
};

/// The journey and what it does not check, headings at `level`.
pub(crate) fn journey(preview: &Preview, flow: &ProjectFlow, level: u8, marks: &Marks) -> Markup {
    let form = flow.sign_up_form.clone().unwrap_or_default();
    let steps = flow.steps.clone().unwrap_or_default();
    let documents = flow.documents.clone().unwrap_or_default();
    let liveness = flow.liveness.clone().unwrap_or_default();
    let step_level = level + 1;

    let mut views = vec![sign_up(preview, &form, step_level)];
    views.extend(email_code(preview, &form, step_level));
    views.extend(phone_code(preview, &form, step_level));
    views.push(document(preview, &documents, &steps, step_level));
    views.push(liveness_step(preview, &liveness, &steps, step_level));
    views.push(end(
        preview,
        flow.integrations
            .as_ref()
            .and_then(|i| i.redirect_url.as_deref()),
        step_level,
    ));
    journey_and_gaps(
        preview,
        &views,
        &gaps(&form, &documents, &steps),
        Text::NoGaps,
        level,
        marks,
    )
}

/// What the flow does not check, in plain consequences.
fn gaps(form: &SignUpForm, documents: &Documents, steps: &Steps) -> Vec<Text> {
    let mut gaps = Vec::new();
    match Mode::from(steps.document_or_default()) {
        Mode::Skip => gaps.push(Text::GapNoDocument),
        Mode::Optional => gaps.push(Text::GapDocumentOptional),
        Mode::Mandatory => {}
    }
    if Mode::from(steps.document_or_default()) != Mode::Skip && !any_check(documents) {
        gaps.push(Text::GapNoDocumentChecks);
    }
    match Mode::from(steps.liveness_or_default()) {
        Mode::Skip => gaps.push(Text::GapNoFace),
        Mode::Optional => gaps.push(Text::GapFaceOptional),
        Mode::Mandatory => {}
    }
    if form.email_or_default() && form.email_gateway_or_default() == EmailGateway::None {
        gaps.push(Text::GapEmail);
    }
    if form.phone_or_default() && form.phone_gateway_or_default() == PhoneGateway::None {
        gaps.push(Text::GapPhone);
    }
    gaps
}

fn any_check(documents: &Documents) -> bool {
    documents.information_verification_or_default()
        || documents.criminal_history_verification_or_default()
        || documents.screening_or_default()
}

/// The sign-up form, drawn as a form.
fn sign_up<'a>(preview: &'a Preview, form: &SignUpForm, level: u8) -> StepView<'a> {
    let t = |text| preview.text(text);
    let additional = if form.allow_additional_fields_or_default() {
        form.additional_fields_or_default()
    } else {
        Vec::new()
    };
    let asks_contact = form.email_or_default() || form.phone_or_default();
    let country = form.country_code.as_deref();
    let screen = html! {
        p.screen-title { (t(Text::CreateAccount)) }
        @if form.full_name_or_default() {
            @match form.full_name_style_or_default() {
                crate::FullNameStyle::Separate => {
                    (field(&html! { (t(Text::FirstName)) }))
                    (field(&html! { (t(Text::LastName)) }))
                }
                crate::FullNameStyle::Together => {
                    (field(&html! { (t(Text::FullName)) }))
                }
            }
            p.hint { (t(Text::NameAsOnId)) }
        }
        @if form.email_or_default() {
            (field(&html! { (t(Text::Email)) }))
        }
        @if form.phone_or_default() {
            div.field {
                span.field-label { (t(Text::Phone)) }
                span.field-row {
                    span.field-box.prefix { @if let Some(country) = country { (value(country)) } }
                    span.field-box {}
                }
            }
        }
        @for name in &additional {
            (field(&value(name)))
        }
        @if form.show_terms_and_conditions_or_default() {
            (check_box(&t(Text::AcceptTerms)))
        }
        @if form.show_privacy_notice_or_default() {
            (check_box(&t(Text::AcceptPrivacy)))
        }
        (button(&t(Text::Continue)))
    };
    let mut facts = Vec::new();
    if !asks_contact {
        facts.push(html! { (t(Text::NoContactAsked)) });
    }
    StepView {
        id: "sign-up",
        title: Text::StepSignUp,
        mode: Mode::Mandatory,
        note: None,
        shows_mode: true,
        screen: Some(screen),
        facts,
        level,
        preview,
    }
}

/// The e-mail code page, when the form asks for an e-mail.
fn email_code<'a>(preview: &'a Preview, form: &SignUpForm, level: u8) -> Option<StepView<'a>> {
    if !form.email_or_default() {
        return None;
    }
    let verified = form.email_gateway_or_default() != EmailGateway::None;
    Some(StepView {
        id: "email-code",
        title: Text::StepEmailCode,
        mode: if verified {
            Mode::Mandatory
        } else {
            Mode::Skip
        },
        note: (!verified).then_some(Text::EmailNotVerified),
        shows_mode: true,
        screen: Some(html! {
            p.screen-title { (preview.text(Text::EmailCodeSent)) }
            (code_boxes())
        }),
        facts: Vec::new(),
        level,
        preview,
    })
}

/// The phone code page, when the form asks for a phone.
fn phone_code<'a>(preview: &'a Preview, form: &SignUpForm, level: u8) -> Option<StepView<'a>> {
    if !form.phone_or_default() {
        return None;
    }
    let channel = match form.phone_gateway_or_default() {
        PhoneGateway::Sms => Some(Text::BySms),
        PhoneGateway::Whatsapp => Some(Text::ByWhatsapp),
        PhoneGateway::Both => Some(Text::BySmsOrWhatsapp),
        PhoneGateway::None => None,
    };
    Some(StepView {
        id: "phone-code",
        title: Text::StepPhoneCode,
        mode: if channel.is_some() {
            Mode::Mandatory
        } else {
            Mode::Skip
        },
        note: channel.is_none().then_some(Text::PhoneNotVerified),
        shows_mode: true,
        screen: Some(html! {
            p.screen-title { (preview.text(Text::PhoneCodeSent)) }
            (code_boxes())
        }),
        facts: channel
            .map(|c| html! { (preview.text(c)) })
            .into_iter()
            .collect(),
        level,
        preview,
    })
}

/// A document category, as the page names it.
pub(crate) fn category(category: DocumentCategory) -> Text {
    match category {
        DocumentCategory::GovernmentId => Text::GovernmentId,
        DocumentCategory::Passport => Text::Passport,
        DocumentCategory::License => Text::License,
        DocumentCategory::BankDocument => Text::BankDocument,
        DocumentCategory::TaxDocument => Text::TaxDocument,
        DocumentCategory::BusinessDocument => Text::BusinessDocument,
        DocumentCategory::ProofOfAddress => Text::ProofOfAddress,
    }
}

/// The document page: the categories a person may choose by country, front and back, how
/// they are captured, the attempts, and the checks run on it.
fn document<'a>(
    preview: &'a Preview,
    documents: &Documents,
    steps: &Steps,
    level: u8,
) -> StepView<'a> {
    let t = |text| preview.text(text);
    let types = documents.document_types_or_default();
    let methods = documents.verification_methods_or_default();
    let screen = html! {
        p.screen-title { (t(Text::ChooseDocument)) }
        div.card-row {
            div.card { (t(Text::Front)) }
            div.card { (t(Text::Back)) }
        }
    };
    let mut facts = Vec::new();
    if !types.is_empty() {
        facts.push(html! {
            (t(Text::DocumentsByCountry))
            ul.countries {
                @for country in &types {
                    li {
                        (value(&country.country)) ": "
                        @for (i, configuration) in country.configurations.iter().filter(|c| c.active).enumerate() {
                            @if i > 0 { ", " }
                            (t(category(configuration.document_category)))
                        }
                    }
                }
            }
        });
    }
    if !methods.is_empty() {
        facts.push(html! {
            (t(Text::CaptureHeading))
            ul.methods {
                @for method in &methods {
                    li {
                        (t(if *method == VerificationMethod::Upload { Text::Uploaded } else { Text::Scanned }))
                        " " (code(method.as_str()))
                    }
                }
            }
        });
    }
    facts.push(
        html! { (preview.words().preview_attempts(documents.attempt_limit_or_default().get())) },
    );
    let checks: Vec<Text> = [
        (
            documents.information_verification_or_default(),
            Text::CheckInformation,
        ),
        (
            documents.criminal_history_verification_or_default(),
            Text::CheckCriminal,
        ),
        (documents.screening_or_default(), Text::CheckScreening),
    ]
    .into_iter()
    .filter_map(|(on, text)| on.then_some(text))
    .collect();
    if checks.is_empty() {
        facts.push(html! { (t(Text::NoChecks)) });
    } else {
        facts.push(html! {
            (t(Text::ChecksHeading))
            ul.checks { @for check in &checks { li { (t(*check)) } } }
        });
    }
    StepView {
        id: "document",
        title: Text::StepDocument,
        mode: steps.document_or_default().into(),
        note: None,
        shows_mode: true,
        screen: Some(screen),
        facts,
        level,
        preview,
    }
}

/// The liveness page: a face in a circle, the score it must reach on Verifik's scale, the
/// search among the people enrolled, the attempts.
fn liveness_step<'a>(
    preview: &'a Preview,
    liveness: &Liveness,
    steps: &Steps,
    level: u8,
) -> StepView<'a> {
    let t = |text| preview.text(text);
    let words = preview.words();
    let min_score = liveness.min_score_or_default().get();
    let screen = html! {
        p.screen-title { (t(Text::FaceInCircle)) }
        (face(120))
    };
    let mut facts = face_facts(
        preview,
        min_score,
        (MinScore::MIN, MinScore::MAX),
        liveness.search_min_score_or_default().get(),
        liveness.search_mode_or_default(),
    )
    .to_vec();
    facts.push(html! { (words.preview_attempts(liveness.attempt_limit_or_default().get())) });
    StepView {
        id: "liveness",
        title: Text::StepLiveness,
        mode: steps.liveness_or_default().into(),
        note: None,
        shows_mode: true,
        screen: Some(screen),
        facts,
        level,
        preview,
    }
}

/// The end: where the person is sent.
pub(crate) fn end<'a>(preview: &'a Preview, redirect: Option<&str>, level: u8) -> StepView<'a> {
    let fact = redirect.map_or_else(
        || html! { (preview.text(Text::NoRedirect)) },
        |url| {
            html! {
                (preview.text(Text::SentTo)) " " (value(url)) " " (preview.text(Text::WithToken))
            }
        },
    );
    StepView {
        id: "end",
        title: Text::StepEnd,
        mode: Mode::Mandatory,
        note: None,
        shows_mode: false,
        screen: None,
        facts: vec![fact],
        level,
        preview,
    }
}
