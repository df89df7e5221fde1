//! The builders: presets, defaults, inline nesting, and the same errors as `validate`.

use proptest::prelude::*;
use serde_json::Value;
use verifik_flow::{
    AccessSource, ApiTestType, AttemptLimit, CompareMinScore, DocumentCategory,
    DocumentConfiguration, DocumentType, Documents, EmailGateway, FlowType, Integrations, KycType,
    Liveness, MinScore, PhoneGateway, ProjectFlow, ProjectId, Rule, SearchMinScore, SearchMode,
    SignUpForm, Status, StepMode, Steps, Target, VerificationMethod, validate,
};
use verifik_flow_tests::read_json;

fn project() -> ProjectId {
    "65b03015c03e1a1b595fe61c".parse().unwrap()
}

#[test]
fn the_smart_enroll_preset_built_as_is_is_the_source_page_body() {
    let flow = ProjectFlow::smart_enroll(project(), "Smart Enroll Project Flow")
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_value(&flow).unwrap(),
        read_json("tests/corpus/valid/source-page.json")
    );
}

#[test]
fn the_preset_takes_the_given_id_and_name() {
    let other: ProjectId = "0123456789abcdefABCDEF01".parse().unwrap();
    let flow = ProjectFlow::smart_enroll(other.clone(), "EU onboarding")
        .build()
        .unwrap();
    assert_eq!(flow.project, other);
    assert_eq!(flow.name, "EU onboarding");
}

#[test]
fn the_business_preset_is_a_valid_business_flow() {
    let flow = ProjectFlow::smart_enroll_business(project(), "KYB")
        .build()
        .unwrap();
    assert_eq!(flow.target, Target::Business);
    let documents = flow.documents.unwrap();
    let category = documents.document_types.unwrap()[0].configurations[0].document_category;
    assert_eq!(category, DocumentCategory::BusinessDocument);
    assert_eq!(category.target(), Target::Business);
}

#[test]
fn the_builder_sets_the_type_and_leaves_optional_keys_to_verifiks_defaults() {
    let flow = ProjectFlow::builder()
        .project(project())
        .name("Smart Enroll Project Flow")
        .target(Target::Personal)
        .status(Status::Draft)
        .build()
        .unwrap();
    assert_eq!(flow.flow_type, FlowType::Onboarding);
    assert_eq!(
        serde_json::to_value(&flow).unwrap(),
        read_json("tests/corpus/valid/minimal.json")
    );
    // Left out, a key takes Verifik's default; each member declares its own.
    let liveness = Liveness::builder().build();
    assert_eq!(liveness.min_score_or_default(), MinScore::DEFAULT);
    assert_eq!(liveness.search_mode_or_default(), SearchMode::Fast);
    assert_eq!(
        Steps::builder().build().document_or_default(),
        StepMode::Skip
    );
}

#[test]
fn build_reports_cross_field_rules_exactly_as_validate_does() {
    let builder = ProjectFlow::smart_enroll(project(), "Broken")
        .sign_up_form_with(|form| form.phone_gateway(PhoneGateway::None))
        .documents_with(|documents| documents.verification_methods([]));
    let from_build = builder.clone().build().unwrap_err();
    let value = serde_json::to_value(builder.__build_unchecked()).unwrap();
    let from_validate = validate(&value).unwrap_err();
    assert_eq!(from_build, from_validate);
    let found: Vec<(Rule, &str)> = from_build.iter().map(|v| (v.rule(), v.pointer())).collect();
    assert_eq!(
        found,
        [
            (Rule::S3, "/signUpForm/phoneGateway"),
            (Rule::D1, "/documents/verificationMethods")
        ]
    );
}

#[test]
fn editors_change_one_member_and_keep_the_rest() {
    let flow = ProjectFlow::smart_enroll(project(), "Stricter")
        .liveness_with(|l| l.min_score(MinScore::new(0.8).unwrap()))
        .build()
        .unwrap();
    let liveness = flow.liveness.unwrap();
    assert_eq!(liveness.min_score, Some(MinScore::new(0.8).unwrap()));
    assert_eq!(
        liveness.search_min_score,
        Some(verifik_flow::ONBOARDING_SEARCH_MIN_SCORE)
    );
    assert_eq!(liveness.search_mode, Some(SearchMode::Fast));
}

#[test]
fn optional_setters_may_be_called_again_and_the_last_call_wins() {
    let form = SignUpForm::builder()
        .email_gateway(EmailGateway::None)
        .email_gateway(EmailGateway::Mailgun)
        .country_code("US")
        .country_code(String::from("+57"))
        .build();
    assert_eq!(form.email_gateway, Some(EmailGateway::Mailgun));
    assert_eq!(form.country_code.as_deref(), Some("+57"));
}

#[test]
fn nested_builders_go_straight_into_setters() {
    let documents: Documents = Documents::builder()
        .verification_methods([VerificationMethod::Scan, VerificationMethod::Upload])
        .document_types([DocumentType::builder()
            .country("Colombia")
            .configurations([DocumentConfiguration::builder()
                .active(true)
                .document_category(DocumentCategory::Passport)
                .build()])
            .build()])
        .into();
    let flow = ProjectFlow::builder()
        .project(project())
        .name("Colombia")
        .target(Target::Personal)
        .status(Status::Active)
        .sign_up_form(SignUpForm::builder().phone(true))
        .documents(documents)
        .steps(Steps::builder().document(StepMode::Optional))
        .build()
        .unwrap();
    assert_eq!(
        flow.documents.unwrap().verification_methods.unwrap().len(),
        2
    );
}

#[test]
fn webhook_takes_an_id_or_null() {
    let hook: verifik_flow::ObjectId = "65b03015c03e1a1b595fe61d".parse().unwrap();
    let with_id = Integrations::builder().webhook(Some(hook.clone())).build();
    assert_eq!(
        serde_json::to_value(&with_id).unwrap()["webhook"],
        Value::from(hook.as_str())
    );
    let null = Integrations::builder().webhook(None).build();
    assert_eq!(serde_json::to_value(&null).unwrap()["webhook"], Value::Null);
}

fn score<T: std::fmt::Debug>(
    min: f64,
    max: f64,
    make: fn(f64) -> Result<T, verifik_flow::InvalidValue>,
) -> impl Strategy<Value = T> {
    (min..=max).prop_map(move |x| make(x).unwrap())
}

prop_compose! {
    fn any_flow()(
        target in prop_oneof![Just(Target::Personal), Just(Target::Business)],
        status in prop_oneof![Just(Status::Draft), Just(Status::Active)],
        name in "[A-Za-z][A-Za-z0-9 ]{0,40}",
        email in any::<bool>(),
        phone in any::<bool>(),
        mailgun in any::<bool>(),
        phone_gateway in prop::sample::select(PhoneGateway::ALL),
        extra_fields in prop::collection::vec("[a-z]{1,8}", 0..3),
        allow_extra in any::<bool>(),
        screening in any::<bool>(),
        criminal in any::<bool>(),
        information in any::<bool>(),
        methods in prop::sample::subsequence(VerificationMethod::ALL, 0..=3),
        categories in prop::collection::vec((prop::sample::select(DocumentCategory::ALL), any::<bool>()), 0..3),
        document_step in prop::sample::select(StepMode::ALL),
        liveness_step in prop::sample::select(StepMode::ALL),
        with_liveness in any::<bool>(),
        attempts in 1u8..=5,
        min in score(0.52, 0.90, MinScore::new),
        search in score(0.70, 0.95, SearchMinScore::new),
        compare in score(0.70, 0.95, CompareMinScore::new),
        kyc in prop::sample::select(KycType::ALL),
        api in any::<bool>(),
        api_test in prop_oneof![
            Just((ApiTestType::Email, "test@example.com")),
            Just((ApiTestType::Phone, "+573001234567")),
            Just((ApiTestType::Phone, "test@example.com")),
        ],
    ) -> verifik_flow::SmartEnrollPreset {
        let mut extra_fields = extra_fields;
        extra_fields.sort();
        extra_fields.dedup();
        let configurations: Vec<DocumentConfiguration> = categories
            .iter()
            .map(|(category, active)| DocumentConfiguration::builder().active(*active).document_category(*category).build())
            .collect();
        let mut builder = ProjectFlow::builder()
            .project(project())
            .name(name)
            .target(target)
            .status(status)
            .sign_up_form(
                SignUpForm::builder()
                    .email(email)
                    .email_gateway(if mailgun { EmailGateway::Mailgun } else { EmailGateway::None })
                    .phone(phone)
                    .phone_gateway(phone_gateway)
                    .allow_additional_fields(allow_extra)
                    .additional_fields(extra_fields),
            )
            .documents(
                Documents::builder()
                    .attempt_limit(AttemptLimit::new(attempts).unwrap())
                    .screening(screening)
                    .criminal_history_verification(criminal)
                    .information_verification(information)
                    .verification_methods(methods)
                    .document_types(if configurations.is_empty() {
                        Vec::new()
                    } else {
                        vec![DocumentType::builder().country("United States").configurations(configurations).build()]
                    }),
            )
            .steps(Steps::builder().document(document_step).liveness(liveness_step));
        if with_liveness {
            builder = builder.liveness(
                Liveness::builder().min_score(min).search_min_score(search).compare_min_score(compare).kyc_type(kyc),
            );
        }
        if api {
            builder = builder.integrations(
                Integrations::builder()
                    .source(AccessSource::Api)
                    .api_url("https://example.com/access")
                    .api_test_type(api_test.0)
                    .api_test_value(api_test.1),
            );
        }
        builder
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever the builder accepts, `validate` accepts, and its JSON passes the schema; what
    /// it refuses, `validate` refuses with the same errors.
    #[test]
    fn the_builder_accepts_exactly_what_validate_accepts(builder in any_flow()) {
        let unchecked = serde_json::to_value(builder.clone().__build_unchecked()).unwrap();
        match builder.build() {
            Ok(flow) => {
                let value = serde_json::to_value(&flow).unwrap();
                prop_assert_eq!(validate(&value).unwrap(), flow);
                prop_assert!(jsonschema::draft7::is_valid(verifik_flow::schema(), &value));
            }
            Err(errors) => prop_assert_eq!(validate(&unchecked).unwrap_err(), errors),
        }
    }
}

#[test]
fn left_out_keys_read_as_the_defaults_verifik_applies() {
    let form = SignUpForm::builder().build();
    assert!(
        form.full_name_or_default(),
        "`fullName` defaults to true, not to bool's false"
    );
    assert_eq!(
        form.full_name_style_or_default(),
        verifik_flow::FullNameStyle::Separate
    );
    assert!(!form.email_or_default());
    assert_eq!(form.email_gateway_or_default(), EmailGateway::None);
    assert_eq!(form.phone_gateway_or_default(), PhoneGateway::Sms);
    assert!(form.additional_fields_or_default().is_empty());

    let liveness = Liveness::builder().build();
    assert_eq!(liveness.attempt_limit_or_default(), AttemptLimit::DEFAULT);
    assert_eq!(liveness.min_score_or_default(), MinScore::DEFAULT);
    assert_eq!(
        liveness.search_min_score_or_default(),
        verifik_flow::ONBOARDING_SEARCH_MIN_SCORE
    );
    assert_eq!(
        liveness.compare_min_score_or_default(),
        CompareMinScore::DEFAULT
    );
    assert_eq!(liveness.search_mode_or_default(), SearchMode::Fast);
    assert_eq!(liveness.kyc_type_or_default(), KycType::Traditional);

    assert_eq!(
        Steps::builder().build().document_or_default(),
        StepMode::Skip
    );
    let integrations = Integrations::builder().build();
    assert_eq!(integrations.webhook_or_default(), None);
    assert_eq!(integrations.source_or_default(), AccessSource::None);

    // A set value wins.
    let set = Liveness::builder()
        .min_score(MinScore::new(0.7).unwrap())
        .build();
    assert_eq!(set.min_score_or_default(), MinScore::new(0.7).unwrap());
}

#[test]
fn the_schema_defaults_are_the_models_defaults() {
    let schema = verifik_flow::schema();
    macro_rules! defaults {
        ($($ty:ident),*) => {
            [$((stringify!($ty), verifik_flow::$ty::__defaults())),*]
        };
    }
    for (definition, defaults) in verifik_flow::__body_types!(defaults) {
        let properties = schema["definitions"][definition]["properties"]
            .as_object()
            .unwrap();
        for (key, value) in defaults {
            assert_eq!(properties[key]["default"], value, "{definition}.{key}");
        }
        // Every optional member with a documented default has one.
        for (key, property) in properties {
            let documented = property["description"]
                .as_str()
                .unwrap()
                .contains("Default:");
            assert_eq!(
                property.get("default").is_some(),
                documented,
                "{definition}.{key}"
            );
        }
    }
}
