"""Turning statements of what is unresolved into real questions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from builder.article import Article
from builder.extract.phrasing import resolve_demonstratives
from builder.extract.questions import (
    find_questions,
    question_for,
    question_from_clause,
    questions_for,
)


def no_antecedent(pronoun: str) -> str | None:
    return None


@pytest.mark.parametrize(
    ("wh", "clause", "question"),
    [
        (
            "whether",
            "the council will reverse the decision.",
            "Will the council reverse the decision?",
        ),
        ("how much", "the council paid for the land", "How much did the council pay for the land?"),
        ("whether", "the ministry approved the plan", "Did the ministry approve the plan?"),
        ("when", "the plant reopens", "When does the plant reopen?"),
        ("who", "will lead the party", "Who will lead the party?"),
        ("what", "caused the fire, officials said", "What caused the fire?"),
        ("whether", "the company has enough cash", "Does the company have enough cash?"),
        ("whether", "the talks have failed", "Have the talks failed?"),
        (
            "how many",
            "people outside the city were affected",
            "How many people outside the city were affected?",
        ),
        # "why" is never the subject: the words after it are, and the verb comes first.
        (
            "why",
            "so many ferries have been late this winter",
            "Why have so many ferries been late this winter?",
        ),
    ],
)
def test_question_from_clause(wh: str, clause: str, question: str) -> None:
    assert question_from_clause(wh, clause, no_antecedent) == question


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "It remains uncertain whether the regulator will reverse the decision.",
            "Will the regulator reverse the decision?",
        ),
        (
            "Financial terms of the deal were not disclosed.",
            "What are the financial terms of the deal?",
        ),
        (
            "The board is expected to vote on the plan in May.",
            "Will the board vote on the plan in May?",
        ),
        (
            "The ministry has yet to respond to the complaint.",
            "Will the ministry respond to the complaint?",
        ),
        (
            "The minister denied that the report had been changed.",
            "Is it true that the report had been changed?",
        ),
        (
            "The mayor declined to say when the bridge would reopen.",
            "When would the bridge reopen?",
        ),
        (
            "Engineers said it was too early to say what caused the collapse.",
            "What caused the collapse?",
        ),
    ],
)
def test_question_for_sentence(sentence: str, question: str) -> None:
    assert question_for(sentence, no_antecedent) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the plan on Monday.",
        '"It is unclear whether we will survive," she said.',
        "It is unclear whether.",
    ],
)
def test_no_question_where_none_is_raised(sentence: str) -> None:
    assert question_for(sentence, no_antecedent) is None


def test_pronoun_subject_takes_a_lone_antecedent() -> None:
    question = question_from_clause("whether", "she will resign", lambda p: "Okafor")
    assert question == "Will Okafor resign?"


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # Uncertainty stated first, then what is uncertain.
        ("How the bridge will be paid for remains unclear.", "How will the bridge be paid for?"),
        # A decision due, with words between the verb and "whether".
        (
            "The tribunal will decide within 60 days whether the permit was lawful.",
            "Was the permit lawful?",
        ),
        (
            "The inspectors will look closely at whether the dam still meets safety rules.",
            "Does the dam still meet safety rules?",
        ),
        # "whether to" takes the subject of the deciding clause.
        (
            "The panel will decide whether to revoke the licence.",
            "Will the panel revoke the licence?",
        ),
        # Adverbs between auxiliary and "said"; a relative clause dropped.
        (
            "The ministry has also not said whether the hospital, which opened in 2019, "
            "will close.",
            "Will the hospital close?",
        ),
        (
            "Asked by reporters whether the deal would survive, the minister shrugged.",
            "Would the deal survive?",
        ),
        # An "-ing" word is not the verb; "or whether" starts a second question.
        (
            "The court must decide whether the existing contract is valid or whether a new "
            "tender is needed.",
            "Is the existing contract valid?",
        ),
        # A plural subject with a base-form verb.
        ("The agency has not said whether such files exist.", "Do such files exist?"),
        # The cause under investigation.
        (
            "The cause of the pipeline rupture is still under investigation.",
            "What caused the pipeline rupture?",
        ),
        # An inquiry under way: what will it find?
        (
            "The auditor's review of the pension fund is continuing.",
            "What will the auditor's review of the pension fund find?",
        ),
        # A request to someone else.
        (
            "Parents asked the school board to delay the closure until June.",
            "Will the school board delay the closure until June?",
        ),
        # Pending passives.
        (
            "The merger must first be approved by the competition authority.",
            "Will the merger be approved by the competition authority?",
        ),
        (
            "Officials said the new clinic has not yet been funded.",
            "Will the new clinic be funded?",
        ),
        # "that" clauses cut at a participle or quote; no dangling "it" at the end.
        (
            "The firm declined to say whether it had paid the hackers, citing the inquiry.",
            None,
        ),
    ],
)
def test_question_rules(sentence: str, question: str | None) -> None:
    assert question_for(sentence, no_antecedent) == question


def test_a_resolved_subject_names_the_actor() -> None:
    question = question_for(
        "The firm declined to say whether it had paid the hackers, citing the inquiry.",
        lambda word: "Corlis Mining" if word == "it" else None,
    )
    assert question == "Had Corlis Mining paid the hackers?"


def test_why_takes_the_sentence_before() -> None:
    previous = (
        "The chief engineer told the committee that the bridge had been inspected in March, "
        "but that the repairs had been postponed."
    )
    question = question_for("He did not say why.", no_antecedent, previous)
    assert question == "Why had the repairs been postponed?"


def test_intentions_need_a_named_speaker() -> None:
    sentence = "Mendes said she would introduce a bill to cap rents."
    assert question_for(sentence, lambda word: "Mendes") == (
        "Will Mendes introduce a bill to cap rents?"
    )
    assert question_for(sentence, no_antecedent) is None


def test_unresolved_pronoun_subject_gives_no_question() -> None:
    assert question_from_clause("whether", "it will appeal", no_antecedent) is None
    assert question_from_clause("whether", "she will resign", lambda p: None) is None


def test_demonstratives_are_resolved() -> None:
    question = resolve_demonstratives(
        "Does that promise cover the higher figure?",
        lambda phrase: "the governor's promise" if phrase == "that promise" else None,
    )
    assert question == "Does the governor's promise cover the higher figure?"
    assert resolve_demonstratives("Who set those limits?", lambda phrase: None) == (
        "Who set the limits?"
    )
    kept = "Is it true that fishers were paid?"
    assert resolve_demonstratives(kept, lambda phrase: None) == kept


def test_long_question_loses_its_trailing_adjunct() -> None:
    question = question_from_clause(
        "whether",
        "the hospital network broke the state's consumer protection and data security laws "
        "before and after hackers stole the records of about 380,000 patients",
        no_antecedent,
    )
    assert question == (
        "Did the hospital network break the state's consumer protection and data security laws?"
    )


@pytest.mark.parametrize(
    ("words", "lowered"),
    [
        (["A", "ferry", "operator"], ["a", "ferry", "operator"]),
        (["Officials", "from", "both", "sides"], ["officials", "from", "both", "sides"]),
        (["UN", "inspectors"], ["UN", "inspectors"]),
        (["Harbour", "Lines"], ["Harbour", "Lines"]),
    ],
)
def test_lower_first_lowers_articles_and_plurals_not_names(
    words: list[str], lowered: list[str]
) -> None:
    from builder.extract.phrasing import lower_first

    assert lower_first(words) == lowered


def test_a_subject_holding_a_verb_gives_no_will_question() -> None:
    from builder.extract.phrasing import will_question

    subject = ["the", "department", "is", "contacting", "passengers", "and"]
    assert will_question(subject, "say", "on Monday", no_antecedent) is None


def test_that_after_true_is_a_conjunction() -> None:
    question = "Is it true that six of the contracts were signed in one week?"
    assert resolve_demonstratives(question, no_antecedent) == question


def test_a_long_question_drops_an_aside_with_its_adjunct() -> None:
    from builder.extract.phrasing import finish

    words = [
        "is",
        "it",
        "true",
        "that",
        "the",
        "depth",
        "and",
        "the",
        "timetable",
        "of",
        "the",
        "dredging",
        "were",
        "agreed",
        "at",
        "the",
        "private",
        "meeting,",
        "ten",
        "days",
        "before",
        "the",
        "public",
        "vote",
        "on",
        "the",
        "plan",
    ]
    assert finish(words) == (
        "Is it true that the depth and the timetable of the dredging were agreed at the "
        "private meeting?"
    )


def test_a_denial_names_whose_staff_it_is() -> None:
    def owner(word: str) -> str | None:
        return "the bank's" if word == "its" else None

    question = question_for("The bank denied that its staff approved the transfers.", owner)
    assert question == "Is it true that the bank's staff approved the transfers?"


def test_an_investigation_is_asked_about_whoever_investigates() -> None:
    sentence = (
        "The harbour police said it was investigating claims of a breach of the city's "
        "fishing quota rules."
    )
    assert question_for(sentence, no_antecedent) == (
        "What will the investigation into claims of a breach of the city's fishing quota "
        "rules find?"
    )


def test_a_future_clause_ends_where_the_speaker_s_next_verb_begins() -> None:
    from builder.extract.outcomes import outcome_questions

    def nobody(word: str) -> str | None:
        return None

    sentence = (
        "The drivers' union warned that the cuts could close two depots and accused the "
        "board of ignoring its complaints."
    )
    assert outcome_questions(sentence, nobody) == ["Will the cuts close two depots?"]
    # Verbs of the future clause itself stay: a base form, or a past form after "be".
    assert outcome_questions("Ana Ruiz said the plan would cut fares and create jobs.", nobody) == [
        "Will the plan cut fares and create jobs?"
    ]
    assert outcome_questions("Ana Ruiz said the club would be fined and banned.", nobody) == [
        "Will the club be fined and banned?"
    ]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # A fear of what will happen: will it?
        (
            "Now the two climbers, who are sheltering in a hut, are afraid they will be cut off "
            "by the avalanche.",
            "Will the two climbers be cut off by the avalanche?",
        ),
        # An attempt under way, its pronoun the speaker's: will it succeed?
        (
            "Rangers say the fire began near the quarry and that they are trying to trace "
            "the owner of the abandoned van.",
            "Will rangers trace the owner of the abandoned van?",
        ),
        # A need: will it be met?
        (
            "The union said it remains vital that the mill finds a buyer before the winter.",
            "Will the mill find a buyer before the winter?",
        ),
        # A hedged claim: is it so?
        (
            "The inspector conceded the bridge was 'possibly' weakened by the floods in March.",
            "Was the bridge weakened by the floods in March?",
        ),
        (
            "A week after the hearing, Tomas Verhoef left the city, possibly heading to his "
            "native Flanders.",
            "Did Tomas Verhoef head to his native Flanders?",
        ),
        # An expectation in a second predicate.
        (
            "The ferry operator said it is refitting two boats and expects to restore the "
            "island service in the spring.",
            "Will the ferry operator restore the island service in the spring?",
        ),
        # An inability: will they be able to?
        (
            "After the storm, the harbour engineers were unable to confirm the state of the "
            "outer wall.",
            "Will the harbour engineers be able to confirm the state of the outer wall?",
        ),
    ],
)
def test_fears_attempts_needs_hedges_and_inabilities_are_asked(
    sentence: str, question: str
) -> None:
    assert question_for(sentence, no_antecedent) == question


def test_a_hedged_clause_run_into_a_caption_is_not_asked() -> None:
    sentence = (
        "After the hearing, Tomas Verhoef left the city, possibly heading to the coast "
        "Wanted by police in three countries, the trader has not been seen since."
    )
    asked = [q for _, q in questions_for(sentence, no_antecedent)]
    assert not any(q.startswith("Did Tomas Verhoef") for q in asked)


def named(word: str) -> str | None:
    return "Piet Maas" if word == "he" else None


@pytest.mark.parametrize(
    ("sentence", "question", "resolve"),
    [
        # A claim behind an inquiry: is it so?
        (
            "Inspectors are examining a mayor over claims he rigged the tender for the bus depot.",
            "Did Piet Maas rig the tender for the bus depot?",
            named,
        ),
        # A delay: why only now?
        (
            "Two of the traders - both from the port - were questioned in March, but they were "
            "not arrested until now.",
            "Why were two of the traders not arrested until now?",
            no_antecedent,
        ),
        # A warning of what follows if something happens.
        (
            "The report warns that the valley faces floods if the old dam gives way.",
            "Will the valley face floods if the old dam gives way?",
            no_antecedent,
        ),
        # A quotation: only what it says is needed or could happen to a named side.
        (
            "'It remains vital that the mill finds a buyer before the winter,' he said.",
            "Will the mill find a buyer before the winter?",
            no_antecedent,
        ),
        (
            '"These figures indicate that though testing is wider, untraced cases could seed '
            'new clusters in the spring," the agency said.',
            "Could untraced cases seed new clusters in the spring?",
            no_antecedent,
        ),
    ],
)
def test_claims_delays_warnings_and_quoted_needs_are_asked(
    sentence: str, question: str, resolve: Callable[[str], str | None]
) -> None:
    assert question_for(sentence, resolve) == question


def test_a_quotation_about_we_or_you_asks_nothing() -> None:
    assert questions_for("'It is vital that we find a buyer,' he said.", no_antecedent) == []


def test_those_before_a_participle_is_a_pronoun_not_a_determiner() -> None:
    question = "Why were two of those arrested at the port not charged until now?"
    assert resolve_demonstratives(question, no_antecedent) == question
    assert resolve_demonstratives("Who would set those limits?", no_antecedent) == (
        "Who would set the limits?"
    )


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # An answer not given so far, in the past participle or after "yet".
        ("Harbour Lines has not yet commented.", "How will Harbour Lines respond?"),
        ("Harbour Lines has not commented on the report.", "How will Harbour Lines respond?"),
        ("The Dockers Union has not replied.", "How will the Dockers Union respond?"),
        # A side the article only describes, however long the description.
        (
            "The unions representing the ferry crews have not yet commented.",
            "How will the unions representing the ferry crews respond?",
        ),
    ],
)
def test_an_answer_not_yet_given_is_awaited(sentence: str, question: str) -> None:
    from builder.extract.outcomes import outcome_questions

    assert outcome_questions(sentence, lambda word: None) == [question]


def test_a_request_for_comment_unanswered_asks_only_for_the_answer() -> None:
    # The boilerplate that keeps a sentence out of other rules still leaves the answer open.
    found = questions_for(
        "The ferry company did not respond to requests for comment.", no_antecedent
    )
    assert [q for _, q in found] == ["How will the ferry company respond?"]


def test_a_pronoun_that_cannot_be_named_awaits_no_answer() -> None:
    assert questions_for("She did not respond to a request for comment.", no_antecedent) == []


def test_a_contracted_negation_is_uncertainty_too() -> None:
    assert (
        question_for(
            "It wasn't immediately clear whether the ferry would sail on Monday.", no_antecedent
        )
        == "Would the ferry sail on Monday?"
    )


def test_a_pledge_of_a_named_side_asks_whether_it_will_be_kept() -> None:
    from builder.extract.outcomes import outcome_questions

    assert outcome_questions(
        "Mayor Ruiz has pledged to reopen the pier by June.", no_antecedent
    ) == ["Will Mayor Ruiz reopen the pier by June?"]


def test_a_refusal_to_speak_told_in_the_past_is_no_future() -> None:
    from builder.extract.outcomes import outcome_questions

    sentence = "Mr Lund would not discuss the bid for the club."
    assert outcome_questions(sentence, no_antecedent) == []


def test_what_was_due_by_a_time_now_past_is_not_asked_as_a_future() -> None:
    from builder.article import Article
    from builder.extract import analyze_articles

    text = (
        "The new ferry, built in Kelso, was set to sail on its first crossing last Saturday, "
        "according to the harbour board.\n\nThe board has yet to publish the timetable for June.\n"
    )
    (analysis,) = analyze_articles([Article(title="", text=text)])
    questions = [q.text for q in analysis.open_questions]
    assert questions == ["Will the board publish the timetable for June?"]


def test_a_second_reported_clause_and_a_plural_possessive_end_no_clause_early() -> None:
    from builder.extract.phrasing import cut_clause

    assert cut_clause("the mill would close in May and that Ana Ruiz would lead the buyers") == (
        "the mill would close in May"
    )
    assert cut_clause("the plan would cut most councils' budgets by a tenth") == (
        "the plan would cut most councils' budgets by a tenth"
    )


def test_a_step_taken_at_once_is_done_but_one_after_an_event_is_open() -> None:
    from builder.extract.outcomes import outcome_questions

    assert (
        outcome_questions("The board said Ms Hale would step down immediately.", no_antecedent)
        == []
    )
    # Open still; the question stops where the time clause begins.
    asked = outcome_questions(
        "He said Ms Hale would call a meeting immediately after the vote.", no_antecedent
    )
    assert asked == ["Will Ms Hale call a meeting immediately?"]


def test_a_question_ending_in_a_name_of_several_words_is_no_run_on() -> None:
    from builder.extract.outcomes import article_names, is_run_on

    text = "The loan came from the Kelso Harbour Trust. Later the trust said it would wait."
    names = article_names(text)
    assert not is_run_on("Did the loan come from the Kelso Harbour Trust?", names)
    assert is_run_on("Did the loan come from the quay Reports?", names)


def test_a_future_the_sentence_says_was_announced_is_decided() -> None:
    from builder.extract.outcomes import outcome_questions

    sentence = "Ana Ruiz will no longer coach the Kelso side, the club announced on Tuesday."
    assert outcome_questions(sentence, no_antecedent) == []


def test_a_title_before_a_name_is_part_of_the_subject() -> None:
    from builder.extract.outcomes import outcome_questions

    sentence = "Harbour minister Tomas Rehn has promised to reopen the quay by May."
    assert outcome_questions(sentence, no_antecedent) == [
        "Will harbour minister Tomas Rehn reopen the quay by May?"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # "which" after a noun, even a hyphenated one or one set off by a dash, is relative.
        "Fans queued for hours to see the all-star cast which includes two Kelso players.",
        "The board wants to examine its past - which included two bankruptcies - in public.",
    ],
)
def test_which_after_a_noun_asks_nothing(sentence: str) -> None:
    assert not [q for _, q in questions_for(sentence, no_antecedent) if q.startswith("Which")]


def test_a_question_never_ends_in_an_article() -> None:
    from builder.extract.phrasing import finish

    assert finish(["would", "the", "club", "like", "to", "pursue", "an"]) is None


def test_a_plural_in_es_opening_a_sentence_is_lowered() -> None:
    from builder.extract.phrasing import lower_first

    assert lower_first(["Bosses", "expect", "a", "rise"]) == ["bosses", "expect", "a", "rise"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Ruiz would sign a different name on each form and would post them from Kelso.",
    ],
)
def test_a_habit_told_with_would_is_no_future(sentence: str) -> None:
    from builder.extract.outcomes import outcome_questions

    assert outcome_questions(sentence, no_antecedent) == []


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Harbour chair Ana Ruiz last night refused to rule out selling the quay if the "
            "levy fails.",
            "Will Ana Ruiz sell the quay if the levy fails?",
        ),
        (
            "Tomas Rehn has not ruled out closing the Kelso depot.",
            "Will Tomas Rehn close the Kelso depot?",
        ),
    ],
)
def test_a_step_a_named_side_will_not_rule_out_is_asked(sentence: str, question: str) -> None:
    from builder.extract.prospect_questions import prospect_questions

    assert (2, question) in prospect_questions(sentence, no_antecedent)


def test_a_step_ruled_out_is_not_asked() -> None:
    from builder.extract.prospect_questions import prospect_questions

    assert (
        prospect_questions("Tomas Rehn has ruled out closing the Kelso depot.", no_antecedent) == []
    )


def test_an_intention_in_a_second_reported_clause_after_a_comma_is_asked() -> None:
    sentence = (
        "Ana Ruiz said the ruling vindicated the harbour committee's hearing in June, and that "
        "she would introduce a bill to cap ferry fares."
    )
    found = questions_for(sentence, lambda word: "Ruiz" if word == "she" else None)
    assert "Will Ruiz introduce a bill to cap ferry fares?" in [q for _, q in found]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Analysts are divided on whether the central bank will cut rates in June.",
            "Will the central bank cut rates in June?",
        ),
        (
            "The party remains split over whether to back the treaty.",
            "Will the party back the treaty?",
        ),
    ],
)
def test_views_divided_on_whether_ask_the_question(sentence: str, question: str) -> None:
    assert question_for(sentence, no_antecedent) == question


def test_a_question_of_three_words_is_not_kept() -> None:
    article = Article(
        title="",
        text="The gallery said several collectors had made offers for the painting, although "
        "it could not reveal who was bidding.\n",
    )
    assert [q.text for q in find_questions(article)] == []


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            '"The question now is whether the board will accept the limits," said Rosa Vell.',
            "Will the board accept the limits?",
        ),
        (
            "The key question is when the ferry will return to service.",
            "When will the ferry return to service?",
        ),
    ],
)
def test_a_question_posed_in_so_many_words_is_open(sentence: str, question: str) -> None:
    assert question_for(sentence, no_antecedent) == question
