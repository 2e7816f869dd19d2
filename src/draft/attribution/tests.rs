use super::*;
use chrono::NaiveDate;

fn analysed(body: &str) -> (Article, Analysis) {
    let article = Article::parse(
        "a.txt",
        body.as_bytes(),
        NaiveDate::from_ymd_opt(2025, 9, 23),
    )
    .unwrap();
    let analysis = analyse(&article);
    (article, analysis)
}

/// Each quote's text and its speaker's name.
fn said(body: &str) -> Vec<(String, String)> {
    let (article, analysis) = analysed(body);
    analysis
        .quotes
        .iter()
        .map(|q| {
            (
                article.text[q.text.clone()].to_owned(),
                q.speaker.map_or_else(
                    || "?".to_owned(),
                    |s| analysis.people.entities[s].name.clone(),
                ),
            )
        })
        .collect()
}

#[test]
fn resolves_the_seed_speakers() {
    let found = said(include_str!("../../../seeds/000_0073b1465f77e1bd.txt"));
    let speakers: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "Christopher Landau",
            "Christopher Landau",
            "William Ruto",
            "William Ruto"
        ],
        "{found:?}"
    );
}

/// Each case is a short article of our own; every quote in it must go to `speaker`.
#[rstest::rstest]
#[case::initial_in_a_name(
    "US representative Robert A. Wood spoke first.\n\n\u{201c}We back the mission fully,\u{201d} Wood said.",
    "Robert A. Wood"
)]
#[case::particle_surname(
    "Foreign Minister Mohammed al-Hadhrami wrote to the council.\n\n\u{201c}The mission cannot do its work,\u{201d} al-Hadhrami said.",
    "Mohammed al-Hadhrami"
)]
#[case::place_before_a_title(
    "Prime Minister Andrew Holness spoke on Tuesday.\n\nSpeaking at Jamaica House in St Andrew, the prime minister said the team will \u{201c}provide planning and logistics support\u{201d}.",
    "Andrew Holness"
)]
#[case::conjunction_before_a_pronoun(
    "Hua Chunying, a foreign ministry spokeswoman, spoke on Friday.\n\nBut she warned, \u{201c}Security in the north is still fragile.\u{201d}",
    "Hua Chunying"
)]
#[case::role_opening_with_an_office(
    "Mohammed Omar, representative of the Polisario Front, said the extension \u{201c}testifies to the council's commitment to a solution,\u{201d} and left.",
    "Mohammed Omar"
)]
#[case::name_then_role_without_a_comma(
    "President Cyril Ramaphosa opened the summit.\n\n\u{201c}We meet today six months after the deployment,\u{201d} said Ramaphosa the chairperson of the SADC Organ on Politics, Defence and Security.",
    "Cyril Ramaphosa"
)]
#[case::comma_hands_the_words_on(
    "The UN mission in Congo reported that a militia \u{201c}may have fired on the peacekeepers,\u{201d} UN spokesman Martin Nesirky said.",
    "Martin Nesirky"
)]
#[case::verb_late_in_the_sentence(
    "\u{201c}A peacekeeper from Rwanda was killed when his unit came under attack by an armed group\u{201d} during a patrol of the village of Sam-Ouandja in the eastern prefecture of Haute-Kotto, UN spokesman Stephane Dujarric told reporters.",
    "Stephane Dujarric"
)]
#[case::office_on_a_subject(
    "Writing on her own account, Special Advisor to the UN Secretary General on Libya Stephanie Williams said \u{201c}Enough is enough! I call for calm.\u{201d}",
    "Stephanie Williams"
)]
#[case::particle_opening_the_attribution(
    "Army chief Abdel Fattah al-Burhan spoke on Monday.\n\n\u{201c}The envoy misled the UN about a consensus,\u{201d} al-Burhan was quoted as saying.",
    "Abdel Fattah al-Burhan"
)]
#[case::office_before_a_clause_then_the_name(
    "The minister of information, who serves as government spokesperson, Michael Makuei, urged the mission to reduce its patrols.\n\nThe head of the mission, Nicholas Haysom, was present.\n\nThe minister called on the head of the mission to talk to \u{201c}his armed men about reducing the patrols\u{201d}.",
    "Michael Makuei"
)]
#[case::office_by_its_initials(
    "Interior Cabinet Secretary Kipchumba Murkomen said the officers are safe.\n\n\u{201c}We know we lost a police officer, unfortunately,\u{201d} said the CS in Mombasa.",
    "Kipchumba Murkomen"
)]
#[case::organisation_with_its_place(
    "\"A patrol was hit by gunfire\" near the village, the United Nations Interim Force in Lebanon said in a statement.",
    "United Nations Interim Force in Lebanon"
)]
#[case::acronym_by_the_initials_of_a_name_given_without_it(
    "\"A patrol was hit by gunfire\" near the village, the United Nations Interim Force in Lebanon said in a statement.\n\nUNIFIL said \"this attack on peacekeepers is deeply troubling,\" and left.",
    "United Nations Interim Force in Lebanon"
)]
#[case::pronoun_for_someone_named_but_not_the_subject(
    "Ending the crisis is a top priority for Organisation of American States (OAS) Secretary General, Ambassador Albert Ramdin, during his term.\n\n\u{201c}I have made Haiti a priority,\u{201d} he told reporters.",
    "Albert Ramdin"
)]
#[case::acronym_closing_an_office(
    "The committee asked Defence Cabinet Secretary Aden Duale about the Kenya Defence Forces (KDF).\n\nVice Chief of the KDF, Lieutenant General Francis Ogolla, said the force is a combatant one.\n\nThe troops would also keep order.\n\n\"The main effort of the military is to support the political process,\" he said.",
    "Francis Ogolla"
)]
#[case::name_then_office_without_a_comma(
    "NEW YORK \u{2014} James Swan Special Representative of the Secretary-General for Somalia says attacks are rising.\n\n\u{201c}It is a tragic reminder of the need to improve security\u{201d}, he said.",
    "James Swan"
)]
#[case::surname_completed_from_a_mention_without_a_role(
    "The mission announced that Jeanine Hennis-Plasschaert has taken over as its head.\n\n\u{201c}I am delighted to be here in Baghdad,\u{201d} Hennis-Plasschaert said.",
    "Jeanine Hennis-Plasschaert"
)]
#[case::sheikh_inside_a_name(
    "\u{201c}From now on, our country is free to buy what it needs,\u{201d} Hassan Sheikh Mohamud said in a declaration.",
    "Hassan Sheikh Mohamud"
)]
#[case::participle_and_colon_before_an_outlet(
    "Ahmet Yildiz paid tribute to fallen peacekeepers at a council meeting, saying: \"Their sacrifice is a solemn reminder of the dangers,\u{201d} The Daily News reported.",
    "Ahmet Yildiz"
)]
#[case::participle_after_a_clause_that_names_a_document(
    "The UN Security Council renewed the mandate on Monday. The Russian delegate, Anna Evstigneeva, spoke first.\n\nShe also criticised provisions in the resolution, adding: \u{201c}We do not like the approach taken by the penholder.\u{201d}",
    "Anna Evstigneeva"
)]
#[case::role_then_name_then_its_verb(
    "Months after being declared persona non grata, a United Nations special envoy, Volker Perthes has confirmed that he will step down.\n\nPerthes, while thanking the council, revealed his request.\n\n\u{201c}I am grateful to the Secretary-General for his confidence in me\u{201d}, he said.",
    "Volker Perthes"
)]
#[case::lower_case_office_then_name(
    "\"The war imposed on us demands a response,\" ECOWAS commission chairman Desire Kadre Ouedraogo said in a speech.",
    "Desire Kadre Ouedraogo"
)]
#[case::possessive_office_with_a_place_then_name(
    "\u{201c}The last day for the mission is tonight at midnight,\u{201d} said the mission\u{2019}s team leader in Darfur office Islam Khan.",
    "Islam Khan"
)]
#[case::double_surname_by_its_last_part(
    "Presidential Adviser on the Peace Process Teresita Quintos-Deles said the department wrote to the team.\n\n\u{201c}The number of armed skirmishes has gone down,\u{201d} Deles said.",
    "Teresita Quintos-Deles"
)]
#[case::surname_spelled_without_its_accent(
    "Force Commander Lieutenant General Daniel Sidiki Traor\u{e9} welcomed the troops.\n\n\u{201c}Securing this axis is essential for the economy,\u{201d} said General Traore.",
    "Daniel Sidiki Traor\u{e9}"
)]
#[case::continued_to_be_is_not_speech(
    "Somalia continued to be \u{201c}a source of grave concern for the region\u{201d}, the Security Council stated.",
    "Security Council"
)]
#[case::a_republic_is_not_a_name(
    "The President of the Democratic Republic of the Congo, Felix Tshisekedi, spoke in Goma.\n\n\u{201c}Some units have not fought the rebels at all,\u{201d} the president said.",
    "Felix Tshisekedi"
)]
#[case::two_offices_joined_by_and(
    "The Special Representative of the Secretary-General and Head of the UN Office for Central Africa (UNOCA), Abdou Abarry, briefed the Council.\n\nWhile aid has reached parts of the eastern Kivu, the Special Representative warned that \u{201c}the gains made this year remain fragile\u{201d} in the region.",
    "Abdou Abarry"
)]
#[case::attribution_inside_an_unclosed_quote(
    "\u{201c}Despite many meetings we have not reached any agreement between the parties, CARICOM Chairman Dr Amos Kimani said in a video statement.\n\nHe spoke on Monday.\n\n\u{201c}It is made worse by the absence of institutions,\u{201d} Kimani said.",
    "Amos Kimani"
)]
#[case::a_day_between_subject_and_verb(
    "The Pacific Islands Forum (PIF) on Wednesday said it has not been \u{201c}able to reach any form of agreement\u{201d} on the matter.",
    "Pacific Islands Forum"
)]
#[case::the_statement_from_a_body(
    "The committee agreed. \u{201c}The mission should be extended for two more years\u{201d}, according to the statement from the Council of the EU, reports a local site.",
    "Council of the EU"
)]
#[case::an_article_alone_is_no_one(
    "A sum of 50 million euros will go to \u{201c}court cases that have been moved abroad\u{201d}.",
    "?"
)]
#[case::a_nationality_and_a_title(
    "The President of the Democratic Republic of the Congo, Felix Tshisekedi, spoke in Goma.\n\nThe Congolese president said Mr Nyageh resigned \u{201c}in an unusual way\u{201d} and \u{201c}surprised everyone by talking about threats.\u{201d} \u{201c}Why did you not tell us?\u{201d} he asked.",
    "Felix Tshisekedi"
)]
#[case::a_place_before_the_subject(
    "At its session in Abuja the Authority of Heads of State on Sunday, in a communique, stated: \u{201c}The Authority had decided to extend the mandate for one year.\u{201d}",
    "Authority of Heads of State"
)]
#[case::an_object_running_into_and_said(
    "Special Envoy Peter Kamau visited Gao on Monday.\n\nMr Kamau expressed his sorrow following the attack against the peacekeepers in Mali and said that \u{201c}those soldiers died serving the cause of peace\u{201d}.",
    "Peter Kamau"
)]
#[case::an_opening_phrase_with_a_place_before_and_urged(
    "Vice President Amina Osei visited the troops.\n\nIn an address at their headquarters on Wednesday at Naqoura, Lebanon, Osei commended the officers and urged them to keep \u{201c}the highest standards of discipline.\u{201d}",
    "Amina Osei"
)]
#[case::dash_then_no_speaker(
    "The Security Council met on Monday.\n\nThe Council further \u{201c}welcomed the pledges made by the donors in March\u{201d} \u{2013} again suggesting that it trusts them.",
    "Security Council"
)]
#[case::according_to_him(
    "Colonel Musa Bello spoke to reporters on Friday.\n\nAccording to him, \u{201c}the footage shows farmers speaking in Hausa.",
    "Musa Bello"
)]
#[case::urged_someone_to(
    "Spokesman Paul Odhiambo said attacks on peacekeepers \u{201c}may be war crimes\u{201d} and urged the national authorities to investigate \u{201c}and bring those responsible to justice.\u{201d}",
    "Paul Odhiambo"
)]
#[case::office_by_initials_after_its_body(
    "The Inspector General of Police, Samuel Kiprop, spoke on Tuesday.\n\nThe police IG said the unit is well equipped, \u{201c}all of which meets the standards.\u{201d}",
    "Samuel Kiprop"
)]
#[case::participle_and_comma(
    "Officer Peter Otieno sent greetings home, saying, \u{201c}We are well and we miss you all.\u{201d}",
    "Peter Otieno"
)]
#[case::participle_without_comma(
    "Foreign Minister Grace Wanjiru announced the visit stating, \u{201c}It was my pleasure to welcome President Marc Dupuy to Nairobi.\u{201d}",
    "Grace Wanjiru"
)]
#[case::people_at_a_body(
    "According to sources at the East African Community, the troops will \u{201c}protect the roads and the people living along them.\u{201d}",
    "sources at the East African Community"
)]
#[case::a_resolution_with_no_council_named(
    "Lawmakers approved the move and the new resolution says the costs will be met \u{201c}by moving funds already approved.\u{201d}",
    "the new resolution"
)]
#[case::a_phrase_does_not_end_on_for(
    "The US-drafted resolution for 4,000 more peacekeepers authorizes them to \u{201c}use all necessary means to protect civilians.\u{201d}",
    "The US-drafted resolution"
)]
#[case::an_acronym_in_brackets_inside_the_subject(
    "A senior Zambia Defence Force (ZDF) official said the force was \u{201c}ready and able\u{201d} to act.\n\n\u{201c}We will not allow any trouble,\u{201d} the ZDF official said.",
    "A senior Zambia Defence Force (ZDF) official"
)]
#[case::a_country_and_a_word_for_anyone_in_office(
    "The Military Adviser at Nepal\u{2019}s UN Mission, Colonel Hari Thapa, said the current system could not last.\n\n\u{201c}The countries that send troops must have a say in the mandates,\u{201d} the Nepalese official said.",
    "Hari Thapa"
)]
#[case::a_body_s_post(
    "In a message posted on X, the Ministry of Foreign Affairs set out its position.\n\n\u{201c}Such attacks must stop at once and be investigated,\u{201d} read the ministry\u{2019}s post.",
    "Ministry of Foreign Affairs"
)]
#[case::a_day_s_resolution(
    "The Security Council renewed the mission for a year.\n\n\u{201c}It is necessary to keep the force on the island beyond 31 January 2026,\u{201d} Monday\u{2019}s resolution read.",
    "Security Council"
)]
#[case::a_statement_that_names_its_body(
    "On Sunday, Abyei Information Minister Deng Malual told a radio station that a peacekeeper had been killed.\n\n\u{201c}UNISFA leadership is engaging with the local administration to keep the peace,\u{201d} the statement read.",
    "UNISFA"
)]
#[case::it_authorized_someone_to(
    "The Security Council renewed the mission\u{2019}s mandate on Friday.\n\nIt also authorized the Regional Protection Force to \u{201c}protect the routes in and out of the capital.\u{201d}",
    "Security Council"
)]
#[case::the_surname_he(
    "NAIROBI, May 5 (Wire) -- Chinese Ambassador to Kenya He Wenli has welcomed the deal.\n\n\u{201c}We will keep supporting the mission in every way we can,\u{201d} said He.",
    "He Wenli"
)]
#[case::it_was_someone_who(
    "The Security Council met on Monday.\n\nIt was President William Ruto who vowed to \u{201c}see the mission through to the end.\u{201d}",
    "William Ruto"
)]
#[case::a_participle_after_someone_named(
    "Footage shows a soldier saying: \u{201c}We will not leave this place.\u{201d}",
    "a soldier"
)]
#[case::said_someone_to_reporters(
    "\u{201c}We will stay until the work is done,\u{201d} said the minister to reporters.",
    "the minister"
)]
#[case::the_body_named_before_not_after(
    "The United Nations Stabilization Mission in Mali (MINUSMA) said on Friday it had closed a base.\n\n\u{201c}The last troops left today,\u{201d} the mission said.\n\nIn June the council voted to end MINUSMA - the Stabilization Mission - by December.",
    "United Nations Stabilization Mission in Mali"
)]
#[case::two_letter_initials(
    "The African Union will send a force to the region.\n\nThe AU said it would \u{201c}take further measures\u{201d} if the force is refused.",
    "African Union"
)]
#[case::an_acronym_is_not_a_noun_in_a_name(
    "Catherine Wambui will head the UN Assistance Mission in the region.\n\nShe is \u{201c}an experienced diplomat with a long career,\u{201d} the UN said.",
    "UN"
)]
#[case::a_body_that_ends_an_office(
    "Brig. Daniel Otieno arrived in the capital.\n\nChief of Defence Forces, Gen. Peter Njoroge, urged the troops to stay alert.\n\n\u{201c}This mission is not over yet,\u{201d} he said.",
    "Peter Njoroge"
)]
#[case::a_group_before_its_possessive(
    "A statement released Tuesday through the UN office in Lilongwe expressed the members of the Security Council\u{2019}s \u{201c}deepest condolences to the family\u{201d} of the soldier.",
    "the members of the Security Council"
)]
#[case::the_holder_of_that_very_office(
    "The summit included African Union President Daniel Mwangi.\n\n\u{201c}We hope to have a clear mandate soon,\u{201d} said the President of Niger, Issa Moussa, after the summit.",
    "Issa Moussa"
)]
#[case::quoted_as_saying_names_the_one_quoted(
    "Major General Thabo Nkosi took command last month.\n\nReporting on his arrival, Captain Lerato Dlamini quotes him as saying: \u{201c}We are here for the people of this province\u{201d}.\n\nHe added that the force was \u{201c}a symbol of the region\u{2019}s resolve\u{201d} and would stay.",
    "Thabo Nkosi"
)]
#[case::a_relative_clause_with_commas(
    "Secretary of State Laura Bennett spoke on Friday.\n\nBennett, a former senator, who grew up in Tampa, Florida, said the gangs are \u{201c}the main source of violence in the country.\u{201d}",
    "Laura Bennett"
)]
#[case::a_verb_with_an_infinitive_is_not_who_spoke(
    "Colonel Femi Adeyemi, spokesman of the army, said on Saturday that troops were ready.\n\n\u{201c}This is the first of two battalions\u{201d} that Ghana had promised to send to the region, he said.",
    "Femi Adeyemi"
)]
#[case::a_place_with_what_happened_there_is_no_one(
    "UN Secretary-General Tomas Halvorsen condemned the shelling of a camp near Kadugli, leaving four Bangladeshi peacekeepers dead and three injured.\n\nIn a statement on Sunday, the UN Secretary-General expressed his \u{201c}deepest sympathy\u{201d} to the families of the peacekeepers.\n\nHe noted that such attacks \u{201c}may amount to war crimes,\u{201d} reminding all parties of their duty.",
    "Tomas Halvorsen"
)]
#[case::a_council_by_the_acronym_of_its_union(
    "ADDIS ABABA \u{2013} The African Union\u{2019}s Peace and Security Council on Wednesday condemned the attack on the town.\n\nThe U.N. Security Council will meet on Thursday.\n\nIn a communiqu\u{e9}, the AU council warned that those responsible would be punished. It said the people of the town have \u{201c}suffered enough under the siege\u{201d}.",
    "African Union\u{2019}s Peace and Security Council"
)]
#[case::the_council_is_one_named_before_not_after(
    "The United Nations Security Council extended the mission until October.\n\nThe Council also urged closer ties between the two bodies. It called for \u{201c}a comprehensive approach to peace and security.\u{201d}\n\nThe mission was created by the African Union's Peace and Security Council in 2007.",
    "United Nations Security Council"
)]
#[case::a_verb_joined_to_the_one_before_has_its_speaker(
    "The two ministers signed the accord brokered by Norway, Qatar and the African Union in the presence of Kenyan Foreign Minister Daniel Kiprop, who admitted there were \u{201c}many hurdles still ahead\u{201d} but said the accord would give families \u{201c}a reason to go home at last.\u{201d}",
    "Daniel Kiprop"
)]
#[case::an_aside_in_brackets_before_the_verb(
    "\u{201c}The chiefs of defence will meet next month,\u{201d} Rwanda\u{2019}s President Jean Habimana (Summit Chairperson) said when he read the communique.",
    "Jean Habimana"
)]
#[case::an_office_in_a_region_before_a_name(
    "\u{201c}We will not leave,\u{201d} said the head of the UN mission in the region, Amadou Diallo.",
    "Amadou Diallo"
)]
#[case::two_bodies_joined_by_and(
    "The European Union and African Union Commission signed the deal on Monday.\n\nThe Commission said \u{201c}the violence must end now.\u{201d}",
    "African Union Commission"
)]
#[case::a_day_after_a_bracketed_acronym(
    "\u{201c}We have taken the town,\u{201d} said the Rapid Support Forces (RSF) Thursday.",
    "Rapid Support Forces"
)]
#[case::not_the_place_of_the_dateline(
    "KAMPALA, March 3: Ugandan soldiers have been honoured for \u{201c}brave and steady service\u{201d} in Somalia.",
    "?"
)]
#[case::a_passive_verb_of_speech_and_by_whom(
    "The council was this week warned the country is \u{201c}on the brink of a new war\u{201d} by Amina Odhiambo, head of the UN mission.",
    "Amina Odhiambo"
)]
fn attributes_each_quote_to(#[case] body: &str, #[case] speaker: &str) {
    let found = said(body);
    assert!(!found.is_empty(), "no quote found in {body:?}");
    for (text, who) in &found {
        assert_eq!(who, speaker, "{text:?} in {body:?}");
    }
}

/// The role the analysis gave someone it met; fails if it never met them.
fn role_of<'a>(analysis: &'a Analysis, name: &str) -> Option<&'a str> {
    let person = analysis.people.entities.iter().find(|e| e.name == name);
    let person = person.unwrap_or_else(|| panic!("no {name} in {:?}", analysis.people.entities));
    person.role.as_deref()
}

#[test]
fn an_office_with_a_body_spelled_out_before_it_keeps_the_whole_office() {
    let (_, analysis) = analysed(
        "JUBA \u{2013} \u{201c}The ceasefire must hold,\u{201d} said the Intergovernmental Authority on Development (IGAD) Special Envoy for South Sudan, Ambassador Halima Odongo.",
    );
    assert_eq!(
        role_of(&analysis, "Halima Odongo"),
        Some("Intergovernmental Authority on Development (IGAD) Special Envoy for South Sudan")
    );
}

#[test]
fn a_place_or_the_next_person_after_a_comma_is_not_a_role() {
    let body = "The Secretary General of the EAC, Joseph Kamau, and the Foreign Minister, Marie Lukusa, signed the agreement at the official residence of the President in the Congolese capital, Kinshasa.\n\n\u{201c}The force will deploy for six months,\u{201d} Kamau said.\n\nThe agreement sets out the support that will be granted by Kinshasa under the law.\n\n\u{201c}The plan was negotiated by the chiefs of defence forces,\u{201d} he noted.";
    for (text, who) in said(body) {
        assert_eq!(who, "Joseph Kamau", "{text:?}");
    }
    let (_, analysis) = analysed(body);
    assert_eq!(
        role_of(&analysis, "Joseph Kamau"),
        Some("Secretary General of the EAC")
    );
}

#[test]
fn a_participle_before_a_title_is_part_of_the_role() {
    let (_, analysis) = analysed(
        "Jim Risch, ranking member of the Senate Foreign Relations Committee, said the force \u{201c}must be funded in full.\u{201d}",
    );
    assert_eq!(
        role_of(&analysis, "Jim Risch"),
        Some("ranking member of the Senate Foreign Relations Committee")
    );
}

#[test]
fn an_office_named_first_is_the_role_of_who_is_named_next() {
    let (_, analysis) = analysed(
        "MOGADISHU: Somalia\u{2019}s president welcomed the Council\u{2019}s decision on Friday.\n\n\u{201c}From now on, our country is free to buy what it needs,\u{201d} Hassan Sheikh Mohamud said in a declaration.\n\n\u{201c}The vote was close,\u{201d} Amina Odhiambo said.",
    );
    assert_eq!(
        role_of(&analysis, "Hassan Sheikh Mohamud"),
        Some("Somalia\u{2019}s president")
    );
    // Once given, the office is not anyone else's: the next speaker named has no role.
    assert_eq!(role_of(&analysis, "Amina Odhiambo"), None);
}

#[test]
fn an_office_the_opening_reports_is_the_role_of_who_is_named_later() {
    let (_, analysis) = analysed(
        "The government will soon answer the council, according to the Minister of Information.\n\nThe council extended the mission on Thursday.\n\nIts mandate covers the protection of civilians.\n\nIt also covers aid.\n\n\u{201c}We have presented our proposal for a review of the mandate,\u{201d} said Peter Malual.",
    );
    assert_eq!(
        role_of(&analysis, "Peter Malual"),
        Some("Minister of Information")
    );
}

#[test]
fn kin_are_named_with_whose_kin_they_are() {
    let (_, analysis) = analysed(
        "\u{201c}We have heard nothing for a month,\u{201d} Otieno\u{2019}s sister, Mary Wanjiku, said on Saturday.",
    );
    assert_eq!(
        role_of(&analysis, "Mary Wanjiku"),
        Some("Otieno\u{2019}s sister")
    );
}

#[test]
fn a_release_is_named_whole() {
    let found = said(
        "The ambassador announced \u{201c}significant US funding for more security assets,\u{201d} according to a news release.",
    );
    let speakers: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(speakers, ["a news release"], "{found:?}");
}

#[test]
fn a_dateline_in_capitals_is_not_a_speaker() {
    let (_, analysis) = analysed(
        "UNITED NATIONS, (Wire) A peacekeeper was killed on Sunday, the UN announced.\n\n\u{201c}The Secretary-General condemns the attack,\u{201d} the statement said.",
    );
    assert!(
        analysis
            .people
            .entities
            .iter()
            .all(|e| e.name != "UNITED NATIONS"),
        "{:?}",
        analysis.people.entities
    );
}

#[test]
fn a_capitalised_word_opening_a_sentence_is_not_a_speaker() {
    let found = said(
        "Claims that JPF is sending more troops without consulting the commissioner are \u{201c}simply not true at all\u{201d}.",
    );
    assert_eq!(
        found,
        [("simply not true at all".to_owned(), "?".to_owned())],
        "{found:?}"
    );
}

#[test]
fn an_acronym_after_an_office_names_the_body() {
    let (_, analysis) = analysed(
        "The Commander of the Joint Participating Police Force (JPF), Denis Moore, made the statement.\n\n\u{201c}We are keen to work with everyone,\u{201d} Moore said.",
    );
    let body = analysis
        .people
        .entities
        .iter()
        .find(|e| e.acronym.as_deref() == Some("JPF"));
    assert_eq!(
        body.map(|e| e.name.as_str()),
        Some("Joint Participating Police Force"),
        "{:?}",
        analysis.people.entities
    );
    assert!(
        analysis
            .people
            .entities
            .iter()
            .all(|e| e.kind != Kind::Person || e.name == "Denis Moore"),
        "{:?}",
        analysis.people.entities
    );
}

#[test]
fn unnamed_envoys_of_two_countries_stay_apart() {
    let found = said(
        "The U.S. representative at the Security Council expressed \u{201c}satisfaction with the support for the envoy\u{201d} on Friday.\n\nThe U.S. representative stressed the \u{201c}importance of a political solution for all\u{201d}.\n\nThe Russian representative explained that \u{201c}his abstention reflects a firm stance\u{201d} of Moscow.",
    );
    let speakers: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "The U.S. representative at the Security Council",
            "The U.S. representative at the Security Council",
            "The Russian representative"
        ],
        "{found:?}"
    );
}

#[test]
fn a_quote_after_reported_words_is_their_speakers() {
    let found = said(
        "Prime Minister Omar Rashid sent his condolences on Tuesday.\n\n\u{201c}Our soldiers gave their lives for peace,\u{201d} Rashid said.\n\nIn a message, Ambassador Tariq Aziz, the country's representative to the UN, said that the six peacekeepers died in a crash. \u{201c}They made the ultimate sacrifice while serving abroad.\u{201d}",
    );
    let speakers: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(speakers, ["Omar Rashid", "Tariq Aziz"], "{found:?}");
}

/// The day each quotation was said on, when the analysis found one.
fn said_on(body: &str) -> Vec<Option<NaiveDate>> {
    let (_, analysis) = analysed(body);
    analysis
        .quotes
        .iter()
        .map(|q| q.said_on.as_ref().map(|found| found.date))
        .collect()
}

#[test]
fn a_day_inside_the_quotation_or_after_until_is_not_when_it_was_said() {
    let inside = said_on(
        "\u{201c}We met the rebels on Monday and they agreed,\u{201d} Victor Mensah told Reuters.",
    );
    assert_eq!(inside, [None]);
    let until = said_on(
        "Chad agreed to extend the mandate until May 15, the special representative said, adding that there would be \u{201c}a serious reduction of the force.\u{201d}",
    );
    assert_eq!(until, [None]);
    let monday = said_on(
        "\u{201c}We will stay until May 15,\u{201d} Victor Mensah told reporters on Monday.",
    );
    assert_eq!(monday, [NaiveDate::from_ymd_opt(2025, 9, 22)]);
}
