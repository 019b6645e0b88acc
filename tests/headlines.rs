//! Headlines: a headline reworded from the source's is still checked for what it says. One that
//! turns a word to its opposite, drops or adds the hedge, or swaps who beat whom says the reverse
//! of the story, however few of its words it keeps, and is added and linked with that change.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Fact, Label, Options};

mod common;
use common::shapes::{changed_links, labels, spans_of};

/// The body both articles share word for word, so the headline is the only difference.
const BODY: &str = "A man accused of stabbing a bouncer outside a Rowley nightclub appeared at \
    Kesterton Crown Court on Monday.\n\nCallum Strand, 27, will stand trial in April.";

/// The first sentence's label and changed fact, with `source` and `target` as headlines.
fn headline(source: &str, target: &str, body: &str) -> (Label, Option<Fact>) {
    let report = compare(
        &format!("{source}\n\n{body}"),
        &format!("{target}\n\n{body}"),
        &Options::default(),
    );
    let fact = changed_links(&report)
        .into_iter()
        .find(|(_, target, _)| target.contains(&0))
        .and_then(|(_, _, fact)| fact);
    (labels(&report.target)[0], fact)
}

#[test]
fn a_reworded_headline_that_reverses_the_story_is_a_changed_fact() {
    let teams = "Substitute Jordan Keyes headed in a Liam Ortega corner in the 93rd minute at \
        the Mill Ground on Saturday.\n\nThe home crowd of 6,412 saw the first win in six games.";
    let study = "Walking for 30 minutes a day may reduce the risk of dementia in people over 60, \
        according to a study by researchers at the University of Kelmouth.\n\nThe team \
        followed 8,200 adults aged 60 to 85 for an average of nine years.";
    let seaweed = "A compound from a common seaweed may help slow memory decline, according to \
        an early study in mice by researchers at the University of Pellham.\n\nThe team fed \
        the compound to 60 ageing mice for 12 weeks.";
    for (source, target, body, fact) in [
        (
            "Man denies stabbing outside Rowley nightclub",
            "Man admits nightclub stabbing",
            BODY,
            Fact::Opposite,
        ),
        (
            "Castlebridge stun leaders Dunmore with late winner",
            "Dunmore stun Castlebridge with late winner",
            teams,
            Fact::Name,
        ),
        (
            "Daily walk may lower dementia risk, study suggests",
            "Daily walk cuts dementia risk",
            study,
            Fact::Hedge,
        ),
        // The hedge softens a verb that softens the claim: `"may help slow"`.
        (
            "Seaweed compound may help slow memory loss in mice, study suggests",
            "Seaweed cures memory loss, scientists find",
            seaweed,
            Fact::Hedge,
        ),
    ] {
        assert_eq!(
            headline(source, target, body),
            (Label::Added, Some(fact)),
            "{target}"
        );
    }
}

/// A headline reworded without turning anything stays reworded, and a passive keeps who did
/// what: `"Dunmore beaten by Castlebridge"`.
#[test]
fn a_reworded_headline_that_keeps_the_story_is_reworded() {
    for (source, target) in [
        (
            "Man denies stabbing outside Rowley nightclub",
            "Rowley nightclub stabbing denied",
        ),
        (
            "Castlebridge beat leaders Dunmore with late winner",
            "Dunmore beaten by Castlebridge with late winner",
        ),
    ] {
        assert_eq!(
            headline(source, target, BODY),
            (Label::Reworded, None),
            "{target}"
        );
    }
}

/// A hedge turns a headline only where it hedges a claim both headlines make. A headline that
/// adds a hedged claim of the body's, which the source's headline never made, is reworded from
/// that headline.
#[test]
fn a_hedge_on_a_claim_the_source_headline_does_not_make_turns_nothing() {
    let body = "Harrow Lane Dairy will build a cheese plant on the old airfield at Kelby, and \
        the plant could employ 120 people.\n\nConstruction begins in the spring and should \
        take two years.";
    assert_eq!(
        headline(
            "Dairy unveils cheese plant plans for Kelby",
            "Kelby cheese plant could bring 120 jobs",
            body
        ),
        (Label::Reworded, None)
    );
    // The same hedge dropped from a claim both make still turns the headline.
    assert_eq!(
        headline(
            "Kelby cheese plant could bring 120 jobs",
            "Kelby cheese plant brings 120 jobs",
            body
        ),
        (Label::Added, Some(Fact::Hedge))
    );
}

/// A press release's headline comes after `"FOR IMMEDIATE RELEASE"`, and its intro hedges a
/// figure (`"up to 380 homes"`) that a news headline rounds (`"could heat 380 homes"`). That is a
/// change of the intro only when nothing else tells the intro's claim; here the next sentence
/// copies the intro, so the headline makes no change and is reworded from the release's
/// headline.
#[test]
fn a_headline_that_rounds_a_figure_the_story_copies_is_reworded_from_the_release_headline() {
    let release = "FOR IMMEDIATE RELEASE\n\n\
        Moorside Council Announces Plans for Heat Network in Ashby Town Centre\n\n\
        Moorside Council today announced plans for a district heat network in Ashby town \
        centre, which is expected to create 40 jobs and heat up to 380 homes.\n\n\
        The £14 million scheme will draw warm water from the flooded Ashby colliery.";
    let story = "Old colliery could heat 380 homes in Ashby\n\n\
        Moorside Council has announced plans for a district heat network in Ashby town \
        centre, which is expected to create 40 jobs and heat up to 380 homes.\n\n\
        The £14 million scheme will draw warm water from the flooded Ashby colliery.";
    let report = compare(release, story, &Options::default());
    let headline = &report.target.sentences[0];
    assert_eq!(headline.label, Label::Reworded, "{:?}", report.links);
    let sources: Vec<&[usize]> = headline
        .links
        .iter()
        .map(|&l| report.links[l].source.as_slice())
        .collect();
    assert_eq!(sources, [[1]], "linked to the release's own headline");
}

/// A story whose intro restates the source's headline, and which copies the source's own
/// intro after it, leaves no opening line free: its short headline, in the words the whole
/// story repeats, is reworded from the line it shares the most with. A headline of its own words
/// over the same story stays added.
#[test]
fn a_headline_restating_a_line_the_story_took_is_reworded_from_it() {
    let lead = "Harwood District Council has published plans for up to 2,000 homes, two schools \
        and a park on the former airfield, to be built by 2032.";
    let later = "The homes would be the largest development on the airfield since it closed in \
        1994.";
    let source = format!(
        "Council plans 2,000 new homes on former airfield\n\n{lead}\n\n{later}\n\n\
         A public consultation on the homes will run until the end of May."
    );
    for (headline, label) in [
        ("Airfield homes plan", Label::Reworded),
        ("Villagers fear for their quiet lanes", Label::Added),
    ] {
        let story = format!(
            "{headline}\n\nThe council plans 2,000 new homes on the former airfield.\n\n\
             {lead}\n\n{later}"
        );
        let report = compare(&source, &story, &Options::default());
        assert_eq!(
            labels(&report.target),
            [label, Label::Copied, Label::Copied, Label::Copied],
            "{headline}"
        );
        let first = &report.target.sentences[0];
        let sources: Vec<&[usize]> = first
            .links
            .iter()
            .map(|&l| report.links[l].source.as_slice())
            .collect();
        if label == Label::Reworded {
            assert_eq!(
                sources,
                [[0]],
                "{headline}: linked to the source's headline"
            );
        }
    }
}

/// A newsletter heads each story it carries with a headline of its own, halfway down the page:
/// the copied story's heading is reworded from the source's headline, while the headings and
/// items of the newsletter's own stay added.
#[test]
fn a_heading_over_a_copied_story_inside_a_newsletter_is_reworded_from_the_source_headline() {
    let source = "Boatyard to hire 320 workers in Kelby\n\nThe Harrow Marine boatyard in Kelby \
        will hire 320 workers after winning an order for six ferries, the company said on \
        Tuesday.\n\nThe first ferry is due to be launched in the spring of 2028.";
    let target = "Your Kelby briefing\n\nGood morning. Here is what you need to know.\n\n1. \
        Bypass closed overnight\n\nThe Kelby bypass will close from 8pm until 6am all week \
        for resurfacing.\n\n2. Ferry order brings 320 jobs to Kelby boatyard\n\nThe Harrow \
        Marine boatyard in Kelby will hire 320 workers after winning an order for six \
        ferries.\n\nThe first ferry is due to be launched in the spring of 2028.\n\n3. \
        Weather\n\nA dry day with highs of 11C.";
    let report = compare(source, target, &Options::default());
    let got: Vec<(&str, Label)> = report
        .target
        .sentences
        .iter()
        .map(|s| (s.text.as_str(), s.label))
        .collect();
    for (text, label) in [
        ("Your Kelby briefing", Label::Added),
        ("1. Bypass closed overnight", Label::Added),
        (
            "2. Ferry order brings 320 jobs to Kelby boatyard",
            Label::Reworded,
        ),
        ("3. Weather", Label::Added),
        ("A dry day with highs of 11C.", Label::Added),
    ] {
        assert!(got.contains(&(text, label)), "{text}: {got:?}");
    }
}

/// A headline is a line of its own without a full stop, however long: `"Amber warning for snow
/// in the Peak District as families head out for the half-term holiday"` is reworded from the
/// source's headline over a copied body, as a short one is, and stays added over a body of the
/// writer's own.
#[test]
fn a_long_headline_line_is_a_headline() {
    let source =
        "Amber warning for snow issued for the Peak District\n\nThe Met Office has issued \
        an amber warning for snow covering the Peak District from 9pm on Thursday until noon on \
        Friday.\n\nBetween 10cm and 15cm of snow is expected widely, with up to 30cm possible \
        above 400 metres.\n\nRoads over the high moors are likely to be blocked by snow, and \
        some villages could be cut off.\n\nA yellow warning for snow and ice covers the rest \
        of the Pennines from 6pm on Thursday.";
    let headline = "Amber warning for snow in the Peak District as families head out for the \
        half-term holiday";
    let copied = "The Met Office has issued an amber warning for snow covering the Peak District \
        from 9pm on Thursday until noon on Friday.\n\nRoads over the high moors are likely to be \
        blocked by snow, and some villages could be cut off.\n\nA yellow warning for snow and \
        ice covers the rest of the Pennines from 6pm on Thursday.";
    let own = "Hotels in Buxton said most bookings for the week were holding up.\n\nThe town's \
        ski club hopes to open its tow on Saturday for the first time in three winters.";
    let first = |body: &str| {
        let report = compare(
            source,
            &format!("{headline}\n\n{body}"),
            &Options::default(),
        );
        labels(&report.target)[0]
    };
    assert_eq!(first(copied), Label::Reworded);
    assert_eq!(first(own), Label::Added);
}

/// A headline reworded from the source's keeps the story, but a figure the source never gives is
/// the paper's own: `"for £2.5m"` over a signing whose fee was undisclosed is marked added,
/// while the words it kept are marked copied.
#[test]
fn a_figure_the_source_never_gives_is_marked_added_in_a_reworded_headline() {
    let source = "Rovers complete signing of winger Tomás Quiroga\n\nHarford Rovers have signed \
        winger Tomás Quiroga from Deportivo Maldonado on a three-year contract.\n\nThe \
        23-year-old scored 11 goals in 34 league games last season.\n\nThe fee is undisclosed.";
    let body = "Harford Rovers have signed winger Tomás Quiroga from Deportivo Maldonado on a \
        three-year contract.\n\nThe 23-year-old scored 11 goals in 34 league games last season.";
    let target = format!("Rovers sign Uruguayan winger Quiroga for £2.5m\n\n{body}");
    let report = compare(source, &target, &Options::default());
    assert_eq!(report.target.sentences[0].label, Label::Reworded);
    let spans = spans_of(&target, &report, 0);
    assert!(
        spans.contains(&(Label::Added, "£2.5m".to_string())),
        "{spans:?}"
    );
    assert!(spans.iter().any(|(l, _)| *l == Label::Copied), "{spans:?}");
}

/// A headline set wholly in capitals gives every word a capital, so none of its words is read as
/// a name: `"GOAL HERO"` stands in for `"Former Rovers striker"`, not for another person, and the
/// headline built on the quote is reworded, as it is in ordinary case.
#[test]
fn a_headline_in_capitals_names_no_one_by_its_capitals() {
    let source =
        "Former Rovers striker tells libel jury newspaper claims left him \"a ghost in my \
                  own town\"";
    let body = "Lee Calloway, 44, said the articles had cost him his coaching job and most of \
                his friends.";
    for target in [
        "GOAL HERO: I'M A GHOST IN MY OWN TOWN",
        "Goal hero: I'm a ghost in my own town",
    ] {
        assert_eq!(
            headline(source, target, body),
            (Label::Reworded, None),
            "{target}"
        );
    }
}

/// The source's headline is no intro however long: `"Ferry operator doubles winter sailings
/// between Harlow Quay and the islands after record summer"` is a line of its own, so the intro
/// under it, which the target's headline restates in a few of its words, is one of the source's
/// opening lines. A word that qualifies a rounded figure (`"nearly 300"` for `"296"`) hedges no
/// claim.
#[test]
fn a_headline_restating_the_intro_under_a_long_source_headline_is_reworded() {
    let source = "Ferry operator doubles winter sailings between Harlow Quay and the islands \
        after record summer\n\n\
        Westway Ferries will run 296 winter crossings to the Skerran islands this year, twice \
        as many as last winter, after carrying a record number of passengers in the summer.\n\n\
        The extra sailings start on 1 November and will use the company's newest ship, the \
        Marram.\n\n\
        Fares will stay at last year's prices until March, the company said.";
    let body = source.split_once("\n\n").map_or("", |(_, body)| body);
    for target in [
        "Skerran lifeline as new crossings planned",
        "Skerran lifeline as nearly 300 winter crossings planned",
    ] {
        let report = compare(source, &format!("{target}\n\n{body}"), &Options::default());
        assert_eq!(labels(&report.target)[0], Label::Reworded, "{target}");
        let links = changed_links(&report);
        assert!(links.iter().all(|(_, _, fact)| fact.is_none()), "{links:?}");
    }
    // The same headline over a story of the paper's own stays added.
    let own = "Skerran lifeline as new crossings planned\n\n\
        Shopkeepers on the Skerran islands say the busy summer has kept them open into \
        October for the first time in a decade.";
    let report = compare(source, own, &Options::default());
    assert_eq!(labels(&report.target)[0], Label::Added);
}

/// A report or a bulletin heads itself with title lines (`"Harbour Trust"`, `"Annual survey
/// 2025"`, `"Published 3 February 2026"`, `"Main points"`) that no news headline restates. The
/// headline over a story that rewords the report's main finding in its intro sums up that
/// intro, so it is reworded from the finding the intro came from. Over a story of the paper's
/// own it still rewords the finding whose figure it gives (`"visitors top 400,000"` for
/// `"412,000"`), while a headline with an angle of its own stays added, and so does a tag that
/// only names (`"Kelby Harbour"`).
#[test]
fn a_headline_summing_up_an_intro_under_a_titled_report_is_reworded_from_its_finding() {
    let source = "Harbour Trust\nAnnual survey 2025\nPublished 3 February 2026\n\n\
        Main points\n\
        Visitor numbers at Kelby harbour rose by 18 per cent in 2025 to 412,000, the highest \
        since the survey began in 2009.\n\n\
        Most visitors came for the day, and fewer than one in ten stayed overnight in the \
        town.\n\n\
        The trust will publish a full report on parking and transport in the spring.";
    let body = "Kelby harbour drew 412,000 people in 2025, up 18 per cent and more than in any \
        year since counting started in 2009, the Harbour Trust says.\n\n\
        Most visitors came for the day, and fewer than one in ten stayed overnight in the \
        town.\n\n\
        The trust will publish a full report on parking and transport in the spring.";
    let headline = "Record year for Kelby harbour as visitors top 400,000";
    let report = compare(
        source,
        &format!("{headline}\n\n{body}"),
        &Options::default(),
    );
    assert_eq!(
        labels(&report.target)[..2],
        [Label::Reworded, Label::Reworded]
    );
    let links = changed_links(&report);
    assert!(links.iter().all(|(_, _, fact)| fact.is_none()), "{links:?}");
    // A tag of names over the same story sums up nothing.
    let report = compare(
        source,
        &format!("Kelby Harbour\n\n{body}"),
        &Options::default(),
    );
    assert_eq!(labels(&report.target)[0], Label::Added);
    let own = "Cafe owners on Kelby's quayside say they have never been busier, with queues out \
        of the door on most summer weekends and staff hired from as far away as Lisbon.";
    for (headline, label) in [
        (headline, Label::Reworded),
        (
            "Record summer leaves Kelby cafes short of staff",
            Label::Added,
        ),
        // A figure the finding does not round is no rewording of it.
        (
            "Record year for Kelby harbour as visitors top 500,000",
            Label::Added,
        ),
    ] {
        let report = compare(source, &format!("{headline}\n\n{own}"), &Options::default());
        assert_eq!(labels(&report.target)[0], label, "{headline}");
    }
}

/// A headline set in title case, as US sites and many others set theirs, capitalises words that
/// name no one: `"Slams"` and `"Leaving"` are no people or places to swap for the source's
/// `"batters"` and `"US east coast"`, so the headline is reworded; `"Delia"`, which the story
/// writes with a capital, stays a name.
#[test]
fn a_headline_in_title_case_names_no_one_by_its_capitals() {
    let body = "Storm Delia tore into the coast of North Carolina on Sunday, leaving more than \
        200,000 homes without power.\n\nBy Tom Reyes at the Weather Centre";
    let source =
        format!("Storm Delia batters US east coast, leaving 200,000 without power\n\n{body}");
    let target = format!("Storm Delia Slams Carolinas, Leaving 200,000 Without Power\n\n{body}");
    let report = compare(&source, &target, &Options::default());
    assert_eq!(
        labels(&report.target),
        [Label::Reworded, Label::Copied, Label::Copied]
    );
    let links = changed_links(&report);
    assert!(links.iter().all(|(_, _, fact)| fact.is_none()), "{links:?}");
}

/// A headline led by a quotation the source never has takes its angle from the target's own
/// reporting, however many of the story's words follow: added. Led by the source's own quote,
/// it restates the story.
#[test]
fn a_headline_led_by_a_quote_of_its_own_is_added() {
    let body = "Fire crews spent the night at a warehouse fire on the Brindle Road estate in \
        Kettleby.\n\nWatch manager Tom Hale said: \"It was a very large fire and crews worked \
        hard to stop it spreading.\"";
    let source = "Crews tackle large warehouse fire in Kettleby";
    let own = "'The whole sky was orange': neighbours describe night of warehouse fire in Kettleby";
    assert_eq!(headline(source, own, body), (Label::Added, None));
    let theirs = "'It was a very large fire': crews tackle warehouse fire in Kettleby";
    assert_eq!(headline(source, theirs, body).0, Label::Reworded);
}

/// A headline that frames the story as the outlet's own guide or analysis (`"what you need to
/// know"`, `"why"`, `"how to"`) is its own, however many of the story's names it repeats; one
/// that also tells the news with a figure restates it.
#[test]
fn an_explainer_headline_is_added_unless_it_tells_a_figure() {
    let body = "Baggage handlers at Kestrel Bay airport will strike for 48 hours from Friday in \
        a dispute over pay, the union said.\n\nThe airport handles 140 flights a day in summer.";
    let source = "Baggage handlers at Kestrel Bay airport to strike over pay";
    for own in [
        "Kestrel Bay baggage strike: what holidaymakers need to know",
        "Kestrel Bay airport strike: how to beat the disruption",
        "Why the Kestrel Bay baggage handlers are striking over pay",
    ] {
        assert_eq!(headline(source, own, body), (Label::Added, None), "{own}");
    }
    for theirs in [
        "Kestrel Bay baggage handlers strike over pay",
        "Kestrel Bay baggage handlers to strike for 48 hours: what it means for you",
    ] {
        assert_eq!(
            headline(source, theirs, body).0,
            Label::Reworded,
            "{theirs}"
        );
    }
}
